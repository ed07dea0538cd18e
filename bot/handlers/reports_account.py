"""Account reports (/credit, /packages, /inbox, /history) and the panel access every report uses.

Registered by `bot.handlers.reports.build_reports_handlers`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import Action, on
from bot.context import BotContext
from bot.handlers import org_history
from bot.handlers.common import answer, chat_id, is_private, reply, show, user_id
from bot.panel import PanelClient, PanelError
from bot.services import job_history, staff_names
from bot.services import reports_views as views
from bot.services.reports import HistoryRow, history_rows, parse_bulk_id

T = TypeVar("T")

HISTORY_LIMIT = 10


def action_value(update: Update) -> object:
    """The value of the tapped button's Action, if any."""
    query = update.callback_query
    return query.data.value if query is not None and isinstance(query.data, Action) else None


def bulk_id_value(update: Update) -> int | None:
    """The bulk id a button carries (an int, or a numeric str from the audit trail)."""
    value = action_value(update)
    if isinstance(value, int) and not isinstance(value, bool):
        return value if value > 0 else None
    return parse_bulk_id(value) if isinstance(value, str) else None


async def account(update: Update, context: BotContext) -> PanelClient | None:
    """This chat's panel client; without one, the user is sent to /login."""
    client = await context.panel()
    if client is None:
        await reply(update, context.t("report-login-first"))
    return client


async def ask_panel(
    update: Update, context: BotContext, call: Callable[[PanelClient], Awaitable[T]]
) -> T | None:
    """Run one panel call for this chat; a panel error is shown as its sentence (None)."""
    client = await account(update, context)
    if client is None:
        return None
    try:
        return await call(client)
    except PanelError as error:
        await reply(update, context.panel_error(error))
        return None


async def recent_history(update: Update, context: BotContext) -> list[HistoryRow]:
    records = await context.storage.recent_audits(chat_id(update), limit=HISTORY_LIMIT)
    return history_rows(records)


async def credit(update: Update, context: BotContext) -> None:
    """/credit or the menu: the account credit in rials."""
    await answer(update)
    amount = await ask_panel(update, context, lambda client: client.credit())
    if amount is not None:
        await reply(update, views.credit_text(context.fmt, amount))


async def packages(update: Update, context: BotContext) -> None:
    """/packages or the menu: the packages (`accesslist`) of the account."""
    await answer(update)
    found = await ask_panel(update, context, lambda client: client.packages())
    if found is not None:
        await reply(update, views.packages_text(context.fmt, found))


async def inbox(update: Update, context: BotContext) -> None:
    """/inbox, the menu, or ◀ ▶ on the inbox (edited in place): received messages."""
    await answer(update)
    value = action_value(update)
    page = value if isinstance(value, int) else 0
    messages = await ask_panel(update, context, lambda client: client.inbox())
    if messages is None:
        return
    text, markup = views.inbox_view(context.fmt, messages, page, user_id(update))
    paging = update.callback_query is not None and value is not None
    await (show if paging else reply)(update, text, markup)


async def history(update: Update, context: BotContext) -> None:
    """/history or the menu: this chat's recent sends, one line per job, each with a button to
    its summary. The jobs are the bot's own: they are shown without a panel account too."""
    await answer(update)
    jobs = await context.storage.jobs.recent(chat_id(update), limit=job_history.HISTORY_LIMIT)
    names = await staff_names.names_for(context)
    text, markup = job_history.history_view(context.fmt, jobs, user_id(update), names.display_name)
    if is_private(update):  # the company's sends (admins) or one's own: bot.handlers.org_history
        markup = org_history.with_company_button(context, markup, user_id(update))
    await reply(update, text, markup)


def account_handlers() -> list[BaseHandler]:
    return [
        CommandHandler("credit", credit),
        CallbackQueryHandler(credit, pattern=on("menu.credit")),
        CommandHandler("inbox", inbox),
        CallbackQueryHandler(inbox, pattern=on("menu.inbox", "report.inbox")),
        CommandHandler("packages", packages),
        CallbackQueryHandler(packages, pattern=on("menu.packages")),
        CommandHandler("history", history),
        CallbackQueryHandler(history, pattern=on("menu.history")),
    ]
