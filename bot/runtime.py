"""Start and stop everything the bot needs, in order: panel (or the fake), storage, Application."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager, suppress
from typing import TYPE_CHECKING

from telegram.ext import ContextTypes

from bot.app import build_application
from bot.config import Settings
from bot.context import BotContext, PanelApplication, Services
from bot.i18n import I18n
from bot.services.panels import PanelProvider, PanelSettings

if TYPE_CHECKING:
    from storage import Storage

LOGGER = logging.getLogger(__name__)


@asynccontextmanager
async def running_bot(
    settings: Settings,
    *,
    base_url: str | None = None,
    base_file_url: str | None = None,
    poll_interval: float = 0.0,
    poll_timeout: int = 10,
    strict_i18n: bool = False,
    concurrent_updates: bool = True,
) -> AsyncIterator[PanelApplication]:
    """Open every service, start polling, and yield the running Application."""
    from bot.logging_setup import SECRETS
    from bot.panel.fake import running_fake_panel
    from storage import Storage
    from storage.persistence import DatabasePersistence

    SECRETS.add(settings.telegram_bot_token)
    async with AsyncExitStack() as stack:
        panel_url = settings.panel_url
        extras: dict[str, object] = {}
        if settings.uses_fake_panel:
            fake = await stack.enter_async_context(running_fake_panel())
            panel_url, extras["fake_panel"] = fake.url, fake
            LOGGER.info("Fake panel serving at %s (account demo / demo)", fake.url)
        storage = await Storage.open(
            settings.database_url, settings.secret_keys, settings.admin_ids
        )
        stack.push_async_callback(storage.close)
        await stack.enter_async_context(_heartbeat(storage))
        panels = PanelProvider(
            PanelSettings(
                panel_url,
                settings.panel_connect_timeout,
                settings.panel_read_timeout,
                proxy=settings.panel_proxy_url,
            )
        )
        services = Services(
            settings, I18n.load(default_locale=settings.locale, strict=strict_i18n), storage, panels
        )
        services.extras.update(extras)
        application = build_application(
            services,
            token=settings.telegram_bot_token or "",
            persistence=DatabasePersistence(
                settings.database_url,
                settings.secret_keys,
                update_interval=5,
                context_types=ContextTypes(context=BotContext),
            ),
            base_url=base_url or settings.telegram_api_base_url,
            base_file_url=base_file_url,
            concurrent_updates=concurrent_updates,
            rate_limit=settings.telegram_flood_control,
            proxy_url=settings.telegram_proxy_url,
        )
        async with _started(application, poll_interval, poll_timeout):
            yield application


@asynccontextmanager
async def _heartbeat(storage: Storage) -> AsyncIterator[None]:
    """Tell the database a bot runs here (rotate-keys refuses meanwhile), until the block ends."""
    from storage.heartbeat import BEAT_SECONDS

    instance = f"pid {os.getpid()} on {socket.gethostname()}"[:128]
    await storage.beat(instance)

    async def keep_beating() -> None:
        while True:
            await asyncio.sleep(BEAT_SECONDS)
            try:
                await storage.beat(instance)
            except Exception:  # a database hiccup must not stop the bot; the next beat retries
                LOGGER.warning("Could not refresh the heartbeat row", exc_info=True)

    task = asyncio.create_task(keep_beating(), name="panelbot-heartbeat")
    try:
        yield
    finally:
        task.cancel()
        with suppress(asyncio.CancelledError):
            await task
        with suppress(Exception):
            await storage.stop_beating(instance)


@asynccontextmanager
async def _started(
    application: PanelApplication, poll_interval: float, poll_timeout: int
) -> AsyncIterator[None]:
    """What Application.run_polling does, minus owning the event loop and signals."""
    await application.initialize()
    try:
        if application.post_init:
            await application.post_init(application)
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(
            poll_interval=poll_interval, timeout=poll_timeout, drop_pending_updates=False
        )
        yield
    finally:
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
        await application.shutdown()
        if application.post_shutdown:
            await application.post_shutdown(application)


def run_bot(settings: Settings) -> None:
    """`panelbot run`: serve until Ctrl-C or SIGTERM, then stop cleanly."""
    from bot.logging_setup import configure_logging

    configure_logging(settings.log_level)
    asyncio.run(_serve(settings))


async def _serve(settings: Settings) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    if os.name == "posix":  # the event loop takes signal handlers only there
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
    async with running_bot(settings) as application:
        LOGGER.info("panelbot is running as @%s. Ctrl-C to stop.", application.bot.username)
        await stop.wait()
    LOGGER.info("panelbot stopped.")
