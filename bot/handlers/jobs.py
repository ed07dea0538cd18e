"""/jobs: a job (paged, or filtered by typing) → tick its trends → count → more jobs if wanted
→ the summed count and the sender line → message → the shared preview and send.

One send: a panel request per job (with its trends), each a batch of the same job. Back steps
through every choice.
"""

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
    empty_screen,
    line_callbacks,
    line_screen,
    line_step,
    text_step,
    text_to_preview,
    with_back,
)
from bot.keyboards import button, multi_select
from bot.panel import PanelError
from bot.services.sending import SendDraft
from bot.services.targets import MAX_JOBS, JobPick, JobsSelection, count_job, load_jobs
from storage import OperationKind

JOB, TRENDS, SENDER, TEXT = "jobs.job", "jobs.trends", "jobs.sender", "jobs.text"
BACK_TO_TRENDS, BACK_TO_LINES = "jobs.back_to_trends", "jobs.back_to_lines"
PER_PAGE = 8
TEXT_KEYS = CountedKeys(ask="jobs-ask-text", empty="jobs-count-empty", no_account="jobs-no-account")

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
    summary=lambda context, selection: _chosen_jobs(context, selection),
)


def _chosen_jobs(context: BotContext, selection: JobsSelection) -> str | None:
    if not selection.picks:
        return None
    titles = context.t("targets-list-separator").join(p.job.title for p in selection.picks)
    return context.t("targets-jobs-chosen", jobs=titles)


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


def _pick_words(context: BotContext, pick: JobPick) -> str:
    trends = context.t("jobs-list-separator").join(trend.title for trend in pick.trends)
    return context.t("jobs-target", job=pick.job.title, trends=trends)


def trends_in_words(context: BotContext, selection: JobsSelection) -> str:
    """ "Job: trend، trend؛ job: trend" — the target as the preview and the audit trail show it."""
    separator = context.t("targets-jobs-separator")
    return separator.join(_pick_words(context, pick) for pick in selection.picks)


def _count_summary(context: BotContext, selection: JobsSelection) -> str:
    lines = [
        context.t("jobs-count", target=trends_in_words(context, selection), count=selection.total)
    ]
    if len(selection.picks) > 1:
        lines += [
            context.t("targets-pick-count", target=pick.job.title, count=pick.count)
            for pick in selection.picks
        ]
    return "\n".join(lines)


async def _show_lines(update: Update, context: BotContext, selection: JobsSelection) -> str:
    """The summed count with the sender-line step (or "nothing to send to")."""
    owner = user_id(update)
    summary = _count_summary(context, selection)
    extra = []
    if not selection.full:
        extra.append([button(context.t("targets-button-add-job"), "jobs.add", None, owner)])
    if not selection.total:
        text, markup = empty_screen(context, summary, TEXT_KEYS, BACK_TO_TRENDS, owner)
        markup = InlineKeyboardMarkup([*extra, *markup.inline_keyboard])
        await prompt(update, context, text, markup)
        return SENDER
    screen = await line_screen(update, context, summary, "jobs.sender", extra, BACK_TO_TRENDS)
    await prompt(update, context, *screen)
    return SENDER


# --- steps ---------------------------------------------------------------------------------


async def job_tapped(update: Update, context: BotContext) -> str | int:
    """A job: load its trends and show them to tick (those chosen before stay ticked)."""
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
    if selection.full and selection.picked(job.id) is None:
        note = context.t("targets-too-many-jobs", limit=MAX_JOBS)
        return await JOB_LIST.show(update, context, selection, note)
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
    """Done: refuse an empty choice, else count the job's trends and show every job's sum."""
    await answer(update)
    selection = JOB_LIST.current(context)
    if selection is None or selection.job is None:
        return await JOB_LIST.lost(update, context)
    owner = user_id(update)
    if not selection.selected and selection.drop_job():
        return await _show_lines(update, context, selection)
    if not selection.selected:
        warning = context.t("jobs-none-chosen")
        await show(update, *_trends_screen(context, selection, owner, warning))
        return TRENDS
    panel = await chat_panel(update, context, "jobs-no-account")
    if panel is None:
        return END
    try:
        await count_job(panel, selection)
    except PanelError as error:
        await show(update, *_trends_screen(context, selection, owner, context.panel_error(error)))
        return TRENDS
    return await _show_lines(update, context, selection)


async def add_job(update: Update, context: BotContext) -> str | int:
    """«افزودن شغل دیگر»: the list of jobs again, the chosen ones kept."""
    await answer(update)
    selection = JOB_LIST.current(context)
    if selection is None:
        return await JOB_LIST.lost(update, context)
    return await JOB_LIST.show(update, context, selection)


line_tapped, line_typed = line_callbacks(
    JOB_LIST,
    TEXT_KEYS,
    lambda selection: selection.total > 0,
    stay=SENDER,
    back=BACK_TO_LINES,
    then=TEXT,
)


async def back(update: Update, context: BotContext) -> str | int:
    """Back: the previous choice, with what was chosen kept."""
    await answer(update)
    selection = JOB_LIST.current(context)
    if selection is None:
        return await JOB_LIST.lost(update, context)
    name = update.callback_query.data.name
    if name == BACK_TO_LINES and selection.picks:
        return await _show_lines(update, context, selection)
    if name == "jobs.back_to_job" or selection.job is None:
        return await JOB_LIST.show(update, context, selection)
    await show(update, *_trends_screen(context, selection, user_id(update)))
    return TRENDS


async def text_typed(update: Update, context: BotContext) -> str | int | None:
    """The message: hand the draft (a request per job) to the shared preview."""
    selection = JOB_LIST.current(context)
    if selection is None:
        return await JOB_LIST.lost(update, context)
    assert selection.sender is not None
    draft = SendDraft(
        OperationKind.JOBS,
        sender=selection.sender,
        requests=selection.requests,
        target=trends_in_words(context, selection),
        estimated_count=selection.total,
    )
    return await text_to_preview(update, context, draft)


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
        SENDER: line_step(
            line_tapped,
            line_typed,
            CallbackQueryHandler(add_job, pattern=on("jobs.add")),
            CallbackQueryHandler(back, pattern=on(BACK_TO_TRENDS)),
            action="jobs.sender",
        ),
        TEXT: text_step(text_typed, back, BACK_TO_LINES),
    }
    return [build_target_conversation("jobs", settings, JOB_LIST.start, states)]
