"""Groups are not private chats: under privacy mode a flow is finished with replies to the bot's
ForceReply prompts, and a user's flows in a group and in private never share their data."""

from __future__ import annotations

import json
from decimal import Decimal

from bot.formatting import strip_isolates
from storage import Role
from tests.conftest import ADMIN_ID, OPERATOR_ID
from tests.send_helpers import final_result

GROUP = -100321
TEAM_LINE = "3000777"
FORCE_REPLY = {"force_reply": True, "selective": True}


def t(env, key: str, **variables) -> str:
    return env.app.services.i18n.t(key, locale="fa", **variables)


def plain(text: str | None) -> str:
    return strip_isolates(text or "")


async def group_account(env) -> None:
    """The group has its own panel account ("team") and sender line."""
    env.fake.state.add_account("team", "team", credit=Decimal(777_000), lines=[f"+98{TEAM_LINE}"])
    await env.storage.set_credentials(GROUP, username="team", password="team", sender=TEAM_LINE)


async def next_in(env, chat: int, fragment: str):
    return await env.stub.wait_for_message(
        chat, lambda message: plain(fragment) in plain(message.text), timeout=8
    )


async def test_previews_in_a_group_and_in_private_send_from_their_own_chat(bot_env):
    """The same user with a preview open in each chat: editing and sending in the group uses the
    group's account, list and line; the private preview keeps its own."""
    bot_env.stub.add_group(GROUP, "فروش", admins=[ADMIN_ID])
    await group_account(bot_env)
    await bot_env.login()
    await bot_env.say("/send\n09120000001\nمتن گروه", chat=GROUP)
    group_preview = await next_in(bot_env, GROUP, "پیش‌نمایش")
    await bot_env.say("/send\n09121111111\n09122222222\n09123333333\nمتن خصوصی")
    private_preview = await next_in(bot_env, ADMIN_ID, "پیش‌نمایش")

    ask = await bot_env.tap(t(bot_env, "button-edit-text"), chat=GROUP, message=group_preview)
    assert ask.reply_markup == FORCE_REPLY
    await bot_env.stub.reply_to(bot_env.admin, ask, "متن تازهٔ گروه")
    edited = await next_in(bot_env, GROUP, "پیش‌نمایش")
    await bot_env.tap("ارسال", chat=GROUP, message=edited)
    await final_result(bot_env, chat=GROUP)
    (sent,) = bot_env.panel_received("send")
    assert sent.fields["uname"] == "team"
    assert json.loads(sent.fields["to"]) == ["09120000001"]
    assert sent.fields["from"] == TEAM_LINE
    assert sent.fields["message"] == "متن تازهٔ گروه"

    await bot_env.tap("ارسال", message=private_preview)
    await final_result(bot_env)
    _, mine = bot_env.panel_received("send")
    assert mine.fields["uname"] == "demo"
    assert json.loads(mine.fields["to"]) == ["09121111111", "09122222222", "09123333333"]
    assert mine.fields["from"] == "3000505"
    assert mine.fields["message"] == "متن خصوصی"


async def test_a_send_is_started_filled_and_confirmed_in_a_group_under_privacy_mode(bot_env):
    """An operator (no administrator of the group) sends from the group, step by step."""
    assert bot_env.stub.privacy_mode
    operator = await bot_env.add_operator()
    bot_env.stub.add_group(GROUP, "فروش", admins=[ADMIN_ID], members=[OPERATOR_ID])
    await group_account(bot_env)

    choose = await bot_env.say("/send", user=operator, chat=GROUP)
    default = next(text for text in choose.button_texts if "پیش‌فرض" in text)
    ask = await bot_env.tap(default, user=operator, chat=GROUP, message=choose)
    assert ask.reply_markup == FORCE_REPLY
    assert t(bot_env, "send-ask-recipients") in ask.text

    chatter = await bot_env.stub.send_text(operator, "09124444444", chat=GROUP)
    assert not chatter.delivered  # not a reply: Telegram does not show it to the bot

    await bot_env.stub.reply_to(operator, ask, "09124444444\n09125555555")
    gathered = await next_in(bot_env, GROUP, t(bot_env, "recipients-button-continue"))
    await bot_env.tap(
        t(bot_env, "recipients-button-continue"), user=operator, chat=GROUP, message=gathered
    )
    ask_text = await next_in(bot_env, GROUP, t(bot_env, "send-ask-text"))
    assert ask_text.reply_markup == FORCE_REPLY
    await bot_env.stub.reply_to(operator, ask_text, "جلسه ساعت ۱۰")
    preview = await next_in(bot_env, GROUP, "پیش‌نمایش")
    assert "۷۷۷٬۰۰۰" not in plain(preview.text)  # the account's credit is for group admins
    assert plain(t(bot_env, "send-preview-credit", amount=777000)) not in plain(preview.text)

    await bot_env.tap("ارسال", user=operator, chat=GROUP, message=preview)
    await final_result(bot_env, chat=GROUP)
    (sent,) = bot_env.panel_received("send")
    assert sent.fields["uname"] == "team" and sent.fields["from"] == TEAM_LINE
    assert json.loads(sent.fields["to"]) == ["09124444444", "09125555555"]
    assert await bot_env.storage.get_role(OPERATOR_ID) == Role.OPERATOR


