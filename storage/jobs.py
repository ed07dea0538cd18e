"""Send jobs and their batches: keyword-only functions taking a Session.

A job is created at confirmation with all its batches (`new`); the worker moves one batch at a
time to `in_flight` (with its audit row `pending`, same transaction) before the panel call, then
to `sent` / `refused` / `unknown`: those per-batch writes are `storage.job_steps` (lean SQL).
A batch's numbers are one encrypted blob.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from storage.crypto import Cipher
from storage.models import AuditEntry, ClaimedOperation, SendBatch, SendJob, utc_now
from storage.number_list import NumberList
from storage.records import (
    AuditState,
    BatchRecord,
    BatchState,
    JobCounts,
    JobOverview,
    JobRecord,
    JobState,
    OperationKind,
)

_AUDIT_STATE = {
    BatchState.SENT: AuditState.SENT,
    BatchState.REFUSED: AuditState.FAILED,
    BatchState.UNKNOWN: AuditState.UNKNOWN,
}


def create_job(
    *,
    session: Session,
    cipher: Cipher,
    operation_key: str,
    chat_id: int,
    user_id: int,
    operation: OperationKind,
    sender: str,
    text: str,
    target: str | None,
    params: dict[str, Any],
    parts: int,
    recipients: Sequence[str],
    estimated_count: int,
    batch_size: int,
    locale: str | None,
    progress_message_id: int | None = None,
    due_at: datetime | None = None,
    account_key: str | None = None,
    confirmed_by: int | None = None,
    target_counts: Sequence[int] = (),
    texts: Sequence[tuple[str, Sequence[str]]] = (),
) -> int | None:
    """Claim `operation_key` and store the job with its batches; None if already claimed.

    Without recipients: one batch per panel request (`target_counts`), or one batch. With
    `texts` (a personalised send: each rendered text with its numbers) every batch carries its
    own text and `recipients` is ignored.

    With `due_at` the job is `scheduled`: nothing runs it until `claim_scheduled`."""
    size = max(1, batch_size)
    job = SendJob(
        operation_key=operation_key,
        chat_id=chat_id,
        user_id=user_id,
        operation=OperationKind(operation).value,
        sender=sender,
        text_token=cipher.encrypt(text),
        params_token=cipher.encrypt(json.dumps(params)) if params else None,
        target=target,
        parts=parts,
        recipient_count=(
            sum(len(numbers) for _, numbers in texts)
            if texts
            else len(recipients)
            if recipients
            else estimated_count
        ),
        batch_size=size,
        locale=locale,
        state=(JobState.SCHEDULED if due_at else JobState.RUNNING).value,
        progress_message_id=progress_message_id,
        due_at=due_at,
        account_key=account_key,
        confirmed_by=confirmed_by,
    )
    session.add(ClaimedOperation(key=operation_key, chat_id=chat_id, user_id=user_id))
    session.add(job)
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        return None
    assert job.id is not None
    if texts:
        rows = _text_batch_rows(cipher, job.id, texts, size)
    else:
        rows = _batch_rows(cipher, job.id, recipients, size, estimated_count, target_counts)
    session.bulk_insert_mappings(SendBatch, rows)  # type: ignore[arg-type]
    return job.id


def _batch_rows(
    cipher: Cipher,
    job_id: int,
    recipients: Sequence[str],
    size: int,
    estimated: int,
    target_counts: Sequence[int] = (),
) -> list[dict[str, Any]]:
    now = utc_now()
    if not recipients:
        counts = list(target_counts) or [estimated]
        return [_row(job_id, index, count, None, now) for index, count in enumerate(counts, 1)]
    if isinstance(recipients, NumberList):  # batches straight from its blob, no str per number
        return [
            _row(job_id, index, count, cipher.encrypt_bytes(blob), now)
            for index, (count, blob) in enumerate(recipients.batches(size), 1)
        ]
    return [
        _row(job_id, index, len(chunk), _seal(cipher, chunk), now)
        for index, chunk in enumerate(_chunks(recipients, size), 1)
    ]


def _text_batch_rows(
    cipher: Cipher, job_id: int, texts: Sequence[tuple[str, Sequence[str]]], size: int
) -> list[dict[str, Any]]:
    """A batch per chunk of the numbers sharing one text, each batch with its text."""
    now, rows = utc_now(), []
    for text, numbers in texts:
        sealed = cipher.encrypt(text)
        for chunk in _chunks(numbers, size):
            row = _row(job_id, len(rows) + 1, len(chunk), _seal(cipher, chunk), now, sealed)
            rows.append(row)
    return rows


def _row(
    job_id: int,
    index: int,
    count: int,
    token: bytes | None,
    now: Any,
    text_token: str | None = None,
) -> dict[str, Any]:
    return {
        "job_id": job_id,
        "batch_index": index,
        "recipient_count": count,
        "numbers_token": token,
        "text_token": text_token,
        "state": BatchState.NEW.value,
        "updated_at": now,
    }


def _chunks(numbers: Sequence[str], size: int) -> list[Sequence[str]]:
    return [numbers[i : i + size] for i in range(0, len(numbers), size)]


def _seal(cipher: Cipher, numbers: Sequence[str]) -> bytes:
    return cipher.encrypt_bytes("\n".join(numbers).encode("utf-8"))


def _open(cipher: Cipher, token: bytes | None) -> list[str]:
    if not token:
        return []
    return cipher.decrypt_bytes(token).decode("utf-8").split("\n")


def get_job(*, session: Session, cipher: Cipher, job_id: int) -> JobRecord | None:
    job = session.get(SendJob, job_id)
    return _job(job, cipher) if job else None


def job_by_key(*, session: Session, cipher: Cipher, key: str) -> JobRecord | None:
    job = session.exec(select(SendJob).where(SendJob.operation_key == key)).first()
    return _job(job, cipher) if job else None


def jobs_to_resume(*, session: Session, cipher: Cipher) -> list[JobRecord]:
    """Jobs still running, or finished without their summary shown."""
    waiting = (JobState.SCHEDULED.value, JobState.CANCELLED.value, JobState.HELD.value)
    query = select(SendJob).where(
        (SendJob.state == JobState.RUNNING.value)
        | (col(SendJob.summary_done).is_(False) & col(SendJob.state).not_in(waiting))
    )
    return [_job(job, cipher) for job in session.exec(query.order_by(col(SendJob.id))).all()]


def scheduled_times(*, session: Session) -> list[tuple[int, datetime]]:
    """(job id, due time) of every scheduled job not started yet."""
    query = select(SendJob.id, SendJob.due_at).where(SendJob.state == JobState.SCHEDULED.value)
    return [(int(job_id), due) for job_id, due in session.exec(query).all() if due is not None]


def scheduled_jobs(
    *, session: Session, cipher: Cipher, user_id: int | None = None, limit: int = 50
) -> list[JobRecord]:
    """Scheduled jobs not started yet, soonest first; only `user_id`'s when given."""
    query = select(SendJob).where(SendJob.state == JobState.SCHEDULED.value)
    if user_id is not None:
        query = query.where(SendJob.user_id == user_id)
    query = query.order_by(col(SendJob.due_at), col(SendJob.id)).limit(limit)
    return [_job(job, cipher) for job in session.exec(query).all()]


