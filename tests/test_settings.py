"""Settings of a chat: the default sender line and the language (also /lang)."""

from __future__ import annotations

from tests.conftest import ADMIN_ID, DEMO_SENDER


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
    assert reply.button_texts[:2] == ["فارسی", "English"]
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
    assert DEMO_SENDER in reply.text
    reply = await bot_env.tap("تغییر خط ارسال پیش‌فرض")
    assert {"+983000505", "+98100020400"} <= set(reply.button_texts)
    assert bot_env.panel_received("lines")
    reply = await bot_env.tap("+98100020400")
    assert "+98100020400" in reply.text
    assert await sender_of(bot_env) == "+98100020400"


async def test_default_sender_typed_in_persian_digits_or_cleared(bot_env):
    await bot_env.login()
    await bot_env.say("/settings")
    await bot_env.tap("تغییر خط ارسال پیش‌فرض")
    reply = await bot_env.say("خط من")
    assert "فقط از رقم" in reply.text
    await bot_env.stub.send_sticker(bot_env.admin)
    reply = await bot_env.stub.wait_for_message(ADMIN_ID)
    assert "شمارهٔ خط را بفرستید" in reply.text
    reply = await bot_env.say("۳۰۰۰۱۲۳۴")
    assert "30001234" in reply.text
    assert await sender_of(bot_env) == "30001234"

    await bot_env.say("/settings")
    await bot_env.tap("تغییر خط ارسال پیش‌فرض")
    reply = await bot_env.tap("بدون خط پیش‌فرض")
    assert "برداشته شد" in reply.text
    assert await sender_of(bot_env) is None
    reply = await bot_env.say("/settings")
    assert "تعیین نشده" in reply.text


async def test_sender_needs_an_account(bot_env):
    reply = await bot_env.say("/settings")
    assert "/login" in reply.text
    reply = await bot_env.tap("تغییر خط ارسال پیش‌فرض")
    assert "ابتدا حساب پنل را وارد کنید" in reply.text
    assert bot_env.panel_received("lines") == []


async def test_close_and_cancel_leave_the_settings(bot_env):
    await bot_env.say("/settings")
    reply = await bot_env.tap("بستن")
    assert "بسته شد" in reply.text
    await bot_env.say("/settings")  # a view, not a flow: nothing to cancel
    reply = await bot_env.say("/cancel")
    assert reply.text == bot_env.app.services.i18n.t("start-nothing-to-cancel", locale="fa")
