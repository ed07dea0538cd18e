"""DatabasePersistence: a conversation survives a restart; PTB data round-trips, encrypted.

A real Application runs offline: its Bot talks to `CannedBotApi`, which answers getMe and
records every other call, so the tests see what the bot would have sent to Telegram.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import pytest
from cryptography.fernet import Fernet
from telegram import Update
from telegram.ext import (
    Application,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    ExtBot,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest, RequestData

from storage import Storage, StorageKeyError
from storage.persistence import DatabasePersistence

# tests/ may or may not be a package; the fixtures module sits beside this file either way.
pytest_plugins = (f"{__package__}.storage_fixtures" if __package__ else "storage_fixtures",)

TOKEN = "123456:" + "A" * 35
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "Panel", "username": "panel_bot"}
CHAT = {"id": 42, "type": "private", "first_name": "Sara"}
USER = {"id": 42, "is_bot": False, "first_name": "Sara"}
ASK_NAME, CONFIRM = range(2)


class CannedBotApi(BaseRequest):
    """A Bot API that never leaves the process: getMe answers, sendMessage echoes."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None, **_: Any
    ) -> tuple[int, bytes]:
        endpoint = url.rsplit("/", 1)[-1]
        params = request_data.parameters if request_data else {}
        result: object = True
        if endpoint == "getMe":
            result = BOT_USER
        elif endpoint == "sendMessage":
            self.sent.append(str(params["text"]))
            result = {"message_id": len(self.sent), "date": 0, "chat": CHAT, "from": BOT_USER}
            result["text"] = params["text"]
        return 200, json.dumps({"ok": True, "result": result}).encode()


