"""Flood control: keep to Telegram's limits where they bind, never delay a direct answer.

Telegram limits what a bot *pushes*: about 30 messages a second over all chats (bulk
notifications), about one a second in one chat, 20 a minute in a group. A direct answer to the
update being handled (the reply to a command, the edit of the tapped message) is sent at once;
bot-initiated traffic (job progress and summaries, follow-ups, alerts, scheduled notices, a
message from a handler to another chat) waits for its token buckets: per chat or group, then,
for a new message, overall. The overall limit is Telegram's bulk-notification limit: an edit of
a message already in the chat notifies nobody, so it waits for its chat only (50 jobs ending
together show their 50 summaries at once; 50 new notices go out at 30 a second). A direct
answer takes its chat's token when there is one, so the bot pushes nothing into a chat right
after answering there; it never waits, and never leaves a debt. Calls that name no chat
(getUpdates, answerCallbackQuery) are never throttled.

A 429 is always obeyed: every request waits out its retry_after (plus a margin) and is retried
up to `max_retries` times, as PTB's AIORateLimiter does.

"Direct" means: made by the task that handles an update (see `answering`, set by
bot.update_processor) and addressed to that update's chat. Tasks a handler starts (a send job)
are other tasks, so their calls are bot-initiated.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Coroutine, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

LOGGER = logging.getLogger(__name__)

OVERALL_PER_SECOND = 30.0  # Telegram: ~30 messages a second over all chats
OVERALL_BURST = 30.0  # …on average: up to one second's worth may go at once
CHAT_PER_SECOND = 1.0  # Telegram: ~1 message a second in one chat
GROUP_PER_MINUTE = 20.0  # Telegram: 20 messages a minute in a group
RETRY_MARGIN_SECONDS = 0.1
NEW_MESSAGE_PREFIXES = ("send", "copy", "forward")  # endpoints that put a new message in a chat
MAX_BUCKETS = 4096  # per-chat buckets kept; full (idle) ones are dropped beyond this


@dataclass
class _Answering:
    task: asyncio.Task[Any] | None
    chat_id: int | None


_answering: ContextVar[_Answering | None] = ContextVar("panelbot_answering", default=None)


@contextlib.contextmanager
def answering(chat_id: int | None) -> Iterator[None]:
    """Within this block, the current task's calls to `chat_id` are direct answers."""
    token = _answering.set(_Answering(asyncio.current_task(), chat_id))
    try:
        yield
    finally:
        _answering.reset(token)


def is_direct(chat_id: object) -> bool:
    """Is a call to `chat_id` a direct answer of the update this task is handling?"""
    current = _answering.get()
    if current is None or current.task is not asyncio.current_task():
        return False
    return chat_id is None or _as_int(chat_id) == current.chat_id


@dataclass
class TokenBucket:
    """`capacity` tokens, refilled at `rate` a second; a reservation may go into debt, which
    later reservations wait out in turn (first come, first served)."""

    capacity: float
    rate: float
    tokens: float = field(init=False)
    stamp: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        self.tokens = self.capacity

    def _refill(self) -> None:
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now

    def reserve(self) -> float:
        """Take one token, into debt if need be; seconds until that token is really free."""
        self._refill()
        self.tokens -= 1
        return max(0.0, -self.tokens / self.rate)

    def take(self) -> None:
        """Take one token now if there is one (a direct answer never waits, and never leaves a
        debt for what the bot pushes later)."""
        self._refill()
        self.tokens = max(self.tokens - 1, 0.0)

    @property
    def full(self) -> bool:
        self._refill()
        return self.tokens >= self.capacity


class FloodControl(BaseRateLimiter[int]):
    """Throttles bot-initiated calls (overall, per chat, per group); obeys every 429.

    `rate_limit_args` of a call (an int) overrides `max_retries` for it."""

    def __init__(
        self,
        *,
        max_retries: int = 3,
        overall_per_second: float = OVERALL_PER_SECOND,
        overall_burst: float = OVERALL_BURST,
        chat_per_second: float = CHAT_PER_SECOND,
        group_per_minute: float = GROUP_PER_MINUTE,
    ) -> None:
        self.max_retries = max_retries
        self._overall = TokenBucket(overall_burst, overall_per_second)
        self._chat_rate = chat_per_second
        self._group_rate = group_per_minute
        self._chats: dict[int | str, TokenBucket] = {}
        self._resume_at = 0.0  # a 429 holds every call until then

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        retries = self.max_retries if rate_limit_args is None else rate_limit_args
        chat_id = data.get("chat_id")
        for attempt in range(retries + 1):
            await self._hold_after_429()
            await self._admit(chat_id, endpoint)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                if attempt == retries:
                    raise
                self._refused(error, endpoint)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _admit(self, chat_id: object, endpoint: str) -> None:
        """A direct answer goes at once, taking its chat's token if there is one (so the bot
        pushes nothing into a chat right after answering there); a bot-initiated call waits
        its turn in its chat, then, for a new message, in the overall bucket (Telegram's ~30
        a second is about notifications, not answers or edits)."""
        if chat_id is None:
            return
        chat = self._bucket(chat_id)
        if is_direct(chat_id):
            chat.take()
            return
        await _sleep(chat.reserve())
        if endpoint.startswith(NEW_MESSAGE_PREFIXES):
            await _sleep(self._overall.reserve())

    async def _hold_after_429(self) -> None:
        while (wait := self._resume_at - time.monotonic()) > 0:
            await asyncio.sleep(wait)

    def _refused(self, error: RetryAfter, endpoint: str) -> None:
        delay = _retry_seconds(error)
        self._resume_at = max(self._resume_at, time.monotonic() + delay + RETRY_MARGIN_SECONDS)
        LOGGER.info("Telegram answered 429 to %s: every call waits %.1f s", endpoint, delay)

    def _bucket(self, chat_id: object) -> TokenBucket:
        key = _as_int(chat_id)
        key = chat_id if key is None else key  # an @channel name
        bucket = self._chats.get(key)  # type: ignore[arg-type]
        if bucket is None:
            if len(self._chats) >= MAX_BUCKETS:
                self._drop_idle()
            group = isinstance(key, str) or key < 0  # type: ignore[operator]
            bucket = (
                TokenBucket(self._group_rate, self._group_rate / 60)
                if group
                else TokenBucket(self._chat_rate, self._chat_rate)
            )
            self._chats[key] = bucket  # type: ignore[index]
        return bucket

    def _drop_idle(self) -> None:
        for key in [key for key, bucket in self._chats.items() if bucket.full]:
            del self._chats[key]


def _retry_seconds(error: RetryAfter) -> float:
    """retry_after in seconds (read as PTB's own limiter does: the public attribute warns)."""
    value = getattr(error, "_retry_after", None)
    if isinstance(value, timedelta):
        return value.total_seconds()
    return float(error.retry_after)


async def _sleep(seconds: float) -> None:
    if seconds > 0:
        await asyncio.sleep(seconds)


def _as_int(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
