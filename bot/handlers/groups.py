"""Group chats: /report, today's sends of this chat from the audit trail, counted by state.

The other group commands live with their features and work in any chat: /credit, /status,
/delivery, /history (reports, on the group's own panel account), /staff (staff, which also checks
Telegram's administrator list in groups), /login (login, deep link to private chat). The access
gate refuses non-staff and foreign button taps before any of them runs.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot.config import Settings
from bot.context import BotContext
from bot.handlers.common import chat_id, reply, user_id
from bot.services.chat_admins import may_administer
from bot.services.group_report import DayReport, start_of_today, summarize


def _report_text(context: BotContext, report: DayReport) -> str:
    if not report.states:
        return context.t("groups-report-empty")
    lines = [context.t("groups-report-title", date=context.fmt.date(report.day_start))]
    for item in report.states:
        state = context.t(f"groups-state-{item.state.value}")
        lines.append(
            context.t(
                "groups-report-line",
                state=state,
                count=item.requests,
                recipients=item.recipients,
            )
        )
    lines.append(
        context.t("groups-report-total", count=report.requests, recipients=report.recipients)
    )
    return "\n".join(lines)


async def report(update: Update, context: BotContext) -> None:
    """/report: admins (and, in a group, its administrators) see today's sends of this chat."""
    chat = chat_id(update)
    if not await may_administer(context, chat, user_id(update)):
        await reply(update, context.t("groups-admins-only"))
        return
    since = start_of_today()
    records = await context.storage.audits_since(chat, since)
    await reply(update, _report_text(context, summarize(since, records)))


def build_groups_handlers(settings: Settings) -> list[BaseHandler]:
    return [CommandHandler("report", report)]
