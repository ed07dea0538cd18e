"""Scheduled sends as staff see them: store a draft for later, list, cancel, change the time.

The bot keeps the time itself (a `scheduled` job with `due_at`); the panel's optional `time`
field is never used (a panel that ignores it would send at once). The worker-side start (credit
check, the one atomic claim, "late" notice) is :mod:`bot.services.scheduler`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.services import send_execution
from bot.services.schedule_time import (
    PANEL_SENDING_HOURS,
    ScheduledTime,
    ScheduleRefusal,
    SendingHours,
    check_time,
)
from bot.services.sending import SendDraft
from storage import JobRecord, Storage


@dataclass(frozen=True, slots=True)
class Scheduled:
    """A draft stored for later: its job and its time (aware UTC)."""

    job_id: int
    at: datetime


@dataclass(frozen=True, slots=True)
class AlreadyConfirmed:
    """The draft's operation key was confirmed before (a second tap): nothing new stored."""


ScheduleOutcome = Scheduled | ScheduledTime | ScheduleRefusal | AlreadyConfirmed
"""`Scheduled`: stored. `ScheduledTime` (outside the sending hours): NOT stored, the caller
warns and offers `next_allowed`. `ScheduleRefusal`: the past or too far, not stored."""


async def schedule_job(
    draft: SendDraft,
    due: datetime,
    *,
    storage: Storage,
    now: datetime,
    chat_id: int,
    user_id: int,
    batch_size: int,
    locale: str | None,
    hours: SendingHours = PANEL_SENDING_HOURS,
) -> ScheduleOutcome:
    """Store `draft` as a job the scheduler starts at `due`, if `due` can be used as is."""
    checked = check_time(due, now=now, hours=hours)
    if isinstance(checked, ScheduleRefusal) or checked.outside_hours:
        return checked
    job_id = await send_execution.enqueue(
        draft,
        storage,
        chat_id=chat_id,
        user_id=user_id,
        batch_size=batch_size,
        locale=locale,
        due_at=checked.at,
    )
    return AlreadyConfirmed() if job_id is None else Scheduled(job_id, checked.at)


LISTED_AT_MOST = 200
"""/scheduled lists the soonest this many (and says when there are more)."""


async def pending_for(storage: Storage, *, user_id: int, is_admin: bool) -> list[JobRecord]:
    """Scheduled sends not started yet, soonest first: all for an admin, else the user's own."""
    return await storage.jobs.scheduled(None if is_admin else user_id, limit=LISTED_AT_MOST)


async def manageable(
    storage: Storage, job_id: int, *, user_id: int, is_admin: bool
) -> JobRecord | None:
    """The scheduled job if it is still pending and this user may change it."""
    job = await storage.jobs.get(job_id)
    if job is None or job.due_at is None or (not is_admin and job.user_id != user_id):
        return None
    return job


async def cancel(storage: Storage, job: JobRecord) -> bool:
    """True when the job was still pending: it will never start."""
    return await storage.jobs.cancel_scheduled(job.id)


async def change_time(
    storage: Storage,
    job: JobRecord,
    due: datetime,
    *,
    now: datetime,
    hours: SendingHours = PANEL_SENDING_HOURS,
) -> ScheduleOutcome | None:
    """Move a pending job to `due` when usable; None when it is no longer pending."""
    checked = check_time(due, now=now, hours=hours)
    if isinstance(checked, ScheduleRefusal) or checked.outside_hours:
        return checked
    if not await storage.jobs.reschedule(job.id, checked.at):
        return None
    return Scheduled(job.id, checked.at)
