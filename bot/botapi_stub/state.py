"""The stand-in's memory and the bot-facing helpers the API methods share."""

from __future__ import annotations

import asyncio
import itertools
import mimetypes
import secrets
import time
from collections import deque
from typing import Any

from bot.botapi_stub.errors import (
    CHAT_NOT_FOUND,
    QUERY_INVALID,
    bad_request,
    forbidden,
    too_many_requests,
)
from bot.botapi_stub.records import (
    ApiCall,
    BotMessage,
    CallbackAnswer,
    Chat,
    Message,
    StoredFile,
    User,
)
from bot.botapi_stub.updates import UpdateQueue

_FOLDERS = {"document": "documents", "photo": "photos", "sticker": "stickers"}


class StubState:
    """Users, chats, messages, files and calls of one stand-in Bot API server."""

    def __init__(self, token: str, *, bot_username: str, bot_name: str, privacy_mode: bool):
        self.token = token
        self.bot_id = int(token.split(":", 1)[0]) if token.split(":", 1)[0].isdigit() else 1
        self.bot_username = bot_username
        self.bot_name = bot_name
        self.privacy_mode = privacy_mode
        self.users: dict[int, User] = {}
        self.chats: dict[int, Chat] = {}
        self.files: dict[str, StoredFile] = {}
        self.calls: list[ApiCall] = []
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.updates = UpdateQueue()
        self.flood_limit: int | None = None  # API calls per chat per second before 429
        self.flood_retry_after = 1
        self.flood_refuse_next = 0  # the next N calls that name a chat get a 429 at once
        self.flood_refused = 0  # how many calls were answered 429
        self.faults: list[list[Any]] = []  # [method, ApiError, times] scripted by fail_next
        self._messages: dict[int, dict[int, Message]] = {}
        self._last_message_id: dict[int, int] = {}
        self._ids = itertools.count(1)
        self._queries: dict[str, asyncio.Future[CallbackAnswer]] = {}
        self._answered: set[str] = set()
        self._events: list[tuple[int, BotMessage]] = []  # (sequence, message) on send or edit
        self._cursors: dict[int, int] = {}
        self._changed = asyncio.Event()
        self._inflight = 0
        self._last_call = time.monotonic()
        self._recent: dict[int, deque[float]] = {}

    # -- chats and messages -------------------------------------------------------------------
    def chat_for_bot(self, chat_id: Any) -> Chat:
        """The chat the bot addresses, refusing unknown, blocked or never-started chats."""
        try:
            chat = self.chats[int(chat_id)]
        except (KeyError, TypeError, ValueError):
            raise bad_request(CHAT_NOT_FOUND) from None
        if chat.is_private and chat.user is not None:
            if chat.user.blocked:
                raise forbidden("bot was blocked by the user")
            if not chat.user.started:
                raise forbidden("bot can't initiate conversation with a user")
        return chat

    def new_message_id(self, chat_id: int) -> int:
        self._last_message_id[chat_id] = self._last_message_id.get(chat_id, 0) + 1
        return self._last_message_id[chat_id]

    def store_message(self, message: Message) -> None:
        self._messages.setdefault(message.chat_id, {})[message.message_id] = message
        if isinstance(message, BotMessage):
            self.record_event(message)

    def find_message(self, chat_id: int, message_id: int) -> Message | None:
        message = self._messages.get(chat_id, {}).get(message_id)
        return None if message is None or message.deleted else message

    def all_messages(self, chat_id: int) -> list[Message]:
        return list(self._messages.get(chat_id, {}).values())

    # -- files ---------------------------------------------------------------------------------
    def store_file(
        self, kind: str, content: bytes, filename: str | None, mime_type: str | None
    ) -> StoredFile:
        number = next(self._ids)
        suffix = "." + filename.rsplit(".", 1)[1] if filename and "." in filename else ""
        if mime_type is None and filename:
            mime_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        stored = StoredFile(
            file_id=f"{kind[:3].upper()}{number}-{secrets.token_hex(8)}",
            file_unique_id=f"U{number}{secrets.token_hex(4)}",
            file_path=f"{_FOLDERS.get(kind, kind)}/file_{number}{suffix}",
            content=content,
            filename=filename,
            mime_type=mime_type,
        )
        self.files[stored.file_id] = stored
        return stored

    def file_by_path(self, path: str) -> StoredFile | None:
        return next((f for f in self.files.values() if f.file_path == path), None)

    # -- callback queries ----------------------------------------------------------------------
    def open_query(self) -> tuple[str, asyncio.Future[CallbackAnswer]]:
        query_id = str(4_000_000_000_000 + next(self._ids))
        future: asyncio.Future[CallbackAnswer] = asyncio.get_running_loop().create_future()
        self._queries[query_id] = future
        return query_id, future

    def answer_query(self, query_id: str, answer: CallbackAnswer) -> None:
        future = self._queries.pop(str(query_id), None)
        if future is None:
            raise bad_request(QUERY_INVALID)
        if not future.done():
            future.set_result(answer)

    # -- what the bot showed ---------------------------------------------------------------------
    def record_event(self, message: BotMessage) -> None:
        self._events.append((len(self._events) + 1, message))
        self._notify()

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    def mark_user_action(self, chat_id: int) -> None:
        """From now on, wait_for_message in this chat looks only at newer bot output."""
        self._cursors[chat_id] = len(self._events)

    # -- call bookkeeping (used by the server) -----------------------------------------------------
    def begin_call(self, method: str, params: dict[str, Any]) -> None:
        self.calls.append(ApiCall(method, params))
        if method != "getUpdates":
            self._inflight += 1
            self._last_call = time.monotonic()

    def end_call(self, method: str) -> None:
        if method != "getUpdates":
            self._inflight -= 1
            self._last_call = time.monotonic()
            self._notify()

    def check_faults(self, method: str) -> None:
        """Raise the next scripted error for `method` (see BotApiStub.fail_next)."""
        for fault in self.faults:
            if fault[0] == method and fault[2] > 0:
                fault[2] -= 1
                raise fault[1]

    def check_flood(self, method: str, params: dict[str, Any]) -> None:
        """429 with retry_after when the bot exceeds ``flood_limit`` calls per chat per second."""
        if method == "getUpdates" or "chat_id" not in params:
            return
        if self.flood_refuse_next > 0:
            self.flood_refuse_next -= 1
            self._refuse_flood()
        if self.flood_limit is None:
            return
        try:
            chat_id = int(params["chat_id"])
        except (TypeError, ValueError):
            return
        now = time.monotonic()
        recent = self._recent.setdefault(chat_id, deque())
        while recent and now - recent[0] > 1.0:
            recent.popleft()
        if len(recent) >= self.flood_limit:
            self._refuse_flood()
        recent.append(now)

    def _refuse_flood(self) -> None:
        self.flood_refused += 1
        raise too_many_requests(self.flood_retry_after)
