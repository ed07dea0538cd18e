"""«ارسال دوباره به ناموفق‌ها» on a job's delivery report: a new preview (same text and line)
to exactly the numbers the panel says did not receive it; the normal preview's Send confirms.

Parse, call :mod:`bot.services.resend_failed`, render with the shared preview. Its conversation
holds only the preview states (feature `resend` in bot.features).
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callbacks import on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers import preview_retry
from bot.handlers.common import END, answer, chat_id, reply, user_id
from bot.handlers.conversation import build_conversation
from bot.handlers.preview import preview_states, show_preview
from bot.handlers.reports_account import account, action_value
from bot.keyboards import button
from bot.services import resend_failed

RESEND_ACTION = "job.resend_failed"


async def resend(update: Update, context: BotContext) -> object:
    await answer(update, context.t("please-wait"))
    job_id = action_value(update)
    job = await context.storage.jobs.get(job_id) if isinstance(job_id, int) else None
    if job is None or job.chat_id != chat_id(update):
        return END
    panel = await account(update, context)
    if panel is None:
        return END
    offer = await resend_failed.offer(panel, context.storage, job)
    notice = "\n".join(_notice_lines(context, offer.selection))
    if offer.draft is None:
        await reply(update, notice)
        return END
    return await show_preview(update, context, offer.draft, notice=notice)


def _notice_lines(context: BotContext, selection: resend_failed.ResendSelection) -> list[str]:
    lines = [
        context.t("resend-summary", count=len(selection.resend))
        if selection.resend
        else context.t("resend-none")
    ]
    for key, count in (
        ("resend-in-progress", selection.in_progress),
        ("resend-blacklisted", len(selection.blacklisted)),
        ("resend-unknown", len(selection.unknown)),
        ("resend-unknown-batches", selection.unknown_batches),
    ):
        if count:
            lines.append(context.t(key, count=count))
    return lines


async def with_resend_button(
    update: Update, context: BotContext, bulk_id: str, markup: InlineKeyboardMarkup | None
) -> InlineKeyboardMarkup | None:
    """`markup` with «ارسال دوباره به ناموفق‌ها» when the bulk is one of this chat's list jobs."""
    job_id = await context.storage.jobs.list_job_of_bulk(bulk_id, chat_id(update))
    if job_id is None:
        return markup
    row = [button(context.t("resend-button"), RESEND_ACTION, job_id, user_id(update))]
    rows = list(markup.inline_keyboard) if markup is not None else []
    return InlineKeyboardMarkup([*rows, row])


def build_resend_handlers(settings: Settings) -> list[BaseHandler]:
    return [
        build_conversation(
            "resend",
            settings,
            entry_points=[
                CallbackQueryHandler(resend, pattern=on(RESEND_ACTION)),
                *preview_retry.entry_points(),
            ],
            states=preview_states(),
        )
    ]
