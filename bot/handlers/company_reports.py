"""/report for admins, company-wide: today, this week, this month or a typed Jalali range,
with a button for the .xlsx file of every request of that period.

`/report`, `/report week` (هفته), `/report month` (ماه), `/report ۱۴۰۵/۰۹/۰۱ تا ۱۴۰۵/۰۹/۰۷`.
Parse → `bot.services` → render; the spreadsheet is written in a worker thread.
"""

from __future__ import annotations

import asyncio
from datetime import date

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler

from bot.callbacks import on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers import org_history
from bot.handlers.common import (
    END,
    answer,
    chat_id,
    prompt,
    reply,
    send_document,
    show,
    user_id,
)
from bot.handlers.conversation import TYPED, Step, build_conversation
from bot.handlers.reports_account import action_value
from bot.keyboards import button
from bot.services import staff_names
from bot.services.chat_admins import may_administer
from bot.services.company_report import aggregate
from bot.services.company_report_view import export_xlsx, report_text
from bot.services.report_ranges import Period, RangeError, parse_range, this_month, this_week, today
from bot.services.sending import PART_PRICE_RIALS
from bot.services.shared_accounts import SharedAccounts
from storage.org import OrgStore

XLSX, PERIOD, RANGE_ASK = "org.report.xlsx", "org.report.period", "org.report.range"
RANGE = "org.report.range"
_WORDS = {"week": this_week, "هفته": this_week, "month": this_month, "ماه": this_month}


def period_of(args: list[str]) -> Period:
    """The period the arguments name (none: today); raises RangeError for a bad range."""
    text = " ".join(args).strip()
    if not text or text in ("today", "امروز"):
        return today()
    chosen = _WORDS.get(text.lower())
    return chosen() if chosen else parse_range(text)


async def company_report(update: Update, context: BotContext) -> None:
    """/report [week|month|range]: the company's figures for the period, with an xlsx button."""
    if not await may_administer(context, chat_id(update), user_id(update)):
        await reply(update, context.t("groups-admins-only"))
        return
    try:
        period = period_of(list(context.args or []))
    except RangeError as error:
        await reply(update, context.t(f"org-report-range-error-{error.reason}"))
        return
    await _render(update, context, period)


async def _render(update: Update, context: BotContext, period: Period) -> None:
    """The report of `period`: edited in place after a period button, else a new message."""
    store = OrgStore.of(context.storage)
    records = await store.send_records(period.start, period.end)
    deliveries = await store.deliveries(r.bulk_id for r in records if r.bulk_id)
    report = aggregate(period, records, deliveries, PART_PRICE_RIALS)
    names, accounts = await _labels(context, store)
    text = report_text(context.fmt, report, names.display_name, accounts.get)
    owner = user_id(update)
    keys = [
        [
            button(context.t(f"org-report-button-{kind}"), PERIOD, kind, owner)
            for kind in ("today", "week", "month")
        ],
        [button(context.t("org-report-button-range"), RANGE_ASK, None, owner)],
    ]
    if records:
        value = (period.kind, period.first_day.isoformat(), period.last_day.isoformat())
        keys.insert(0, [button(context.t("org-report-button-xlsx"), XLSX, value, owner)])
    markup = InlineKeyboardMarkup(keys)
    await (show if update.callback_query is not None else reply)(update, text, markup)


async def period_tapped(update: Update, context: BotContext) -> None:
    """«امروز» / «این هفته» / «این ماه» under a report: that period, in place."""
    await answer(update)
    if not await may_administer(context, chat_id(update), user_id(update)):
        return
    chosen = {"today": today, "week": this_week, "month": this_month}.get(str(action_value(update)))
    if chosen is not None:
        await _render(update, context, chosen())


async def ask_range(update: Update, context: BotContext) -> int | str:
    """«بازهٔ دیگر»: two Jalali dates. → RANGE"""
    await answer(update)
    if not await may_administer(context, chat_id(update), user_id(update)):
        return END
    await prompt(update, context, context.t("org-report-ask-range"))
    return RANGE


async def range_typed(update: Update, context: BotContext) -> int | str:
    """A typed range (any digits): the report, or why it cannot be used (the step stays)."""
    try:
        period = parse_range(update.effective_message.text)  # type: ignore[union-attr]
    except RangeError as error:
        await reply(update, context.t(f"org-report-range-error-{error.reason}"))
        return RANGE
    await _render(update, context, period)
    return END


async def company_report_xlsx(update: Update, context: BotContext) -> None:
    """The xlsx button: every request of the report's period as a spreadsheet."""
    await answer(update)
    if not await may_administer(context, chat_id(update), user_id(update)):
        await reply(update, context.t("groups-admins-only"))
        return
    kind, first, last = action_value(update)  # type: ignore[misc]
    period = Period(kind, date.fromisoformat(first), date.fromisoformat(last))
    store = OrgStore.of(context.storage)
    records = await store.send_records(period.start, period.end)
    names, accounts = await _labels(context, store)
    content = await asyncio.to_thread(
        export_xlsx, context.fmt, records, names.display_name, accounts.get, PART_PRICE_RIALS
    )
    filename = f"report-{period.first_day.isoformat()}-{period.last_day.isoformat()}.xlsx"
    await send_document(update, filename, content)


async def _labels(
    context: BotContext, store: OrgStore
) -> tuple[staff_names.StaffNames, dict[str, str]]:
    names = await staff_names.names_for(context)
    sharing = SharedAccounts(context.storage, store, context.services.panels)
    return names, await sharing.names()


def build_company_report_handlers(settings: Settings) -> list[BaseHandler]:
    range_flow = build_conversation(
        "report",
        settings,
        entry_points=[CallbackQueryHandler(ask_range, pattern=on(RANGE_ASK))],
        states={
            RANGE: Step([MessageHandler(TYPED, range_typed)], hint="org-report-range-error-format")
        },
    )
    return [
        range_flow,
        CommandHandler("report", company_report),
        CallbackQueryHandler(period_tapped, pattern=on(PERIOD)),
        CallbackQueryHandler(company_report_xlsx, pattern=on(XLSX)),
        *org_history.history_handlers(),  # the company history's pages and filters
    ]


def build_company_reports_handlers(settings: Settings) -> list[BaseHandler]:
    """The builder the feature registry calls."""
    return build_company_report_handlers(settings)
