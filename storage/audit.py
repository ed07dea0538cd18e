"""Audit trail and operation claims: keyword-only functions taking a Session.

A sending operation is identified by the key the bot creates with its preview. Claiming it is
atomic (primary key), and every panel request of it gets one audit row, written `pending`
before the panel is called and finished as `sent`, `failed` or `unknown`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from storage.crypto import Cipher
from storage.models import AuditEntry, ClaimedOperation, utc_now
from storage.records import FINAL_STATES, AuditRecord, AuditState, OperationKind


def claim_operation(*, session: Session, key: str, chat_id: int, user_id: int) -> bool:
    """Claim `key` once: True for the first caller, False for every later (or racing) one.

    Commits on its own: the claim must be visible to other sessions before it returns.
    """
    session.add(ClaimedOperation(key=key, chat_id=chat_id, user_id=user_id))
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        return False
    return True


def audit_start(
    *,
    session: Session,
    cipher: Cipher,
    operation_key: str,
    chat_id: int,
    user_id: int,
    operation: OperationKind,
    sender: str | None,
    recipient_count: int | None,
    target: str | None,
    parts: int | None,
    batch_index: int = 1,
    batch_total: int = 1,
    text: str | None = None,
) -> int:
    """Write a `pending` row for one panel request and return its id."""
    entry = AuditEntry(
        operation_key=operation_key,
        chat_id=chat_id,
        user_id=user_id,
        operation=OperationKind(operation).value,
        sender=sender,
        recipient_count=recipient_count,
        target=target,
        parts=parts,
        batch_index=batch_index,
        batch_total=batch_total,
        text_token=cipher.encrypt(text) if text is not None else None,
        state=AuditState.PENDING.value,
    )
    session.add(entry)
    session.flush()
    assert entry.id is not None
    return entry.id


def audit_finish(
    *,
    session: Session,
    audit_id: int,
    state: AuditState,
    bulk_id: str | None = None,
    error_code: str | int | None = None,
) -> None:
    """Record how a request ended; `unknown` rows may later be finished as sent or failed."""
    if AuditState(state) not in FINAL_STATES:
        raise ValueError(f"audit_finish needs a final state, not {state!r}")
    entry = _entry(session, audit_id)
    entry.state = AuditState(state).value
    entry.bulk_id = bulk_id
    entry.error_code = str(error_code) if error_code is not None else None
    entry.finished_at = utc_now()
    session.add(entry)


def mark_settled(*, session: Session, audit_id: int) -> None:
    """Delivery follow-up of this row is done: it will not be polled again."""
    entry = _entry(session, audit_id)
    entry.follow_up_done = True
    entry.settled_at = utc_now()
    session.add(entry)


def get_audit(*, session: Session, cipher: Cipher, audit_id: int) -> AuditRecord | None:
    entry = session.get(AuditEntry, audit_id)
    return _record(entry, cipher) if entry else None


def audits_for_operation(*, session: Session, cipher: Cipher, key: str) -> list[AuditRecord]:
    query = select(AuditEntry).where(AuditEntry.operation_key == key)
    return _records(session.exec(query.order_by(col(AuditEntry.batch_index))).all(), cipher)


def recent_audits(
    *, session: Session, cipher: Cipher, chat_id: int, limit: int = 10
) -> list[AuditRecord]:
    """The chat's latest rows, newest first."""
    query = (
        select(AuditEntry)
        .where(AuditEntry.chat_id == chat_id)
        .order_by(col(AuditEntry.created_at).desc(), col(AuditEntry.id).desc())
        .limit(limit)
    )
    return _records(session.exec(query).all(), cipher)


def audits_since(
    *, session: Session, cipher: Cipher, chat_id: int, since: datetime
) -> list[AuditRecord]:
    """The chat's rows created at or after `since` (aware), oldest first."""
    query = (
        select(AuditEntry)
        .where(AuditEntry.chat_id == chat_id, col(AuditEntry.created_at) >= since)
        .order_by(col(AuditEntry.created_at), col(AuditEntry.id))
    )
    return _records(session.exec(query).all(), cipher)


def unfinished_audits(*, session: Session, cipher: Cipher) -> list[AuditRecord]:
    """Rows still `pending`: the bot stopped between writing them and hearing the panel."""
    query = select(AuditEntry).where(AuditEntry.state == AuditState.PENDING.value)
    return _records(session.exec(query.order_by(col(AuditEntry.id))).all(), cipher)


def unsettled_sent_audits(*, session: Session, cipher: Cipher) -> list[AuditRecord]:
    """`sent` rows whose delivery follow-up is not done yet (to resume polling at start)."""
    query = select(AuditEntry).where(
        AuditEntry.state == AuditState.SENT.value, col(AuditEntry.follow_up_done).is_(False)
    )
    return _records(session.exec(query.order_by(col(AuditEntry.id))).all(), cipher)


def _entry(session: Session, audit_id: int) -> AuditEntry:
    entry = session.get(AuditEntry, audit_id)
    if entry is None:
        raise LookupError(f"no audit row {audit_id}")
    return entry


def _records(entries: Sequence[AuditEntry], cipher: Cipher) -> list[AuditRecord]:
    return [_record(entry, cipher) for entry in entries]


def _record(entry: AuditEntry, cipher: Cipher) -> AuditRecord:
    assert entry.id is not None
    return AuditRecord(
        id=entry.id,
        operation_key=entry.operation_key,
        chat_id=entry.chat_id,
        user_id=entry.user_id,
        created_at=entry.created_at,
        operation=OperationKind(entry.operation),
        sender=entry.sender,
        recipient_count=entry.recipient_count,
        target=entry.target,
        parts=entry.parts,
        batch_index=entry.batch_index,
        batch_total=entry.batch_total,
        state=AuditState(entry.state),
        bulk_id=entry.bulk_id,
        error_code=entry.error_code,
        finished_at=entry.finished_at,
        follow_up_done=entry.follow_up_done,
        settled_at=entry.settled_at,
        text=cipher.decrypt(entry.text_token) if entry.text_token else None,
    )
