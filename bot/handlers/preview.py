"""The shared preview → confirm → result path of every sending flow.

API for the flows (send, social, books, postal, jobs)::

    from bot.handlers.preview import PREVIEW, preview_states, show_preview, build_stale_handlers
    from bot.services.sending import SendDraft
    from storage import OperationKind

    # last step of your flow, once sender, target and text are known:
    draft = SendDraft(OperationKind.BOOKS, sender=line, text=text, book_ids=[12, 14],
                      target="Customers, Suppliers", estimated_count=230)
    return await show_preview(update, context, draft)          # → PREVIEW

    # in your ConversationHandler(states={...}):
    states = {YOUR_STEP: [...], **preview_states()}

``show_preview`` keeps the draft in the flow's record (bot.handlers.flow_store, slot ``DRAFT``,
per chat and user), shows the text,
characters, parts, recipients, total parts, credit (with a warning when it looks insufficient)
and the buttons Send / Edit text / (Edit recipients: send and social only) / the preview's
actions / Cancel. A preview that would surely fail (``sending.preview_block``: an invisible text,
no recipients, credit short) offers no Send and says why; credit short on a list offers «send to
the first N» (the count the credit covers), which cuts the list and shows the preview again in
place. The actions, each its own module with its own step: «تغییر خط» (preview_line),
«ارسال در زمانی دیگر» (preview_later), «ذخیره به‌عنوان متن آماده» (preview_save),
«ارسال آزمایشی به خودم» (preview_test_send).
``preview_states(edit_recipients=callback)`` returns the ``PREVIEW`` and ``PREVIEW_TEXT``
states: Send stores the draft as a job exactly once (``bot.services.send_execution``), hands it
to the worker and ends the conversation at once (the preview becomes the job's progress
message, then its summary); Edit text asks for a new text and shows the preview again.
Cancel is the conversation's own ``Action("cancel")`` fallback. ``build_stale_handlers()``
(registered last, by the fallback module) answers Send taps no live conversation took: "already
sent, bulk id …", or "this preview is outdated" when nothing was sent with it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler

from bot.callbacks import Action, on
from bot.context import BotContext
from bot.handlers import flow_store
from bot.handlers.common import END, answer, chat_id, flush_soon, prompt, reply, show, user_id
from bot.handlers.conversation import TYPED, Step
from bot.handlers.send_render import job_started, job_summary, preview_keyboard, preview_text
from bot.services import approval_jobs, job_accounts, send_execution
from bot.services.chat_admins import is_chat_admin
from bot.services.job_worker import worker_of
from bot.services.sending import (
    PreviewTicket,
    SendDraft,
    TextProblem,
    build_preview,
    check_text,
    preview_block,
)

LOGGER = logging.getLogger(__name__)

PREVIEW = "preview"
PREVIEW_TEXT = "preview.text"

Callback = Callable[[Update, BotContext], Awaitable[object]]


DRAFT = "draft"  # the flow record's slot of the draft


def current_draft(context: BotContext) -> SendDraft | None:
    return flow_store.get(context, DRAFT, SendDraft)


def keep_draft(context: BotContext, draft: SendDraft) -> None:
    flow_store.put(context, DRAFT, draft)


async def _credit_shown(update: Update, context: BotContext) -> bool:
    """The account's credit is for the group's administrators (always shown in private)."""
    return await is_chat_admin(context, chat_id(update), user_id(update))


async def show_preview(
    update: Update, context: BotContext, draft: SendDraft, *, notice: str | None = None
) -> str:
    """Keep `draft` and show its preview (edited in place after a tap); returns PREVIEW."""
    keep_draft(context, draft)
    chat, user = chat_id(update), user_id(update)
    panel = await job_accounts.pin(context.services, draft, chat_id=chat, user_id=user)
    preview = await build_preview(draft, panel)
    block = preview_block(draft, preview)
    text = preview_text(context, draft, preview, await _credit_shown(update, context), block)
    if notice:
        text = f"{notice}\n\n{text}"
    ticket = PreviewTicket(draft.operation_key)
    approval = await approval_jobs.approval_needed(context.services, draft, user)
    markup = preview_keyboard(
        context, draft, ticket, user, approval=approval, block=block, covered=preview.covered
    )
    await show(update, text, markup)
    return PREVIEW


async def send_to_covered(update: Update, context: BotContext) -> object:
    """«ارسال به N گیرندهٔ نخست» (credit short): the list cut to N, previewed again in place."""
    query = update.callback_query
    value = query.data.value if query is not None and isinstance(query.data, Action) else None
    draft = current_draft(context)
    key, count = value if isinstance(value, tuple) else (None, 0)
    if draft is None or not draft.has_list or key != draft.operation_key:
        await answer(update, context.t("send-preview-outdated"), alert=True)
        return None  # a second tap on a spent offer: nothing new is shown
    await answer(update)
    dropped = len(draft.recipients) - count
    draft.recipients = draft.recipients[:count]
    draft.renew_key()
    notice = context.t("preview-covered-notice", count=count, dropped=dropped)
    return await show_preview(update, context, draft, notice=notice)


async def back_to_preview(update: Update, context: BotContext) -> object:
    """«بازگشت» from a preview action's step: the preview as it was (END when it is gone)."""
    await answer(update)
    draft = current_draft(context)
    return END if draft is None else await show_preview(update, context, draft)


