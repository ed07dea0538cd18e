"""Approval buttons through the real Application: two admins tap at once in the admin group and
exactly one decision counts (one hand-over to the job path, one message to the operator); an
admin tapping their own copy after a colleague decided is told who decided; a rejection tells
the operator; an operator cannot decide."""

from __future__ import annotations

import asyncio

from bot.services.approval_notices import ON_APPROVED, post_request
from bot.services.approval_views import ApprovalSummary
from bot.services.approvals import Approvals
from storage import Role
from storage.org import OrgStore
from storage.org_records import Alerts, ApprovalState
from tests.conftest import ADMIN_ID, OPERATOR_ID

SECOND_ADMIN = 1003
ADMIN_GROUP = -100556
SUMMARY = ApprovalSummary("send", "3000505", None, 40_000, 4_000_000, "حراج پاییزه", "خط فروش")


def t(bot_env, key, **variables):
    return bot_env.app.services.i18n.t(key, locale="fa", **variables)


async def _setup(bot_env, *, admin_group: bool):
    handed: list = []

    async def on_approved(record) -> None:
        handed.append(record)

    bot_env.app.services.extras[ON_APPROVED] = on_approved
    await bot_env.storage.add_staff(SECOND_ADMIN, Role.ADMIN, added_by=ADMIN_ID)
    second = bot_env.user(SECOND_ADMIN, "حسین")
    operator = await bot_env.add_operator()
    store = OrgStore.of(bot_env.storage)
    if admin_group:
        bot_env.stub.add_group(ADMIN_GROUP, "مدیران", admins=[ADMIN_ID, SECOND_ADMIN])
        await store.set_alerts(Alerts(admin_chat_id=ADMIN_GROUP))
    record = await Approvals(store).request(
        account_key="shared:1",
        chat_id=OPERATOR_ID,
        requested_by=OPERATOR_ID,
        operation="send",
        recipient_count=SUMMARY.recipients,
        cost_rials=SUMMARY.cost_rials,
        payload=SUMMARY.to_payload(),
    )
    posted = await post_request(bot_env.app, record)
    return record, posted, second, operator, handed


async def test_two_admins_tapping_at_once_in_the_admin_group_decide_once(bot_env):
    record, posted, second, _, handed = await _setup(bot_env, admin_group=True)
    (message,) = posted
    assert SUMMARY.text in bot_env.last(ADMIN_GROUP).text

    reject = t(bot_env, "org-approval-button-reject")
    await bot_env.stub.tap(second, message.message_id, reject, chat=ADMIN_GROUP)
    asked = t(bot_env, "org-approval-ask-reason")
    ask = await bot_env.stub.wait_for_message(ADMIN_GROUP, lambda m: asked in (m.text or ""))
    now = t(bot_env, "org-approval-button-reject-now")
    answers = await asyncio.gather(  # «رد بدون دلیل» against «تأیید» at once
        bot_env.stub.tap(
            bot_env.admin,
            message.message_id,
            t(bot_env, "org-approval-button-approve"),
            chat=ADMIN_GROUP,
        ),
        bot_env.stub.tap(second, ask.message_id, now, chat=ADMIN_GROUP),
    )
    told = await bot_env.stub.wait_for_message(OPERATOR_ID)
    final = await Approvals(OrgStore.of(bot_env.storage)).get(record.id)
    late = [a for a in answers if a.text]
    assert len(late) == 1 and late[0].show_alert
    decider = "Admin" if final.decided_by == ADMIN_ID else "حسین"
    if final.state is ApprovalState.APPROVED:
        assert [r.id for r in handed] == [record.id]
        assert told.text == t(bot_env, "org-approval-approved", name=decider)
        assert late[0].text == t(bot_env, "org-approval-already-approved", name=decider)
    else:
        assert handed == []
        assert told.text == t(bot_env, "org-approval-rejected", name=decider)
        assert late[0].text == t(bot_env, "org-approval-already-rejected", name=decider)
    await asyncio.sleep(0.2)
    assert len(bot_env.stub.messages(OPERATOR_ID)) == 1
    group = bot_env.stub.messages(ADMIN_GROUP)
    edited = next(m for m in group if m.message_id == message.message_id)
    assert decider in edited.text and not edited.button_texts  # the request shows the decision


async def test_a_second_admins_own_copy_says_who_decided_first(bot_env):
    record, posted, second, _, handed = await _setup(bot_env, admin_group=False)
    assert sorted(m.chat.id for m in posted) == [ADMIN_ID, SECOND_ADMIN]

    await bot_env.tap(t(bot_env, "org-approval-button-approve"))
    await bot_env.stub.wait_for_message(OPERATOR_ID)
    copy = bot_env.message_with_button(SECOND_ADMIN, t(bot_env, "org-approval-button-reject"))
    late = await bot_env.stub.tap(second, copy.message_id, t(bot_env, "org-approval-button-reject"))

    assert late.text == t(bot_env, "org-approval-already-approved", name="Admin")
    assert [r.id for r in handed] == [record.id]


async def test_a_rejection_tells_the_operator_and_nothing_is_sent(bot_env):
    _, _, _, _, handed = await _setup(bot_env, admin_group=False)
    request = bot_env.message_with_button(ADMIN_ID, t(bot_env, "org-approval-button-reject"))
    asked = await bot_env.tap(t(bot_env, "org-approval-button-reject"), message=request)
    assert asked.text == t(bot_env, "org-approval-ask-reason")
    assert bot_env.stub.messages(OPERATOR_ID) == []  # nothing decided yet
    await bot_env.tap(t(bot_env, "org-approval-button-reject-now"), message=asked)
    told = await bot_env.stub.wait_for_message(OPERATOR_ID)
    assert told.text == t(bot_env, "org-approval-rejected", name="Admin")
    assert handed == [] and bot_env.panel_received("send") == []


async def test_a_rejection_with_a_reason_tells_the_operator_why(bot_env):
    record, _, _, _, handed = await _setup(bot_env, admin_group=False)
    request = bot_env.message_with_button(ADMIN_ID, t(bot_env, "org-approval-button-reject"))
    await bot_env.tap(t(bot_env, "org-approval-button-reject"), message=request)
    await bot_env.say("متن پیامک هنوز تأیید واحد حقوقی را ندارد")
    told = await bot_env.stub.wait_for_message(OPERATOR_ID)
    reason = "متن پیامک هنوز تأیید واحد حقوقی را ندارد"
    assert told.text == t(bot_env, "org-approval-rejected-reason", name="Admin", reason=reason)
    edited = next(m for m in bot_env.stub.messages(ADMIN_ID) if m.message_id == request.message_id)
    assert "Admin" in edited.text and not edited.button_texts  # the request shows the decision
    final = await Approvals(OrgStore.of(bot_env.storage)).get(record.id)
    assert final.state is ApprovalState.REJECTED and handed == []


async def test_an_operator_cannot_decide(bot_env):
    record, _, _, operator, handed = await _setup(bot_env, admin_group=False)
    copy = bot_env.message_with_button(ADMIN_ID, t(bot_env, "org-approval-button-approve"))
    # Replayed callback data from a copy the operator should never have: refused.
    answer = await bot_env.stub.tap(
        operator, copy.message_id, t(bot_env, "org-approval-button-approve"), chat=ADMIN_ID
    )
    state = (await Approvals(OrgStore.of(bot_env.storage)).get(record.id)).state
    assert state is ApprovalState.PENDING and handed == []
    assert answer.text != t(bot_env, "org-approval-approved", name="Operator")
