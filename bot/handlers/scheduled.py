"""/scheduled: pending scheduled sends, each with cancel, change time and «ارسال فوری».

Admins see every pending send, operators their own. Parse, call
:mod:`bot.services.scheduled_sends` / the scheduler, render. Changing the time is a small
conversation (typed Jalali time or a quick choice, via :mod:`bot.services.schedule_time`).
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler

from bot.callbacks import on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers import scheduled_render as render
from bot.handlers.access import is_admin
from bot.handlers.common import END, answer, reply, show, user_id
from bot.handlers.conversation import TYPED, Step, build_conversation
from bot.handlers.reports_account import action_value
from bot.handlers.schedule_render import (
    AT_ACTION,
    OTHER_ACTION,
    QUICK_ACTION,
    answer_to,
    ask_when,
    from_epoch,
)
from bot.services import scheduled_sends
from bot.services.schedule_time import (
    QuickChoice,
    ScheduleResult,
    check_quick_choice,
    check_time,
    parse_schedule_time,
)
from bot.services.scheduler import Started, scheduler_of
from bot.services.staff_names import names_for
from storage import JobRecord

CHANGE_TIME = "scheduled.time"
JOB_KEY = "scheduled_job"
_STARTED_KEYS = {Started.STARTED: "scheduled-started-now", Started.NO_CREDIT: None}


async def list_scheduled(update: Update, context: BotContext, *, page: int = 0) -> None:
    """/scheduled: one paged message; a pending send's number opens it with its buttons."""
    me = user_id(update)
    jobs = await scheduled_sends.pending_for(
        context.storage, user_id=me, is_admin=await is_admin(context, me)
    )
    if not jobs:
        await show(update, context.t("scheduled-empty"))
        return
    names = await names_for(context)
    more = len(jobs) >= scheduled_sends.LISTED_AT_MOST
    await show(update, *render.list_view(context.fmt, jobs, page, me, names, more=more))


async def list_page(update: Update, context: BotContext) -> None:
    await answer(update)
    page = action_value(update)
    await list_scheduled(update, context, page=page if isinstance(page, int) else 0)


async def open_one(update: Update, context: BotContext) -> None:
    """A pending send's number tapped: that send alone, with cancel, change time, send now."""
    await answer(update)
    job = await _tapped_job(update, context, action_value(update))
    if job is None:
        await reply(update, context.t("scheduled-gone"))
        return
    names = await names_for(context)
    await reply(update, *render.item_view(context.fmt, job, user_id(update), names))


async def _tapped_job(update: Update, context: BotContext, job_id: object) -> JobRecord | None:
    if not isinstance(job_id, int):
        return None
    me = user_id(update)
    return await scheduled_sends.manageable(
        context.storage, job_id, user_id=me, is_admin=await is_admin(context, me)
    )


async def cancel_one(update: Update, context: BotContext) -> None:
    await answer(update)
    job = await _tapped_job(update, context, action_value(update))
    if job is None or not await scheduled_sends.cancel(context.storage, job):
        await show(update, context.t("scheduled-gone"))
        return
    await show(update, context.t("scheduled-cancelled", when=job.due_at))


async def send_now(update: Update, context: BotContext) -> None:
    """«ارسال فوری»: the same start as at its time (credit checked, claimed once)."""
    await answer(update)
    job = await _tapped_job(update, context, action_value(update))
    started = Started.GONE
    if job is not None:
        started = await scheduler_of(context.application).start_job(job.id)
    key = _STARTED_KEYS.get(started, "scheduled-gone")
    if key is not None:  # no credit: the chat was told by the scheduler
        await show(update, context.t(key))


async def ask_time(update: Update, context: BotContext) -> str:
    """«تغییر زمان»: ask the new time (typed, or a quick choice)."""
    await answer(update)
    job = await _tapped_job(update, context, action_value(update))
    if job is None or context.user_data is None:
        await show(update, context.t("scheduled-gone"))
        return END  # type: ignore[return-value]
    context.user_data[JOB_KEY] = job.id
    text, markup = ask_when(context.t, context.services.clock(), user_id(update))
    await reply(update, text, markup)
    return CHANGE_TIME


async def typed_time(update: Update, context: BotContext) -> object:
    message = update.effective_message
    now = context.services.clock()
    return await _use(update, context, parse_schedule_time(message.text or "", now=now))


async def quick_time(update: Update, context: BotContext) -> object:
    await answer(update)
    choice = QuickChoice(str(action_value(update)))
    return await _use(update, context, check_quick_choice(choice, now=context.services.clock()))


async def next_allowed_time(update: Update, context: BotContext) -> object:
    await answer(update)
    moment = from_epoch(int(action_value(update)))  # type: ignore[arg-type]
    return await _use(update, context, check_time(moment, now=context.services.clock()))


async def other_time(update: Update, context: BotContext) -> str:
    await answer(update)
    text, markup = ask_when(context.t, context.services.clock(), user_id(update))
    await reply(update, text, markup)
    return CHANGE_TIME


async def _use(update: Update, context: BotContext, result: ScheduleResult) -> object:
    """Refused or outside the hours: say so and stay; else move the job and end."""
    said = answer_to(context.t, result, user_id(update))
    if said is not None:
        await reply(update, *said)
        return CHANGE_TIME
    job_id = (context.user_data or {}).pop(JOB_KEY, None)
    job = await _tapped_job(update, context, job_id)
    outcome = None
    if job is not None:
        outcome = await scheduled_sends.change_time(
            context.storage,
            job,
            result.at,
            now=context.services.clock(),  # type: ignore[union-attr]
        )
    if isinstance(outcome, scheduled_sends.Scheduled):
        scheduler_of(context.application).wake()
        await reply(update, context.t("scheduled-time-changed", when=outcome.at))
    else:
        await reply(update, context.t("scheduled-gone"))
    return END


def build_scheduled_handlers(settings: Settings) -> list[BaseHandler]:
    change = build_conversation(
        "scheduled",
        settings,
        entry_points=[CallbackQueryHandler(ask_time, pattern=on("scheduled.change"))],
        states={
            CHANGE_TIME: Step(
                [
                    MessageHandler(TYPED, typed_time),
                    CallbackQueryHandler(quick_time, pattern=on(QUICK_ACTION)),
                    CallbackQueryHandler(next_allowed_time, pattern=on(AT_ACTION)),
                    CallbackQueryHandler(other_time, pattern=on(OTHER_ACTION)),
                ],
                hint="schedule-hint",
            )
        },
    )
    return [
        change,
        CommandHandler("scheduled", list_scheduled),
        CallbackQueryHandler(list_page, pattern=on("scheduled.page")),
        CallbackQueryHandler(open_one, pattern=on("scheduled.open")),
        CallbackQueryHandler(cancel_one, pattern=on("scheduled.cancel")),
        CallbackQueryHandler(send_now, pattern=on("scheduled.now")),
    ]
