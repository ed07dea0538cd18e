"""Resend to the failed: a job's batches with the panel's delivery reports → a new draft.

The selection itself is :func:`bot.services.resend_selection.select_for_resend` (never a
delivered number; unknown batches and numbers reported, not resent). The draft has the job's
text and line and only the `resend` numbers; it is confirmed like any preview (a new job).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from bot.panel import PanelClient, PanelError, SocialNetwork
from bot.panel.codes import BulkStatus
from bot.services.reports import parse_bulk_id
from bot.services.resend_selection import (
    BatchDelivery,
    BatchOutcome,
    ResendSelection,
    select_for_resend,
)
from bot.services.sending import LIST_KINDS, SendDraft
from storage import BatchRecord, BatchState, JobRecord, Storage

REPORT_CONCURRENCY = 4
_OUTCOMES = {
    BatchState.SENT: BatchOutcome.SENT,
    BatchState.REFUSED: BatchOutcome.REFUSED,
    BatchState.NEW: BatchOutcome.NOT_ATTEMPTED,
}

__all__ = ["ResendOffer", "ResendSelection", "offer"]


@dataclass(frozen=True)
class ResendOffer:
    """What to show: the selection's counts, and a draft when anyone is to be resent."""

    selection: ResendSelection
    draft: SendDraft | None


async def offer(panel: PanelClient, storage: Storage, job: JobRecord) -> ResendOffer:
    """Read the job's batches and their bulks' reports; the draft for the `resend` numbers."""
    if job.operation not in LIST_KINDS:
        raise ValueError("only jobs with their own recipient list can be resent")
    gate = asyncio.Semaphore(REPORT_CONCURRENCY)
    batches = await storage.jobs.batches_with_numbers(job.id)
    deliveries = await asyncio.gather(*(_delivery(panel, batch, gate) for batch in batches))
    selection = select_for_resend(deliveries)
    return ResendOffer(selection, _draft(job, selection) if selection.resend else None)


async def _delivery(
    panel: PanelClient, batch: BatchRecord, gate: asyncio.Semaphore
) -> BatchDelivery:
    outcome = _OUTCOMES.get(batch.state, BatchOutcome.UNKNOWN)
    bulk_id = parse_bulk_id(batch.bulk_id)
    if outcome is not BatchOutcome.SENT or bulk_id is None:
        known = outcome if outcome is not BatchOutcome.SENT else BatchOutcome.UNKNOWN
        return BatchDelivery(known, batch.numbers)
    async with gate:
        try:
            report = await panel.delivery(bulk_id)
            final = (await panel.check_message(bulk_id)).status is BulkStatus.FINISH
        except PanelError:
            return BatchDelivery(BatchOutcome.SENT, batch.numbers, None)
    return BatchDelivery(BatchOutcome.SENT, batch.numbers, report, final)


def _draft(job: JobRecord, selection: ResendSelection) -> SendDraft:
    network = job.params.get("network")
    return SendDraft(
        job.operation,
        sender=job.sender,
        text=job.text,
        recipients=list(selection.resend),
        network=SocialNetwork(str(network)) if network else None,
    )
