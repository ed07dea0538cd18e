"""Exactly-once execution of a confirmed :class:`~bot.services.sending.SendDraft`.

1. ``claim(...)`` claims the draft's operation key atomically (storage primary key): only the
   first Send tap of a preview ever reaches the panel; later taps read ``previous_outcome``.
2. ``execute(...)`` sends the recipients in batches of ``batch_size`` (targets: one request).
   Each panel request gets an audit row written ``pending`` BEFORE the call, then finished:
   ``sent`` (bulk id), ``failed`` (code) or ``unknown``.
   * ``PanelOutcomeUnknownError`` (timeout or dropped connection after the request was written,
     or an unreadable answer) is never retried: the row becomes ``unknown`` and nothing more
     is sent.
   * ``PanelRecipientLimitError`` (98): nothing was sent; the batch is halved and continued.
   * Any other panel error: nothing was sent by that request; sending stops and the numbers
     not yet sent are returned in ``SendOutcome.unsent`` so the user can fix and retry them
     under a new operation key.

Logs carry counts only, never the text or the numbers.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

from bot.panel import (
    PanelClient,
    PanelError,
    PanelOutcomeUnknownError,
    PanelRecipientLimitError,
)
from bot.panel.sms import message_parts
from bot.services.sending import SendDraft
from storage import AuditRecord, AuditState, OperationKind, Storage

LOGGER = logging.getLogger(__name__)

Progress = Callable[[int, int], Awaitable[None]]
"""Called after each batch with (numbers done, numbers in total)."""


@dataclass
class BatchResult:
    """How one panel request ended."""

    index: int
    count: int
    state: AuditState
    bulk_id: str | None = None
    audit_id: int | None = None
    error: PanelError | None = None
    error_code: str | None = None


@dataclass
class SendOutcome:
    """Every request of one operation, and what was left unsent after a definite failure."""

    batches: list[BatchResult] = field(default_factory=list)
    unsent: list[str] = field(default_factory=list)
    error: PanelError | None = None

    @property
    def sent(self) -> list[BatchResult]:
        return [batch for batch in self.batches if batch.state == AuditState.SENT]

    @property
    def sent_count(self) -> int:
        return sum(batch.count for batch in self.sent)

    @property
    def unknown(self) -> list[BatchResult]:
        return [batch for batch in self.batches if batch.state == AuditState.UNKNOWN]

    @property
    def pending(self) -> list[BatchResult]:
        return [batch for batch in self.batches if batch.state == AuditState.PENDING]

    @property
    def failed_definitely(self) -> bool:
        """A request failed for sure and stopped the operation (the user may fix and retry)."""
        return self.error is not None and not self.unknown


async def claim(draft: SendDraft, storage: Storage, *, chat_id: int, user_id: int) -> bool:
    """True for the first confirmation of this draft's operation key, False ever after."""
    return await storage.claim_operation(draft.operation_key, chat_id=chat_id, user_id=user_id)


async def previous_outcome(storage: Storage, operation_key: str) -> SendOutcome:
    """What an already claimed operation did, read back from the audit trail."""
    records = await storage.audits_for_operation(operation_key)
    return SendOutcome(batches=[_from_record(record) for record in records])


def _from_record(record: AuditRecord) -> BatchResult:
    return BatchResult(
        index=record.batch_index,
        count=record.recipient_count or 0,
        state=record.state,
        bulk_id=record.bulk_id,
        audit_id=record.id,
        error_code=record.error_code,
    )


async def call_panel(panel: PanelClient, draft: SendDraft, numbers: Sequence[str]) -> int:
    """One panel request for `draft` (to `numbers` for list kinds); returns the bulk id."""
    match draft.kind:
        case OperationKind.SEND:
            return await panel.send(draft.sender, numbers, draft.text)
        case OperationKind.SOCIAL:
            assert draft.network is not None, "a social draft needs its network"
            return await panel.send_social(draft.sender, numbers, draft.text, draft.network)
        case OperationKind.BOOKS:
            return await panel.send_to_books(draft.sender, draft.book_ids, draft.text)
        case OperationKind.POSTAL:
            assert draft.postal_code and draft.operator is not None and draft.gender is not None
            return await panel.send_to_postal(
                draft.sender, draft.text, draft.postal_code, draft.operator, draft.gender
            )
        case OperationKind.JOBS:
            assert draft.job_id is not None, "a jobs draft needs its job"
            return await panel.send_to_jobs(draft.sender, draft.text, draft.job_id, draft.trend_ids)
    raise ValueError(f"unknown operation kind {draft.kind!r}")


