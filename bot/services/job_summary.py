"""A job's fixed-size summary: the facts it states beyond the counts, and showing it once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from bot.services import checkpoints
from bot.services.job_views import SummaryFacts
from storage import BatchRecord, BatchState, JobEnding, JobRecord, JobState, OperationKind, Storage

if TYPE_CHECKING:
    from bot.services.job_view import JobView
    from bot.services.job_worker import JobWorker

LIST_KINDS = frozenset({OperationKind.SEND, OperationKind.SOCIAL})
"""Kinds whose recipients are a list the bot holds (a retry can send them again)."""
RETRY_STATES = (BatchState.REFUSED, BatchState.NEW)
"""Recipients that surely got nothing: refused, or not attempted when a refusal ended the job."""


async def summary_facts(
    storage: Storage, job: JobRecord, sentence: Callable[[BatchRecord], str]
) -> SummaryFacts:
    """The first refusal's sentence, the first unknown answer, the single bulk id, the retry."""
    return facts_of(job, await storage.jobs.batches(job.id), sentence)


def facts_of(
    job: JobRecord, batches: Sequence[BatchRecord], sentence: Callable[[BatchRecord], str]
) -> SummaryFacts:
    """`summary_facts` of the job's `batches` as read already."""
    refused = next((b for b in batches if b.state == BatchState.REFUSED), None)
    unknown = next(
        (b for b in batches if b.state in (BatchState.UNKNOWN, BatchState.IN_FLIGHT)), None
    )
    sent = [b for b in batches if b.state == BatchState.SENT]
    retry = 0
    personal = bool(job.params.get("personal"))  # a retry would need each batch's own text
    if job.operation in LIST_KINDS and refused is not None and not personal:
        retry_states = RETRY_STATES if job.state == JobState.HALTED else (BatchState.REFUSED,)
        retry = sum(b.count for b in batches if b.state in retry_states)
    return SummaryFacts(
        refusal=sentence(refused) if refused else None,
        unknown_detail=(unknown.detail or unknown.error_code) if unknown else None,
        single_bulk_id=sent[0].bulk_id if len(batches) == 1 and sent else None,
        retry_count=retry,
    )


async def show_summary(
    worker: JobWorker, job: JobRecord, view: JobView, ended: JobEnding | None = None
) -> None:
    """The fixed-size summary in the job's message (from `ended` when the job's end was just
    read); marked shown only once delivered."""
    if ended is None:
        ended = JobEnding(
            job, await worker.storage.jobs.counts(job.id), await worker.storage.jobs.batches(job.id)
        )
    counts = ended.counts
    facts = facts_of(job, ended.batches, view.refusal_sentence)
    checkpoints.reached("before-summary")
    if await view.summary(job.state, counts, facts):
        await worker.storage.jobs.mark_summary_done(job.id)
    await worker.follow_up(job)
