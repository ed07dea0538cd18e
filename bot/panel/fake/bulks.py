"""A recorded bulk and how its statuses progress with the fake clock.

Per number (seconds after the bulk starts, plus a deterministic per-number jitter of 0-19 s):
notsync below 5 s, send below 20 s, pending below 40 s, then final — about 85 % delivered,
10 % failed, 5 % discarded. The bulk is `notconfirm` for its first 10 s, `Active` until it
starts, `Interacting` while numbers are not final, then `Finish`.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from bot.panel.codes import BulkStatus, BulkValidation, DeliveryStatus

NOTSYNC_UNTIL = 5.0
SEND_UNTIL = 20.0
PENDING_UNTIL = 40.0
MAX_JITTER = 20
APPROVAL_DELAY = 10.0
# Every number is final this long after the bulk starts.
ALL_FINAL_AFTER = PENDING_UNTIL + MAX_JITTER


@dataclass
class Bulk:
    id: int
    op: str
    owner: str
    sender: str
    message: str
    numbers: list[str]  # "+98912…"
    parts: int
    cost: Decimal
    created: datetime
    starts: datetime  # == created unless scheduled
    extra: dict[str, str]  # op-specific inputs (type, bookid, postalcode, …)

    def status_of(self, number: str, now: datetime) -> DeliveryStatus:
        age = (now - self.starts).total_seconds()
        digest = zlib.crc32(f"{self.id}:{number}".encode())
        jitter = digest % MAX_JITTER
        if age < NOTSYNC_UNTIL + jitter / 4:
            return DeliveryStatus.NOTSYNC
        if age < SEND_UNTIL + jitter:
            return DeliveryStatus.SEND
        if age < PENDING_UNTIL + jitter:
            return DeliveryStatus.PENDING
        outcome = (digest // MAX_JITTER) % 100
        if outcome < 85:
            return DeliveryStatus.DELIVERED
        return DeliveryStatus.FAILED if outcome < 95 else DeliveryStatus.DISCARDED

    def statuses(self, now: datetime) -> list[tuple[str, DeliveryStatus]]:
        return [(number, self.status_of(number, now)) for number in self.numbers]

    def validation(self, now: datetime) -> BulkValidation:
        waiting = (now - self.created).total_seconds() < APPROVAL_DELAY
        return BulkValidation.NOTCONFIRM if waiting else BulkValidation.APPROVE

    def bulk_status(self, now: datetime) -> BulkStatus:
        if now < self.starts or self.validation(now) is BulkValidation.NOTCONFIRM:
            return BulkStatus.ACTIVE
        if all(status.is_final for _, status in self.statuses(now)):
            return BulkStatus.FINISH
        return BulkStatus.INTERACTING
