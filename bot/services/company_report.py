"""Company-wide report figures over the send records of a period (no Telegram, no I/O).

A *send* is one operation key (one confirmed send); a *request* is one of its batches. Parts
are SMS parts billed (parts of the text × recipients) and cost their estimated price, counted
for requests that may have gone out (sent, unknown, pending), never for refused ones. The
delivery rate is delivered ÷ reported numbers over the bulks whose delivery was tallied.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from bot.panel.codes import DeliveryStatus
from bot.services.report_ranges import Period
from bot.services.reports import DeliverySummary
from storage.org_records import Delivery
from storage.org_reports import SendRecord

CHARGED_STATES = frozenset({"sent", "unknown", "pending"})


@dataclass
class Totals:
    """Figures of a group of requests."""

    sends: int = 0
    requests: int = 0
    recipients: int = 0
    parts: int = 0
    cost_rials: Decimal = Decimal(0)
    delivered: int = 0
    reported: int = 0
    _keys: set[str] = field(default_factory=set, repr=False, compare=False)

    @property
    def delivery_rate(self) -> float | None:
        """Percent of reported numbers delivered; None when nothing was reported yet."""
        return 100.0 * self.delivered / self.reported if self.reported else None

    def add(self, record: SendRecord, price: Decimal, delivery: Delivery | None) -> None:
        if record.operation_key not in self._keys:
            self._keys.add(record.operation_key)
            self.sends += 1
        self.requests += 1
        self.recipients += record.recipients
        if record.state in CHARGED_STATES:
            parts = record.parts * record.recipients
            self.parts += parts
            self.cost_rials += price * parts
        if delivery is not None:
            self.delivered += delivery.delivered
            self.reported += delivery.total


@dataclass(frozen=True)
class CompanyReport:
    period: Period
    totals: Totals
    by_operator: dict[int, Totals]
    by_account: dict[str, Totals]
    by_kind: dict[str, Totals]
    by_state: dict[str, Totals]


def aggregate(
    period: Period,
    records: Iterable[SendRecord],
    deliveries: Mapping[str, Delivery],
    price_per_part: Decimal,
) -> CompanyReport:
    """Totals of the records inside `period`, and the same per operator/account/kind/state
    (each breakdown sorted by recipients, largest first)."""
    totals = Totals()
    groups: dict[str, defaultdict[object, Totals]] = {
        name: defaultdict(Totals) for name in ("operator", "account", "kind", "state")
    }
    for record in records:
        if not period.contains(record.created_at):
            continue
        delivery = deliveries.get(record.bulk_id) if record.bulk_id else None
        totals.add(record, price_per_part, delivery)
        keys = {
            "operator": record.user_id,
            "account": record.account_key,
            "kind": record.operation,
            "state": record.state,
        }
        for name, key in keys.items():
            groups[name][key].add(record, price_per_part, delivery)
    ranked = {name: _ranked(group) for name, group in groups.items()}
    return CompanyReport(
        period,
        totals,
        ranked["operator"],  # type: ignore[arg-type]
        ranked["account"],  # type: ignore[arg-type]
        ranked["kind"],  # type: ignore[arg-type]
        ranked["state"],  # type: ignore[arg-type]
    )


def _ranked(group: Mapping[object, Totals]) -> dict[object, Totals]:
    return dict(sorted(group.items(), key=lambda item: (-item[1].recipients, str(item[0]))))


def delivery_of(bulk_id: int | str, summary: DeliverySummary) -> Delivery:
    """The tally to keep for a polled bulk (call `OrgStore.save_delivery` after each poll)."""
    counts = summary.counts
    failed = counts.get(DeliveryStatus.FAILED, 0) + counts.get(DeliveryStatus.DISCARDED, 0)
    delivered = counts.get(DeliveryStatus.DELIVERED, 0)
    return Delivery(str(bulk_id), summary.total, delivered, failed)


# --- the .xlsx export -------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportColumns:
    """How each cell of an export row is written (localized by the caller)."""

    when: Callable[[SendRecord], str]
    operator: Callable[[int], str]
    account: Callable[[str], str]
    kind: Callable[[str], str]
    state: Callable[[str], str]
    number: Callable[[int | Decimal], str]


def export_rows(
    records: Sequence[SendRecord], columns: ExportColumns, price_per_part: Decimal
) -> list[list[str]]:
    """One row per request: when, operator, account, kind, state, recipients, parts, cost,
    bulk id (a refused request costs nothing)."""
    rows = []
    for record in records:
        charged = record.state in CHARGED_STATES
        parts = record.parts * record.recipients if charged else 0
        rows.append(
            [
                columns.when(record),
                columns.operator(record.user_id),
                columns.account(record.account_key),
                columns.kind(record.operation),
                columns.state(record.state),
                columns.number(record.recipients),
                columns.number(parts),
                columns.number(price_per_part * parts),
                record.bulk_id or "",
            ]
        )
    return rows
