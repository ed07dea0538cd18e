"""The panel requests of a postal or jobs send, and «حداکثر تعداد».

A postal send is one `postalcodesend` per area (or typed code) and operator; a jobs send one
`jobssend` per job with its trends. Each request is one batch of the same send job (its index is
the batch's), counted beforehand; the job's params hold the requests as plain data.

The panel sends a request to all the numbers it holds (the service has no count field), so a cap
takes whole requests: those whose sum comes closest to the cap, never more numbers than it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.panel import Gender, Operator, PanelClient
from bot.panel.digits import to_latin_digits

EXACT_HALF = 10
"""Requests per half of the exact cap search (MAX_AREAS × 2 operators fit)."""
_CAP_SEPARATORS = re.compile(r"[\s,٬،_]")


@dataclass
class TargetRequest:
    """One panel request of a postal or jobs send, with the numbers it was counted to hold."""

    count: int = 0
    postal_code: str | None = None
    operator: Operator | None = None
    gender: Gender | None = None
    job_id: int | None = None
    trend_ids: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        """Enums again after plain data (a stored approval, a job's params)."""
        if self.operator is not None:
            self.operator = Operator(self.operator)
        if self.gender is not None:
            self.gender = Gender(int(self.gender))

    def params(self) -> dict[str, object]:
        """The request as plain JSON data (a job's stored params)."""
        if self.job_id is not None:
            return {"job_id": self.job_id, "trend_ids": list(self.trend_ids)}
        assert self.operator is not None and self.gender is not None
        return {
            "postal_code": self.postal_code,
            "operator": self.operator.value,
            "gender": int(self.gender),
        }


def request_of(params: dict[str, Any], index: int) -> TargetRequest:
    """Panel request `index` (1-based, the batch's index) of a postal or jobs job's params; a
    job stored before several requests existed holds one, in the params themselves."""
    requests = params.get("requests") or [params]
    data = requests[index - 1]
    if "job_id" in data:
        return TargetRequest(job_id=int(data["job_id"]), trend_ids=list(data.get("trend_ids", [])))
    return TargetRequest(
        postal_code=str(data["postal_code"]),
        operator=Operator(str(data["operator"])),
        gender=Gender(int(data["gender"])),
    )


async def send_request(panel: PanelClient, sender: str, text: str, request: TargetRequest) -> int:
    """Send one postal or jobs request; the bulk id."""
    if request.job_id is not None:
        return await panel.send_to_jobs(sender, text, request.job_id, request.trend_ids)
    assert request.postal_code and request.operator is not None and request.gender is not None
    return await panel.send_to_postal(
        sender, text, request.postal_code, request.operator, request.gender
    )


def within_cap(requests: Sequence[TargetRequest], cap: int | None) -> list[TargetRequest]:
    """The requests to send under `cap` numbers, in their order: the whole requests (the panel
    sends a postal code or a job to all its numbers) whose sum comes closest to `cap` without
    passing it. Exact for up to 2 × EXACT_HALF requests (meet in the middle: 2 × 1,024 sums),
    else each taken in order while it fits."""
    counted = [request for request in requests if request.count]
    if cap is None:
        return counted
    if len(counted) > 2 * EXACT_HALF:
        return _in_order(counted, cap)
    half = len(counted) // 2
    first, second = _subset_sums(counted[:half]), _subset_sums(counted[half:])
    second.sort()
    totals = [total for total, _ in second]
    best = (0, 0, 0)  # (numbers, mask of the first half, mask of the second)
    for total, mask in first:
        if total > cap:
            continue
        index = bisect.bisect_right(totals, cap - total) - 1
        if index >= 0 and total + totals[index] > best[0]:
            best = (total + totals[index], mask, second[index][1])
        elif total > best[0]:
            best = (total, mask, 0)
    mask = best[1] | (best[2] << half)
    return [request for bit, request in enumerate(counted) if mask >> bit & 1]


def _subset_sums(requests: Sequence[TargetRequest]) -> list[tuple[int, int]]:
    """(numbers, mask) of every subset of `requests`."""
    sums = [(0, 0)]
    for bit, request in enumerate(requests):
        sums += [(total + request.count, mask | 1 << bit) for total, mask in sums]
    return sums


def _in_order(requests: Sequence[TargetRequest], cap: int) -> list[TargetRequest]:
    chosen, total = [], 0
    for request in requests:
        if total + request.count <= cap:
            chosen.append(request)
            total += request.count
    return chosen


def requests_total(requests: Iterable[TargetRequest]) -> int:
    return sum(request.count for request in requests)


def parse_cap(text: str | None) -> int | None:
    """A typed «at most» count in any digits (group separators allowed); None unless > 0."""
    compact = _CAP_SEPARATORS.sub("", to_latin_digits((text or "").strip()))
    if not compact.isdigit() or len(compact) > 9:
        return None
    return int(compact) or None
