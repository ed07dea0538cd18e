"""Buttons of a send job: Stop (with confirmation), the combined delivery report, the batch
detail (paged, .xlsx) and the retry of the recipients that surely got nothing.

`job.stop` → `job.stop_yes` / `job.stop_no`; `job.continue` (a held job); `job.summary` (from
/history, new message); `job.report` (new message) and `job.report_page` ((job id, page), in
place), `job.report_xlsx`; `job.batches` ((job id, page), new message), `job.batches_page` (in
place), `job.batches_xlsx`; `job.retry` → `job.retry_yes` / `job.retry_no`.
None of them is a flow: each answers and is done.
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callbacks import on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers import preview_retry
from bot.handlers.common import answer, chat_id, reply, send_document, show, user_id
from bot.handlers.reports_account import account, action_value
from bot.keyboards import button, paginate
from bot.panel.sms import message_parts
from bot.services import job_reports, job_views
from bot.services.job_summary import summary_facts
from bot.services.job_worker import worker_of
from storage import JobRecord, JobState, OperationKind


async def _job(update: Update, context: BotContext, value: object) -> JobRecord | None:
    """The job a button names, if it belongs to this chat."""
    job_id = value[0] if isinstance(value, tuple) else value
    if not isinstance(job_id, int):
        return None
    job = await context.storage.jobs.get(job_id)
    return job if job is not None and job.chat_id == chat_id(update) else None


def _yes_no(context: BotContext, name: str, job_id: int, owner: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [button(context.t(f"sendjob-button-{name}-yes"), f"job.{name}_yes", job_id, owner)],
            [button(context.t(f"sendjob-button-{name}-no"), f"job.{name}_no", job_id, owner)],
        ]
    )


async def ask_stop(update: Update, context: BotContext) -> None:
    """Stop tapped on the progress message: ask to confirm, in a new message."""
    await answer(update)
    job = await _job(update, context, action_value(update))
    if job is not None:
        markup = _yes_no(context, "stop", job.id, user_id(update))
        await reply(update, context.t("sendjob-stop-confirm"), markup)


async def stop_yes(update: Update, context: BotContext) -> None:
    """Stop confirmed: no batch goes out after this answer."""
    await answer(update)
    job = await _job(update, context, action_value(update))
    if job is None:
        return
    stopped = await worker_of(context.application).stop(job.id)
    await show(update, context.t("sendjob-stopped" if stopped else "sendjob-stop-too-late"))


async def stop_no(update: Update, context: BotContext) -> None:
    await answer(update)
    await show(update, context.t("sendjob-stop-kept"))


async def continue_held(update: Update, context: BotContext) -> None:
    """Continue tapped on a held job: the batches not attempted go out (once per tap)."""
    job = await _job(update, context, action_value(update))
    if job is None:
        await answer(update)
        return
    resumed = await worker_of(context.application).resume(job.id)
    await answer(update, context.t("sendjob-continued" if resumed else "sendjob-continue-late"))
    if resumed:
        await show(update, context.t("sendjob-continued"))


async def open_summary(update: Update, context: BotContext) -> None:
    """A job's summary (from /history), in a new message, with the summary's own buttons."""
    await answer(update)
    job = await _job(update, context, action_value(update))
    if job is None:
        return
    counts = await context.storage.jobs.counts(job.id)
    view = worker_of(context.application).view(job)
    facts = await summary_facts(context.storage, job, view.refusal_sentence)
    state = job.state if job.state in job_views.SUMMARY_STATES else JobState.RUNNING
    text, markup = job_views.summary_view(
        context.fmt, state, counts, facts, job.id, user_id(update)
    )
    await reply(update, text, markup)


async def open_report(update: Update, context: BotContext, *, in_place: bool = False) -> None:
    """The combined delivery report of every bulk of the job."""
    await answer(update, context.t("please-wait"))
    value = action_value(update)
    job = await _job(update, context, value)
    panel = await account(update, context) if job is not None else None
    if job is None or panel is None:
        return
    page = value[1] if isinstance(value, tuple) and len(value) == 2 else 0
    report = await job_reports.job_delivery(panel, context.storage, job.id)
    resend = job.operation in (OperationKind.SEND, OperationKind.SOCIAL)
    resend = resend and not job.params.get("personal")  # each number had its own text
    text, markup = job_reports.delivery_view(
        context.fmt, job.id, report, int(page), user_id(update), resend=resend
    )
    await (show if in_place else reply)(update, text, markup)


async def report_page(update: Update, context: BotContext) -> None:
    await open_report(update, context, in_place=True)


async def report_file(update: Update, context: BotContext) -> None:
    """The combined delivery report as one .xlsx (written off the event loop)."""
    await answer(update, context.t("please-wait"))
    job = await _job(update, context, action_value(update))
    panel = await account(update, context) if job is not None else None
    if job is None or panel is None:
        return
    report = await job_reports.job_delivery(panel, context.storage, job.id)
    content = await job_reports.delivery_file(context.fmt, report, context.locale == "fa")
    caption = context.t("sendjob-report-caption", total=len(report.items))
    await send_document(update, f"delivery-job-{job.id}.xlsx", content, caption)


async def open_batches(update: Update, context: BotContext, *, in_place: bool = False) -> None:
    """One page of the job's batches."""
    await answer(update)
    value = action_value(update)
    job = await _job(update, context, value)
    if job is None:
        return
    page = value[1] if isinstance(value, tuple) and len(value) == 2 else 0
    counts = await context.storage.jobs.counts(job.id)
    total = counts.total_batches
    shown = paginate(range(total), int(page), job_views.BATCHES_PER_PAGE)
    batches = await context.storage.jobs.batches(
        job.id, offset=shown.number * job_views.BATCHES_PER_PAGE, limit=job_views.BATCHES_PER_PAGE
    )
    text, markup = job_views.batches_view(
        context.fmt, job.id, batches, shown, total, user_id(update)
    )
    await (show if in_place else reply)(update, text, markup)


