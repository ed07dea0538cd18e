"""Settings of a chat: the default sender line and the language (also /lang)."""

from __future__ import annotations

from bot.botapi_stub.user_side import visible
from bot.formatting import strip_isolates
from bot.panel.digits import to_persian_digits
from tests.conftest import ADMIN_ID, DEMO_SENDER
from tests.texts import fa


async def sender_of(bot_env, chat_id: int = ADMIN_ID) -> str | None:
    return (await bot_env.storage.get_credentials(chat_id)).sender


async def test_lang_switches_the_chat_to_english_and_back(bot_env):
    await bot_env.login()
    reply = await bot_env.say("/lang en")
    assert reply.text == "The bot now speaks English."
    assert (await bot_env.storage.get_chat_settings(ADMIN_ID)).locale == "en"
    reply = await bot_env.say("/start")
    assert "✉️ Send SMS" in reply.button_texts
    reply = await bot_env.say("/help")
    assert "SMS panel bot help" in reply.text

    reply = await bot_env.say("/lang fa")
    assert reply.text == "زبان ربات فارسی شد."
    assert (await bot_env.storage.get_chat_settings(ADMIN_ID)).locale == "fa"
    reply = await bot_env.say("/start")
    assert "✉️ ارسال پیامک" in reply.button_texts


async def test_lang_without_a_code_offers_the_choice(bot_env):
    reply = await bot_env.say("/lang")
    assert [visible(label) for label in reply.button_texts[:2]] == ["فارسی", "English"]
    reply = await bot_env.tap("English")
    assert reply.text == "The bot now speaks English."
    reply = await bot_env.say("/lang de")
    assert "not supported" in reply.text
    assert (await bot_env.storage.get_chat_settings(ADMIN_ID)).locale == "en"


async def test_language_from_the_settings_menu(bot_env):
    reply = await bot_env.say("/settings")
    assert "زبان: \u2068فارسی\u2069" in reply.text
    await bot_env.tap("تغییر زبان")
    reply = await bot_env.tap("English")
    assert reply.text == "The bot now speaks English."
    reply = await bot_env.say("/settings")
    assert "Language: \u2068English\u2069" in reply.text


async def test_default_sender_chosen_from_the_panel_lines(bot_env):
    await bot_env.login()
    reply = await bot_env.say("/settings")
    assert to_persian_digits(DEMO_SENDER) in reply.text  # the sender line in Persian digits
    reply = await bot_env.tap("تغییر خط ارسال پیش‌فرض")
    assert {"+۹۸۳۰۰۰۵۰۵", "+۹۸۱۰۰۰۲۰۴۰۰"} <= set(map(visible, reply.button_texts))
    assert bot_env.panel_received("lines")
    reply = await bot_env.tap("+۹۸۱۰۰۰۲۰۴۰۰")
    assert "+۹۸۱۰۰۰۲۰۴۰۰" in reply.text
    assert await sender_of(bot_env) == "+98100020400"


async def test_default_sender_typed_in_persian_digits_or_cleared(bot_env):
    await bot_env.login()
    await bot_env.say("/settings")
    await bot_env.tap("تغییر خط ارسال پیش‌فرض")
    reply = await bot_env.say("خط من")
    assert visible(reply.text) == fa("settings-bad-sender")
    await bot_env.stub.send_sticker(bot_env.admin)
    reply = await bot_env.stub.wait_for_message(ADMIN_ID)
    assert "شمارهٔ خط را بفرستید" in reply.text
    for not_a_line in ("۳۰۰۰۱۲۳۴", "09121234567", "999999"):  # not on the account: refused
        reply = await bot_env.say(not_a_line)
        assert "در حساب پنل شما نیست" in reply.text
        assert "+۹۸۳۰۰۰۵۰۵" in strip_isolates(reply.text)  # with the account's lines
    assert await sender_of(bot_env) == DEMO_SENDER  # unchanged
    reply = await bot_env.say("۰۰۹۸ ۳۰۰۰ ۵۰۵")  # one of them, in another spelling
    assert "+۹۸۳۰۰۰۵۰۵" in visible(reply.text)
    assert await sender_of(bot_env) == "+983000505"

    await bot_env.say("/settings")
    await bot_env.tap("تغییر خط ارسال پیش‌فرض")
    reply = await bot_env.tap(fa("settings-button-clear-sender"))
    assert "برداشته شد" in reply.text
    assert await sender_of(bot_env) is None
    reply = await bot_env.say("/settings")
    assert "تعیین نشده" in reply.text


async def test_sender_needs_an_account(bot_env):
    reply = await bot_env.say("/settings")
    assert "/login" in reply.text
    reply = await bot_env.tap("تغییر خط ارسال پیش‌فرض")
    assert visible(reply.text) == fa("settings-need-login")
    assert bot_env.panel_received("lines") == []


async def test_close_and_cancel_leave_the_settings(bot_env):
    await bot_env.say("/settings")
    reply = await bot_env.tap("بستن")
    assert "بسته شد" in reply.text
    await bot_env.say("/settings")  # a view, not a flow: nothing to cancel
    reply = await bot_env.say("/cancel")
    assert visible(reply.text) == fa("start-nothing-to-cancel")