def _from_scheduled(session: Session, job_id: int, **values: Any) -> bool:
    """Change a job that is still `scheduled` (atomic: one caller wins); False otherwise."""
    result = session.execute(
        update(SendJob)
        .where(col(SendJob.id) == job_id, col(SendJob.state) == JobState.SCHEDULED.value)
        .values(**values)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def claim_scheduled(*, session: Session, job_id: int) -> bool:
    """Start a scheduled job: True for exactly one caller, ever."""
    return _from_scheduled(session, job_id, state=JobState.RUNNING.value)


def cancel_scheduled(*, session: Session, job_id: int) -> bool:
    """A scheduled job that will never start (nothing was sent)."""
    return _from_scheduled(
        session,
        job_id,
        state=JobState.CANCELLED.value,
        summary_done=True,
        finished_at=utc_now(),
    )


def reschedule(*, session: Session, job_id: int, due_at: datetime) -> bool:
    return _from_scheduled(session, job_id, due_at=due_at)


def list_job_of_bulk(*, session: Session, bulk_id: str, chat_id: int) -> int | None:
    """The job (of a kind with its own list) in `chat_id` whose batch got `bulk_id`, if any."""
    query = (
        select(SendBatch.job_id)
        .join(SendJob, col(SendJob.id) == col(SendBatch.job_id))
        .where(
            SendBatch.bulk_id == bulk_id,
            SendJob.chat_id == chat_id,
            col(SendJob.operation).in_([OperationKind.SEND.value, OperationKind.SOCIAL.value]),
        )
        .limit(1)
    )
    found = session.exec(query).first()
    return int(found) if found is not None else None


def batches_with_numbers(*, session: Session, cipher: Cipher, job_id: int) -> list[BatchRecord]:
    """The job's batches in order (SPLIT ones left out), each with its numbers."""
    query = (
        select(SendBatch)
        .where(SendBatch.job_id == job_id, SendBatch.state != BatchState.SPLIT.value)
        .order_by(col(SendBatch.batch_index))
    )
    return [_batch(batch, cipher, with_numbers=True) for batch in session.exec(query).all()]


def next_batch(*, session: Session, cipher: Cipher, job_id: int) -> BatchRecord | None:
    """The first batch not attempted yet, with its numbers."""
    query = (
        select(SendBatch)
        .where(SendBatch.job_id == job_id, SendBatch.state == BatchState.NEW.value)
        .order_by(col(SendBatch.batch_index))
        .limit(1)
    )
    batch = session.exec(query).first()
    return _batch(batch, cipher, with_numbers=True) if batch else None


def split_batch(*, session: Session, cipher: Cipher, batch_id: int, size: int) -> None:
    """Replace a not-attempted (or 98-refused) batch by batches of at most `size` numbers."""
    batch = _get_batch(session, batch_id)
    numbers = _open(cipher, batch.numbers_token)
    last = session.exec(
        select(func.max(SendBatch.batch_index)).where(SendBatch.job_id == batch.job_id)
    ).one()
    batch.state = BatchState.SPLIT.value
    batch.updated_at = utc_now()
    session.add(batch)
    now = utc_now()
    rows = [
        _row(
            batch.job_id,
            (last or 0) + offset,
            len(chunk),
            _seal(cipher, chunk),
            now,
            batch.text_token,  # a personalised batch's parts keep its text
        )
        for offset, chunk in enumerate(_chunks(numbers, max(1, size)), 1)
    ]
    session.bulk_insert_mappings(SendBatch, rows)  # type: ignore[arg-type]


def set_batch_size(*, session: Session, job_id: int, size: int) -> None:
    job = _get_job(session, job_id)
    job.batch_size = max(1, size)
    session.add(job)


def batch_finished(
    *,
    session: Session,
    batch_id: int,
    state: BatchState,
    bulk_id: str | None = None,
    error_code: str | None = None,
    detail: str | None = None,
) -> None:
    """Record the panel's answer on the batch and its audit row."""
    batch = _get_batch(session, batch_id)
    batch.state = BatchState(state).value
    batch.bulk_id, batch.error_code = bulk_id, (error_code or None)
    batch.detail = detail[:96] if detail else None
    batch.updated_at = utc_now()
    session.add(batch)
    if batch.audit_id is not None and state in _AUDIT_STATE:
        entry = session.get(AuditEntry, batch.audit_id)
        if entry is not None:
            entry.state = _AUDIT_STATE[state].value
            entry.bulk_id, entry.error_code = bulk_id, batch.error_code
            entry.finished_at = utc_now()
            session.add(entry)


def in_flight_to_unknown(*, session: Session, job_id: int) -> int:
    """After a restart: batches that were in flight become unknown (never retried)."""
    batches = session.exec(
        select(SendBatch).where(
            SendBatch.job_id == job_id, SendBatch.state == BatchState.IN_FLIGHT.value
        )
    ).all()
    for batch in batches:
        batch_finished(
            session=session, batch_id=batch.id or 0, state=BatchState.UNKNOWN, detail="restart"
        )
    return len(batches)


def set_job_state(*, session: Session, job_id: int, state: JobState) -> None:
    job = _get_job(session, job_id)
    job.state = JobState(state).value
    if state != JobState.RUNNING:
        job.finished_at = job.finished_at or utc_now()
    session.add(job)


def _move(session: Session, job_id: int, from_states: Sequence[JobState], **values: Any) -> bool:
    """Change the job only while it is in one of `from_states` (atomic: one caller wins)."""
    result = session.execute(
        update(SendJob)
        .where(col(SendJob.id) == job_id, col(SendJob.state).in_([s.value for s in from_states]))
        .values(**values)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def stop_job(*, session: Session, job_id: int) -> bool:
    """Stop a running or held job (True), or False when it already ended."""
    return _move(
        session,
        job_id,
        (JobState.RUNNING, JobState.HELD),
        state=JobState.STOPPED.value,
        finished_at=utc_now(),
    )


def hold_job(*, session: Session, job_id: int) -> bool:
    """running → held (False when it was stopped meanwhile)."""
    return _move(session, job_id, (JobState.RUNNING,), state=JobState.HELD.value)


def resume_held(*, session: Session, job_id: int) -> bool:
    """held → running: True for exactly one caller."""
    return _move(session, job_id, (JobState.HELD,), state=JobState.RUNNING.value)


def set_progress_message(*, session: Session, job_id: int, message_id: int | None) -> None:
    job = _get_job(session, job_id)
    job.progress_message_id = message_id
    session.add(job)


def mark_summary_done(*, session: Session, job_id: int) -> None:
    job = _get_job(session, job_id)
    job.summary_done = True
    session.add(job)


def job_counts(*, session: Session, job_id: int) -> JobCounts:
    query = (
        select(SendBatch.state, func.count(), func.sum(SendBatch.recipient_count))
        .where(SendBatch.job_id == job_id, SendBatch.state != BatchState.SPLIT.value)
        .group_by(SendBatch.state)
    )
    batches: dict[BatchState, int] = {}
    recipients: dict[BatchState, int] = {}
    for state, count, total in session.exec(query).all():
        batches[BatchState(state)] = int(count)
        recipients[BatchState(state)] = int(total or 0)
    return JobCounts(batches, recipients)


def recent_jobs(*, session: Session, cipher: Cipher, chat_id: int, limit: int) -> list[JobOverview]:
    """The chat's latest jobs, newest first, each with its counts (one grouped query)."""
    query = (
        select(SendJob)
        .where(SendJob.chat_id == chat_id)
        .order_by(col(SendJob.created_at).desc(), col(SendJob.id).desc())
        .limit(limit)
    )
    found = [_job(job, cipher) for job in session.exec(query).all()]
    ids = [job.id for job in found]
    per_state = select(
        SendBatch.job_id,
        SendBatch.state,
        func.count(),
        func.sum(SendBatch.recipient_count),
        func.max(SendBatch.bulk_id),
    ).where(col(SendBatch.job_id).in_(ids), SendBatch.state != BatchState.SPLIT.value)
    batches: dict[int, dict[BatchState, int]] = {job_id: {} for job_id in ids}
    recipients: dict[int, dict[BatchState, int]] = {job_id: {} for job_id in ids}
    bulks: dict[int, str | None] = {}
    for job_id, state, count, total, bulk in session.exec(
        per_state.group_by(SendBatch.job_id, SendBatch.state)
    ).all():
        batches[job_id][BatchState(state)] = int(count)
        recipients[job_id][BatchState(state)] = int(total or 0)
        if state == BatchState.SENT.value:
            bulks[job_id] = bulk
    overviews = []
    for job in found:
        counts = JobCounts(batches[job.id], recipients[job.id])
        single = bulks.get(job.id) if counts.total_batches == 1 else None
        overviews.append(JobOverview(job, counts, single))
    return overviews


def job_batches(
    *, session: Session, job_id: int, offset: int = 0, limit: int | None = None
) -> list[BatchRecord]:
    """The job's batches in order (SPLIT ones left out), without their numbers."""
    query = (
        select(SendBatch)
        .where(SendBatch.job_id == job_id, SendBatch.state != BatchState.SPLIT.value)
        .order_by(col(SendBatch.batch_index))
        .offset(offset)
    )
    if limit is not None:
        query = query.limit(limit)
    return [_batch(batch, None, with_numbers=False) for batch in session.exec(query).all()]


def numbers_in(*, session: Session, cipher: Cipher, job_id: int, states: Sequence[BatchState]):
    """Every number of the job's batches in `states` (e.g. to retry the refused ones)."""
    query = (
        select(SendBatch)
        .where(SendBatch.job_id == job_id, col(SendBatch.state).in_([s.value for s in states]))
        .order_by(col(SendBatch.batch_index))
    )
    numbers: list[str] = []
    for batch in session.exec(query).all():
        numbers += _open(cipher, batch.numbers_token)
    return numbers


def _get_job(session: Session, job_id: int) -> SendJob:
    job = session.get(SendJob, job_id)
    if job is None:
        raise LookupError(f"no job {job_id}")
    return job


def _get_batch(session: Session, batch_id: int) -> SendBatch:
    batch = session.get(SendBatch, batch_id)
    if batch is None:
        raise LookupError(f"no batch {batch_id}")
    return batch


def _job(job: SendJob, cipher: Cipher) -> JobRecord:
    assert job.id is not None
    params = json.loads(cipher.decrypt(job.params_token)) if job.params_token else {}
    return JobRecord(
        id=job.id,
        operation_key=job.operation_key,
        chat_id=job.chat_id,
        user_id=job.user_id,
        created_at=job.created_at,
        operation=OperationKind(job.operation),
        sender=job.sender,
        target=job.target,
        parts=job.parts,
        recipient_count=job.recipient_count,
        batch_size=job.batch_size,
        locale=job.locale,
        state=JobState(job.state),
        progress_message_id=job.progress_message_id,
        summary_done=job.summary_done,
        finished_at=job.finished_at,
        text=cipher.decrypt(job.text_token),
        params=params,
        due_at=job.due_at,
        account_key=job.account_key,
        confirmed_by=job.confirmed_by,
    )


def _batch(batch: SendBatch, cipher: Cipher | None, *, with_numbers: bool) -> BatchRecord:
    assert batch.id is not None
    numbers = _open(cipher, batch.numbers_token) if with_numbers and cipher else None
    return BatchRecord(
        id=batch.id,
        job_id=batch.job_id,
        index=batch.batch_index,
        count=batch.recipient_count,
        state=BatchState(batch.state),
        bulk_id=batch.bulk_id,
        error_code=batch.error_code,
        detail=batch.detail,
        audit_id=batch.audit_id,
        numbers=numbers,
        text=cipher.decrypt(batch.text_token)
        if with_numbers and cipher and batch.text_token
        else None,
    )
