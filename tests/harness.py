"""Run a real python-telegram-bot Application against the local Bot API stand-in.

Example::

    async with running_botapi_stub() as stub:
        app = stub_builder(stub).build()
        app.add_handler(CommandHandler("start", start))
        user = stub.add_user(1001, "Sara", "sara")
        async with run_application(app):
            await stub.send_text(user, "/start")
            reply = await stub.wait_for_message(user.user_id)

``run_application`` mirrors ``Application.run_polling`` (post_init, polling, post_stop,
post_shutdown) without touching signals or the event loop, and always stops within a bound.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from telegram.ext import Application, ApplicationBuilder, ContextTypes

from bot.botapi_stub import BotApiStub

POLL_TIMEOUT = 10  # seconds a getUpdates may wait; a queued update answers it at once


def stub_builder(stub: BotApiStub) -> ApplicationBuilder:
    """An ApplicationBuilder already pointed at the stand-in (token, base_url, base_file_url)."""
    return (
        ApplicationBuilder()
        .token(stub.token)
        .base_url(stub.base_url)
        .base_file_url(stub.base_file_url)
    )


@asynccontextmanager
async def run_application(
    app: Application[Any, Any, Any, Any, Any, Any],
    *,
    stop_timeout: float = 5.0,
    poll_timeout: int = POLL_TIMEOUT,
) -> AsyncIterator[Application[Any, Any, Any, Any, Any, Any]]:
    """Initialize, start and poll ``app``; on exit stop and shut it down within ``stop_timeout``.

    Errors in initialize (e.g. InvalidToken) propagate before the block runs.
    """
    await app.initialize()
    try:
        if app.post_init:
            await app.post_init(app)
        await app.start()
        assert app.updater is not None, "build the application with an updater"
        await app.updater.start_polling(
            poll_interval=0, timeout=poll_timeout, drop_pending_updates=False
        )
        yield app
    finally:
        async with asyncio.timeout(stop_timeout):
            await _stop(app)


async def _stop(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
        if app.post_stop:
            await app.post_stop(app)
    await app.shutdown()
    if app.post_shutdown:
        await app.post_shutdown(app)


def record_errors(app: Application[Any, Any, Any, Any, Any, Any]) -> list[BaseException]:
    """Collect every exception a handler raised (the list fills while the app runs)."""
    errors: list[BaseException] = []

    async def _collect(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        if context.error is not None:
            errors.append(context.error)

    app.add_error_handler(_collect)
    return errors
