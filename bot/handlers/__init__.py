"""register_handlers: the ONE place where handler order and groups live.

Group -1: the access gate (staff only, button owners, expired buttons) runs on every update.
Group 0: conversations first (each catches its own stray input), then one-shot commands and the
report buttons, then the catch-all for unknown commands and stray messages.
"""

from __future__ import annotations

import logging
from importlib import import_module

from telegram import Update
from telegram.ext import Application, BaseHandler, TypeHandler

from bot.config import Settings
from bot.context import BotContext

LOGGER = logging.getLogger(__name__)

# Module name → its builder, in registration order (group 0).
HANDLER_MODULES: tuple[str, ...] = (
    "approvals",
    "login",
    "send",
    "books",
    "postal",
    "jobs",
    "users",
    "staff",
    "settings",
    "start",
    "reports",
    "send_jobs",
    "company_reports",
    "fallback",
)


def _handlers_of(module_name: str, settings: Settings) -> list[BaseHandler]:
    module = import_module(f"bot.handlers.{module_name}")
    return list(getattr(module, f"build_{module_name}_handlers")(settings))


def register_handlers(application: Application) -> None:
    from bot.handlers.access import build_access_handlers
    from bot.services.staff_names import remember_user

    settings: Settings = application.services.settings  # type: ignore[attr-defined]
    application.add_handler(TypeHandler(Update, remember_user), group=-2)  # staff names
    application.add_handlers(build_access_handlers(), group=-1)
    for name in HANDLER_MODULES:
        application.add_handlers(_handlers_of(name, settings), group=0)
    application.add_error_handler(on_error)


async def on_error(update: object, context: BotContext) -> None:
    """Log the traceback (secrets masked by the log filter); tell the user only that it failed."""
    LOGGER.error("Unhandled error while handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None:
        if update.callback_query is not None:
            try:
                await update.callback_query.answer()
            except Exception:  # already answered or too old: nothing more to do
                LOGGER.debug("callback query could not be answered after an error")
        await update.effective_chat.send_message(context.t("internal-error"))


async def on_startup(application: Application) -> None:
    """post_init: publish the command list, resume follow-ups, start the send-job worker."""
    from bot.handlers.start import publish_commands
    from bot.services import approval_jobs, org_jobs
    from bot.services.job_worker import start_worker
    from bot.services.recovery import resume_after_restart

    await publish_commands(application)
    await resume_after_restart(application)
    approval_jobs.install(application)  # approved requests become jobs
    if application.job_queue is not None:
        org_jobs.schedule(application.job_queue)
    await start_worker(application)
