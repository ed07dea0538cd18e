"""``BotApiStub``: the stand-in server plus what a test reads back; ``running_botapi_stub``."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, suppress

from aiohttp import web

from bot.botapi_stub.records import WAIT_BOUND, ApiCall, BotMessage, Chat, UserMessage
from bot.botapi_stub.server import build_app
from bot.botapi_stub.user_side import UserSide

DEFAULT_TOKEN = "123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz"


ChatRef = Chat | int


def _chat_id(chat: ChatRef) -> int:
    return chat.chat_id if isinstance(chat, Chat) else chat


class BotApiStub(UserSide):
    """A local Telegram Bot API: the bot talks to it over HTTP, a test plays the users.

    User side (queue updates): add_user, add_group, block, send_text, send_document,
    send_photo, send_sticker, forward_message, reply_to, send_raw, tap.
    Reading back: messages, last_message, user_message, wait_for_message, wait_idle,
    calls / calls_for, commands, files. Knobs: flood_limit, flood_retry_after,
    flood_refuse_next (and the count flood_refused), privacy_mode.
    Faults: fail_next (a 429 or any error for a method), user_deletes (a message vanishes).
    """

    base_url: str
    base_file_url: str

    # -- reading what the bot showed ---------------------------------------------------------
    def messages(self, chat: ChatRef) -> list[BotMessage]:
        """The bot's messages in a chat, oldest first, in their current state (deleted too)."""
        return [m for m in self.all_messages(_chat_id(chat)) if isinstance(m, BotMessage)]

    def last_message(self, chat: ChatRef) -> BotMessage:
        """The bot's newest message in the chat that is not deleted."""
        chat_id = _chat_id(chat)
        alive = [m for m in self.messages(chat_id) if not m.deleted]
        if not alive:
            raise LookupError(f"the bot has no message in chat {chat_id}")
        return alive[-1]

    def user_message(self, chat: ChatRef, message_id: int) -> UserMessage:
        chat_id = _chat_id(chat)
        message = self._messages.get(chat_id, {}).get(message_id)
        if not isinstance(message, UserMessage):
            raise LookupError(f"no user message {message_id} in chat {chat_id}")
        return message

    def fail_next(
        self,
        method: str,
        *,
        code: int = 400,
        description: str = "Bad Request: message to edit not found",
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """The next `times` calls of `method` fail as Telegram would (429 with retry_after)."""
        from bot.botapi_stub.errors import ApiError, too_many_requests

        error = (
            too_many_requests(retry_after)
            if retry_after is not None
            else ApiError(code, description)
        )
        self.faults.append([method, error, times])

    def user_deletes(self, chat: ChatRef, message_id: int) -> None:
        """The user deletes a bot message in a private chat: later edits find nothing."""
        for message in self.messages(chat):
            if message.message_id == message_id:
                message.deleted = True

    def calls_for(self, method: str) -> list[ApiCall]:
        return [call for call in self.calls if call.method == method]

    async def wait_for_message(
        self,
        chat: ChatRef,
        predicate: Callable[[BotMessage], bool] | None = None,
        timeout: float = WAIT_BOUND,
    ) -> BotMessage:
        """The next bot message sent or edited in the chat since the last user action there
        (or since the previous wait), that matches ``predicate``; TimeoutError otherwise."""
        chat_id = _chat_id(chat)
        deadline = time.monotonic() + timeout
        while True:
            start = self._cursors.get(chat_id, 0)
            for sequence, message in self._events[start:]:
                if message.chat_id != chat_id:
                    continue
                if predicate is None or predicate(message):
                    self._cursors[chat_id] = sequence
                    return message
            changed = self._changed
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(self._describe_wait(chat_id, timeout))
            with suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), remaining)

    def _describe_wait(self, chat_id: int, timeout: float) -> str:
        shown = [f"#{m.message_id} {m.text!r}" for m in self.messages(chat_id)[-5:]]
        return (
            f"no new matching bot message in chat {chat_id} within {timeout}s; "
            f"latest bot messages there: {shown or 'none'}"
        )

    @property
    def unanswered(self) -> int:
        """Updates not yet fetched and confirmed by the bot, plus its calls being answered now
        (getUpdates aside): what the stand-in itself sees of a bot still at work."""
        return self.updates.pending + self._inflight

    async def wait_idle(self, quiet: float = 0.2, timeout: float = WAIT_BOUND) -> None:
        """Wait until every queued update was fetched and the bot made no API call (other
        than getUpdates) for ``quiet`` seconds; TimeoutError otherwise."""
        deadline = time.monotonic() + timeout
        while True:
            now = time.monotonic()
            idle_for = now - self._last_call
            if self.updates.pending == 0 and self._inflight == 0 and idle_for >= quiet:
                return
            if now >= deadline:
                raise TimeoutError(
                    f"bot not idle after {timeout}s: {self.updates.pending} update(s) not "
                    f"fetched, {self._inflight} call(s) in flight"
                )
            await asyncio.sleep(min(max(quiet - idle_for, 0.01), 0.05))


@asynccontextmanager
async def running_botapi_stub(
    token: str = DEFAULT_TOKEN,
    *,
    bot_username: str = "panel_test_bot",
    bot_name: str = "Panel Bot",
    privacy_mode: bool = True,
) -> AsyncIterator[BotApiStub]:
    """Serve a :class:`BotApiStub` on 127.0.0.1 (free port) for the duration of the block."""
    stub = BotApiStub(
        token, bot_username=bot_username, bot_name=bot_name, privacy_mode=privacy_mode
    )
    runner = web.AppRunner(build_app(stub), shutdown_timeout=1.0, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    stub.base_url = f"http://127.0.0.1:{port}/bot"
    stub.base_file_url = f"http://127.0.0.1:{port}/file/bot"
    try:
        yield stub
    finally:
        await stub.updates.close()
        await runner.cleanup()
