"""The retry of a send job the panel refused, when repeating it as it was would fail again:
- its sender line was refused (code 3, 99): «ارسال دوباره با خطی دیگر» opens the line picker,
  then the preview of the numbers that got nothing — the bad line is never offered again;
- its credit was short (code 5) and still is: «پیش‌نمایش ارسال دوباره» opens that preview,
  whose guard shows the shortfall and offers the count the credit covers.
Otherwise the job's usual retry (yes / no, bot.handlers.send_jobs) stays. Both buttons are
entry points of the resend flow (a preview flow like any other).
"""

from __future__ import annotations

from decimal import Decimal

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callbacks import Action, on
from bot.context import BotContext
from bot.handlers.common import END, answer, chat_id, reply
from bot.handlers.preview import keep_draft, show_preview
from bot.handlers.preview_line import PREVIEW_LINE, ask_line
from bot.keyboards import button
from bot.panel import PanelError, SocialNetwork
from bot.panel.codes import CREDIT_CODES, SENDER_LINE_CODES
from bot.services import job_accounts
from bot.services.job_summary import RETRY_STATES
from bot.services.job_view import JobView
from bot.services.job_views import View
from bot.services.sending import SendDraft, estimate
from storage import BatchRecord, BatchState, JobRecord, JobState, OperationKind

LINE_ACTION, PREVIEW_ACTION = "job.retry_line", "job.retry_preview"
_LIST_KINDS = frozenset({OperationKind.SEND, OperationKind.SOCIAL})


def retry_states(job: JobRecord) -> tuple[BatchState, ...]:
    """Batches whose recipients surely got nothing (the not attempted only after a halt)."""
    return RETRY_STATES if job.state == JobState.HALTED else (BatchState.REFUSED,)


async def offer(context: BotContext, job: JobRecord, count: int, owner: int) -> View | None:
    """The retry offer when a plain retry would fail again; None: the usual yes / no."""
    refused = await _first_refused(context, job)
    code = int(refused.error_code) if refused and (refused.error_code or "").isdigit() else None
    if refused is None or code is None:
        return None
    if code in SENDER_LINE_CODES:
        text = _refusal_notice(context, job, refused, count)
        return text, _one_button(
            context, "preview-button-retry-other-line", LINE_ACTION, job, owner
        )
    if code in CREDIT_CODES and await _credit_still_short(context, job, count, owner):
        text = context.t("preview-retry-credit-short")
        return text, _one_button(
            context, "preview-button-retry-preview", PREVIEW_ACTION, job, owner
        )
    return None


def _one_button(
    context: BotContext, key: str, action: str, job: JobRecord, owner: int
) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[button(context.t(key), action, job.id, owner)]])


async def _first_refused(context: BotContext, job: JobRecord) -> BatchRecord | None:
    batches = await context.storage.jobs.batches(job.id)
    return next((b for b in batches if b.state == BatchState.REFUSED), None)


async def _credit_still_short(context: BotContext, job: JobRecord, count: int, owner: int) -> bool:
    panel = await job_accounts.client_of(
        context.services,
        job.account_key or f"chat:{job.chat_id}",
        chat_id=job.chat_id,
        user_id=owner,
    )
    try:
        credit: Decimal | None = await panel.credit() if panel is not None else None
    except PanelError:
        credit = None
    return estimate(
        SendDraft(job.operation, text=job.text), credit, count
    ).credit_looks_insufficient


def _refusal_notice(context: BotContext, job: JobRecord, refused: BatchRecord, count: int) -> str:
    reason = JobView(context.application, job).refusal_sentence(refused)
    sender = context.fmt.digits(job.sender)
    return context.t("preview-line-refused-retry", sender=sender, reason=reason, count=count)


async def _retry_draft(update: Update, context: BotContext) -> tuple[JobRecord, SendDraft] | None:
    """The tapped job's numbers that got nothing, as a new draft (same text, line, account)."""
    query = update.callback_query
    job_id = query.data.value if query is not None and isinstance(query.data, Action) else None
    job = await context.storage.jobs.get(job_id) if isinstance(job_id, int) else None
    if job is None or job.chat_id != chat_id(update) or job.operation not in _LIST_KINDS:
        return None
    numbers = await context.storage.jobs.numbers_in(job.id, retry_states(job))
    if not numbers:
        await reply(update, context.t("sendjob-retry-none"))
        return None
    network = job.params.get("network")
    draft = SendDraft(
        job.operation,
        sender=job.sender,
        text=job.text,
        recipients=numbers,
        network=SocialNetwork(network) if network else None,
        account_key=job.account_key,
    )
    return job, draft


async def with_other_line(update: Update, context: BotContext) -> object:
    """«ارسال دوباره با خطی دیگر»: the line picker first, then the preview."""
    await answer(update)
    found = await _retry_draft(update, context)
    if found is None:
        return END
    job, draft = found
    keep_draft(context, draft)
    refused = await _first_refused(context, job)
    notice = _refusal_notice(context, job, refused, len(draft.recipients)) if refused else None
    await ask_line(update, context, notice=notice)
    return PREVIEW_LINE


async def in_preview(update: Update, context: BotContext) -> object:
    """«پیش‌نمایش ارسال دوباره»: the preview of the numbers that got nothing (its guard says
    what the credit covers)."""
    await answer(update)
    found = await _retry_draft(update, context)
    return END if found is None else await show_preview(update, context, found[1])


def entry_points() -> list[BaseHandler]:
    return [
        CallbackQueryHandler(with_other_line, pattern=on(LINE_ACTION)),
        CallbackQueryHandler(in_preview, pattern=on(PREVIEW_ACTION)),
    ]
