"""Approval messages: the admins' full preview with two buttons, who decided, the operator's
outcome, and the answer to the tap that came second."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot.callbacks import Action
from bot.services.approval_views import (
    APPROVE,
    REJECT,
    ApprovalSummary,
    decided_view,
    late_tap_answer,
    operator_outcome,
    request_view,
    rule_text,
)
from bot.services.approvals import Approvals, Outcome
from storage.org import OrgStore
from storage.org_records import Rule
from tests.conftest import ADMIN_ID, OPERATOR_ID

SECOND_ADMIN = 1003
NAMES = {ADMIN_ID: "مریم مدیر", SECOND_ADMIN: "حسین", OPERATOR_ID: "علی اپراتور"}
SUMMARY = ApprovalSummary(
    operation="send",
    sender="3000505",
    target=None,
    recipients=40_000,
    cost_rials=8_000_000,
    text="حراج پاییزه: ۳۰٪ تخفیف",
    account="خط فروش",
    extra={"job": "opaque"},
)


def fa(bot_env):
    return bot_env.app.services.i18n.for_locale("fa")


async def _requested(bot_env, now=None):
    approvals = Approvals(OrgStore.of(bot_env.storage))
    record = await approvals.request(
        account_key="shared:1",
        chat_id=OPERATOR_ID,
        requested_by=OPERATOR_ID,
        operation=SUMMARY.operation,
        recipient_count=SUMMARY.recipients,
        cost_rials=SUMMARY.cost_rials,
        payload=SUMMARY.to_payload(),
        now=now,
    )
    return approvals, record


async def test_admins_see_the_whole_preview_and_two_buttons(bot_env):
    _, record = await _requested(bot_env)
    text, markup = request_view(fa(bot_env), record, NAMES.get)

    f = fa(bot_env)
    for part in ("علی اپراتور", "خط فروش", SUMMARY.text, f.number(40_000), f.number(8_000_000)):
        assert part in text
    assert f.t("org-approval-target-list") in text and f.datetime(record.expires_at) in text
    buttons = markup.inline_keyboard[0]
    assert [b.text for b in buttons] == [
        f.t("org-approval-button-approve"),
        f.t("org-approval-button-reject"),
    ]
    assert [b.callback_data for b in buttons] == [
        Action(APPROVE, record.id),
        Action(REJECT, record.id),
    ]
    assert ApprovalSummary.from_payload(record.payload) == SUMMARY


async def test_two_admins_tap_at_once_one_decides_the_other_is_told_who(bot_env):
    approvals, record = await _requested(bot_env)
    first, second = await asyncio.gather(
        approvals.decide(record.id, approve=True, admin_id=ADMIN_ID),
        approvals.decide(record.id, approve=False, admin_id=SECOND_ADMIN, reason="گران است"),
    )
    winner, loser = (first, second) if first.outcome is Outcome.DECIDED else (second, first)
    assert loser.outcome is Outcome.ALREADY
    f = fa(bot_env)
    decider = NAMES[winner.record.decided_by]
    assert late_tap_answer(f, winner, NAMES.get) is None
    assert decider in late_tap_answer(f, loser, NAMES.get)
    text, markup = decided_view(f, winner.record, NAMES.get)
    assert markup is None and decider in text
    told = operator_outcome(f, winner.record, NAMES.get)
    if winner.record.decided_by == ADMIN_ID:
        assert told == f.t("org-approval-approved", name=decider)
    else:
        assert told == f.t("org-approval-rejected-reason", name=decider, reason="گران است")


async def test_a_late_decision_on_an_expired_request(bot_env):
    start = datetime.now(UTC) - timedelta(days=2)
    approvals, record = await _requested(bot_env, now=start)
    tap = await approvals.decide(record.id, approve=True, admin_id=ADMIN_ID)
    f = fa(bot_env)
    assert late_tap_answer(f, tap, NAMES.get) == f.t("org-approval-too-late")
    (expired,) = await approvals.expire_due()
    assert operator_outcome(f, expired, NAMES.get) == f.t("org-approval-expired")


def test_the_rule_in_words(bot_env):
    f = fa(bot_env)
    assert rule_text(f, None) == f.t("org-approval-rule-none")
    assert rule_text(f, Rule()) == f.t("org-approval-rule-none")
    assert rule_text(f, Rule(every_send=True, above_recipients=5)) == f.t("org-approval-rule-every")
    both = rule_text(f, Rule(above_recipients=1000, above_cost_rials=2_000_000))
    assert both.splitlines() == [
        f.t("org-approval-rule-recipients", count=1000),
        f.t("org-approval-rule-cost", amount=2_000_000),
    ]
    assert f.number(2_000_000) in both
