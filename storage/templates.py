"""Saved texts («متن‌های آماده») of panel accounts: keyword-only functions taking a Session.

A saved text belongs to the chat whose panel account it was saved with (`account_chat_id`);
every read and change is scoped by it, so an id from another chat finds nothing.
"""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, func, select

from storage.crypto import Cipher
from storage.errors import LimitReachedError, NameTakenError
from storage.models import TextTemplate, utc_now
from storage.records import TemplateRecord


def count_templates(*, session: Session, account_chat_id: int) -> int:
    query = select(func.count()).select_from(TextTemplate)
    return session.exec(query.where(TextTemplate.account_chat_id == account_chat_id)).one()


def list_templates(
    *, session: Session, cipher: Cipher, account_chat_id: int, offset: int, limit: int
) -> list[TemplateRecord]:
    """One page of the account's saved texts, newest first."""
    query = (
        select(TextTemplate)
        .where(TextTemplate.account_chat_id == account_chat_id)
        .order_by(col(TextTemplate.created_at).desc(), col(TextTemplate.id).desc())
        .offset(offset)
        .limit(limit)
    )
    return [_record(row, cipher) for row in session.exec(query).all()]


def get_template(
    *, session: Session, cipher: Cipher, account_chat_id: int, template_id: int
) -> TemplateRecord | None:
    row = _row(session, account_chat_id, template_id)
    return _record(row, cipher) if row else None


def add_template(
    *,
    session: Session,
    cipher: Cipher,
    account_chat_id: int,
    name: str,
    text: str,
    created_by: int,
    max_count: int,
) -> TemplateRecord:
    """Keep a new saved text; NameTakenError or LimitReachedError when it cannot be."""
    if count_templates(session=session, account_chat_id=account_chat_id) >= max_count:
        raise LimitReachedError(f"account {account_chat_id} keeps {max_count} saved texts")
    row = TextTemplate(
        account_chat_id=account_chat_id,
        name=name,
        text_token=cipher.encrypt(text),
        created_by=created_by,
    )
    _flush_named(session, row)
    return _record(row, cipher)


def rename_template(
    *, session: Session, cipher: Cipher, account_chat_id: int, template_id: int, name: str
) -> TemplateRecord | None:
    """None when the account has no such saved text; NameTakenError for a used name."""
    row = _row(session, account_chat_id, template_id)
    if row is None:
        return None
    row.name = name
    row.updated_at = utc_now()
    _flush_named(session, row)
    return _record(row, cipher)


def delete_template(*, session: Session, account_chat_id: int, template_id: int) -> bool:
    row = _row(session, account_chat_id, template_id)
    if row is None:
        return False
    session.delete(row)
    return True


def _row(session: Session, account_chat_id: int, template_id: int) -> TextTemplate | None:
    row = session.get(TextTemplate, template_id)
    return row if row is not None and row.account_chat_id == account_chat_id else None


def _flush_named(session: Session, row: TextTemplate) -> None:
    """Write now, so a name used by the same account (even by a racing writer) is refused."""
    session.add(row)
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        raise NameTakenError(f"the name is taken in account {row.account_chat_id}") from None


def _record(row: TextTemplate, cipher: Cipher) -> TemplateRecord:
    assert row.id is not None
    return TemplateRecord(
        id=row.id,
        name=row.name,
        created_by=row.created_by,
        created_at=row.created_at,
        updated_at=row.updated_at,
        text=cipher.decrypt(row.text_token),
    )
