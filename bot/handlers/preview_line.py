"""«تغییر خط» at every preview, and the retry of a send whose line the panel refused (code 3):
the same line picker /send uses (bot.handlers.line_picker), then the preview again.

`job.retry_line` (on the retry offer of a job refused for its line) opens the preview flow of
the numbers that got nothing, starting at the picker; it is an entry point of the resend flow.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler

from bot.callbacks import Action, on
from bot.context import BotContext
from bot.handlers import line_picker
from bot.handlers.common import END, answer, chat_id
from bot.handlers.conversation import TYPED, Step
from bot.handlers.preview import current_draft, keep_draft, show_preview
from bot.panel import SocialNetwork
from bot.panel.codes import SENDER_LINE_CODES
from bot.services.job_view import JobView
from bot.services.send_execution import RETRY_STATES
from bot.services.sending import SendDraft
from storage import BatchRecord, BatchState, JobRecord, JobState, OperationKind

PREVIEW_LINE = "preview.line"
PICK, BACK = "send.line_pick", "send.line_back"
RETRY_ACTION = "job.retry_line"


async def ask(update: Update, context: BotContext) -> object:
    """«تغییر خط» tapped: the picker in place of the preview."""
    await answer(update)
    if current_draft(context) is None:
        return END
    await line_picker.ask_line(update, context, action=PICK, back=BACK)
    return PREVIEW_LINE


async def tapped(update: Update, context: BotContext) -> object:
    await answer(update)
    query = update.callback_query
    line = query.data.value if query is not None and isinstance(query.data, Action) else None
    return await _use(update, context, str(line or ""))


async def typed(update: Update, context: BotContext) -> object:
    line = await line_picker.typed_line(update, context)
    return PREVIEW_LINE if line is None else await _use(update, context, line)


async def back(update: Update, context: BotContext) -> object:
    """«بازگشت»: the preview as it was."""
    await answer(update)
    draft = current_draft(context)
    return END if draft is None else await show_preview(update, context, draft)


async def _use(update: Update, context: BotContext, line: str) -> object:
    draft = current_draft(context)
    if draft is None or not line:
        return END
    draft.sender = line
    draft.renew_key()
    notice = context.t("preview-line-changed", sender=context.fmt.digits(line))
    return await show_preview(update, context, draft, notice=notice)


async def retry_with_other_line(update: Update, context: BotContext) -> object:
    """«ارسال دوباره با خطی دیگر»: the numbers that got nothing, the same text, a new line."""
    await answer(update)
    query = update.callback_query
    job_id = query.data.value if query is not None and isinstance(query.data, Action) else None
    job = await context.storage.jobs.get(job_id) if isinstance(job_id, int) else None
    if job is None or job.chat_id != chat_id(update) or job.operation not in _LIST_KINDS:
        return END
    numbers = await context.storage.jobs.numbers_in(job.id, _retry_states(job))
    if not numbers:
        await update.effective_chat.send_message(context.t("sendjob-retry-none"))  # type: ignore[union-attr]
        return END
    keep_draft(context, _retry_draft(job, numbers))
    notice = await refusal_notice(context, job, len(numbers))
    await line_picker.ask_line(update, context, action=PICK, notice=notice)
    return PREVIEW_LINE


def _retry_draft(job: JobRecord, numbers: list[str]) -> SendDraft:
    network = job.params.get("network")
    return SendDraft(
        job.operation,
        sender=job.sender,
        text=job.text,
        recipients=numbers,
        network=SocialNetwork(network) if network else None,
    )


async def refusal_notice(context: BotContext, job: JobRecord, count: int) -> str:
    """The line, the panel's reason and what happens next."""
    refused = await line_refused_batch(context, job)
    reason = JobView(context.application, job).refusal_sentence(refused) if refused else ""
    sender = context.fmt.digits(job.sender)
    return context.t("preview-line-refused-retry", sender=sender, reason=reason, count=count)


async def line_refused_batch(context: BotContext, job: JobRecord) -> BatchRecord | None:
    """The job's first refused batch when the panel refused its sender line, else None."""
    batches = await context.storage.jobs.batches(job.id)
    refused = next((b for b in batches if b.state == BatchState.REFUSED), None)
    code = (refused.error_code or "") if refused is not None else ""
    return refused if code.isdigit() and int(code) in SENDER_LINE_CODES else None


_LIST_KINDS = frozenset({OperationKind.SEND, OperationKind.SOCIAL})


def _retry_states(job: JobRecord) -> tuple[BatchState, ...]:
    return RETRY_STATES if job.state == JobState.HALTED else (BatchState.REFUSED,)


def preview_handlers() -> list[BaseHandler]:
    """The «تغییر خط» button of the preview step."""
    return [CallbackQueryHandler(ask, pattern=on("send.line"))]


def states() -> dict[object, Step]:
    handlers = [
        CallbackQueryHandler(tapped, pattern=on(PICK)),
        CallbackQueryHandler(back, pattern=on(BACK)),
        MessageHandler(TYPED, typed),
    ]
    return {PREVIEW_LINE: Step(handlers, hint="send-hint-sender")}
