"""Steps shared by the /send tests (a staff member's moves, and waits for the bot's answers)."""

from __future__ import annotations

from bot.botapi_stub.records import BotMessage
from bot.formatting import strip_isolates
from tests.texts import fa

PERSIAN_TEXT = "سلام & خوش آمدید\nتخفیف ۲۰٪ تا جمعه"
GATHER_MORE = fa("recipients-gather-more").splitlines()[0]
"""What the bot says after a list: more numbers may follow, or «ادامه», or the text."""
RESULT_MARKERS = (fa("sendjob-summary-done"), "معلوم نیست", "کد", "اعتبار کافی نیست")


async def start_send(bot_env, command: str = "/send") -> BotMessage:
    """/send, then the default sender line: the bot asks for the recipients."""
    choose = await bot_env.say(command)
    assert strip_isolates(choose.text) == fa("send-choose-sender")
    default = next(text for text in choose.button_texts if "پیش‌فرض" in text)
    ask = await bot_env.tap(default)
    assert strip_isolates(ask.text) == fa("send-ask-recipients")
    return ask


async def wait_text(bot_env, fragment: str, chat: int | None = None) -> BotMessage:
    """The next bot message (or edit) whose text contains `fragment`."""
    return await bot_env.stub.wait_for_message(
        chat or bot_env.admin.user_id,
        lambda message: fragment in strip_isolates(message.text or ""),
    )


SUMMARY_HEADS = tuple(
    fa(key) for key in ("sendjob-summary-done", "sendjob-summary-stopped", "sendjob-summary-halted")
)


async def job_summary(bot_env, chat: int | None = None) -> BotMessage:
    """After Send: the job's summary (the preview is edited into the progress, then into it;
    bot-initiated edits are spaced by flood control, so waiting for quiet is not enough)."""
    chat = chat or bot_env.admin.user_id

    def is_summary(message: BotMessage) -> bool:
        return any(head in strip_isolates(message.text or "") for head in SUMMARY_HEADS)

    latest = bot_env.last(chat)
    if is_summary(latest):
        return latest
    return await bot_env.stub.wait_for_message(chat, is_summary)


async def final_result(bot_env, chat: int | None = None) -> BotMessage:
    """After Send: the result (one request: the preview edited into it; several batches: the
    progress message's last edit)."""
    chat = chat or bot_env.admin.user_id

    def is_result(message: BotMessage) -> bool:
        text = message.text or ""
        return fa("send-sending-toast") not in text and fa("send-preview-title") not in text

    latest = bot_env.last(chat)
    if is_result(latest) and latest.edits:
        return latest
    return await bot_env.stub.wait_for_message(chat, is_result)


async def numbers_and_text(bot_env, numbers: str, text: str = PERSIAN_TEXT) -> BotMessage:
    """Paste `numbers`, then type `text` (the gathering takes it as the text): the preview."""
    await bot_env.stub.send_text(bot_env.admin, numbers)
    await wait_text(bot_env, GATHER_MORE)
    return await bot_env.say(text)


async def preview_of(bot_env, numbers: str, text: str = PERSIAN_TEXT) -> BotMessage:
    """A logged-in staff member goes from /send to the preview."""
    await bot_env.login()
    await start_send(bot_env)
    return await numbers_and_text(bot_env, numbers, text)


def xlsx_bytes(rows: list[list[object]]) -> bytes:
    import io

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def persian_digits(text: str) -> str:
    return text.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
