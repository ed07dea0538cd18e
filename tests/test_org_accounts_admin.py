"""/accounts through the real Application, as an admin would: share this chat's panel account
under a name, give it to an operator by name, who sends with it without ever seeing the login;
set an approval rule by buttons and a typed number (Persian digits) that routes the operator's
send to approval and sets the request's time limit; give it to a group; revoke it."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import inspect
from sqlalchemy import text as sql

from bot.formatting import strip_isolates
from storage.org import OrgStore
from storage.org_records import GranteeKind
from tests.conftest import ADMIN_ID, OPERATOR_ID
from tests.test_org_job_wiring import (
    NUMBERS,
    everything_shown,
    next_text,
    operator_preview,
    sent_to,
)
from tests.texts import fa

LOGIN, PASSWORD, LINE = "sales-admin-ui", "Pw-admin-ui-77", "3000919"
GROUP = -100999


def every_stored_row(bot_env) -> str:
    """Every row of every table of the database, as text."""
    with bot_env.storage.engine.connect() as connection:
        tables = inspect(connection).get_table_names()
        return "\n".join(
            repr(connection.execute(sql(f'SELECT * FROM "{table}"')).all()) for table in tables
        )


def labels(message) -> list[str]:
    return [strip_isolates(label) for label in message.button_texts]


async def shared_by_admin(bot_env):
    """The admin's chat logs in to the sales account and shares it as «خط فروش» via /accounts."""
    bot_env.fake.state.add_account(LOGIN, PASSWORD, credit=Decimal(5_000_000), lines=["+98" + LINE])
    await bot_env.storage.set_credentials(ADMIN_ID, username=LOGIN, password=PASSWORD, sender=LINE)
    operator = await bot_env.add_operator()
    await bot_env.say("/help", user=operator)  # the bot learns the operator's name
    listing = await bot_env.say("/accounts")
    assert strip_isolates(listing.text) == fa("org-accounts-none")
    ask = await bot_env.tap(fa("org-accounts-button-share"), message=listing)
    assert strip_isolates(ask.text) == fa("org-accounts-ask-name")
    too_long = await bot_env.say("خ" * 41)
    assert strip_isolates(too_long.text) == fa("org-share-error-bad-name")
    view = await bot_env.say("خط فروش")
    assert strip_isolates(view.text).startswith(fa("org-share-done", name="خط فروش"))
    return operator, view


async def give_to_operator(bot_env, view):
    staff = await bot_env.tap(fa("org-accounts-button-staff"), message=view)
    assert strip_isolates(staff.text) == fa("org-accounts-pick-staff")
    assert "Operator" in labels(staff)
    toggled = await bot_env.tap("Operator", message=staff)
    assert fa("org-account-chosen", label="Operator") in labels(toggled)
    return toggled


async def test_an_admin_shares_gives_and_revokes_and_the_operator_never_sees_the_login(bot_env):
    operator, view = await shared_by_admin(bot_env)
    staff = await give_to_operator(bot_env, view)
    back = await bot_env.tap(fa("org-accounts-button-back"), message=staff)
    assert "Operator" in strip_isolates(back.text)  # the view names who has it

    preview = await operator_preview(bot_env, operator)
    await bot_env.tap(fa("button-send"), user=operator, message=preview)
    await next_text(bot_env, OPERATOR_ID, "sendjob-summary-done")
    assert sent_to(bot_env) == [(LOGIN, NUMBERS)]
    shown = everything_shown(bot_env, OPERATOR_ID)
    assert LOGIN not in shown and PASSWORD not in shown
    stored = every_stored_row(bot_env)  # flows, jobs, audit, approvals, shared accounts, …
    assert "خط فروش" in stored  # the dump holds the data (credentials only as ciphertext)
    assert LOGIN not in stored and PASSWORD not in stored

    listing = await bot_env.say("/accounts")
    view = await bot_env.tap("خط فروش", message=listing)
    revoked = await bot_env.tap(fa("org-accounts-button-revoke"), message=view)
    assert strip_isolates(revoked.text) == fa("org-share-revoked", name="خط فروش")
    again = await bot_env.say("/send", user=operator)
    assert strip_isolates(again.text) == fa("send-not-logged-in")
    assert len(sent_to(bot_env)) == 1


