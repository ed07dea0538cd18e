"""Who gets «ارسال دوباره به ناموفق‌ها»: the numbers a finished send did not reach.

Pure: takes each batch of a job with the panel's delivery report of its bulk and sorts every
number into exactly one group. A number goes into `resend` only when the panel says, in its
final state, that it did not reach the handset: `failed`, or still `notsync`/`send`/`pending`
although the bulk is finished. Never a delivered number, never a number whose outcome the
bot does not know (a batch of unknown outcome, a status the panel does not document, a number
missing from the report): those are reported as `unknown`, so the preview can say so.

`discarded` (the panel's blacklist) is not resent: the panel would discard it again and charge
for it; numbers of batches that were refused or never attempted are `not_sent` (the send job's
own retry offers them).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from bot.panel.codes import DeliveryStatus
from bot.panel.models import DeliveryItem
from bot.panel.numbers import normalize_mobile


class BatchOutcome(StrEnum):
    """What the panel answered for one batch of the job."""

    SENT = "sent"
    REFUSED = "refused"
    UNKNOWN = "unknown"
    NOT_ATTEMPTED = "not-attempted"


@dataclass(frozen=True, slots=True)
class BatchDelivery:
    """One batch: its numbers (None when the panel chose them: postal, jobs, phone books),
    its outcome, the delivery report of its bulk, and whether the bulk is in its final state."""

    outcome: BatchOutcome
    numbers: Sequence[str] | None = None
    report: Sequence[DeliveryItem] | None = None
    bulk_final: bool = False


class _Group(IntEnum):
    """Groups in order of precedence when one number appears in several batches."""

    DELIVERED = 0
    UNKNOWN = 1
    IN_PROGRESS = 2
    BLACKLISTED = 3
    RESEND = 4
    NOT_SENT = 5


@dataclass(frozen=True, slots=True)
class ResendSelection:
    """Numbers in the `09…` form, each in one group, in the order first seen."""

    resend: tuple[str, ...]
    unknown: tuple[str, ...]
    blacklisted: tuple[str, ...]
    not_sent: tuple[str, ...]
    delivered: int
    in_progress: int
    unknown_batches: int
    """Batches of unknown outcome whose numbers the bot never knew (a postal send)."""

    @property
    def has_unknown(self) -> bool:
        return bool(self.unknown) or self.unknown_batches > 0


_NOT_YET_FINAL = frozenset({DeliveryStatus.NOTSYNC, DeliveryStatus.SEND, DeliveryStatus.PENDING})


def select_for_resend(batches: Iterable[BatchDelivery]) -> ResendSelection:
    """Sort every number of the job's batches; see the module docstring for the rules."""
    groups: dict[str, _Group] = {}
    unknown_batches = 0
    for batch in batches:
        placed = _place_batch(batch)
        if placed is None:
            unknown_batches += 1
            continue
        for number, group in placed:
            groups[number] = min(group, groups.get(number, group))
    return _selection(groups, unknown_batches)


def _place_batch(batch: BatchDelivery) -> list[tuple[str, _Group]] | None:
    """Each number of the batch with its group; None for an unknown batch of unknown numbers."""
    known = _numbers(batch.numbers or ())
    if batch.outcome in (BatchOutcome.REFUSED, BatchOutcome.NOT_ATTEMPTED):
        return [(number, _Group.NOT_SENT) for number in known]
    if batch.outcome is BatchOutcome.UNKNOWN or batch.report is None:
        return [(number, _Group.UNKNOWN) for number in known] if known else None
    reported = {}
    for item in batch.report:
        number = normalize_mobile(item.number)
        if number is not None:
            reported[number] = _group_of(item.status, batch.bulk_final)
    missing = [(number, _Group.UNKNOWN) for number in known if number not in reported]
    return list(reported.items()) + missing


def _group_of(status: DeliveryStatus, bulk_final: bool) -> _Group:
    if status is DeliveryStatus.DELIVERED:
        return _Group.DELIVERED
    if status is DeliveryStatus.FAILED:
        return _Group.RESEND
    if status is DeliveryStatus.DISCARDED:
        return _Group.BLACKLISTED
    if status in _NOT_YET_FINAL:
        return _Group.RESEND if bulk_final else _Group.IN_PROGRESS
    return _Group.UNKNOWN


def _numbers(raw: Iterable[str]) -> list[str]:
    return [number for number in map(normalize_mobile, raw) if number is not None]


def _selection(groups: dict[str, _Group], unknown_batches: int) -> ResendSelection:
    def of(group: _Group) -> tuple[str, ...]:
        return tuple(number for number, found in groups.items() if found is group)

    return ResendSelection(
        resend=of(_Group.RESEND),
        unknown=of(_Group.UNKNOWN),
        blacklisted=of(_Group.BLACKLISTED),
        not_sent=of(_Group.NOT_SENT),
        delivered=len(of(_Group.DELIVERED)),
        in_progress=len(of(_Group.IN_PROGRESS)),
        unknown_batches=unknown_batches,
    )
