"""/jobs: a job (paged, or filtered by typing) → tick its trends → count → message → the shared
preview and send. Back steps through every choice."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callbacks import Action, on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers.common import END, answer, prompt, show, user_id
from bot.handlers.list_steps import ListActions, ListKeys, PagedList
from bot.handlers.target_steps import (
    CountedKeys,
    build_target_conversation,
    buttons_step,
    chat_panel,
    count_screen,
    counted_text_to_preview,
    text_step,
    with_back,
)
from bot.keyboards import multi_select
from bot.panel import PanelError
from bot.services.sending import SendDraft
from bot.services.targets import JobsSelection, count_jobs, load_jobs
from storage import OperationKind

JOB, TRENDS, TEXT = "jobs.job", "jobs.trends", "jobs.text"
PER_PAGE = 8
TEXT_KEYS = CountedKeys(
    ask="jobs-ask-text",
    empty="jobs-count-empty",
    no_account="jobs-no-account",
    no_sender="jobs-no-sender",
)

Screen = tuple[str, InlineKeyboardMarkup]

JOB_LIST = PagedList(
    kind=JobsSelection,
    state=JOB,
    load=load_jobs,
    options=lambda context, selection: [(job.id, job.title) for job in selection.shown_jobs],
    searchable=lambda selection: selection.jobs,
    actions=ListActions(choose="jobs.job", page="jobs.page", show_all="jobs.all_jobs"),
    keys=ListKeys(
        title="jobs-choose-job",
        filtered="jobs-filtered",
        show_all="jobs-show-all",
        no_match="jobs-no-match",
        hint="jobs-hint-job",
        lost="jobs-lost",
        no_account="jobs-no-account",
    ),
    per_page=PER_PAGE,
)


# --- screens -------------------------------------------------------------------------------


def _trends_screen(
    context: BotContext, selection: JobsSelection, owner: int, warning: str | None = None
) -> Screen:
    assert selection.job is not None
    markup = multi_select(
        [(trend.id, trend.title) for trend in selection.trends],
        selection.selected,
        toggle="jobs.toggle",
        page_action="jobs.trend_page",
        page=selection.trend_page,
        per_page=PER_PAGE,
        t=context.t,
        owner=owner,
        done="jobs.done",
        all_none=("jobs.all", "jobs.none"),
    )
    lines = [warning] if warning else []
    lines += [
        context.t("jobs-choose-trends", job=selection.job.title),
        context.t("selected-count", count=len(selection.selected)),
    ]
    return "\n\n".join(lines), with_back(context, markup, "jobs.back_to_job", owner)


def trends_in_words(context: BotContext, selection: JobsSelection) -> str:
    """ "Job: trend، trend" — the target as the preview and the audit trail show it."""
    assert selection.job is not None
    trends = context.t("jobs-list-separator").join(trend.title for trend in selection.chosen)
    return context.t("jobs-target", job=selection.job.title, trends=trends)


def _count_screen(context: BotContext, selection: JobsSelection, owner: int) -> Screen:
    summary = context.t(
        "jobs-count", target=trends_in_words(context, selection), count=selection.count or 0
    )
    return count_screen(context, summary, selection.count, TEXT_KEYS, "jobs.back_to_trends", owner)


# --- steps ---------------------------------------------------------------------------------


async def job_tapped(update: Update, context: BotContext) -> str | int:
    """A job: load its trends and show them to tick."""
    await answer(update)
    selection = JOB_LIST.current(context)
    if selection is None:
        return await JOB_LIST.lost(update, context)
    job = selection.job_by_id(int(update.callback_query.data.value))
    panel = await chat_panel(update, context, "jobs-no-account")
    if panel is None:
        return END
    if job is None:
        return await JOB_LIST.show(update, context, selection)
    try:
        trends = await panel.job_trends(job.id)
    except PanelError as error:
        return await JOB_LIST.show(update, context, selection, context.panel_error(error))
    if not trends:
        note = context.t("jobs-no-trends", job=job.title)
        return await JOB_LIST.show(update, context, selection, note)
    selection.choose_job(job, trends)
    await show(update, *_trends_screen(context, selection, user_id(update)))
    return TRENDS


async def change_trends(update: Update, context: BotContext) -> str | int:
    """A tick, select all / none or a page turn: redraw the trends in place."""
    await answer(update)
    selection = JOB_LIST.current(context)
    if selection is None or selection.job is None:
        return await JOB_LIST.lost(update, context)
    action: Action = update.callback_query.data
    if action.name == "jobs.toggle":
        selection.toggle(int(action.value))
    elif action.name == "jobs.all":
        selection.select_all()
    elif action.name == "jobs.none":
        selection.select_none()
    else:
        selection.trend_page = int(action.value)
    await show(update, *_trends_screen(context, selection, user_id(update)))
    return TRENDS


async def trends_done(update: Update, context: BotContext) -> str | int:
    """Done: refuse an empty choice, else ask the panel for the count and show it."""
    await answer(update)
    selection = JOB_LIST.current(context)
    if selection is None or selection.job is None:
        return await JOB_LIST.lost(update, context)
    owner = user_id(update)
    if not selection.selected:
        warning = context.t("jobs-none-chosen")
        await show(update, *_trends_screen(context, selection, owner, warning))
        return TRENDS
    panel = await chat_panel(update, context, "jobs-no-account")
    if panel is None:
        return END
    try:
        await count_jobs(panel, selection)
    except PanelError as error:
        await show(update, *_trends_screen(context, selection, owner, context.panel_error(error)))
        return TRENDS
    await prompt(update, context, *_count_screen(context, selection, owner))
    return TEXT


async def back(update: Update, context: BotContext) -> str | int:
    """Back: the previous choice, with what was chosen kept."""
    await answer(update)
    selection = JOB_LIST.current(context)
    if selection is None:
        return await JOB_LIST.lost(update, context)
    owner = user_id(update)
    if update.callback_query.data.name == "jobs.back_to_job" or selection.job is None:
        return await JOB_LIST.show(update, context, selection)
    await show(update, *_trends_screen(context, selection, owner))
    return TRENDS


async def text_typed(update: Update, context: BotContext) -> str | int | None:
    """The message: hand the draft to the shared preview."""
    selection = JOB_LIST.current(context)
    if selection is None:
        return await JOB_LIST.lost(update, context)

    def draft(sender: str) -> SendDraft:
        assert selection is not None and selection.job is not None
        return SendDraft(
            OperationKind.JOBS,
            sender=sender,
            job_id=selection.job.id,
            trend_ids=selection.chosen_ids,
            target=trends_in_words(context, selection),
            estimated_count=selection.count,
        )

    return await counted_text_to_preview(update, context, selection.count, TEXT_KEYS, draft)


def build_jobs_handlers(settings: Settings) -> list[BaseHandler]:
    states = {
        JOB: JOB_LIST.step(job_tapped),
        TRENDS: buttons_step(
            CallbackQueryHandler(
                change_trends,
                pattern=on("jobs.toggle", "jobs.all", "jobs.none", "jobs.trend_page"),
            ),
            CallbackQueryHandler(trends_done, pattern=on("jobs.done")),
            CallbackQueryHandler(back, pattern=on("jobs.back_to_job")),
        ),
        TEXT: text_step(text_typed, back, "jobs.back_to_trends"),
    }
    return [build_target_conversation("jobs", settings, JOB_LIST.start, states)]
