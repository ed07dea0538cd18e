"""Steps shared by the /send tests (a staff member's moves, and waits for the bot's answers)."""

from __future__ import annotations

from bot.botapi_stub.records import BotMessage

PERSIAN_TEXT = "سلام & خوش آمدید\nتخفیف ۲۰٪ تا جمعه"
RESULT_MARKERS = ("فرستاده شد", "معلوم نیست", "کد", "اعتبار کافی نیست")


async def start_send(bot_env, command: str = "/send") -> BotMessage:
    """/send, then the default sender line: the bot asks for the recipients."""
    choose = await bot_env.say(command)
    assert "از کدام خط" in choose.text
    default = next(text for text in choose.button_texts if "پیش‌فرض" in text)
    ask = await bot_env.tap(default)
    assert "شماره‌های گیرندگان" in ask.text
    return ask


async def wait_text(bot_env, fragment: str, chat: int | None = None) -> BotMessage:
    """The next bot message (or edit) whose text contains `fragment`."""
    return await bot_env.stub.wait_for_message(
        chat or bot_env.admin.user_id, lambda message: fragment in (message.text or "")
    )


async def final_result(bot_env, chat: int | None = None) -> BotMessage:
    """After Send: the progress message's last edit (the result)."""
    return await bot_env.stub.wait_for_message(
        chat or bot_env.admin.user_id,
        lambda message: "در حال ارسال" not in (message.text or ""),
    )
