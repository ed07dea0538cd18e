"""build_application: the one place an Application is assembled."""

from __future__ import annotations

from telegram.ext import AIORateLimiter, ApplicationBuilder, BasePersistence, ContextTypes, Defaults

from bot.bot_api_request import BoundedHTTPXRequest
from bot.context import BotContext, PanelApplication, Services
from bot.update_processor import PerChatUserUpdateProcessor


def build_application(
    services: Services,
    *,
    token: str,
    persistence: BasePersistence | None = None,
    base_url: str | None = None,
    base_file_url: str | None = None,
    concurrent_updates: bool = True,
    rate_limit: bool = False,
) -> PanelApplication:
    """Assemble the bot: context types, persistence, update processor and every handler."""
    from bot.handlers import register_handlers

    builder = (
        ApplicationBuilder()
        .application_class(PanelApplication, kwargs={"services": services})
        .token(token)
        .request(BoundedHTTPXRequest())
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
    if rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=2))
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

    await stop_worker(application)
    await application.services.panels.aclose()
