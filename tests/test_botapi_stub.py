"""The Bot API stand-in, driven by a real python-telegram-bot Application."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, InvalidToken, RetryAfter
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.botapi_stub import BotApiStub, running_botapi_stub
from bot.botapi_stub.errors import ApiError
from bot.botapi_stub.formatting import parse_html

try:  # tests/ as a package (tests/__init__.py) or as a plain directory on sys.path
    from tests.harness import record_errors, run_application, stub_builder
except ModuleNotFoundError:
    from harness import record_errors, run_application, stub_builder  # type: ignore[no-redef]

MENU = InlineKeyboardMarkup(
    [
        [InlineKeyboardButton("Send", callback_data="send")],
        [InlineKeyboardButton("Cancel", callback_data="cancel")],
    ]
)


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None
    await update.message.reply_text(update.message.text or "")


async def _menu(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None
    await update.message.reply_text("<b>Choose</b>", parse_mode=ParseMode.HTML, reply_markup=MENU)


async def _chosen(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer(f"got {query.data}")
    await query.edit_message_text(f"You chose {query.data}", reply_markup=MENU)


async def _report(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None
    await update.message.reply_document(
        b"col1,col2\n1,2\n", filename="report.csv", caption="Report"
    )


async def _download(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None and update.message.document is not None
    file = await update.message.document.get_file()
    context.bot_data["downloaded"] = bytes(await file.download_as_bytearray())
    await update.message.reply_text(f"{update.message.document.file_name} received")


async def _forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Delete the user's message, as the bot does with a typed password."""
    assert update.message is not None
    await update.message.delete()
    await update.message.chat.send_message("deleted")


