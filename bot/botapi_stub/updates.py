"""The update queue behind getUpdates: long polling, offsets, allowed_updates, release on stop."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

_DEFAULT_HIDDEN = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


class UpdateQueue:
    """Updates waiting to be confirmed by a getUpdates ``offset``.

    Only the newest getUpdates call waits: a new call (or :meth:`close`) releases older long
    polls with an empty answer, so an abandoned poll never holds a bot's shutdown.
    """

    def __init__(self, first_update_id: int = 10_001) -> None:
        self._pending: list[dict[str, Any]] = []
        self._next_id = first_update_id
        self._allowed: frozenset[str] | None = None
        self._generation = 0
        self._wakeup = asyncio.Event()
        self._closed = False
        self.waiting = 0  # getUpdates calls being answered right now
        self.confirmed = asyncio.Event()  # set whenever nothing is left to confirm
        self.confirmed.set()

    def put(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        """Queue ``{"update_id": n, kind: payload}`` and wake the waiting poll."""
        update = {"update_id": self._next_id, kind: payload}
        self._next_id += 1
        self._pending.append(update)
        self.confirmed.clear()
        self._wake()
        return update

    @property
    def pending(self) -> int:
        return len(self._pending)

    def drop_pending(self) -> None:
        """deleteWebhook(drop_pending_updates=True): forget every queued update."""
        self._pending.clear()
        self.confirmed.set()

    async def close(self, grace: float = 1.0) -> None:
        """Answer every waiting long poll with [] and give them ``grace`` seconds to go out."""
        self._closed = True
        self._wake()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace
        while self.waiting and loop.time() < deadline:
            await asyncio.sleep(0.005)
        await asyncio.sleep(0.01)  # let the answers be written before connections close

    def _wake(self) -> None:
        self._wakeup.set()
        self._wakeup = asyncio.Event()

    def _confirm(self, offset: int | None) -> None:
        if offset is not None and offset > 0:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        if not self._pending:
            self.confirmed.set()

    def _select(self, limit: int) -> list[dict[str, Any]]:
        """Drop updates of types the bot did not ask for, then take up to ``limit``."""
        allowed = self._allowed
        kept = [u for u in self._pending if _is_allowed(u, allowed)]
        self._pending = kept
        if not kept:
            self.confirmed.set()
        return kept[:limit]

    async def poll(
        self,
        offset: int | None,
        timeout: float,
        limit: int = 100,
        allowed_updates: list[str] | None = None,
    ) -> list[dict[str, Any]]:
        """Answer one getUpdates call."""
        self.waiting += 1
        try:
            return await self._poll(offset, timeout, limit, allowed_updates)
        finally:
            self.waiting -= 1

    async def _poll(
        self,
        offset: int | None,
        timeout: float,
        limit: int,
        allowed_updates: list[str] | None,
    ) -> list[dict[str, Any]]:
        if allowed_updates is not None:
            self._allowed = frozenset(allowed_updates) if allowed_updates else None
        self._confirm(offset)
        self._generation += 1
        generation = self._generation
        self._wake()  # release the previous long poll, if any
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(timeout, 0)
        while True:
            if self._closed or generation != self._generation:
                return []
            ready = self._select(max(1, min(limit, 100)))
            remaining = deadline - loop.time()
            if ready or remaining <= 0:
                return ready
            wakeup = self._wakeup
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wakeup.wait(), remaining)


def _is_allowed(update: dict[str, Any], allowed: frozenset[str] | None) -> bool:
    kind = next(key for key in update if key != "update_id")
    if allowed is None:
        return kind not in _DEFAULT_HIDDEN
    return kind in allowed
