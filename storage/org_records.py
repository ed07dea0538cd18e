"""Plain values of the company features (never ORM rows); credentials stay out of `repr`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class GranteeKind(StrEnum):
    """Who a shared account is given to: one staff member anywhere, or every staff of a chat."""

    USER = "user"
    CHAT = "chat"


class ApprovalState(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    EXPIRED = "expired"


@dataclass(frozen=True, slots=True)
class AccountRef:
    """Which panel account: a chat's own (`chat`, chat id) or a shared one (`shared`, id)."""

    kind: str
    id: int

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.id}"

    @classmethod
    def chat(cls, chat_id: int) -> AccountRef:
        return cls("chat", chat_id)

    @classmethod
    def shared(cls, account_id: int) -> AccountRef:
        return cls("shared", account_id)

    @classmethod
    def parse(cls, key: str) -> AccountRef | None:
        kind, _, number = key.partition(":")
        if kind not in ("chat", "shared"):
            return None
        try:
            return cls(kind, int(number))
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class Profile:
    """A user's Telegram name."""

    user_id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None


@dataclass(frozen=True, slots=True)
class SharedAccountInfo:
    """A shared account as anyone may see it: a name, never its credentials."""

    id: int
    name: str
    sender: str | None
    source_chat_id: int
    created_by: int
    created_at: datetime
    revoked: bool

    @property
    def ref(self) -> AccountRef:
        return AccountRef.shared(self.id)


@dataclass(frozen=True, slots=True)
class Grant:
    account_id: int
    kind: GranteeKind
    grantee_id: int
    granted_by: int


@dataclass(frozen=True, slots=True)
class AccountSecret:
    """The credentials of an account, for the panel client only (hidden from `repr`)."""

    username: str = field(repr=False)
    password: str = field(repr=False)
    sender: str | None = None


@dataclass(frozen=True, slots=True)
class WatchedAccount:
    """An account whose credit is checked on a schedule (its name: None for a chat's own)."""

    key: str
    name: str | None
    secret: AccountSecret = field(repr=False)


@dataclass(frozen=True, slots=True)
class Rule:
    """When operators' sends need approval; `None` limits do not apply."""

    every_send: bool = False
    above_recipients: int | None = None
    above_cost_rials: int | None = None
    ttl_minutes: int = 24 * 60

    @property
    def active(self) -> bool:
        return (
            self.every_send
            or self.above_recipients is not None
            or (self.above_cost_rials is not None)
        )


@dataclass(frozen=True, slots=True)
class ApprovalRecord:
    id: int
    account_key: str
    chat_id: int
    requested_by: int
    operation: str
    recipient_count: int
    cost_rials: int
    state: ApprovalState
    created_at: datetime
    expires_at: datetime
    decided_by: int | None
    decided_at: datetime | None
    payload: str = field(repr=False)
    reason: str | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class Alerts:
    """The company's alert settings; `None` means that alert is off."""

    admin_chat_id: int | None = None
    credit_threshold_rials: int | None = None
    summary_hour: int | None = None


@dataclass(frozen=True, slots=True)
class Delivery:
    bulk_id: str
    total: int
    delivered: int
    failed: int