async def batches_page(update: Update, context: BotContext) -> None:
    await open_batches(update, context, in_place=True)


async def batches_file(update: Update, context: BotContext) -> None:
    await answer(update, context.t("please-wait"))
    job = await _job(update, context, action_value(update))
    if job is None:
        return
    batches = await context.storage.jobs.batches(job.id)
    content = await job_reports.batches_file(context.fmt, batches, context.locale == "fa")
    caption = context.t("sendjob-xlsx-caption", batches=len(batches))
    await send_document(update, f"batches-job-{job.id}.xlsx", content, caption)


async def ask_retry(update: Update, context: BotContext) -> None:
    """Retry tapped: only recipients that surely got nothing; confirm first."""
    await answer(update)
    job = await _job(update, context, action_value(update))
    if job is None:
        return
    personal = bool(job.params.get("personal"))  # never offered: each number had its own text
    states = preview_retry.retry_states(job)
    count = 0 if personal else len(await context.storage.jobs.numbers_in(job.id, states))
    if not count:
        await reply(update, context.t("sendjob-retry-none"))
        return
    instead = await preview_retry.offer(context, job, count, user_id(update))
    if instead is not None:  # the same line again, or the same short credit: a new preview
        await reply(update, *instead)
        return
    markup = _yes_no(context, "retry", job.id, user_id(update))
    await reply(update, context.t("sendjob-retry-confirm", count=count), markup)


async def retry_yes(update: Update, context: BotContext) -> None:
    """Retry confirmed: a new job (once per job) to the refused and not attempted numbers."""
    await answer(update, context.t("send-sending-toast"))
    job = await _job(update, context, action_value(update))
    if job is None or job.operation not in (OperationKind.SEND, OperationKind.SOCIAL):
        return
    if job.params.get("personal"):
        return
    numbers = await context.storage.jobs.numbers_in(job.id, preview_retry.retry_states(job))
    query = update.callback_query
    new_id = await context.storage.jobs.create(
        operation_key=f"retry:{job.id}",
        chat_id=job.chat_id,
        user_id=user_id(update),
        operation=job.operation,
        sender=job.sender,
        text=job.text,
        target=job.target,
        params=dict(job.params),
        parts=message_parts(job.text).parts,
        recipients=numbers,
        estimated_count=len(numbers),
        batch_size=min(context.settings.send_batch_size, job.batch_size),  # 98 shrank it
        locale=context.locale,
        progress_message_id=query.message.message_id if query and query.message else None,
    )
    if new_id is None:
        await show(update, context.t("sendjob-already-confirmed"))
        return
    await worker_of(context.application).submit_id(new_id)


async def retry_no(update: Update, context: BotContext) -> None:
    await answer(update)
    await show(update, context.t("sendjob-retry-cancelled"))


def build_send_jobs_handlers(settings: Settings) -> list[BaseHandler]:
    return [
        CallbackQueryHandler(ask_stop, pattern=on("job.stop")),
        CallbackQueryHandler(stop_yes, pattern=on("job.stop_yes")),
        CallbackQueryHandler(stop_no, pattern=on("job.stop_no")),
        CallbackQueryHandler(continue_held, pattern=on("job.continue")),
        CallbackQueryHandler(open_summary, pattern=on("job.summary")),
        CallbackQueryHandler(open_report, pattern=on("job.report")),
        CallbackQueryHandler(report_page, pattern=on("job.report_page")),
        CallbackQueryHandler(report_file, pattern=on("job.report_xlsx")),
        CallbackQueryHandler(open_batches, pattern=on("job.batches")),
        CallbackQueryHandler(batches_page, pattern=on("job.batches_page")),
        CallbackQueryHandler(batches_file, pattern=on("job.batches_xlsx")),
        CallbackQueryHandler(ask_retry, pattern=on("job.retry")),
        CallbackQueryHandler(retry_yes, pattern=on("job.retry_yes")),
        CallbackQueryHandler(retry_no, pattern=on("job.retry_no")),
    ]
