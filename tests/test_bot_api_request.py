"""The Bot API client lets a bounded number of requests into httpx, and that many in parallel."""

from __future__ import annotations

import asyncio
import contextlib

from aiohttp import web

from bot.bot_api_request import BOT_API_CONNECTIONS, BoundedHTTPXRequest

WAIT = 5.0


async def test_at_most_the_bound_is_in_flight_and_the_bound_is_reached():
    inside = 0
    most = 0
    full = asyncio.Event()

    async def handle(_: web.Request) -> web.Response:
        nonlocal inside, most
        inside += 1
        most = max(most, inside)
        if inside >= BOT_API_CONNECTIONS:
            full.set()
        with contextlib.suppress(TimeoutError):  # hold every request until the bound is reached
            await asyncio.wait_for(full.wait(), WAIT)
        inside -= 1
        return web.json_response({"ok": True, "result": True})

    app = web.Application()
    app.router.add_post("/bot/method", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}/bot/method"
    request = BoundedHTTPXRequest()
    await request.initialize()
    try:
        answers = await asyncio.wait_for(
            asyncio.gather(
                *(request.do_request(url, "POST") for _ in range(3 * BOT_API_CONNECTIONS))
            ),
            3 * WAIT,
        )
    finally:
        await request.shutdown()
        await runner.cleanup()

    assert [status for status, _ in answers] == [200] * (3 * BOT_API_CONNECTIONS)
    assert most == BOT_API_CONNECTIONS
