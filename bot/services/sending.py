"""Sending operations: the draft every flow fills, and what its preview shows.

Every sending flow (/send, social, phone books, postal code, jobs) builds a :class:`SendDraft`,
keeps it in its flow's record (per chat and user, bot.handlers.flow_store) and hands it to
the shared preview (:mod:`bot.handlers.preview`). The draft says *what* to send;
:mod:`bot.services.send_execution` stores it as a job at confirmation; the job worker sends
it batch by batch, exactly once.

Kinds and the fields each one needs (``sender`` and ``text`` always):

=========  ==========================================================================
send       ``recipients`` (normalized numbers)
social     ``recipients`` and ``network`` (SocialNetwork)
books      ``book_ids``; ``target`` (e.g. book titles) and ``estimated_count``
postal     ``requests`` (one per area and operator); ``target``, ``estimated_count``
jobs       ``requests`` (one per job with its trends); ``target``, ``estimated_count``
=========  ==========================================================================

Credit estimate: the panel has no price query, so the preview estimates the cost with
:data:`PART_PRICE_RIALS` per SMS part (the usual price of a part on a shared line) and warns
when the current credit is below it. It is a warning only: the panel has the last word (code 5).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from decimal import Decimal

from bot.panel import Gender, Operator, PanelClient, PanelError, SocialNetwork
from bot.panel.sms import MAX_PARTS, MessageInfo, is_too_long, message_parts
from bot.services.personal_texts import PersonalTable, has_placeholders
from bot.services.personal_texts import preview as personal_preview
from bot.services.target_requests import TargetRequest
from storage import OperationKind
from storage.number_list import NumberList

PART_PRICE_RIALS = Decimal(100)
"""Estimated price of one SMS part in rials (no setting: a warning threshold, not a bill)."""

LIST_KINDS = frozenset({OperationKind.SEND, OperationKind.SOCIAL})
"""Kinds that carry their own recipient list (batched; the recipients can be edited)."""


def new_operation_key() -> str:
    """A fresh, unguessable key identifying one confirmable preview."""
    return secrets.token_urlsafe(16)


@dataclass
class PreviewTicket:
    """What the Send button of one preview carries: its operation key and whether it is spent.

    The same object is stored in PTB's callback-data cache, so marking it ``done`` makes later
    taps on that very button recognizably stale (see bot.handlers.preview).
    """

    operation_key: str
    done: bool = False


@dataclass
class SendDraft:
    """One sending operation being prepared; see the module docstring for each kind's fields."""

    kind: OperationKind
    sender: str = ""
    text: str = ""
    recipients: NumberList = field(default_factory=NumberList)
    target: str | None = None
    estimated_count: int | None = None
    network: SocialNetwork | None = None
    book_ids: list[int] = field(default_factory=list)
    postal_code: str | None = None
    operator: Operator | None = None
    gender: Gender | None = None
    job_id: int | None = None
    trend_ids: list[int] = field(default_factory=list)
    requests: list[TargetRequest] = field(default_factory=list)  # postal, jobs: one per request
    operation_key: str = field(default_factory=new_operation_key)
    account_key: str | None = None  # pinned at the preview (bot.services.job_accounts)
    personal: PersonalTable | None = None  # a table with a header row (personalised texts)

    def __setattr__(self, name: str, value: object) -> None:
        """Recipients are kept packed (one bytes blob): a draft of 1,000,000 numbers costs
        ~12 MB, not ~70 MB, and its persistence writes one bytes object."""
        if name == "recipients" and not isinstance(value, NumberList):
            value = NumberList(value)  # type: ignore[arg-type]
        if name == "requests":  # plain dicts from a stored approval
            value = [TargetRequest(**r) if isinstance(r, dict) else r for r in value]  # type: ignore[attr-defined]
        super().__setattr__(name, value)

    @property
    def has_list(self) -> bool:
        """True when the draft sends to its own recipient list (send, social)."""
        return self.kind in LIST_KINDS

    @property
    def is_personal(self) -> bool:
        """A list from a table with a header row, and a text naming a placeholder: each
        recipient gets the text filled from their row (bot.services.personal_sends)."""
        return self.personal is not None and self.has_list and has_placeholders(self.text)

    @property
    def recipient_count(self) -> int:
        """Numbers in the list, or the flow's estimate for a target (0 when unknown)."""
        if self.is_personal:
            assert self.personal is not None
            return len(self.personal.recipients)
        if self.has_list:
            return len(self.recipients)
        return self.estimated_count or 0

    def renew_key(self) -> str:
        """Give the draft a new operation key (after an edit, or a failure that sent nothing)."""
        self.operation_key = new_operation_key()
        return self.operation_key


@dataclass(frozen=True)
class Preview:
    """Figures the preview shows for a draft."""

    info: MessageInfo
    recipients: int
    total_parts: int
    estimated_cost: Decimal
    credit: Decimal | None  # None when the panel could not tell

    @property
    def credit_looks_insufficient(self) -> bool:
        return self.credit is not None and self.credit < self.estimated_cost


class TextProblem(Exception):
    """The message text cannot be sent as is; ``locale_key`` explains why."""

    def __init__(self, locale_key: str, **args: int) -> None:
        super().__init__(locale_key)
        self.locale_key = locale_key
        self.variables = args


def check_text(text: str | None) -> str:
    """The text to send, or TextProblem (empty, or longer than the bot allows)."""
    if text is None or not text.strip():
        raise TextProblem("send-text-empty")
    if is_too_long(text):
        parts = message_parts(text).parts
        raise TextProblem("send-text-too-long", parts=parts, max_parts=MAX_PARTS)
    return text


def estimate(draft: SendDraft, credit: Decimal | None) -> Preview:
    """Parts, total parts and estimated cost of `draft`, beside the current `credit`."""
    info = message_parts(draft.text)
    count = draft.recipient_count
    total = info.parts * count
    if draft.is_personal:  # each recipient's own text counts
        assert draft.personal is not None
        total = personal_preview(draft.text, draft.personal).total_parts
    return Preview(info, count, total, PART_PRICE_RIALS * total, credit)


async def build_preview(draft: SendDraft, panel: PanelClient | None) -> Preview:
    """Estimate `draft` with the account's current credit (None if the panel cannot say)."""
    credit: Decimal | None = None
    if panel is not None:
        try:
            credit = await panel.credit()
        except PanelError:
            credit = None
    return estimate(draft, credit)