async def test_a_group_admin_sees_the_credit_in_the_preview(bot_env):
    bot_env.stub.add_group(GROUP, "فروش", admins=[ADMIN_ID])
    await group_account(bot_env)
    await bot_env.say("/send\n09120000001\nمتن گروه", chat=GROUP)
    preview = await next_in(bot_env, GROUP, "پیش‌نمایش")
    assert "۷۷۷٬۰۰۰" in plain(preview.text)


async def test_a_jobs_buttons_obey_its_starter_and_the_bots_admins(bot_env):
    """In a group, the summary's buttons of an operator's send: a colleague is refused, the
    operator who sent it and a bot admin (no administrator of the group) get the report."""
    operator = await bot_env.add_operator()
    colleague = await bot_env.add_operator(5050)
    bot_env.stub.add_group(GROUP, "فروش", admins=[4040], members=[ADMIN_ID, OPERATOR_ID, 5050])
    await group_account(bot_env)
    bot_env.settings.send_batch_size = 1  # two batches: the job's own buttons
    await bot_env.say("/send\n09124444444\n09125555555\nجلسه", user=operator, chat=GROUP)
    preview = await next_in(bot_env, GROUP, "پیش‌نمایش")
    await bot_env.tap("ارسال", user=operator, chat=GROUP, message=preview)
    summary = await bot_env.stub.wait_for_message(
        GROUP, lambda m: t(bot_env, "sendjob-button-report") in m.button_texts, timeout=8
    )
    report = t(bot_env, "sendjob-button-report")
    assert report in summary.button_texts

    refused = await bot_env.stub.tap(colleague, summary.message_id, text=report, chat=GROUP)
    assert refused.text == t(bot_env, "button-not-yours")
    for user in (operator, bot_env.admin):
        answer = await bot_env.stub.tap(user, summary.message_id, text=report, chat=GROUP)
        assert answer.text == t(bot_env, "please-wait")
        await bot_env.stub.wait_idle()
    reports = [m for m in bot_env.stub.messages(GROUP) if m.message_id > summary.message_id]
    assert len(reports) == 2


async def test_saved_texts_in_a_group_rename_and_delete_are_for_its_administrators(bot_env):
    """/templates is for all staff in a group; renaming and deleting for the group's admins, who
    rename by replying to the ForceReply prompt (privacy mode)."""
    from bot.services.templates import TemplateService

    operator = await bot_env.add_operator()
    bot_env.stub.add_group(GROUP, "فروش", admins=[ADMIN_ID], members=[OPERATOR_ID])
    await group_account(bot_env)
    await TemplateService(bot_env.storage).save(GROUP, name="نوروز", text="نوروز پیروز", user_id=1)

    listed = await bot_env.say("/templates", user=operator, chat=GROUP)
    shown = await bot_env.tap("نوروز", user=operator, chat=GROUP, message=listed)
    assert "نوروز پیروز" in plain(shown.text)
    refusal = t(bot_env, "access-group-admins-only")
    for key in ("templates-button-rename", "templates-button-delete"):
        label = t(bot_env, key)
        answer = await bot_env.stub.tap(operator, shown.message_id, text=label, chat=GROUP)
        assert answer.text == refusal

    listed = await bot_env.say("/templates", chat=GROUP)
    shown = await bot_env.tap("نوروز", chat=GROUP, message=listed)
    ask = await bot_env.tap(t(bot_env, "templates-button-rename"), chat=GROUP, message=shown)
    assert ask.reply_markup == FORCE_REPLY
    await bot_env.stub.reply_to(bot_env.admin, ask, "عید")
    renamed = await next_in(bot_env, GROUP, t(bot_env, "templates-renamed", name="عید"))
    assert renamed is not None
    (record,) = (await TemplateService(bot_env.storage).page(GROUP, 0)).lines
    assert record.name == "عید"