def plan_batches(draft: SendDraft, batch_size: int) -> list[list[str]]:
    """Recipient batches of at most `batch_size`; one empty batch for target kinds."""
    if not draft.has_list:
        return [[]]
    size = max(1, batch_size)
    return [draft.recipients[i : i + size] for i in range(0, len(draft.recipients), size)]


class _Run:
    """State of one execution: the queue of batches still to send and the results so far."""

    def __init__(self, draft: SendDraft, storage: Storage, chat_id: int, user_id: int) -> None:
        self.draft, self.storage = draft, storage
        self.chat_id, self.user_id = chat_id, user_id
        self.parts = message_parts(draft.text).parts
        self.outcome = SendOutcome()
        self.index = 0

    async def start_row(self, numbers: list[str], total: int) -> int:
        self.index += 1
        draft = self.draft
        return await self.storage.audit_start(
            operation_key=draft.operation_key,
            chat_id=self.chat_id,
            user_id=self.user_id,
            operation=draft.kind,
            sender=draft.sender,
            recipient_count=len(numbers) if draft.has_list else draft.estimated_count,
            target=None if draft.has_list else draft.target,
            parts=self.parts,
            batch_index=self.index,
            batch_total=max(total, self.index),
            text=draft.text,
        )

    async def finish(self, result: BatchResult) -> None:
        assert result.audit_id is not None
        await self.storage.audit_finish(
            result.audit_id,
            state=result.state,
            bulk_id=result.bulk_id,
            error_code=result.error_code,
        )
        self.outcome.batches.append(result)


async def execute(
    draft: SendDraft,
    *,
    panel: PanelClient,
    storage: Storage,
    chat_id: int,
    user_id: int,
    batch_size: int,
    progress: Progress | None = None,
) -> SendOutcome:
    """Send a claimed draft; see the module docstring for how each failure is handled."""
    run = _Run(draft, storage, chat_id, user_id)
    queue = deque(plan_batches(draft, batch_size))
    total_numbers = draft.recipient_count
    done = 0
    while queue:
        numbers = queue.popleft()
        audit_id = await run.start_row(numbers, run.index + 1 + len(queue))
        count = len(numbers) if draft.has_list else draft.recipient_count
        result = BatchResult(run.index, count, AuditState.SENT, audit_id=audit_id)
        try:
            result.bulk_id = str(await call_panel(panel, draft, numbers))
        except PanelOutcomeUnknownError as error:
            result.state, result.error = AuditState.UNKNOWN, error
        except PanelRecipientLimitError as error:
            if len(numbers) > 1:
                await run.finish(_failed(result, error))
                half = len(numbers) // 2
                queue.extendleft([numbers[half:], numbers[:half]])
                LOGGER.info("batch %d over the panel's limit: split in two", run.index)
                continue
            _failed(result, error)
        except PanelError as error:
            _failed(result, error)
        await run.finish(result)
        LOGGER.info("send batch %d: %s (%d numbers)", result.index, result.state, count)
        if result.state != AuditState.SENT:
            run.outcome.error = result.error
            if result.state == AuditState.FAILED:
                run.outcome.unsent = [*numbers, *(n for batch in queue for n in batch)]
            break
        done += count
        if progress is not None and queue:
            await progress(done, total_numbers)
    return run.outcome


def _failed(result: BatchResult, error: PanelError) -> BatchResult:
    result.state, result.error = AuditState.FAILED, error
    result.error_code = str(error.code) if error.code is not None else type(error).__name__[:32]
    return result
