"""A chat with several panel accounts picks one at /send, remembered as its default, through the
real Application: the operator's own logged-in chat plus the «خط فروش» account an admin shared
with them. The buttons show names only; the panel receives the picked account's login."""

from __future__ import annotations

import json
from decimal import Decimal

from bot.formatting import strip_isolates
from bot.services.job_accounts import shared_accounts
from storage.org_records import GranteeKind
from tests.conftest import ADMIN_ID, DEMO_SENDER, OPERATOR_ID
from tests.test_org_job_wiring import next_text
from tests.texts import fa

SALES_LOGIN, SALES_PASSWORD, SALES_LINE = "sales-login-51", "Pw-sales-51!", "3000777"
NUMBERS = ["09120000001", "09120000002"]


async def two_accounts(bot_env):
    """The operator's private chat is logged in (demo) and «خط فروش» is shared with them."""
    bot_env.fake.state.add_account(
        SALES_LOGIN, SALES_PASSWORD, credit=Decimal(5_000_000), lines=["+98" + SALES_LINE]
    )
    await bot_env.storage.set_credentials(
        ADMIN_ID, username=SALES_LOGIN, password=SALES_PASSWORD, sender=SALES_LINE
    )
    operator = await bot_env.add_operator()
    await bot_env.login(operator)
    sharing = shared_accounts(bot_env.app.services)
    info = await sharing.share(ADMIN_ID, "خط فروش", admin_id=ADMIN_ID)
    await sharing.grant(info.id, GranteeKind.USER, OPERATOR_ID, admin_id=ADMIN_ID)
    return operator


def labels(message) -> list[str]:
    return [strip_isolates(label) for label in message.button_texts]


def sales() -> str:
    return fa("org-account-shared", name="خط فروش")


def logins(bot_env) -> list[str]:
    return [request.fields["uname"] for request in bot_env.panel_received("send")]


async def test_the_operator_picks_the_shared_account_and_it_becomes_the_default(bot_env):
    operator = await two_accounts(bot_env)
    ask = await bot_env.say("/send", user=operator)
    assert strip_isolates(ask.text) == fa("org-account-choose")
    assert labels(ask) == [
        fa("org-account-chosen", label=fa("org-account-own")),  # nothing picked yet: own first
        sales(),
        fa("button-cancel"),
    ]
    assert SALES_LOGIN not in str(ask.button_texts)

    lines = await bot_env.tap(sales(), user=operator, message=ask)
    assert strip_isolates(lines.text) == fa("send-choose-sender")
    assert labels(lines)[0] == strip_isolates(fa("send-default-sender", sender=SALES_LINE))
    await bot_env.tap(lines.button_texts[0], user=operator, message=lines)
    await bot_env.say("\n".join(NUMBERS), user=operator)
    await next_text(bot_env, OPERATOR_ID, "send-ask-text")
    preview = await bot_env.say("تخفیف ویژه", user=operator)
    await bot_env.tap(fa("button-send"), user=operator, message=preview)
    await next_text(bot_env, OPERATOR_ID, "sendjob-summary-done")
    assert logins(bot_env) == [SALES_LOGIN]
    sent = bot_env.panel_received("send")[0]
    assert json.loads(sent.fields["to"]) == NUMBERS and SALES_LINE in sent.fields["from"]

    again = await bot_env.say("/send", user=operator)
    assert labels(again)[:2] == [fa("org-account-own"), fa("org-account-chosen", label=sales())]


async def test_a_one_shot_send_uses_the_remembered_account(bot_env):
    operator = await two_accounts(bot_env)
    ask = await bot_env.say("/send", user=operator)
    await bot_env.tap(sales(), user=operator, message=ask)
    await bot_env.say("/cancel", user=operator)

    await bot_env.say("/send 09120000001\nسلام", user=operator)
    preview = await bot_env.stub.wait_for_message(
        OPERATOR_ID, lambda m: fa("button-send") in labels(m)
    )
    await bot_env.tap(fa("button-send"), user=operator, message=preview)
    await next_text(bot_env, OPERATOR_ID, "sendjob-summary-done")
    assert logins(bot_env) == [SALES_LOGIN]


async def test_the_own_account_picked_sends_with_the_chats_login(bot_env):
    operator = await two_accounts(bot_env)
    ask = await bot_env.say("/send", user=operator)
    lines = await bot_env.tap(fa("org-account-chosen", label=fa("org-account-own")), user=operator)
    assert labels(lines)[0] == strip_isolates(fa("send-default-sender", sender=DEMO_SENDER))
    assert ask.message_id == lines.message_id  # the same message, edited in place


async def test_typing_at_the_account_step_gets_the_hint_and_stays(bot_env):
    operator = await two_accounts(bot_env)
    await bot_env.say("/send", user=operator)
    hint = await bot_env.say("خط فروش", user=operator)
    assert strip_isolates(hint.text) == fa("hint-use-buttons")
    lines = await bot_env.tap(sales(), user=operator)
    assert strip_isolates(lines.text) == fa("send-choose-sender")


async def test_an_account_revoked_before_the_tap_is_refused_and_the_rest_goes_on(bot_env):
    operator = await two_accounts(bot_env)
    ask = await bot_env.say("/send", user=operator)
    sharing = shared_accounts(bot_env.app.services)
    shared = (await sharing.available(OPERATOR_ID, OPERATOR_ID))[1]
    await sharing.revoke(shared.ref.id, admin_id=ADMIN_ID)
    told = await bot_env.tap(sales(), user=operator, message=ask)
    assert strip_isolates(told.text) == fa("org-account-revoked")
    again = await bot_env.say("/send", user=operator)  # one account left: no question
    assert strip_isolates(again.text) == fa("send-choose-sender")
