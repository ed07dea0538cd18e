"""/report: today's sends of one chat, from the audit trail, counted by state."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from storage import AuditRecord, AuditState

TEHRAN = ZoneInfo("Asia/Tehran")


@dataclass(frozen=True, slots=True)
class StateCount:
    """Requests in one state and the recipients they carried."""

    state: AuditState
    requests: int
    recipients: int


@dataclass(frozen=True, slots=True)
class DayReport:
    day_start: datetime
    states: list[StateCount]

    @property
    def requests(self) -> int:
        return sum(item.requests for item in self.states)

    @property
    def recipients(self) -> int:
        return sum(item.recipients for item in self.states)


def start_of_today(now: datetime | None = None) -> datetime:
    """Midnight of today in Tehran, as an aware datetime."""
    moment = (now or datetime.now(TEHRAN)).astimezone(TEHRAN)
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


def summarize(day_start: datetime, records: Sequence[AuditRecord]) -> DayReport:
    """Count the requests (one audit row per batch) and recipients per state, in state order."""
    states = []
    for state in AuditState:
        rows = [record for record in records if record.state is state]
        if rows:
            recipients = sum(record.recipient_count or 0 for record in rows)
            states.append(StateCount(state, len(rows), recipients))
    return DayReport(day_start, states)
