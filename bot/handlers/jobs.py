"""/jobs: a job (paged, or filtered by typing) → tick its trends → count → message → the shared
preview and send. Back steps through every choice."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.callbacks import Action, on, prefixed
from bot.config import Settings
from bot.context import BotContext
from bot.handlers.common import END, answer, cancel, show, timed_out, user_id
from bot.handlers.preview import preview_states
from bot.handlers.target_steps import (
    STRAY_INPUT,
    back_cancel_row,
    chat_panel,
    default_line,
    extra_row,
    hint_buttons,
    hint_text,
    keep_selection,
    lost,
    selection_of,
    text_to_preview,
    with_back,
)
from bot.keyboards import button, multi_select, single_select
from bot.panel import PanelError
from bot.services.sending import SendDraft
from bot.services.targets import JobsSelection, count_jobs, filter_by_title, load_jobs
from storage import OperationKind

JOB, TRENDS, TEXT = "jobs.job", "jobs.trends", "jobs.text"
PER_PAGE = 8

Screen = tuple[str, InlineKeyboardMarkup]


# --- screens -------------------------------------------------------------------------------


def _job_screen(context: BotContext, selection: JobsSelection, owner: int) -> Screen:
    options = [(job.id, job.title) for job in selection.shown_jobs]
    markup = single_select(
        options,
        choose="jobs.job",
        page_action="jobs.page",
        page=selection.page,
        per_page=PER_PAGE,
        t=context.t,
        owner=owner,
    )
    lines = [context.t("jobs-choose-job")]
    if selection.query:
        lines.append(context.t("jobs-filtered", query=selection.query, count=len(options)))
        show_all = button(context.t("jobs-show-all"), "jobs.all_jobs", None, owner)
        markup = extra_row(markup, [show_all])
    return "\n\n".join(lines), markup


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
    follow = "jobs-ask-text" if selection.count else "jobs-count-empty"
    markup = InlineKeyboardMarkup([back_cancel_row(context, "jobs.back_to_trends", owner)])
    return f"{summary}\n\n{context.t(follow)}", markup


# --- steps ---------------------------------------------------------------------------------


def _selection(context: BotContext) -> JobsSelection | None:
    return selection_of(context, JobsSelection)


async def _lost(update: Update, context: BotContext) -> int:
    return await lost(update, context, "jobs-lost")


async def start(update: Update, context: BotContext) -> int | str:
    """/jobs or the menu button: load the jobs and show them, paged."""
    await answer(update)
    panel = await chat_panel(update, context, "jobs-no-account")
    if panel is None:
        return END
    try:
        selection = await load_jobs(panel)
    except PanelError as error:
        await show(update, context.panel_error(error))
        return END
    keep_selection(context, selection)
    await show(update, *_job_screen(context, selection, user_id(update)))
    return JOB


async def job_page(update: Update, context: BotContext) -> str | int:
    """◀ ▶ or "show all jobs": redraw the job list in place."""
    await answer(update)
    selection = _selection(context)
    if selection is None:
        return await _lost(update, context)
    action: Action = update.callback_query.data
    if action.name == "jobs.all_jobs":
        selection.query, selection.page = "", 0
    else:
        selection.page = int(action.value)
    await show(update, *_job_screen(context, selection, user_id(update)))
    return JOB


async def job_typed(update: Update, context: BotContext) -> str | int:
    """Typed text filters the jobs by name."""
    selection = _selection(context)
    if selection is None:
        return await _lost(update, context)
    query = update.message.text.strip()
    if not filter_by_title(selection.jobs, query):
        await update.message.reply_text(context.t("jobs-no-match", query=query))
        return JOB
    selection.query, selection.page = query, 0
    await show(update, *_job_screen(context, selection, user_id(update)))
    return JOB


async def job_tapped(update: Update, context: BotContext) -> str | int:
    """A job: load its trends and show them to tick."""
    await answer(update)
    selection = _selection(context)
    if selection is None:
        return await _lost(update, context)
    job = selection.job_by_id(int(update.callback_query.data.value))
    panel = await chat_panel(update, context, "jobs-no-account")
    if panel is None:
        return END
    if job is None:
        await show(update, *_job_screen(context, selection, user_id(update)))
        return JOB
    try:
        trends = await panel.job_trends(job.id)
    except PanelError as error:
        text, markup = _job_screen(context, selection, user_id(update))
        await show(update, f"{context.panel_error(error)}\n\n{text}", markup)
        return JOB
    if not trends:
        text, markup = _job_screen(context, selection, user_id(update))
        await show(update, f"{context.t('jobs-no-trends', job=job.title)}\n\n{text}", markup)
        return JOB
    selection.choose_job(job, trends)
    await show(update, *_trends_screen(context, selection, user_id(update)))
    return TRENDS


async def change_trends(update: Update, context: BotContext) -> str | int:
    """A tick, select all / none or a page turn: redraw the trends in place."""
    await answer(update)
    selection = _selection(context)
    if selection is None or selection.job is None:
        return await _lost(update, context)
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
    selection = _selection(context)
    if selection is None or selection.job is None:
        return await _lost(update, context)
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
    await show(update, *_count_screen(context, selection, owner))
    return TEXT


async def back(update: Update, context: BotContext) -> str | int:
    """Back: the previous choice, with what was chosen kept."""
    await answer(update)
    selection = _selection(context)
    if selection is None:
        return await _lost(update, context)
    owner = user_id(update)
    if update.callback_query.data.name == "jobs.back_to_job" or selection.job is None:
        await show(update, *_job_screen(context, selection, owner))
        return JOB
    await show(update, *_trends_screen(context, selection, owner))
    return TRENDS


async def text_typed(update: Update, context: BotContext) -> str | int | None:
    """The message: hand the draft to the shared preview."""
    selection = _selection(context)
    if selection is None:
        return await _lost(update, context)
    if not selection.count:
        await update.message.reply_text(context.t("jobs-count-empty"))
        return TEXT
    panel = await chat_panel(update, context, "jobs-no-account")
    if panel is None:
        return END
    sender = await default_line(update, context, panel)
    if sender is None:
        await update.message.reply_text(context.t("jobs-no-sender"))
        return TEXT
    assert selection.job is not None
    draft = SendDraft(
        OperationKind.JOBS,
        sender=sender,
        job_id=selection.job.id,
        trend_ids=selection.chosen_ids,
        target=trends_in_words(context, selection),
        estimated_count=selection.count,
    )
    return await text_to_preview(update, context, draft)


async def hint_job(update: Update, context: BotContext) -> None:
    """A sticker, photo or command on the job list: say what works here, stay."""
    if update.effective_message is not None:
        await update.effective_message.reply_text(context.t("jobs-hint-job"))


def build_jobs_handlers(settings: Settings) -> list[BaseHandler]:
    typed = filters.TEXT & ~filters.COMMAND
    conversation = ConversationHandler(
        entry_points=[
            CommandHandler("jobs", start),
            CallbackQueryHandler(start, pattern=on("menu.jobs")),
        ],
        states={
            JOB: [
                CallbackQueryHandler(job_tapped, pattern=on("jobs.job")),
                CallbackQueryHandler(job_page, pattern=on("jobs.page", "jobs.all_jobs")),
                MessageHandler(typed, job_typed),
                MessageHandler(STRAY_INPUT, hint_job),
            ],
            TRENDS: [
                CallbackQueryHandler(
                    change_trends,
                    pattern=on("jobs.toggle", "jobs.all", "jobs.none", "jobs.trend_page"),
                ),
                CallbackQueryHandler(trends_done, pattern=on("jobs.done")),
                CallbackQueryHandler(back, pattern=on("jobs.back_to_job")),
                MessageHandler(STRAY_INPUT, hint_buttons),
            ],
            TEXT: [
                CallbackQueryHandler(back, pattern=on("jobs.back_to_trends")),
                MessageHandler(typed, text_typed),
                MessageHandler(STRAY_INPUT, hint_text),
            ],
            **preview_states(),
            ConversationHandler.TIMEOUT: [TypeHandler(Update, timed_out)],
        },
        fallbacks=[
            CommandHandler("cancel", cancel),
            CallbackQueryHandler(cancel, pattern=on("cancel")),
            CallbackQueryHandler(hint_buttons, pattern=prefixed("jobs.")),
        ],
        name="jobs",
        persistent=True,
        per_chat=True,
        per_user=True,
        conversation_timeout=settings.conversation_timeout,
    )
    return [conversation]
