"""Database tables. Portable SQL only: the same models run on SQLite and PostgreSQL.

Telegram ids use BIGINT (group ids exceed 32 bits); times are stored as UTC and come back
timezone-aware; secrets and message texts are stored only as Fernet tokens, in columns made by
`sealed_text` / `sealed_bytes`: key rotation and the start-up key check find them by that mark,
so a new table's encrypted columns are covered as soon as they use these helpers.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Dialect,
    Index,
    LargeBinary,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


def utc_now() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that is always UTC-aware in Python, whatever the database keeps."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database: use an aware UTC time")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _telegram_id(*, primary_key: bool = False, index: bool = False) -> Any:
    column = Column(BigInteger, primary_key=primary_key, autoincrement=False, index=index)
    if not primary_key:
        column.nullable = False
    return Field(sa_column=column)


def _time(*, nullable: bool = False) -> Any:
    column = Column(UTCDateTime(), nullable=nullable)
    if nullable:
        return Field(default=None, sa_column=column)
    return Field(default_factory=utc_now, sa_column=column)


ENCRYPTED = "encrypted"  # Column.info key marking a column that holds Fernet tokens


def sealed_text(*, nullable: bool = False) -> Any:
    """A column of Fernet tokens (str) encrypted with SECRET_KEYS."""
    column = Column(Text, nullable=nullable, info={ENCRYPTED: True})
    return Field(default=None, sa_column=column) if nullable else Field(sa_column=column)


def sealed_bytes(*, nullable: bool = False) -> Any:
    """A column of Fernet tokens (bytes) encrypted with SECRET_KEYS."""
    column = Column(LargeBinary, nullable=nullable, info={ENCRYPTED: True})
    return Field(default=None, sa_column=column) if nullable else Field(sa_column=column)


class PanelAccount(SQLModel, table=True):
    """The one panel account of a chat (private or group)."""

    __tablename__ = "panel_accounts"

    chat_id: int = _telegram_id(primary_key=True)
    username_token: str = sealed_text()
    password_token: str = sealed_text()
    sender: str | None = Field(default=None, max_length=32)
    updated_at: datetime = _time()


class ChatSetting(SQLModel, table=True):
    """Per-chat preferences that do not depend on the panel account."""

    __tablename__ = "chat_settings"

    chat_id: int = _telegram_id(primary_key=True)
    locale: str | None = Field(default=None, max_length=8)


class TextTemplate(SQLModel, table=True):
    """A saved text («متن آماده») of a chat's panel account; the text only as a Fernet token."""

    __tablename__ = "templates"
    __table_args__ = (UniqueConstraint("account_chat_id", "name", name="uq_template_name"),)

    id: int | None = Field(default=None, primary_key=True)
    account_chat_id: int = _telegram_id()
    name: str = Field(max_length=64)
    text_token: str = sealed_text()
    created_by: int = _telegram_id()
    created_at: datetime = _time()
    updated_at: datetime = _time()


class Staff(SQLModel, table=True):
    """A Telegram user allowed to use the bot, with a role."""

    __tablename__ = "staff"

    user_id: int = _telegram_id(primary_key=True)
    role: str = Field(max_length=16)
    added_by: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    added_at: datetime = _time()


class ClaimedOperation(SQLModel, table=True):
    """An operation key claimed once; the primary key makes the claim race-safe."""

    __tablename__ = "claimed_operations"

    key: str = Field(primary_key=True, max_length=64)
    chat_id: int = _telegram_id()
    user_id: int = _telegram_id()
    claimed_at: datetime = _time()


class AuditEntry(SQLModel, table=True):
    """One panel request of a sending operation; written `pending` before the call."""

    __tablename__ = "audit_log"
    __table_args__ = (
        UniqueConstraint("operation_key", "batch_index", name="uq_audit_operation_batch"),
    )

    id: int | None = Field(default=None, primary_key=True)
    operation_key: str = Field(max_length=64, index=True)
    chat_id: int = _telegram_id(index=True)
    user_id: int = _telegram_id()
    created_at: datetime = _time()
    operation: str = Field(max_length=16)
    sender: str | None = Field(default=None, max_length=32)
    recipient_count: int | None = None
    target: str | None = Field(default=None, max_length=255)
    parts: int | None = None
    batch_index: int = 1
    batch_total: int = 1
    text_token: str | None = sealed_text(nullable=True)
    state: str = Field(max_length=16, index=True)
    bulk_id: str | None = Field(default=None, max_length=64)
    error_code: str | None = Field(default=None, max_length=32)
    finished_at: datetime | None = _time(nullable=True)
    follow_up_done: bool = False
    settled_at: datetime | None = _time(nullable=True)


