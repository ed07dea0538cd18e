"""Report data without Telegram: bulk ids, delivery summaries, the xlsx export, history rows.

Everything here is pure and fast (a 100,000-number report is summarized and exported well
under a second); wording lives in locales, layout in `reports_views`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from bot.formatting import TEHRAN
from bot.panel.codes import DeliveryStatus
from bot.panel.digits import to_latin_digits
from bot.panel.models import DeliveryItem, InboxMessage
from bot.services.reports_xlsx import write_table

if TYPE_CHECKING:
    from storage import AuditRecord

# Order in which statuses are listed: outcomes first, then what is still under way.
STATUS_ORDER: tuple[DeliveryStatus, ...] = (
    DeliveryStatus.DELIVERED,
    DeliveryStatus.FAILED,
    DeliveryStatus.DISCARDED,
    DeliveryStatus.PENDING,
    DeliveryStatus.SEND,
    DeliveryStatus.NOTSYNC,
    DeliveryStatus.UNKNOWN,
)
BAR_WIDTH = 10
BAR_FULL, BAR_EMPTY = "▓", "░"
_BULK_ID = re.compile(r"\d{1,18}")


def parse_bulk_id(text: str | None) -> int | None:
    """A bulk id from user text (Latin, Persian or Arabic digits, spaces trimmed); else None."""
    if not text:
        return None
    cleaned = to_latin_digits(text).strip().lstrip("#")
    if not _BULK_ID.fullmatch(cleaned):
        return None
    bulk_id = int(cleaned)
    return bulk_id if bulk_id > 0 else None


@dataclass(frozen=True)
class DeliverySummary:
    """How many numbers of a bulk are in each status."""

    total: int
    counts: dict[DeliveryStatus, int]  # non-zero only, in STATUS_ORDER

    @property
    def final(self) -> int:
        return sum(count for status, count in self.counts.items() if status.is_final)

    @property
    def settled(self) -> bool:
        """Every number has a final status (delivered, failed or discarded)."""
        return self.total > 0 and self.final == self.total

    def percent(self, status: DeliveryStatus) -> float:
        return 100.0 * self.counts.get(status, 0) / self.total if self.total else 0.0


def summarize(items: Sequence[DeliveryItem]) -> DeliverySummary:
    counted = Counter(item.status for item in items)
    counts = {status: counted[status] for status in STATUS_ORDER if counted[status]}
    return DeliverySummary(total=len(items), counts=counts)


def bar(count: int, total: int, width: int = BAR_WIDTH) -> str:
    """▓▓▓░░ for `count` of `total`; any non-zero count shows at least one ▓."""
    if total <= 0:
        return BAR_EMPTY * width
    filled = round(width * count / total)
    if count and not filled:
        filled = 1
    return BAR_FULL * filled + BAR_EMPTY * (width - filled)


def delivery_xlsx(
    items: Sequence[DeliveryItem],
    status_word: Callable[[DeliveryStatus, str], str],
    headers: tuple[str, str, str],
    *,
    sheet_name: str,
    right_to_left: bool,
) -> bytes:
    """The full report as `.xlsx`: number, status in words, the panel's status code."""
    words: dict[str, str] = {}

    def row(item: DeliveryItem) -> tuple[str, str, str]:
        word = words.get(item.raw_status)
        if word is None:
            word = words[item.raw_status] = status_word(item.status, item.raw_status)
        return item.number, word, item.raw_status

    return write_table(
        headers,
        map(row, items),
        sheet_name=sheet_name,
        widths=(18, 22, 12),
        right_to_left=right_to_left,
    )


def newest_first(messages: Sequence[InboxMessage]) -> list[InboxMessage]:
    """Inbox messages by received time, newest first; undated ones keep their order at the end."""
    dated = [m for m in messages if m.received_at is not None]
    undated = [m for m in messages if m.received_at is None]
    dated.sort(key=lambda m: received_instant(m) or datetime.min, reverse=True)
    return dated + undated


def received_instant(message: InboxMessage) -> datetime | None:
    """The aware moment a message arrived; the panel's naive dates are Tehran wall time."""
    moment = message.received_at
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=TEHRAN)


@dataclass(frozen=True)
class HistoryRow:
    """One send of the audit trail as /history shows it."""

    audit_id: int
    created_at: datetime
    user_id: int
    operation: str  # OperationKind value
    recipients: int | None
    bulk_id: int | None
    state: str  # AuditState value
    batch_index: int
    batch_total: int


def history_rows(records: Sequence[AuditRecord]) -> list[HistoryRow]:
    return [
        HistoryRow(
            audit_id=record.id,
            created_at=record.created_at,
            user_id=record.user_id,
            operation=str(record.operation),
            recipients=record.recipient_count,
            bulk_id=parse_bulk_id(record.bulk_id),
            state=str(record.state),
            batch_index=record.batch_index,
            batch_total=record.batch_total,
        )
        for record in records
    ]
