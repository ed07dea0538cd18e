"""build_application: the one place an Application is assembled."""

from __future__ import annotations

from telegram.ext import ApplicationBuilder, BasePersistence, ContextTypes, Defaults
from telegram.request import HTTPXRequest

from bot.bot_api_request import BoundedHTTPXRequest
from bot.context import BotContext, PanelApplication, Services
from bot.flood_control import FloodControl
from bot.update_processor import PerChatUserUpdateProcessor

FLOOD_RETRIES = 3  # a request answered 429 is retried after its retry_after, this many times


def build_application(
    services: Services,
    *,
    token: str,
    persistence: BasePersistence | None = None,
    base_url: str | None = None,
    base_file_url: str | None = None,
    concurrent_updates: bool = True,
    rate_limit: bool = True,
    proxy_url: str | None = None,
) -> PanelApplication:
    """Assemble the bot: context types, persistence, update processor and every handler.

    `proxy_url` carries every Bot API request (getUpdates and file downloads included);
    `rate_limit`: flood control (bot.flood_control) throttles what the bot pushes to Telegram's
    limits, sends direct answers at once, and waits out every 429's retry_after.
    """
    from bot.handlers import register_handlers

    builder = (
        ApplicationBuilder()
        .application_class(PanelApplication, kwargs={"services": services})
        .token(token)
        .request(BoundedHTTPXRequest(proxy=proxy_url))
        .context_types(ContextTypes(context=BotContext))
        .defaults(Defaults(block=True, allow_sending_without_reply=True))
        .arbitrary_callback_data(512)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if base_url:
        builder = builder.base_url(base_url)
        builder = builder.base_file_url(base_file_url or _file_url(base_url))
    if persistence is not None:
        builder = builder.persistence(persistence)
    if concurrent_updates:
        builder = builder.concurrent_updates(PerChatUserUpdateProcessor())
    if proxy_url:  # the request above carries every other call (file downloads included)
        builder = builder.get_updates_request(HTTPXRequest(connection_pool_size=1, proxy=proxy_url))
    if rate_limit:
        builder = builder.rate_limiter(FloodControl(max_retries=FLOOD_RETRIES))
    application = builder.build()
    register_handlers(application)
    return application  # type: ignore[return-value]


def _file_url(base_url: str) -> str:
    """`http://host:port/bot` → `http://host:port/file/bot` (the Bot API's file route)."""
    head, _, tail = base_url.rstrip("/").rpartition("/")
    return f"{head}/file/{tail}"


async def _post_init(application: PanelApplication) -> None:  # type: ignore[type-arg]
    from bot.handlers import on_startup

    await on_startup(application)


async def _post_shutdown(application: PanelApplication) -> None:  # type: ignore[type-arg]
    from bot.services.job_worker import stop_worker
    from bot.services.scheduler import stop_scheduler

    await stop_scheduler(application)
    await stop_worker(application)
    await application.services.panels.aclose()