async def _admins(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_chat is not None
    admins = await update.effective_chat.get_administrators()
    names = ", ".join(f"{a.user.first_name}:{a.status}" for a in admins)
    await update.effective_chat.send_message(names)


async def _illegal(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Try each thing Telegram refuses and keep the BadRequest texts PTB surfaces."""
    assert update.message is not None
    bot, chat_id = context.bot, update.message.chat_id
    sent = await bot.send_message(chat_id, "original")
    long_data = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="d" * 65)]])
    attempts: dict[str, Any] = {
        "callback_data_65_bytes": bot.send_message(chat_id, "hi", reply_markup=long_data),
        "text_4097": bot.send_message(chat_id, "a" * 4097),
        "empty_text": bot.send_message(chat_id, "  "),
        "not_modified": bot.edit_message_text("original", chat_id, sent.message_id),
        "edit_missing": bot.edit_message_text("new", chat_id, 999),
        "delete_missing": bot.delete_message(chat_id, 999),
        "unclosed_tag": bot.send_message(chat_id, "<b>bold", parse_mode=ParseMode.HTML),
        "unsupported_tag": bot.send_message(chat_id, "<div>x</div>", parse_mode=ParseMode.HTML),
        "unknown_query": bot.answer_callback_query("12345"),
        "unknown_chat": bot.send_message(-999, "hi"),
        "text_button": bot.do_api_request(
            "sendMessage",
            {
                "chat_id": chat_id,
                "text": "x",
                "reply_markup": {"inline_keyboard": [[{"text": "a"}]]},
            },
        ),
        "flat_keyboard": bot.do_api_request(
            "sendMessage",
            {"chat_id": chat_id, "text": "x", "reply_markup": {"inline_keyboard": [{"text": "a"}]}},
        ),
    }
    refused = {}
    for name, attempt in attempts.items():
        try:
            await attempt
        except BadRequest as error:
            refused[name] = error.message
    context.bot_data["refused"] = refused
    # 4096 visible characters are fine even when the tags make the raw text longer.
    await bot.send_message(chat_id, "<b>" + "b" * 4096 + "</b>", parse_mode=ParseMode.HTML)
    await bot.send_message(chat_id, "done")


async def _set_commands(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    await app.bot.set_my_commands([BotCommand("start", "Start"), BotCommand("send", "Send SMS")])


def _build(stub: BotApiStub) -> Application[Any, Any, Any, Any, Any, Any]:
    app = stub_builder(stub).post_init(_set_commands).build()
    app.add_handler(CommandHandler("menu", _menu))
    app.add_handler(CommandHandler("report", _report))
    app.add_handler(CommandHandler("forget", _forget))
    app.add_handler(CommandHandler("admins", _admins))
    app.add_handler(CommandHandler("illegal", _illegal))
    app.add_handler(CallbackQueryHandler(_chosen))
    app.add_handler(MessageHandler(filters.Document.ALL, _download))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, _echo))
    return app


@pytest.fixture
async def stub() -> Any:
    async with running_botapi_stub() as running:
        yield running


async def test_echo_round_trip(stub: BotApiStub) -> None:
    sara = stub.add_user(1001, "Sara", "sara")
    async with run_application(_build(stub)):
        sent = await stub.send_text(sara, "سلام")
        reply = await stub.wait_for_message(sara.user_id)
    assert reply.text == "سلام"
    assert reply.message_id == sent.message_id + 1
    assert stub.calls_for("sendMessage")[0].params["chat_id"] == 1001


async def test_tap_is_answered_and_message_edited(stub: BotApiStub) -> None:
    sara = stub.add_user(1001, "Sara", "sara")
    async with run_application(_build(stub)):
        await stub.send_text(sara, "/menu")
        menu = await stub.wait_for_message(1001)
        assert (menu.text, menu.button_texts) == ("Choose", ["Send", "Cancel"])
        assert menu.entities == [{"type": "bold", "offset": 0, "length": 6}]
        answer = await stub.tap(sara, menu.message_id, text="Send")
        edited = await stub.wait_for_message(1001)
        await stub.tap(sara, menu.message_id, data=b"cancel")
        await stub.wait_for_message(1001, lambda m: m.text == "You chose cancel")
        with pytest.raises(LookupError, match="no button"):
            await stub.tap(sara, menu.message_id, text="Delete")
    assert answer.text == "got send" and not answer.show_alert
    assert edited is menu and menu.edits == ["Choose", "You chose send"]
    assert menu.buttons == [[("Send", "send")], [("Cancel", "cancel")]]


async def test_illegal_requests_are_refused_like_telegram(stub: BotApiStub) -> None:
    sara = stub.add_user(1001, "Sara", "sara")
    app = _build(stub)
    async with run_application(app):
        await stub.send_text(sara, "/illegal")
        await stub.wait_for_message(1001, lambda m: m.text == "done")
    assert app.bot_data["refused"] == {
        "callback_data_65_bytes": "Button_data_invalid",
        "text_4097": "Message is too long",
        "empty_text": "Message text is empty",
        "not_modified": (
            "Message is not modified: specified new message content and reply markup are "
            "exactly the same as a current content and reply markup of the message"
        ),
        "edit_missing": "Message to edit not found",
        "delete_missing": "Message to delete not found",
        "unclosed_tag": (
            "Can't parse entities: can't find end tag corresponding to start tag \"b\""
        ),
        "unsupported_tag": ('Can\'t parse entities: unsupported start tag "div" at byte offset 0'),
        "unknown_query": ("Query is too old and response timeout expired or query id is invalid"),
        "unknown_chat": "Chat not found",
        "text_button": "Text buttons are unallowed in the inline keyboard",
        "flat_keyboard": (
            'Field "inline_keyboard" of the inlinekeyboardmarkup must be an array of arrays'
        ),
    }
    texts = [m.text for m in stub.messages(1001)]
    assert texts == ["original", "b" * 4096, "done"]


async def test_user_document_downloads_same_bytes(stub: BotApiStub) -> None:
    sara = stub.add_user(1001, "Sara", "sara")
    content = bytes(range(256)) * 40
    app = _build(stub)
    async with run_application(app):
        await stub.send_document(sara, filename="list.xlsx", content=content)
        reply = await stub.wait_for_message(1001)
    assert reply.text == "list.xlsx received"
    assert app.bot_data["downloaded"] == content


async def test_bot_document_is_stored(stub: BotApiStub) -> None:
    sara = stub.add_user(1001, "Sara", "sara")
    async with run_application(_build(stub)):
        await stub.send_text(sara, "/report")
        sent = await stub.wait_for_message(1001)
    assert sent.document is not None and sent.kind == "document"
    assert (sent.document.filename, sent.document.content) == ("report.csv", b"col1,col2\n1,2\n")
    assert sent.text == "Report"


async def test_deleting_the_users_message_marks_it_deleted(stub: BotApiStub) -> None:
    sara = stub.add_user(1001, "Sara", "sara")
    async with run_application(_build(stub)):
        secret = await stub.send_text(sara, "/forget hunter2")
        await stub.wait_for_message(1001, lambda m: m.text == "deleted")
    assert stub.user_message(1001, secret.message_id).deleted


async def test_group_admins_and_command_with_bot_name(stub: BotApiStub) -> None:
    sara = stub.add_user(1001, "Sara", "sara")
    reza = stub.add_user(1002, "Reza")
    group = stub.add_group(-100123, "Sales", admins=[1001, 1002])
    async with run_application(_build(stub)):
        chatter = await stub.send_text(sara, "hello all", chat=group)
        await stub.send_text(reza, f"/admins@{stub.bot_username}", chat=group)
        reply = await stub.wait_for_message(group.chat_id)
    assert reply.text == "Sara:creator, Reza:administrator"
    assert not chatter.delivered  # privacy mode: plain group chatter never reaches the bot
    assert [m.text for m in stub.messages(group.chat_id)] == [reply.text]


async def test_privacy_mode_delivers_what_telegram_delivers_in_groups(stub: BotApiStub) -> None:
    sara = stub.add_user(1001, "Sara", "sara")
    group = stub.add_group(-100124, "Sales", admins=[1001])
    async with run_application(_build(stub)):
        others = await stub.send_text(sara, "/weather@other_bot", chat=group)
        mention = await stub.send_text(sara, f"hi @{stub.bot_username}", chat=group)
        sticker = await stub.send_sticker(sara, chat=group)
        await stub.send_text(sara, "/admins", chat=group)
        reply = await stub.wait_for_message(group.chat_id)
        answer = await stub.reply_to(sara, reply, "thanks")
        to_a_user = await stub.reply_to(sara, answer, "me too")
    assert not others.delivered and not sticker.delivered and not to_a_user.delivered
    assert mention.delivered and answer.delivered


async def test_commands_are_recorded(stub: BotApiStub) -> None:
    async with run_application(_build(stub)):
        pass
    assert stub.commands[("default", "")] == [
        {"command": "start", "description": "Start"},
        {"command": "send", "description": "Send SMS"},
    ]


async def test_wrong_token_fails_at_initialize(stub: BotApiStub) -> None:
    app = stub_builder(stub).token("999:WRONG").build()
    with pytest.raises(InvalidToken):
        async with run_application(app):
            pass


async def test_flood_limit_surfaces_as_retry_after(stub: BotApiStub) -> None:
    sara = stub.add_user(1001, "Sara", "sara")
    stub.flood_limit = 2
    app = _build(stub)
    errors = record_errors(app)
    async with run_application(app):
        for text in ("a", "b", "c"):
            await stub.send_text(sara, text)
        await stub.wait_idle()
    assert [type(e) for e in errors] == [RetryAfter]
    assert [m.text for m in stub.messages(1001)] == ["a", "b"]


async def _until(condition: Any) -> None:
    async with asyncio.timeout(3):
        while not condition():
            await asyncio.sleep(0.005)


async def test_http_shapes_and_long_poll_released_on_close() -> None:
    async with httpx.AsyncClient() as http:
        async with running_botapi_stub() as stub:
            api = f"{stub.base_url}{stub.token}"
            stub.add_user(1001, "Sara")
            wrong = await http.post(f"{stub.base_url}999:WRONG/getMe")
            unknown = await http.get(f"{api}/sendTelepathy")
            me = await http.get(f"{api}/getme")
            no_chat = await http.post(f"{api}/sendMessage", json={"chat_id": 5, "text": "x"})
            by_query = await http.get(f"{api}/sendMessage", params={"chat_id": 1001, "text": "q"})
            by_form = await http.post(f"{api}/sendMessage", data={"chat_id": "1001", "text": "7"})
            poll = asyncio.create_task(http.get(f"{api}/getUpdates", params={"timeout": 30}))
            await _until(lambda: stub.updates.waiting == 1)
        async with asyncio.timeout(3):
            released = await poll
    assert (wrong.status_code, wrong.json()) == (
        401,
        {"ok": False, "error_code": 401, "description": "Unauthorized"},
    )
    assert unknown.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
    assert me.json()["result"]["username"] == "panel_test_bot"
    assert (no_chat.status_code, no_chat.json()) == (
        400,
        {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"},
    )
    assert by_query.json()["result"]["text"] == "q"
    assert by_form.json()["result"]["text"] == "7"  # a digit-only text stays a string
    assert released.json() == {"ok": True, "result": []}


async def _describe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reply with what PTB parsed out of the user's message."""
    message = update.message
    assert message is not None
    parts = [
        "photo" if message.photo else "",
        f"sticker {message.sticker.emoji}" if message.sticker else "",
        f"forwarded from {message.forward_origin.type}" if message.forward_origin else "",
        f"reply to {message.reply_to_message.text}" if message.reply_to_message else "",
        message.text or message.caption or "",
    ]
    await message.reply_text(" | ".join(p for p in parts if p))


async def test_unexpected_inputs_reach_the_bot_as_telegram_shapes(stub: BotApiStub) -> None:
    sara = stub.add_user(1001, "Sara", "sara")
    reza = stub.add_user(1002, "Reza")
    app = stub_builder(stub).build()
    app.add_handler(MessageHandler(filters.ALL, _describe))
    async with run_application(app):
        await stub.send_photo(sara, caption="receipt")
        photo = await stub.wait_for_message(1001)
        await stub.send_sticker(sara, emoji="😀")
        sticker = await stub.wait_for_message(1001)
        await stub.forward_message(sara, from_user=reza, text="09121234567")
        forward = await stub.wait_for_message(1001)
        await stub.reply_to(sara, forward, "this one")
        reply = await stub.wait_for_message(1001)
    assert photo.text == "photo | receipt"
    assert sticker.text == "sticker 😀"
    assert forward.text == "forwarded from user | 09121234567"
    assert reply.text == "reply to forwarded from user | 09121234567 | this one"


async def test_users_who_never_started_or_blocked_the_bot_are_forbidden(stub: BotApiStub) -> None:
    stranger = stub.add_user(1003, "Ali", started=False)
    blocker = stub.add_user(1004, "Mina")
    stub.block(blocker)
    app = _build(stub)
    async with run_application(app):
        refusals = []
        for user in (stranger, blocker):
            with pytest.raises(Forbidden) as refused:
                await app.bot.send_message(user.user_id, "news")
            refusals.append(refused.value.message)
        await stub.send_text(stranger, "hi")  # writing first opens the chat
        await stub.wait_for_message(stranger.user_id, lambda m: m.text == "hi")
    assert refusals == [
        "Forbidden: bot can't initiate conversation with a user",
        "Forbidden: bot was blocked by the user",
    ]


async def test_a_query_can_be_answered_only_once(stub: BotApiStub) -> None:
    sara = stub.add_user(1001, "Sara", "sara")
    outcome: list[str] = []

    async def answer_twice(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.callback_query is not None
        await update.callback_query.answer("first")
        try:
            await update.callback_query.answer("second")
        except BadRequest as error:
            outcome.append(error.message)

    app = _build(stub)
    app.add_handler(CallbackQueryHandler(answer_twice), group=-1)
    async with run_application(app):
        await stub.send_text(sara, "/menu")
        menu = await stub.wait_for_message(1001)
        answer = await stub.tap(sara, menu.message_id, text="Cancel")
        await stub.wait_idle()
    assert answer.text == "first"
    assert outcome == ["Query is too old and response timeout expired or query id is invalid"]


def test_html_is_parsed_like_telegram() -> None:
    plain, entities = parse_html('<a href="https://ex.ir">پنل</a> &lt;3 😀 <i>x</i>')
    assert plain == "پنل <3 😀 x"
    assert entities == [
        {"type": "text_link", "url": "https://ex.ir", "offset": 0, "length": 3},
        {"type": "italic", "offset": 10, "length": 1},  # the emoji counts 2 UTF-16 units
    ]
    with pytest.raises(ApiError, match='expected "</b>", found "</i>"'):
        parse_html("<b>x</i>")
    with pytest.raises(ApiError, match="Unclosed start tag at byte offset 9"):
        parse_html("سلام <b")  # byte offset: 4 two-byte letters and a space


async def test_drop_pending_updates_forgets_queued_messages(stub: BotApiStub) -> None:
    sara = stub.add_user(1001, "Sara", "sara")
    await stub.send_text(sara, "sent while the bot was down")
    app = _build(stub)
    await app.initialize()
    try:
        await app.bot.delete_webhook(drop_pending_updates=True)
    finally:
        await app.shutdown()
    async with run_application(app):
        await stub.send_text(sara, "fresh")
        reply = await stub.wait_for_message(1001)
        await stub.wait_idle()
    assert [m.text for m in stub.messages(1001)] == [reply.text] == ["fresh"]
