"""Tables of the company features: staff names, shared accounts, approvals, alerts, delivery.

Imported by `storage.models`' users through `storage.org`, so `SQLModel.metadata` always holds
them. An account is named by an *account key* (`storage.org_records.AccountRef.key`): the chat's
own account (`chat:<chat id>`) or a shared one (`shared:<id>`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Column
from sqlmodel import Field, SQLModel

from storage.models import _telegram_id, _time, sealed_text


class StaffProfile(SQLModel, table=True):
    """The Telegram name of a user, as last seen in one of their updates; a group's title under
    the group's (negative) id, as last seen in a staff member's update there."""

    __tablename__ = "staff_profiles"

    user_id: int = _telegram_id(primary_key=True)
    first_name: str = Field(default="", max_length=64)
    last_name: str | None = Field(default=None, max_length=64)
    username: str | None = Field(default=None, max_length=32)
    updated_at: datetime = _time()


class SharedAccount(SQLModel, table=True):
    """A panel account an admin shared under a name; its credentials are Fernet tokens."""

    __tablename__ = "shared_accounts"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=64)
    username_token: str = sealed_text()
    password_token: str = sealed_text()
    sender: str | None = Field(default=None, max_length=32)
    source_chat_id: int = _telegram_id()
    created_by: int = _telegram_id()
    created_at: datetime = _time()
    revoked_at: datetime | None = _time(nullable=True)


class AccountGrant(SQLModel, table=True):
    """One grantee (a staff member or a chat) of a shared account."""

    __tablename__ = "account_grants"

    account_id: int = Field(primary_key=True, foreign_key="shared_accounts.id")
    grantee_kind: str = Field(primary_key=True, max_length=8)
    grantee_id: int = _telegram_id(primary_key=True)
    granted_by: int = _telegram_id()
    granted_at: datetime = _time()


class AccountChoice(SQLModel, table=True):
    """The account a user last picked in a chat (their default there)."""

    __tablename__ = "account_choices"

    chat_id: int = _telegram_id(primary_key=True)
    user_id: int = _telegram_id(primary_key=True)
    account_key: str = Field(max_length=32)


class ApprovalRule(SQLModel, table=True):
    """When operators' sends from one account need an admin's approval."""

    __tablename__ = "approval_rules"

    account_key: str = Field(primary_key=True, max_length=32)
    every_send: bool = False
    above_recipients: int | None = None
    above_cost_rials: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    ttl_minutes: int = 24 * 60
    set_by: int = _telegram_id()
    updated_at: datetime = _time()


class ApprovalRequest(SQLModel, table=True):
    """A send waiting for (or given) a decision; `state` moves once from `pending`."""

    __tablename__ = "approval_requests"

    id: int | None = Field(default=None, primary_key=True)
    account_key: str = Field(max_length=32, index=True)
    chat_id: int = _telegram_id()
    requested_by: int = _telegram_id()
    operation: str = Field(max_length=16)
    recipient_count: int
    cost_rials: int = Field(sa_column=Column(BigInteger, nullable=False))
    payload_token: str = sealed_text()
    state: str = Field(max_length=16, index=True)
    created_at: datetime = _time()
    expires_at: datetime = _time()
    decided_by: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    decided_at: datetime | None = _time(nullable=True)
    reason_token: str | None = sealed_text(nullable=True)


class AlertSettings(SQLModel, table=True):
    """The company's alert settings (one row)."""

    __tablename__ = "alert_settings"

    id: int = Field(default=1, primary_key=True)
    admin_chat_id: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    credit_threshold_rials: int | None = Field(
        default=None, sa_column=Column(BigInteger, nullable=True)
    )
    summary_hour: int | None = None
    updated_at: datetime = _time()


class CreditAlertState(SQLModel, table=True):
    """Whether an account's credit was last seen below the threshold (one alert per crossing)."""

    __tablename__ = "credit_alert_states"

    account_key: str = Field(primary_key=True, max_length=32)
    below: bool = False
    checked_at: datetime = _time()


class DeliveryCount(SQLModel, table=True):
    """The latest delivery tally of one bulk, for delivery rates in reports."""

    __tablename__ = "delivery_counts"

    bulk_id: str = Field(primary_key=True, max_length=64)
    total: int = 0
    delivered: int = 0
    failed: int = 0
    updated_at: datetime = _time()
