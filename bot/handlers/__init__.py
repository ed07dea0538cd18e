"""register_handlers: the ONE place where handler order and groups live.

Group -1: the access gate (staff only, one permission rule for commands, buttons and callbacks,
button owners, expired buttons) runs on every update.
Groups 1…n: one flow (ConversationHandler) each, in the registry's order, so that a command which
leaves one flow still reaches its own feature (bot.handlers.conversation).
Group n+1: stop what a flow's entry point took (the flows after it had to see it, to leave).
Group n+2: the one-shot commands and buttons of every feature, then the fallback for unknown
commands, stray messages and buttons of finished flows.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import Application, BaseHandler, ConversationHandler, TypeHandler

from bot.config import Settings
from bot.context import BotContext
from bot.handlers.conversation import stop_if_taken

LOGGER = logging.getLogger(__name__)
GATE_GROUP = -1


def _all_handlers(settings: Settings) -> list[BaseHandler]:
    from bot.features import builders
    from bot.handlers.fallback import build_fallback_handlers

    handlers = [handler for build in builders() for handler in build(settings)]
    return [*handlers, *build_fallback_handlers(settings)]


def register_handlers(application: Application) -> None:
    from bot.handlers.access import build_access_handlers
    from bot.services.staff_names import remember_user

    settings: Settings = application.services.settings  # type: ignore[attr-defined]
    application.add_handler(TypeHandler(Update, remember_user), group=GATE_GROUP - 1)  # names
    application.add_handlers(build_access_handlers(), group=GATE_GROUP)
    handlers = _all_handlers(settings)
    flows = [handler for handler in handlers if isinstance(handler, ConversationHandler)]
    for group, flow in enumerate(flows, start=1):
        application.add_handler(flow, group=group)
    application.add_handler(TypeHandler(Update, stop_if_taken), group=len(flows) + 1)
    one_shots = [handler for handler in handlers if not isinstance(handler, ConversationHandler)]
    application.add_handlers(one_shots, group=len(flows) + 2)
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
    from bot.services.scheduler import start_scheduler

    await publish_commands(application)
    await tell_reset_flows(application)
    await resume_after_restart(application)
    approval_jobs.install(application)  # approved requests become jobs
    if application.job_queue is not None:
        org_jobs.schedule(application.job_queue)
    await start_worker(application)
    await start_scheduler(application)


async def tell_reset_flows(application: Application) -> None:
    """Flow records of another version or shape, and entries the persistence could not read,
    were dropped: tell those chats their unfinished flow was reset."""
    from telegram.error import TelegramError

    from bot.handlers.flow_store import check_records, drop_legacy

    chats = {chat for chat, data in application.chat_data.items() if check_records(data)}
    chats |= {user for user, data in application.user_data.items() if drop_legacy(data)}
    dropped = getattr(application.persistence, "dropped", {})
    chats |= dropped.get("chat", set()) | dropped.get("user", set())
    i18n, settings = application.services.i18n, application.services.settings  # type: ignore[attr-defined]
    for chat in sorted(chats):
        LOGGER.warning("Told a chat that its unfinished flow was reset")
        locale = application.chat_data.get(chat, {}).get("locale") or settings.locale
        try:
            await application.bot.send_message(chat, i18n.t("flow-reset", locale=locale))
        except TelegramError:
            LOGGER.info("Could not tell a chat that its flow was reset", exc_info=True)
