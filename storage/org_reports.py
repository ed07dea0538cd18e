"""Send records across chats for company reports (keyword-only, read-only).

Reads the audit trail's columns only (never the encrypted texts): one `SendRecord` per panel
request created in [start, end), optionally of some chats or one staff member.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from storage.models import AuditEntry


@dataclass(frozen=True, slots=True)
class SendRecord:
    """One panel request (a batch) of a send, without its text."""

    operation_key: str
    chat_id: int
    user_id: int
    created_at: datetime
    operation: str
    state: str
    recipients: int
    parts: int
    bulk_id: str | None
    account_key: str


def send_records(
    *,
    session: Session,
    start: datetime,
    end: datetime,
    chat_ids: Sequence[int] | None = None,
    user_id: int | None = None,
) -> list[SendRecord]:
    """Requests created at or after `start` and before `end`, oldest first."""
    query = select(
        AuditEntry.operation_key,
        AuditEntry.chat_id,
        AuditEntry.user_id,
        AuditEntry.created_at,
        AuditEntry.operation,
        AuditEntry.state,
        AuditEntry.recipient_count,
        AuditEntry.parts,
        AuditEntry.bulk_id,
    ).where(col(AuditEntry.created_at) >= start, col(AuditEntry.created_at) < end)
    if chat_ids is not None:
        query = query.where(col(AuditEntry.chat_id).in_(list(chat_ids)))
    if user_id is not None:
        query = query.where(AuditEntry.user_id == user_id)
    query = query.order_by(col(AuditEntry.created_at), col(AuditEntry.id))
    return [_record(*row) for row in session.exec(query).all()]


def _record(
    key: str,
    chat_id: int,
    user_id: int,
    created_at: datetime,
    operation: str,
    state: str,
    recipients: int | None,
    parts: int | None,
    bulk_id: str | None,
) -> SendRecord:
    return SendRecord(
        operation_key=key,
        chat_id=chat_id,
        user_id=user_id,
        created_at=created_at,
        operation=operation,
        state=state,
        recipients=recipients or 0,
        parts=parts or 1,
        bulk_id=bulk_id,
        account_key=f"chat:{chat_id}",  # the audit trail sends from the chat's own account
    )
