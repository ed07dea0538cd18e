"""The per-batch hot path of a send job in lean SQL (Core statements, no ORM session).

A job of 2,000 batches writes each batch twice: in flight (with its `pending` audit row) before
its panel call, its answer (on the batch and the audit row) after. Core statements built once,
no ORM session: a fraction of the ORM's cost per write. Each function takes a Connection inside
a transaction; the caller commits.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.sql import Select

from storage.crypto import Cipher
from storage.models import AuditEntry, SendBatch, SendJob, utc_now
from storage.records import AuditState, BatchRecord, BatchState

_BATCHES = SendBatch.__table__  # type: ignore[attr-defined]
_AUDIT = AuditEntry.__table__  # type: ignore[attr-defined]
_JOBS = SendJob.__table__  # type: ignore[attr-defined]
_AUDIT_STATE = {
    BatchState.SENT: AuditState.SENT,
    BatchState.REFUSED: AuditState.FAILED,
    BatchState.UNKNOWN: AuditState.UNKNOWN,
}


def audit_base(connection: Connection, job_id: int) -> dict[str, Any]:
    """The columns every audit row of the job repeats (they never change after creation)."""
    row = connection.execute(
        select(
            _JOBS.c.operation_key,
            _JOBS.c.chat_id,
            _JOBS.c.user_id,
            _JOBS.c.operation,
            _JOBS.c.sender,
            _JOBS.c.target,
            _JOBS.c.parts,
            _JOBS.c.text_token,
        ).where(_JOBS.c.id == job_id)
    ).one()
    return dict(row._mapping)


def _first_in() -> Select[Any]:
    """The job's first batch in a state (one seek in the (job, state, index) index)."""
    return (
        select(
            _BATCHES.c.id,
            _BATCHES.c.batch_index,
            _BATCHES.c.recipient_count,
            _BATCHES.c.numbers_token,
            _BATCHES.c.text_token,
            _BATCHES.c.state,
            _BATCHES.c.audit_id,
        )
        .where(_BATCHES.c.job_id == bindparam("job"), _BATCHES.c.state == bindparam("state"))
        .order_by(_BATCHES.c.batch_index)
        .limit(1)
    )


# Built once: 4,000 writes of a large job then skip building and cache-keying statements.
_FIRST_IN = _first_in()
_FIRST_IN_FLIGHT_EXCEPT = _FIRST_IN.where(_BATCHES.c.id.not_in(bindparam("flying", expanding=True)))
_AUDIT_INSERT = _AUDIT.insert()
_IN_FLIGHT = (
    update(_BATCHES)
    .where(_BATCHES.c.id == bindparam("batch"))
    .values(
        state=BatchState.IN_FLIGHT.value, audit_id=bindparam("audit"), updated_at=bindparam("now")
    )
)
_ANSWER = (
    update(_BATCHES)
    .where(_BATCHES.c.id == bindparam("batch"))
    .values(
        state=bindparam("state"),
        bulk_id=bindparam("bulk"),
        error_code=bindparam("code"),
        detail=bindparam("detail"),
        updated_at=bindparam("now"),
    )
)
_AUDIT_ANSWER = (
    update(_AUDIT)
    .where(_AUDIT.c.id == bindparam("audit"))
    .values(
        state=bindparam("state"),
        bulk_id=bindparam("bulk"),
        error_code=bindparam("code"),
        finished_at=bindparam("now"),
    )
)


def start_next(
    connection: Connection,
    cipher: Cipher,
    *,
    job_id: int,
    base: dict[str, Any],
    max_count: int,
    batch_total: int,
    flying: tuple[int, ...] = (),
    unsure: bool = True,
) -> BatchRecord | None:
    """Mark the job's next batch in flight with its `pending` audit row; return it with its
    numbers. None when no batch is left or the next one is over `max_count` (it must be split
    first: the caller's slow path). When `unsure` (the last start may have committed without
    its caller knowing), a batch already in flight that is not one of the caller's `flying`
    batches is returned as it is."""
    row = None
    if unsure:
        row = connection.execute(
            _FIRST_IN_FLIGHT_EXCEPT,
            {"job": job_id, "state": BatchState.IN_FLIGHT.value, "flying": list(flying)},
        ).first()
    if row is None:
        row = connection.execute(_FIRST_IN, {"job": job_id, "state": BatchState.NEW.value}).first()
    if row is None or row.recipient_count > max_count:
        return None
    audit_id = row.audit_id
    if row.state == BatchState.NEW.value:
        now = utc_now()
        audit_id = connection.execute(
            _AUDIT_INSERT,
            {
                **base,
                "created_at": now,
                "recipient_count": row.recipient_count,
                "batch_index": row.batch_index,
                "batch_total": max(batch_total, row.batch_index),
                "state": AuditState.PENDING.value,
                "follow_up_done": False,
            },
        ).inserted_primary_key[0]
        connection.execute(_IN_FLIGHT, {"batch": row.id, "audit": audit_id, "now": now})
    token = row.numbers_token
    numbers = cipher.decrypt_bytes(token).decode("utf-8").split("\n") if token else []
    return BatchRecord(
        id=row.id,
        job_id=job_id,
        index=row.batch_index,
        count=row.recipient_count,
        state=BatchState.IN_FLIGHT,
        bulk_id=None,
        error_code=None,
        detail=None,
        audit_id=audit_id,
        numbers=numbers,
        text=cipher.decrypt(row.text_token) if row.text_token else None,
    )


def finish(
    connection: Connection,
    *,
    batch: BatchRecord,
    state: BatchState,
    bulk_id: str | None,
    error_code: str | None,
    detail: str | None,
) -> None:
    """The panel's answer on the batch and on its audit row (as `jobs.batch_finished`)."""
    now = utc_now()
    code = error_code or None
    answer = {"state": BatchState(state).value, "bulk": bulk_id, "code": code, "now": now}
    connection.execute(
        _ANSWER, {**answer, "batch": batch.id, "detail": (detail or "")[:96] or None}
    )
    if batch.audit_id is not None and state in _AUDIT_STATE:
        audit_state = _AUDIT_STATE[state].value
        connection.execute(_AUDIT_ANSWER, {**answer, "audit": batch.audit_id, "state": audit_state})
