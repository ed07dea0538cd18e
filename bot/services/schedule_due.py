"""Which scheduled sends the worker starts now, which it tells are late, and when it wakes next.

Pure: the worker passes the pending scheduled jobs and `now`. A job is due at its time; one
found more than `LATE_AFTER` past its time (the bot was down) starts on return and its chat is
told it is late. While the panel is outside its sending hours, no due job starts (the panel would
refuse it with 992): each waits for the next allowed time, and its chat is told so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from bot.services.schedule_time import PANEL_SENDING_HOURS, SendingHours

LATE_AFTER = timedelta(minutes=2)


@dataclass(frozen=True, slots=True)
class Scheduled:
    job_id: int
    at: datetime  # aware


class Start(StrEnum):
    ON_TIME = "on-time"
    LATE = "late"


@dataclass(frozen=True, slots=True)
class DuePlan:
    """`start`: jobs to start now (oldest first); `held`: late jobs moved to `held_until`
    because the panel does not send now; `wake_at`: the next moment anything becomes due."""

    start: tuple[tuple[int, Start], ...]
    held: tuple[int, ...]
    held_until: datetime | None
    wake_at: datetime | None


def plan_due(
    pending: Iterable[Scheduled], *, now: datetime, hours: SendingHours = PANEL_SENDING_HOURS
) -> DuePlan:
    """Sort pending scheduled jobs into start now, held, and the next wake-up."""
    ordered = sorted(pending, key=lambda item: (item.at, item.job_id))
    due = [item for item in ordered if item.at <= now]
    future = [item.at for item in ordered if item.at > now]
    if due and not hours.allows(now):
        held_until = hours.next_allowed(now)
        wake_at = min([held_until, *future])
        return DuePlan((), tuple(item.job_id for item in due), held_until, wake_at)
    start = tuple((item.job_id, _punctuality(item, now)) for item in due)
    return DuePlan(start, (), None, future[0] if future else None)


def _punctuality(item: Scheduled, now: datetime) -> Start:
    return Start.LATE if now - item.at > LATE_AFTER else Start.ON_TIME
