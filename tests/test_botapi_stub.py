"""The Bot API stand-in, driven by a real python-telegram-bot Application."""

from __future__ import annotations

from harness import run_application, stub_builder
from telegram import Update
from telegram.ext import ContextTypes, MessageHandler, filters

from bot.botapi_stub import running_botapi_stub


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None
    await update.message.reply_text(update.message.text or "")


async def test_echo_round_trip() -> None:
    async with running_botapi_stub() as stub:
        app = stub_builder(stub).build()
        app.add_handler(MessageHandler(filters.TEXT, _echo))
        sara = stub.add_user(1001, "Sara", "sara")
        async with run_application(app):
            sent = await stub.send_text(sara, "سلام")
            reply = await stub.wait_for_message(sara.user_id)
        assert reply.text == "سلام"
        assert reply.message_id == sent.message_id + 1
        assert stub.calls_for("sendMessage")[0].params["chat_id"] == 1001
