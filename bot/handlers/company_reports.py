"""/report for admins, company-wide: today, this week, this month or a typed Jalali range,
with a button for the .xlsx file of every request of that period.

`/report`, `/report week` (هفته), `/report month` (ماه), `/report ۱۴۰۵/۰۹/۰۱ تا ۱۴۰۵/۰۹/۰۷`.
Parse → `bot.services` → render; the spreadsheet is written in a worker thread.
"""

from __future__ import annotations

import asyncio
from datetime import date

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import on
from bot.context import BotContext
from bot.handlers import org_history
from bot.handlers.common import answer, chat_id, reply, send_document, user_id
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

XLSX = "org.report.xlsx"
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
    store = OrgStore.of(context.storage)
    records = await store.send_records(period.start, period.end)
    deliveries = await store.deliveries(r.bulk_id for r in records if r.bulk_id)
    report = aggregate(period, records, deliveries, PART_PRICE_RIALS)
    names, accounts = await _labels(context, store)
    text = report_text(context.fmt, report, names.display_name, accounts.get)
    markup = None
    if records:
        value = (period.kind, period.first_day.isoformat(), period.last_day.isoformat())
        xlsx = button(context.t("org-report-button-xlsx"), XLSX, value, user_id(update))
        markup = InlineKeyboardMarkup([[xlsx]])
    await reply(update, text, markup)


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


def build_company_report_handlers() -> list[BaseHandler]:
    return [
        CommandHandler("report", company_report),
        CallbackQueryHandler(company_report_xlsx, pattern=on(XLSX)),
        *org_history.history_handlers(),  # the company history's pages and filters
    ]


def build_company_reports_handlers(settings: object) -> list[BaseHandler]:
    """The builder the feature registry calls; it replaces the per-chat /report of groups.py."""
    return build_company_report_handlers()