async def ask_new_text(update: Update, context: BotContext) -> str:
    """Edit text tapped: ask for the new message text."""
    await answer(update)
    await prompt(update, context, context.t("send-ask-new-text"))
    return PREVIEW_TEXT


async def receive_new_text(update: Update, context: BotContext) -> str:
    """The new text: checked, then the preview again (with a new operation key)."""
    draft = current_draft(context)
    message = update.effective_message
    if draft is None or message is None:
        return END  # type: ignore[return-value]
    try:
        draft.text = check_text(message.text)
    except TextProblem as problem:
        await reply(update, context.t(problem.locale_key, **problem.variables))
        return PREVIEW_TEXT
    draft.renew_key()
    return await show_preview(update, context, draft)


async def confirm(update: Update, context: BotContext) -> object:
    """Send tapped: store the send as a job once (the worker sends it) and end the flow."""
    await answer(update, context.t("send-sending-toast"))
    query = update.callback_query
    assert query is not None
    ticket = query.data.value if isinstance(query.data, Action) else None
    draft = current_draft(context)
    if not isinstance(ticket, PreviewTicket) or draft is None:
        return await _answer_stale(update, context, ticket, END)
    if ticket.done or ticket.operation_key != draft.operation_key:
        return await _answer_stale(update, context, ticket, None)
    if preview_block(draft) is not None:  # a preview never offers Send then; never send it
        await reply(update, context.t("preview-blocked-alert"))
        return None
    chat, user = chat_id(update), user_id(update)
    refused = await job_accounts.refusal(context.services, draft, chat_id=chat, user_id=user)
    if refused is not None:
        await show(update, context.t(refused))
        return END
    if await approval_jobs.approval_needed(context.services, draft, user):
        return await _submit_for_approval(update, context, draft, ticket)
    job_id = await send_execution.enqueue(
        draft,
        context.storage,
        chat_id=chat_id(update),
        user_id=user_id(update),
        batch_size=context.settings.send_batch_size,
        locale=context.locale,
        progress_message_id=query.message.message_id if query.message else None,
    )
    ticket.done = True
    _forget(context)
    flush_soon(context.application)  # the job is in the database; this saves the flow's end
    if job_id is None:
        return await _answer_stale(update, context, ticket, END)
    shown = asyncio.Event()  # the job starts now; its own views wait for this one
    await worker_of(context.application).submit_id(job_id, shown)
    try:
        await _show_started(update, context, job_id)
    finally:
        shown.set()
    return END


