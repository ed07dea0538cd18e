"""A confirmed draft becomes a job; one job runs batch by batch, exactly once.

1. ``enqueue(...)`` stores the job and all its batches (``new``) in one transaction that also
   claims the draft's operation key: only the first Send tap of a preview makes a job.
2. ``JobRun.run()`` (started by :mod:`bot.services.job_worker`) takes the batches in order.
   Each batch is written ``in_flight`` (with its audit row) BEFORE the panel call, then
   ``sent`` (bulk id), ``refused`` (a documented refusal: nothing sent) or ``unknown``.
   * unknown (timeout after the request was written, an unclear answer): never retried; the
     job goes on with the next batch (the user confirmed the whole send, and one garbled
     answer says nothing about the next request).
   * UNKNOWN_RUN_LIMIT unknown answers in a row: the panel is probably down or answers in a
     shape nobody understands. Burning through the rest would turn every remaining batch into
     "unknown" (maybe sent, never retried) in seconds, so the job is `held` before its next
     panel call: the chat is told what went out and chooses Continue or Stop. A held job
     survives a restart as it is (nothing resumes it but Continue).
   * 98 (recipient limit): the batch is refused (a retry may send it) and the job's batch size
     is halved for the batches not attempted yet, which are split when their turn comes;
     nothing is re-sent on its own.
   * any other refusal: the job halts; the refused and the not attempted recipients may be
     sent again by the user (a new job).
   * the database cannot be written: the job pauses before the next panel call, tells the
     chat what went out, and goes on when a write succeeds.
   Telegram views (progress, summary) never touch the job: see :mod:`bot.services.job_view`.
3. A personalised draft (bot.services.personal_sends) is one job too: each batch carries its
   rendered text, sent instead of the job's (the template). No retry is offered for it.

Logs carry counts only, never the text or the numbers.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.exc import SQLAlchemyError

from bot.panel import (
    PanelClient,
    PanelError,
    PanelOutcomeUnknownError,
    PanelRecipientLimitError,
    SocialNetwork,
)
from bot.panel.sms import message_parts
from bot.services import checkpoints, personal_sends
from bot.services.job_summary import LIST_KINDS, show_summary
from bot.services.job_views import Tally
from bot.services.sending import SendDraft
from bot.services.target_requests import request_of, send_request
from storage import (
    BatchRecord,
    BatchState,
    JobRecord,
    JobState,
    OperationKind,
    Storage,
)

if TYPE_CHECKING:
    from bot.services.job_view import JobView
    from bot.services.job_worker import JobWorker

LOGGER = logging.getLogger(__name__)
T = TypeVar("T")

PAUSE_RETRY_SECONDS = (0.5, 1.0, 2.0, 5.0)
UNKNOWN_RUN_LIMIT = 3
"""Unknown answers in a row after which the job is held for the user (see the module doc)."""


def draft_params(draft: SendDraft) -> dict[str, Any]:
    """The kind-specific target of a draft, as plain JSON data."""
    return {
        key: value
        for key, value in {
            "network": draft.network.value if draft.network else None,
            "book_ids": list(draft.book_ids),
            "postal_code": draft.postal_code,
            "operator": draft.operator.value if draft.operator else None,
            "gender": int(draft.gender) if draft.gender is not None else None,
            "job_id": draft.job_id,
            "trend_ids": list(draft.trend_ids),
            "requests": [request.params() for request in draft.requests],
            "personal": True if draft.is_personal else None,
        }.items()
        if value not in (None, [])
    }


async def enqueue(
    draft: SendDraft,
    storage: Storage,
    *,
    chat_id: int,
    user_id: int,
    batch_size: int,
    locale: str | None,
    progress_message_id: int | None = None,
    due_at: datetime | None = None,
    confirmed_by: int | None = None,
) -> int | None:
    """Store the confirmed draft as a job (scheduled when `due_at`) with its account and who
    confirmed it (`user_id` unless an admin approved it); None when its key was confirmed before.
    A personalised draft becomes one job whose batches carry the rendered texts."""
    texts = personal_sends.texts_of(draft)
    job_id = await storage.jobs.create(
        account_key=draft.account_key or f"chat:{chat_id}",
        confirmed_by=confirmed_by if confirmed_by is not None else user_id,
        operation_key=draft.operation_key,
        chat_id=chat_id,
        user_id=user_id,
        operation=draft.kind,
        sender=draft.sender,
        text=draft.text,
        target=None if draft.has_list else draft.target,
        params=draft_params(draft),
        parts=personal_sends.longest_parts(draft) or message_parts(draft.text).parts,
        recipients=draft.recipients if draft.has_list and not texts else [],
        estimated_count=draft.recipient_count,
        batch_size=batch_size,
        locale=locale,
        progress_message_id=progress_message_id,
        due_at=due_at,
        target_counts=[request.count for request in draft.requests],
        texts=texts,
    )
    checkpoints.reached("claimed")
    return job_id


async def call_panel(
    panel: PanelClient,
    job: JobRecord,
    numbers: Sequence[str],
    index: int = 1,
    text: str | None = None,
) -> int:
    """One panel request of `job`: to `numbers` for list kinds (with the batch's own `text` when
    it has one: a personalised send), request `index` of a postal or jobs send; returns the
    bulk id."""
    p = job.params
    match job.operation:
        case OperationKind.SEND:
            return await panel.send(job.sender, numbers, text or job.text)
        case OperationKind.SOCIAL:
            network = SocialNetwork(str(p["network"]))
            return await panel.send_social(job.sender, numbers, text or job.text, network)
        case OperationKind.BOOKS:
            return await panel.send_to_books(job.sender, list(p["book_ids"]), job.text)
        case OperationKind.POSTAL | OperationKind.JOBS:
            return await send_request(panel, job.sender, job.text, request_of(p, index))
    raise ValueError(f"unknown operation kind {job.operation!r}")


@dataclass(frozen=True)
class Verdict:
    """How one panel request ended, as stored on its batch."""

    state: BatchState
    bulk_id: str | None = None
    code: str | None = None
    detail: str | None = None
    too_many: bool = False  # 98: nothing sent, the batch was too large


def verdict_of(error: PanelError) -> Verdict:
    """Only a documented refusal is `refused`; the client already made the rest unknown."""
    if isinstance(error, PanelOutcomeUnknownError):
        detail = str(error.locale_args.get("detail") or "")
        return Verdict(BatchState.UNKNOWN, code=None, detail=detail[:96] or None)
    code = str(error.code) if error.code is not None else type(error).__name__[:32]
    return Verdict(
        BatchState.REFUSED,
        code=code,
        detail=error.locale_key,
        too_many=isinstance(error, PanelRecipientLimitError),
    )


async def attempt(
    panel: PanelClient,
    job: JobRecord,
    numbers: Sequence[str],
    index: int = 1,
    text: str | None = None,
) -> Verdict:
    try:
        bulk_id = await call_panel(panel, job, numbers, index, text)
        return Verdict(BatchState.SENT, bulk_id=str(bulk_id))
    except PanelError as error:
        return verdict_of(error)


class JobRun:
    """One job being run by the worker; its progress and summary go through `view`.

    Up to `window` batches are at the panel at once (SEND_REQUESTS_IN_FLIGHT): the next one is
    put in flight and on its way while the panel answers the last, so the bot's own work per
    batch (its database writes) overlaps the panel's. Answers are recorded in batch order; when
    one ends the job (a refusal, too many unknowns, Stop), the ones already at the panel are
    recorded too (they may have gone out) and nothing more is started."""

    def __init__(self, worker: JobWorker, job: JobRecord, view: JobView) -> None:
        self.worker, self.job, self.view = worker, job, view
        self.store = worker.storage.jobs
        self.batch_size = job.batch_size
        self.window = worker.requests_in_flight
        self.tally = Tally(total=job.recipient_count, batches=1)
        self.started = time.monotonic()
        self.batches_this_run = 0
        self._paused = False
        self.unknown_run = 0  # unknown answers in a row in this run
        self._flying: deque[tuple[BatchRecord, asyncio.Task[Verdict]]] = deque()
        self._no_more: JobState | None = None  # nothing left to start: DONE or STOPPED
        self._start_tried = False  # the last answer's trip found nothing to start

    async def run(self) -> None:
        """Every batch not attempted yet, then the summary and the delivery follow-up."""
        self.tally = Tally.of(await self.durable(lambda: self.store.counts(self.job.id)))
        panel = await self.worker.panel_for(self.job)
        ending = JobState.HALTED if panel is None else None
        if panel is None and self.tally.done_batches < self.tally.batches:
            await self.view.notice(self.view.fmt.t("org-job-account-gone"))
        while ending is None:
            if self.worker.closing and not self._flying:
                return  # stays `running`: resumed at the next start
            ending = await self.step(panel)  # type: ignore[arg-type]
        if ending == JobState.HELD and await self.hold():
            return  # waits for Continue or Stop; no summary, no alerts yet
        await self.finish(ending)
        await self.worker.after_job(self.job.id, panel)

    async def step(self, panel: PanelClient) -> JobState | None:
        """Fill the window, record the oldest answer; the job's end state when it is over."""
        await self._fill(panel)
        if not self._flying:
            return self._no_more or JobState.DONE
        ending = await self._answer_oldest(panel)
        if ending is not None:
            while self._flying:  # already at the panel: their answers are recorded as well
                await self._answer_oldest(panel, ending=True)
        return ending

    async def _fill(self, panel: PanelClient) -> None:
        while len(self._flying) < self.window and self._no_more is None and not self.worker.closing:
            self._no_more = await self._start(panel)

    async def _answer_oldest(self, panel: PanelClient, ending: bool = False) -> JobState | None:
        batch, task = self._flying.popleft()
        verdict = await task
        await self._record(batch, verdict, panel, start_next=not ending)
        self._count(batch, verdict)
        LOGGER.info(
            "job %d batch %d: %s (%d numbers)", self.job.id, batch.index, verdict.state, batch.count
        )
        return None if ending else await self._after(batch, verdict)

    def _launch(self, panel: PanelClient, batch: BatchRecord) -> None:
        """Send `batch`, which is in flight now (called under the job's lock: a Stop confirmed
        after it has this batch counted as at the panel)."""
        checkpoints.reached(f"in-flight-{batch.index}")
        call = attempt(panel, self.job, batch.numbers or [], batch.index, batch.text)
        self._flying.append((batch, asyncio.create_task(call, name=f"job-{self.job.id}-send")))

    def _flying_ids(self) -> list[int]:
        return [batch.id for batch, _ in self._flying]

    async def _start(self, panel: PanelClient) -> JobState | None:
        """Put the next batch in flight and send it, or split it first when it is over the
        batch size (None: go on); the job's end when none is left or it was stopped."""
        async with self.worker.lock(self.job.id):  # a Stop confirmed after this sends nothing
            if self.worker.is_stopped(self.job.id):
                return JobState.STOPPED
            started, skipped = None, self._start_tried
            if not skipped:  # the last answer's trip found no batch to start
                started = await self.durable(
                    lambda: self.store.start(
                        self.job.id,
                        max_count=self._max_count(),
                        batch_total=self.tally.batches,
                        flying=self._flying_ids(),
                    )
                )
            self._start_tried = False
            if started is not None:
                self._launch(panel, started)
                return None
        batch = await self.durable(lambda: self.store.next_batch(self.job.id))
        if batch is None:
            return JobState.DONE
        if skipped and batch.count <= self._max_count():
            return None  # it fits (the start above was skipped): the next trip starts it
        await self.durable(lambda: self.store.split(batch.id, self.batch_size))
        counts = await self.durable(lambda: self.store.counts(self.job.id))
        self.tally.batches = counts.total_batches
        return None

    def _max_count(self) -> int:
        return self.batch_size if self.job.operation in LIST_KINDS else 2**31

    async def _record(
        self, batch: BatchRecord, verdict: Verdict, panel: PanelClient, *, start_next: bool
    ) -> None:
        """Write the answer; after a plain success also put the next batch in flight and send
        it, in the same trip to the database thread (its own commit, after the answer's)."""
        answer = {"bulk_id": verdict.bulk_id, "error_code": verdict.code, "detail": verdict.detail}
        after = f"after-batch-{batch.index}"
        if (
            not start_next
            or verdict.state != BatchState.SENT
            or verdict.too_many
            or self.worker.closing
            or self._no_more is not None
        ):
            await self.durable(lambda: self.store.finish(batch, verdict.state, **answer))
            checkpoints.reached(after)
            return
        async with self.worker.lock(self.job.id):  # a Stop confirmed after this sends nothing
            if self.worker.is_stopped(self.job.id):
                await self.durable(lambda: self.store.finish(batch, verdict.state, **answer))
                checkpoints.reached(after)
                return
            started = await self.durable(
                lambda: self.store.finish_then_start(
                    batch,
                    verdict.state,
                    max_count=self._max_count(),
                    batch_total=self.tally.batches,
                    between=lambda: checkpoints.reached(after),
                    flying=self._flying_ids(),
                    **answer,
                )
            )
            if started is not None:
                self._launch(panel, started)
            self._start_tried = started is None

    def _count(self, batch: BatchRecord, verdict: Verdict) -> None:
        self.batches_this_run += 1
        if verdict.state == BatchState.SENT:
            self.tally.sent += batch.count
            self.tally.sent_batches += 1
        elif verdict.state == BatchState.UNKNOWN:
            self.tally.unknown += batch.count
        self.tally.done_batches += 1

    async def _after(self, batch: BatchRecord, verdict: Verdict) -> JobState | None:
        if verdict.too_many and self.job.operation in LIST_KINDS:
            # 98: this batch is refused (offered for a retry); the ones not attempted shrink.
            self.batch_size = max(1, min(self.batch_size, batch.count // 2))  # once per size
            LOGGER.info("job %d: over the panel's limit: %d", self.job.id, self.batch_size)
            await self.durable(lambda: self.store.set_batch_size(self.job.id, self.batch_size))
            return None
        if verdict.state == BatchState.REFUSED:
            return JobState.HALTED
        if verdict.state == BatchState.UNKNOWN:
            self.unknown_run += 1
            if self.unknown_run >= UNKNOWN_RUN_LIMIT:
                return JobState.HELD
        else:
            self.unknown_run = 0
        self.view.progress(self.tally, self.elapsed, self.eta)
        return None

    async def hold(self) -> bool:
        """Hold the job for the user; False when a Stop came first (then it is stopped)."""
        held = await self.durable(lambda: self.store.hold(self.job.id))
        if held:
            LOGGER.info("job %d held after %d unknown answers", self.job.id, self.unknown_run)
            await self.view.held(self.tally, self.unknown_run)
        return held

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def eta(self) -> float | None:
        if not self.batches_this_run:
            return None
        left = max(self.tally.batches - self.tally.done_batches, 0)
        return self.elapsed / self.batches_this_run * left

    async def finish(self, ending: JobState) -> None:
        """Record the end, show the summary once, start the delivery follow-up."""
        state = None if ending in (JobState.STOPPED, JobState.HELD) else ending
        ended = await self.durable(lambda: self.store.end(self.job.id, state))
        await show_summary(self.worker, ended.job, self.view, ended)

    async def durable(self, write: Callable[[], Awaitable[T]]) -> T:
        """Run a database call until it succeeds; the chat is told while it cannot."""
        failures = 0
        while True:
            try:
                result = await write()
            except SQLAlchemyError as error:
                failures += 1
                LOGGER.warning(
                    "job %d: database unavailable (%s)", self.job.id, type(error).__name__
                )
                if not self._paused:
                    self._paused = True
                    await self.view.paused(self.tally)
                await asyncio.sleep(
                    PAUSE_RETRY_SECONDS[min(failures, len(PAUSE_RETRY_SECONDS)) - 1]
                )
                continue
            if self._paused:
                self._paused = False
                await self.view.unpaused()
            return result