async def test_an_approval_rule_set_by_buttons_routes_the_send_and_sets_its_time_limit(bot_env):
    operator, view = await shared_by_admin(bot_env)
    staff = await give_to_operator(bot_env, view)
    view = await bot_env.tap(fa("org-accounts-button-back"), message=staff)
    menu = await bot_env.tap(fa("org-accounts-button-rule"), message=view)
    ask = await bot_env.tap(fa("org-accounts-rule-recipients"), message=menu)
    assert strip_isolates(ask.text) == fa("org-accounts-ask-recipients")
    bad = await bot_env.say("دو")
    assert strip_isolates(bad.text) == fa("org-approval-bad-limit")
    saved = await bot_env.say("۲")
    assert fa("org-approval-rule-recipients", count=2) in strip_isolates(saved.text)

    menu = await bot_env.tap(fa("org-accounts-button-rule"), message=saved)
    await bot_env.tap(fa("org-accounts-rule-hours"), message=menu)
    bad = await bot_env.say("۲۰۰")
    assert strip_isolates(bad.text) == fa("org-accounts-bad-hours")
    saved = await bot_env.say("۳")
    assert fa("org-approval-rule-recipients", count=2) in strip_isolates(saved.text)

    preview = await operator_preview(bot_env, operator)  # 3 recipients > 2
    assert fa("org-approval-button-request") in labels(preview)
    told = await bot_env.tap(fa("org-approval-button-request"), user=operator, message=preview)
    assert strip_isolates(told.text) == fa("org-approval-sent")
    (request,) = await OrgStore.of(bot_env.storage).pending_requests()
    assert request.expires_at - request.created_at == timedelta(hours=3)
    assert bot_env.panel_received("send") == []

    menu = await bot_env.tap(fa("org-accounts-button-rule"), message=saved)
    cleared = await bot_env.tap(fa("org-accounts-rule-none"), message=menu)
    assert fa("org-approval-rule-none") in strip_isolates(cleared.text)
    assert "مهلت تأیید: ۳ ساعت" in strip_isolates(cleared.text)  # the time limit is kept
    preview = await operator_preview(bot_env, operator)
    assert fa("button-send") in labels(preview)


async def give_to_group(bot_env):
    """An admin shares the chat's account, then gives it to the group «فروش» from there."""
    await shared_by_admin(bot_env)
    bot_env.stub.add_group(GROUP, "فروش", admins=[ADMIN_ID])
    listing = await bot_env.say("/accounts", chat=GROUP)
    view = await bot_env.tap("خط فروش", chat=GROUP, message=listing)
    return await bot_env.tap(fa("org-accounts-button-chat"), chat=GROUP, message=view)


async def test_an_admin_gives_the_account_to_a_group(bot_env):
    given = await give_to_group(bot_env)
    assert strip_isolates(given.text).startswith(fa("org-accounts-chat-granted"))
    (info,) = await OrgStore.of(bot_env.storage).list_shared()
    grants = await OrgStore.of(bot_env.storage).grants_of(info.id)
    assert [(g.kind, g.grantee_id) for g in grants] == [(GranteeKind.CHAT, GROUP)]


async def test_a_group_given_the_account_is_shown_by_its_title(bot_env):
    """Not by its id (-100…): the title is kept from the group's own updates."""
    given = await give_to_group(bot_env)
    named = fa("org-accounts-a-named-chat", title="فروش")
    assert named in strip_isolates(given.text)
    assert fa("org-accounts-a-chat", chat_id=GROUP) not in strip_isolates(given.text)
    listing = await bot_env.say("/accounts")  # in the admin's private chat
    view = await bot_env.tap("خط فروش", message=listing)
    assert named in strip_isolates(view.text)


async def test_an_operator_cannot_open_accounts(bot_env):
    operator = await bot_env.add_operator()
    refused = await bot_env.say("/accounts", user=operator)
    assert fa("org-accounts-none") not in strip_isolates(refused.text)
    assert await OrgStore.of(bot_env.storage).list_shared() == []
