"""Concurrent updates that keep each conversation in order.

PTB's plain ``concurrent_updates`` lets two updates of one user run at once, which breaks
``ConversationHandler`` (a state change may be read before it is written). This processor runs
updates of *different* (chat, user) pairs in parallel, but serialises the updates of one pair with
a per-key lock, so every conversation (keyed by chat and user, PTB's default) still sees its
updates one at a time and in arrival order. asyncio.Lock wakes waiters first-in-first-out.

An update takes its pair's lock *before* a running slot: PTB's own semaphore (taken first, in
``process_update``) only bounds how many updates are held at all, so a pair with a backlog (a
long paste split into many messages) holds one running slot, never the slots others need.

While an update runs, its calls to its own chat are marked as direct answers
(bot.flood_control.answering): flood control sends them at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.flood_control import answering

UpdateKey = tuple[int | None, int | None]


def update_key(update: object) -> UpdateKey:
    """The (chat id, user id) an update belongs to; (None, None) for chat-less updates."""
    if not isinstance(update, Update):
        return (None, None)
    chat = update.effective_chat
    user = update.effective_user
    return (chat.id if chat else None, user.id if user else None)


class PerChatUserUpdateProcessor(BaseUpdateProcessor):
    """Parallel across (chat, user) pairs, sequential within one pair."""

    def __init__(self, max_concurrent_updates: int = 256, max_held_updates: int = 4096) -> None:
        """`max_concurrent_updates` run at once; up to `max_held_updates` wait or run."""
        super().__init__(max(max_held_updates, max_concurrent_updates))
        self._running = asyncio.BoundedSemaphore(max_concurrent_updates)
        self._locks: dict[UpdateKey, asyncio.Lock] = {}
        self._users: dict[UpdateKey, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = update_key(update)
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock, self._running:
                with answering(key[0]):  # its calls to this chat are direct answers
                    await coroutine
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key]
                del self._locks[key]

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""