async def ask_name(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    await update.effective_message.reply_text("Your panel username?")
    return ASK_NAME


async def got_name(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    context.user_data["username"] = update.effective_message.text
    await update.effective_message.reply_text("Log in as this user? yes/no")
    return CONFIRM


async def confirm(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    await update.effective_message.reply_text(f"Logged in as {context.user_data['username']}")
    return ConversationHandler.END


def login_conversation() -> ConversationHandler:
    return ConversationHandler(
        entry_points=[CommandHandler("login", ask_name)],
        states={
            ASK_NAME: [MessageHandler(filters.TEXT & ~filters.COMMAND, got_name)],
            CONFIRM: [MessageHandler(filters.Regex("^yes$"), confirm)],
        },
        fallbacks=[],
        persistent=True,
        name="login",
    )


async def start_app(database_url: str, keys: list[str]) -> tuple[Application, CannedBotApi]:
    api = CannedBotApi()
    persistence = DatabasePersistence(database_url, keys)
    app = (
        Application.builder()
        .token(TOKEN)
        .request(api)
        .get_updates_request(api)
        .persistence(persistence)
        .updater(None)
        .build()
    )
    app.add_handler(login_conversation())
    await app.initialize()
    return app, api


def message(update_id: int, text: str) -> dict[str, Any]:
    entities = [{"type": "bot_command", "offset": 0, "length": len(text)}]
    body = {"message_id": update_id, "date": 0, "chat": CHAT, "from": USER, "text": text}
    if text.startswith("/"):
        body["entities"] = entities
    return {"update_id": update_id, "message": body}


async def feed(app: Application, update_id: int, text: str) -> None:
    await app.process_update(Update.de_json(message(update_id, text), app.bot))


async def test_a_restart_mid_conversation_continues_where_the_user_was(database_url, secret_key):
    app, api = await start_app(database_url, [secret_key])
    await feed(app, 1, "/login")
    await feed(app, 2, "acme")
    await app.update_persistence()
    await app.shutdown()
    assert api.sent == ["Your panel username?", "Log in as this user? yes/no"]

    restarted, api = await start_app(database_url, [secret_key])
    await feed(restarted, 3, "yes")  # only the CONFIRM state answers "yes"
    await restarted.shutdown()

    assert api.sent == ["Logged in as acme"]


async def test_a_finished_conversation_is_not_resumed(database_url, secret_key):
    app, _ = await start_app(database_url, [secret_key])
    for update_id, text in enumerate(["/login", "acme", "yes"], 1):
        await feed(app, update_id, text)
    await app.shutdown()

    restarted, api = await start_app(database_url, [secret_key])
    await feed(restarted, 4, "yes")
    await restarted.shutdown()

    assert api.sent == []
    assert await DatabasePersistence(database_url, [secret_key]).get_conversations("login") == {}


async def test_user_chat_bot_and_callback_data_round_trip(database_url, secret_key):
    writer = DatabasePersistence(database_url, [secret_key])
    writer.set_bot(ExtBot(TOKEN))
    draft = {"recipients": ("09120000000", "09350000000"), "tags": {"vip"}, "bot": writer.bot}
    callback_data = ([("uuid-1", 1700000000.0, {"btn": ("page", 2)})], {"query-1": "uuid-1"})
    await writer.update_user_data(42, draft)
    await writer.update_user_data(43, {"gone": True})
    await writer.update_chat_data(-100500, {"locale": "fa"})
    await writer.update_bot_data({"started": 1})
    await writer.update_callback_data(callback_data)
    await writer.drop_user_data(43)
    await writer.flush()

    reader = DatabasePersistence(database_url, [secret_key])
    new_bot = ExtBot(TOKEN)
    reader.set_bot(new_bot)
    users = await reader.get_user_data()
    assert set(users) == {42}
    assert users[42]["recipients"] == draft["recipients"]
    assert users[42]["tags"] == {"vip"}
    assert users[42]["bot"] is new_bot  # the live bot, never a pickled one
    assert await reader.get_chat_data() == {-100500: {"locale": "fa"}}
    assert await reader.get_bot_data() == {"started": 1}
    assert await reader.get_callback_data() == callback_data
    await writer.drop_chat_data(-100500)
    assert await reader.get_chat_data() == {}


async def test_empty_database_gives_empty_data(database_url, secret_key):
    persistence = DatabasePersistence(database_url, [secret_key])

    assert await persistence.get_user_data() == {}
    assert await persistence.get_chat_data() == {}
    assert await persistence.get_bot_data() == {}
    assert await persistence.get_callback_data() is None
    assert await persistence.get_conversations("login") == {}


async def test_persisted_data_is_encrypted_at_rest(sqlite_path, secret_key):
    persistence = DatabasePersistence(f"sqlite:///{sqlite_path}", [secret_key])
    await persistence.update_user_data(42, {"username": "acme-marketing"})
    await persistence.flush()

    with sqlite3.connect(sqlite_path) as connection:
        blobs = connection.execute("SELECT blob FROM ptb_data").fetchall()
    assert len(blobs) == 1
    assert b"acme-marketing" not in blobs[0][0]
    file_bytes = b"".join(path.read_bytes() for path in sqlite_path.parent.glob("panelbot.db*"))
    assert b"acme-marketing" not in file_bytes


async def test_persistence_with_a_wrong_key_fails_when_the_bot_starts(database_url, secret_key):
    await DatabasePersistence(database_url, [secret_key]).update_user_data(42, {"a": 1})

    with pytest.raises(StorageKeyError, match="SECRET_KEYS cannot decrypt"):
        await start_app(database_url, [Fernet.generate_key().decode()])


async def test_persistence_can_share_the_engine_of_an_in_memory_storage(secret_key):
    storage = await Storage.open("sqlite://", [secret_key], [1])
    persistence = DatabasePersistence("sqlite://", [secret_key], engine=storage.engine)
    await persistence.update_conversation("login", (42, 42), CONFIRM)
    await persistence.flush()

    again = DatabasePersistence("sqlite://", [secret_key], engine=storage.engine)
    assert await again.get_conversations("login") == {(42, 42): CONFIRM}
    await storage.close()
