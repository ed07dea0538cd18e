"""The HTTP client the bot talks to the Bot API with: as many connections as requests in flight.

PTB's default pool holds 256 connections. Under a burst (hundreds of concurrent updates) httpx
then opens dozens of connections and queues the rest inside httpcore's pool, whose every hand-over
walks all queued requests and connections (checking each socket): the cost grows with the square
of what is in flight. Here at most `connections` requests enter httpx at once; the others wait
their turn in an asyncio.Semaphore, so httpcore never queues and keeps a few warm connections.
"""

from __future__ import annotations

import asyncio
from typing import Any

from telegram.request import HTTPXRequest

# Measured (bench/update_cost.py, bot CPU per update vs the echo bot, same runs): 256 → 2.9×,
# 8 → 1.5–1.6×, 4 → 1.27–1.31×, 1 → 1.18×. 4 keeps a burst cheap and still lets a slow
# request (a file upload) not stall the others; against the real Bot API (≈ 0.1–0.3 s a call)
# 4 in flight carry 13–40 calls/s, about Telegram's own limit of ~30 messages/s.
BOT_API_CONNECTIONS = 4


class BoundedHTTPXRequest(HTTPXRequest):
    """HTTPXRequest that lets at most `connection_pool_size` requests into httpx at a time."""

    __slots__ = ("_in_flight",)

    def __init__(self, connection_pool_size: int = BOT_API_CONNECTIONS, **kwargs: Any) -> None:
        super().__init__(connection_pool_size=connection_pool_size, **kwargs)
        self._in_flight = asyncio.Semaphore(connection_pool_size)

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        async with self._in_flight:
            return await super().do_request(*args, **kwargs)
