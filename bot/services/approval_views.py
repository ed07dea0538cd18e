"""What approvals look like: the admins' full preview with its two buttons, the operator's
outcome, and the answer to a tap that came too late.

The request carries an `ApprovalSummary` (what the admins must see) as JSON in its encrypted
payload; the job path may add its own keys beside it (`extra`), read back untouched.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from telegram import InlineKeyboardMarkup

from bot.keyboards import button
from bot.localizer import Localizer
from bot.services.approvals import Decision, Outcome
from storage.org_records import ApprovalRecord, ApprovalState, Rule

APPROVE, REJECT = "approval.approve", "approval.reject"
NameOf = Callable[[int], str | None]
View = tuple[str, InlineKeyboardMarkup | None]


@dataclass(frozen=True)
class ApprovalSummary:
    """The preview an admin decides on."""

    operation: str  # OperationKind value
    sender: str
    target: str | None  # a book title, postal code … (None for a typed list)
    recipients: int
    cost_rials: int
    text: str = field(repr=False)
    account: str  # the account as shown (a shared account's name or the chat's)
    extra: dict[str, Any] = field(default_factory=dict, repr=False)

    def to_payload(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_payload(cls, payload: str) -> ApprovalSummary:
        return cls(**json.loads(payload))


def who(fmt: Localizer, user_id: int | None, name_of: NameOf) -> str:
    name = name_of(user_id) if user_id is not None else None
    return name or fmt.t("org-user-unnamed", user_id=user_id or 0)


def request_view(fmt: Localizer, record: ApprovalRecord, name_of: NameOf) -> View:
    """The message admins get: the whole preview, who asked, until when; approve / reject."""
    summary = ApprovalSummary.from_payload(record.payload)
    text = fmt.t(
        "org-approval-request",
        name=who(fmt, record.requested_by, name_of),
        account=summary.account,
        kind=fmt.t(f"report-operation-{summary.operation}"),
        sender=summary.sender,
        target=summary.target or fmt.t("org-approval-target-list"),
        count=summary.recipients,
        amount=summary.cost_rials,
        expires=fmt.datetime(record.expires_at),
        text=summary.text,
    )
    keyboard = [
        [
            button(fmt.t("org-approval-button-approve"), APPROVE, record.id),
            button(fmt.t("org-approval-button-reject"), REJECT, record.id),
        ]
    ]
    return text, InlineKeyboardMarkup(keyboard)


def decided_view(fmt: Localizer, record: ApprovalRecord, name_of: NameOf) -> View:
    """The admins' message once decided (buttons removed): the preview and who decided."""
    text, _ = request_view(fmt, record, name_of)
    key = {
        ApprovalState.APPROVED: "org-approval-decided-approved",
        ApprovalState.REJECTED: "org-approval-decided-rejected",
    }.get(record.state, "org-approval-decided-expired")
    return text + "\n\n" + fmt.t(key, name=who(fmt, record.decided_by, name_of)), None


def operator_outcome(fmt: Localizer, record: ApprovalRecord, name_of: NameOf) -> str:
    """What the operator who asked is told."""
    name = who(fmt, record.decided_by, name_of)
    if record.state is ApprovalState.APPROVED:
        return fmt.t("org-approval-approved", name=name)
    if record.state is ApprovalState.REJECTED and record.reason:
        return fmt.t("org-approval-rejected-reason", name=name, reason=record.reason)
    if record.state is ApprovalState.REJECTED:
        return fmt.t("org-approval-rejected", name=name)
    return fmt.t("org-approval-expired")


def late_tap_answer(fmt: Localizer, decision: Decision, name_of: NameOf) -> str | None:
    """The toast for a tap that did not decide (None when it did)."""
    record = decision.record
    if decision.outcome is Outcome.DECIDED:
        return None
    if decision.outcome is Outcome.ALREADY and record is not None:
        key = (
            "org-approval-already-approved"
            if record.state is ApprovalState.APPROVED
            else "org-approval-already-rejected"
        )
        return fmt.t(key, name=who(fmt, record.decided_by, name_of))
    return fmt.t("org-approval-too-late")


def rule_text(fmt: Localizer, rule: Rule | None) -> str:
    """The account's approval rule in words, one line per condition (for /settings)."""
    if rule is None or not rule.active:
        return fmt.t("org-approval-rule-none")
    if rule.every_send:
        return fmt.t("org-approval-rule-every")
    lines = []
    if rule.above_recipients is not None:
        lines.append(fmt.t("org-approval-rule-recipients", count=rule.above_recipients))
    if rule.above_cost_rials is not None:
        lines.append(fmt.t("org-approval-rule-cost", amount=rule.above_cost_rials))
    return "\n".join(lines)
