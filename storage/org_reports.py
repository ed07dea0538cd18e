"""Send records across chats for company reports (keyword-only, read-only).

Reads the audit trail's columns only (never the encrypted texts): one `SendRecord` per panel
request created in [start, end), optionally of some chats or one staff member.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func, or_
from sqlmodel import Session, col, select

from storage.crypto import Cipher
from storage.models import AuditEntry, SendJob


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
    """Requests created at or after `start` and before `end`, oldest first; the account and
    the operator come from the request's send job (the chat's own account for older rows)."""
    operator = func.coalesce(SendJob.user_id, AuditEntry.user_id)
    query = (
        select(
            AuditEntry.operation_key,
            AuditEntry.chat_id,
            operator,
            AuditEntry.created_at,
            AuditEntry.operation,
            AuditEntry.state,
            AuditEntry.recipient_count,
            AuditEntry.parts,
            AuditEntry.bulk_id,
            SendJob.account_key,
        )
        .outerjoin(SendJob, col(SendJob.operation_key) == col(AuditEntry.operation_key))
        .where(col(AuditEntry.created_at) >= start, col(AuditEntry.created_at) < end)
    )
    if chat_ids is not None:
        query = query.where(col(AuditEntry.chat_id).in_(list(chat_ids)))
    if user_id is not None:
        query = query.where(operator == user_id)
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
    account_key: str | None,
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
        account_key=account_key or f"chat:{chat_id}",
    )


# --- company history: one row per send, newest first, filtered and paged -----------------------


@dataclass(frozen=True, slots=True)
class HistoryFilter:
    """Which sends a history page shows; `None` fields do not filter."""

    user_id: int | None = None
    chat_ids: tuple[int, ...] | None = None
    state: str | None = None
    account_key: str | None = None  # `shared:<id>`, or `chat:<id>` (a chat's own account)


@dataclass(frozen=True, slots=True)
class SendSummary:
    """One send (all its batches) as the company history shows it."""

    operation_key: str
    chat_id: int
    user_id: int
    created_at: datetime
    operation: str
    recipients: int
    batches: int
    states: dict[str, int]  # batches per state, non-zero only
    text: str | None = field(default=None, repr=False)
    account_key: str | None = None  # from its send job; None: the chat's own account

    @property
    def account(self) -> str:
        return self.account_key or f"chat:{self.chat_id}"


_STATES = ("pending", "sent", "failed", "unknown")


def history_page(
    *,
    session: Session,
    cipher: Cipher,
    filters: HistoryFilter,
    offset: int,
    limit: int,
) -> tuple[list[SendSummary], int]:
    """A page of sends matching `filters` (newest first) and how many match in all."""
    groups = _grouped(filters).subquery()
    total = session.exec(select(func.count()).select_from(groups)).one()
    page = session.execute(
        select(groups)
        .order_by(groups.c.first_at.desc(), groups.c.operation_key.desc())
        .offset(max(0, offset))
        .limit(max(1, limit))
    ).all()
    texts = _first_texts(session, cipher, [row.operation_key for row in page])
    return [_summary(row, texts.get(row.operation_key)) for row in page], total


def _grouped(filters: HistoryFilter):
    counts = [
        func.sum(case((AuditEntry.state == state, 1), else_=0)).label(f"n_{state}")
        for state in _STATES
    ]
    query = select(
        AuditEntry.operation_key,
        AuditEntry.chat_id,
        AuditEntry.user_id,
        AuditEntry.operation,
        func.min(AuditEntry.created_at).label("first_at"),
        func.sum(func.coalesce(AuditEntry.recipient_count, 0)).label("recipients"),
        func.count().label("batches"),
        func.max(SendJob.account_key).label("account_key"),
        *counts,
    )
    query = query.outerjoin(
        SendJob, col(SendJob.operation_key) == col(AuditEntry.operation_key)
    ).group_by(
        AuditEntry.operation_key, AuditEntry.chat_id, AuditEntry.user_id, AuditEntry.operation
    )
    if filters.user_id is not None:
        query = query.where(AuditEntry.user_id == filters.user_id)
    if filters.chat_ids is not None:
        query = query.where(col(AuditEntry.chat_id).in_(list(filters.chat_ids)))
    if filters.account_key is not None:
        query = query.where(_account_clause(filters.account_key))
    if filters.state in _STATES:
        query = query.having(func.sum(case((AuditEntry.state == filters.state, 1), else_=0)) > 0)
    return query


def _account_clause(key: str) -> object:
    """Sends made with account `key`; a chat's own account also covers rows older than jobs."""
    kind, _, number = key.partition(":")
    if kind == "chat" and number.lstrip("-").isdigit():
        legacy = and_(col(SendJob.account_key).is_(None), AuditEntry.chat_id == int(number))
        return or_(SendJob.account_key == key, legacy)
    return SendJob.account_key == key


def _first_texts(session: Session, cipher: Cipher, keys: list[str]) -> dict[str, str]:
    if not keys:
        return {}
    query = select(AuditEntry.operation_key, AuditEntry.text_token).where(
        col(AuditEntry.operation_key).in_(keys), AuditEntry.batch_index == 1
    )
    return {key: cipher.decrypt(token) for key, token in session.exec(query).all() if token}


def _summary(row: Any, text: str | None) -> SendSummary:
    states = {state: int(getattr(row, f"n_{state}")) for state in _STATES}
    return SendSummary(
        operation_key=row.operation_key,
        chat_id=row.chat_id,
        user_id=row.user_id,
        created_at=row.first_at,
        operation=row.operation,
        recipients=int(row.recipients or 0),
        batches=int(row.batches),
        states={state: count for state, count in states.items() if count},
        text=text,
        account_key=row.account_key,
    )
