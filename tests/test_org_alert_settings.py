"""/settings › alerts, through the real Application: an admin makes a group the admin group (and
approval requests then reach it), sets the credit threshold and the summary hour by typing
(Persian digits), bad input gets its hint; operators have no such button."""

from __future__ import annotations

from bot.formatting import strip_isolates
from storage.org import OrgStore
from storage.org_records import Rule
from tests.test_org_job_wiring import ADMIN_GROUP, ask_for_approval, share_with_operator
from tests.texts import fa


def labels(message) -> list[str]:
    return [strip_isolates(label) for label in message.button_texts]


async def stored(bot_env):
    return await OrgStore.of(bot_env.storage).get_alerts()


async def test_an_admin_makes_this_group_the_admin_group_and_requests_arrive_there(bot_env):
    account_id, operator = await share_with_operator(bot_env)
    bot_env.stub.add_group(ADMIN_GROUP, "مدیران", admins=[bot_env.admin.user_id])
    settings = await bot_env.say("/settings", chat=ADMIN_GROUP)
    assert fa("org-alerts-button") in labels(settings)
    view = await bot_env.tap(fa("org-alerts-button"), chat=ADMIN_GROUP, message=settings)
    assert fa("org-alerts-group-none") in strip_isolates(view.text)

    done = await bot_env.tap(fa("org-alerts-button-group"), chat=ADMIN_GROUP, message=view)
    assert strip_isolates(done.text).startswith(fa("org-alerts-group-set"))
    assert fa("org-alerts-group-this") in strip_isolates(done.text)
    assert (await stored(bot_env)).admin_chat_id == ADMIN_GROUP

    rule = Rule(above_recipients=2)
    await OrgStore.of(bot_env.storage).set_rule(f"shared:{account_id}", rule, set_by=1)
    request = await ask_for_approval(bot_env, operator)  # waits for it in ADMIN_GROUP
    assert fa("org-approval-button-approve") in labels(request)


async def test_the_admin_group_is_named_by_its_title_elsewhere(bot_env):
    bot_env.stub.add_group(ADMIN_GROUP, "مدیران", admins=[bot_env.admin.user_id])
    settings = await bot_env.say("/settings", chat=ADMIN_GROUP)
    view = await bot_env.tap(fa("org-alerts-button"), chat=ADMIN_GROUP, message=settings)
    await bot_env.tap(fa("org-alerts-button-group"), chat=ADMIN_GROUP, message=view)
    settings = await bot_env.say("/settings")  # the admin's private chat
    view = await bot_env.tap(fa("org-alerts-button"), message=settings)
    assert fa("org-alerts-group-named", title="مدیران") in strip_isolates(view.text)
    assert fa("org-alerts-group-other") not in strip_isolates(view.text)


async def test_the_threshold_and_the_hour_are_typed_with_persian_digits(bot_env):
    settings = await bot_env.say("/settings")
    view = await bot_env.tap(fa("org-alerts-button"), message=settings)
    assert fa("org-alerts-button-group") not in labels(view)  # only offered in a group

    ask = await bot_env.tap(fa("org-alerts-button-threshold"), message=view)
    assert strip_isolates(ask.text) == fa("org-alerts-ask-threshold")
    bad = await bot_env.say("پانصد هزار")
    assert strip_isolates(bad.text) == fa("org-alert-bad-threshold")
    saved = await bot_env.say("۵۰۰٬۰۰۰")
    assert strip_isolates(saved.text).startswith(fa("org-alerts-saved"))
    assert fa("org-alerts-rials", amount=500_000) in strip_isolates(saved.text)
    assert (await stored(bot_env)).credit_threshold_rials == 500_000

    ask = await bot_env.tap(fa("org-alerts-button-hour"), message=saved)
    assert strip_isolates(ask.text) == fa("org-alerts-ask-hour")
    bad = await bot_env.say("۲۵")
    assert strip_isolates(bad.text) == fa("org-alert-bad-hour")
    saved = await bot_env.say("۲۱:۰۰")
    assert (await stored(bot_env)).summary_hour == 21
    off = await bot_env.tap(fa("org-alerts-button-hour-off"), message=saved)
    assert fa("org-alerts-off") in strip_isolates(off.text)
    assert (await stored(bot_env)).summary_hour is None

    again = await bot_env.tap(fa("org-alerts-button-threshold"), message=off)
    assert strip_isolates(again.text) == fa("org-alerts-ask-threshold")
    await bot_env.say("۰")
    assert (await stored(bot_env)).credit_threshold_rials is None


async def test_a_command_at_the_threshold_step_leaves_it(bot_env):
    settings = await bot_env.say("/settings")
    view = await bot_env.tap(fa("org-alerts-button"), message=settings)
    await bot_env.tap(fa("org-alerts-button-threshold"), message=view)
    help_text = await bot_env.say("/help")
    assert fa("org-alert-bad-threshold") not in strip_isolates(help_text.text)
    assert (await stored(bot_env)).credit_threshold_rials is None


async def test_an_operator_gets_no_alerts_button(bot_env):
    operator = await bot_env.add_operator()
    settings = await bot_env.say("/settings", user=operator)
    assert fa("org-alerts-button") not in labels(settings)