async def _show_started(update: Update, context: BotContext, job_id: int) -> None:
    """The preview becomes the job's progress message at once, as the answer to the tap (the
    job's own views wait for it, so it never overwrites one). A refused edit (a deleted
    message, a 429) is the job's view's business: the job runs all the same."""
    try:
        await show(update, *await job_started(context, job_id, user_id(update)))
    except TelegramError as error:
        LOGGER.info("job %d: the preview was not turned into its progress (%s)", job_id, error)


async def _submit_for_approval(
    update: Update, context: BotContext, draft: SendDraft, ticket: PreviewTicket
) -> object:
    """«Send for approval» tapped: the admins get the request; the operator is told."""
    ticket.done = True
    _forget(context)
    await approval_jobs.submit(
        context.application,
        draft,
        chat_id=chat_id(update),
        user_id=user_id(update),
        locale=context.locale,
    )
    flush_soon(context.application)
    await show(update, context.t("org-approval-sent"))
    return END


async def _answer_stale(
    update: Update, context: BotContext, ticket: object, state: object
) -> object:
    """A tap on a spent or outdated preview: say what happened to it, send nothing."""
    key = ticket.operation_key if isinstance(ticket, PreviewTicket) else None
    job = await context.storage.jobs.by_key(key) if key else None
    if job is not None:
        text, markup = await job_summary(context, job)
        text = context.t("send-already-sent") + "\n\n" + text
    else:
        text, markup = context.t("send-preview-outdated"), None
    await reply(update, text, markup)
    return state


def _forget(context: BotContext) -> None:
    flow_store.drop(context, DRAFT)


def preview_states(
    *, edit_recipients: Callback | None = None, recipient_actions: Sequence[BaseHandler] = ()
) -> dict[object, Step]:
    """The PREVIEW and PREVIEW_TEXT steps, and the steps of the preview's actions (change
    line, send later, save the text, test send), to merge into a flow's states
    (`recipient_actions`: the list kinds' add / see / remove, bot.handlers.recipient_steps)."""
    from bot.handlers import (  # the actions build on this module
        preview_later,
        preview_line,
        preview_save,
        preview_test_send,
    )

    preview: list[BaseHandler] = [
        CallbackQueryHandler(confirm, pattern=on("send.confirm")),
        CallbackQueryHandler(ask_new_text, pattern=on("send.edit_text")),
        CallbackQueryHandler(send_to_covered, pattern=on("send.covered")),
        *preview_line.preview_handlers(),
        *preview_later.preview_handlers(),
        *preview_save.preview_handlers(),
        *preview_test_send.preview_handlers(),
    ]
    if edit_recipients is not None:
        preview.append(CallbackQueryHandler(edit_recipients, pattern=on("send.edit_recipients")))
    preview += recipient_actions
    new_text = [MessageHandler(TYPED, receive_new_text)]
    return {
        PREVIEW: Step(preview, hint="hint-use-buttons"),
        PREVIEW_TEXT: Step(new_text, hint="hint-send-text"),
        **preview_line.states(),
        **preview_later.states(),
        **preview_save.states(),
        **preview_test_send.states(),
    }


async def stale_confirm(update: Update, context: BotContext) -> None:
    """A Send tap outside any conversation (spent, hours old, or after a restart)."""
    await answer(update)
    query = update.callback_query
    ticket = query.data.value if query is not None and isinstance(query.data, Action) else None
    await _answer_stale(update, context, ticket, None)


def _is_spent_confirm(data: object) -> bool:
    """A Send button no live conversation claimed: spent, or its flow timed out or ended."""
    return (
        isinstance(data, Action)
        and data.name == "send.confirm"
        and isinstance(data.value, PreviewTicket)
    )


def build_stale_handlers() -> list[BaseHandler]:
    """Answers taps on spent Send buttons (live ones belong to their conversation)."""
    return [CallbackQueryHandler(stale_confirm, pattern=_is_spent_confirm)]