class KeyCheck(SQLModel, table=True):
    """A known value encrypted with SECRET_KEYS, to tell a wrong key at start-up."""

    __tablename__ = "key_check"

    id: int = Field(default=1, primary_key=True)
    token: str = sealed_text()


class PersistedData(SQLModel, table=True):
    """python-telegram-bot data (user/chat/bot/callback), pickled then encrypted."""

    __tablename__ = "ptb_data"

    kind: str = Field(primary_key=True, max_length=16)
    owner_id: int = _telegram_id(primary_key=True)
    blob: bytes = sealed_bytes()


class ConversationState(SQLModel, table=True):
    """The state of one persistent ConversationHandler for one key (JSON)."""

    __tablename__ = "ptb_conversations"

    name: str = Field(primary_key=True, max_length=64)
    key: str = Field(primary_key=True, max_length=128)
    state: str = Field(sa_column=Column(Text, nullable=False))


class SendJob(SQLModel, table=True):
    """One confirmed send: what to send and to whom; its batches say how far it got."""

    __tablename__ = "send_jobs"

    id: int | None = Field(default=None, primary_key=True)
    operation_key: str = Field(max_length=64, unique=True)
    chat_id: int = _telegram_id(index=True)
    user_id: int = _telegram_id()
    created_at: datetime = _time()
    operation: str = Field(max_length=16)
    sender: str = Field(max_length=32)
    text_token: str = sealed_text()
    params_token: str | None = sealed_text(nullable=True)
    target: str | None = Field(default=None, max_length=255)
    parts: int = 1
    recipient_count: int = 0
    batch_size: int = 500
    locale: str | None = Field(default=None, max_length=8)
    state: str = Field(max_length=16, index=True)
    progress_message_id: int | None = Field(
        default=None, sa_column=Column(BigInteger, nullable=True)
    )
    summary_done: bool = False
    finished_at: datetime | None = _time(nullable=True)
    due_at: datetime | None = _time(nullable=True)  # scheduled sends only
    account_key: str | None = Field(default=None, max_length=32)
    """`chat:<id>` (the chat's own account) or `shared:<id>`; None on jobs made before 0007."""
    confirmed_by: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    """The staff member whose tap made the job (the approving admin for an approved send)."""


class SendBatch(SQLModel, table=True):
    """One panel request of a job; its numbers are one encrypted blob (not a row per number)."""

    __tablename__ = "send_batches"
    __table_args__ = (
        UniqueConstraint("job_id", "batch_index", name="uq_batch_job_index"),
        Index("ix_send_batches_job_state_index", "job_id", "state", "batch_index"),
    )

    id: int | None = Field(default=None, primary_key=True)
    job_id: int = Field(foreign_key="send_jobs.id", index=True)
    batch_index: int
    recipient_count: int
    numbers_token: bytes | None = sealed_bytes(nullable=True)
    text_token: str | None = sealed_text(nullable=True)
    """This batch's own text (a personalised send); None: the job's text."""
    state: str = Field(max_length=16, index=True)
    bulk_id: str | None = Field(default=None, max_length=64)
    error_code: str | None = Field(default=None, max_length=32)
    detail: str | None = Field(default=None, max_length=96)
    audit_id: int | None = None
    updated_at: datetime = _time()


class BotHeartbeat(SQLModel, table=True):
    """Written every few seconds by the running bot, deleted when it stops; rotate-keys
    refuses to run while it is fresh."""

    __tablename__ = "bot_heartbeat"

    id: int = Field(default=1, primary_key=True)
    instance: str = Field(max_length=128)
    started_at: datetime = _time()
    beat_at: datetime = _time()


class EncryptionKey(SQLModel, table=True):
    """A key (by fingerprint, never the key) that has encrypted data here, and when last."""

    __tablename__ = "encryption_keys"

    fingerprint: str = Field(primary_key=True, max_length=16)
    last_used_at: datetime = _time()
