"""The admins' «تأیید و ارسال» / «رد» buttons on an approval request.

Any staff admin may decide; the storage lets exactly one decision count. «رد» first asks for an
optional reason (a small flow: type it, or tap «رد بدون دلیل»); «تأیید و ارسال»
decides at once. The deciding tap or message edits the request into "approved/rejected by …",
tells the operator and (approved) hands the send to the job path; every other attempt — a second
admin, a double tap, a tap after a restart — is told who decided first, or that it expired.
"""

from __future__ import annotations

import contextlib

from telegram import InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler

from bot.callbacks import on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers import flow_store
from bot.handlers.common import (
    END,
    answer,
    chat_id,
    is_private,
    reply,
    show,
    user_id,
)
from bot.handlers.conversation import TYPED, Step, build_conversation
from bot.handlers.reports_account import action_value
from bot.keyboards import button
from bot.services import staff_names
from bot.services.approval_notices import hand_over, tell_operator
from bot.services.approval_views import APPROVE, REJECT, decided_view, late_tap_answer
from bot.services.approvals import Approvals, Outcome
from storage import Role
from storage.org import OrgStore
from storage.org_records import ApprovalState

REASON, REJECT_NOW = "approval.reason", "approval.reject_now"
SLOT = "approval.request"


async def _is_admin(update: Update, context: BotContext) -> bool:
    if await context.storage.get_role(user_id(update)) is Role.ADMIN:
        return True
    await answer(update, context.t("org-approval-admins-only"), alert=True)
    return False


async def _decide(
    update: Update, context: BotContext, request_id: int, *, approve: bool, reason: str | None
) -> None:
    """Claim the decision; the one that counts edits the request, tells and hands over."""
    admin = user_id(update)
    approvals = Approvals(OrgStore.of(context.storage))
    decision = await approvals.decide(request_id, approve=approve, admin_id=admin, reason=reason)
    names = await staff_names.names_for(context)
    await names.remember(update.effective_user)  # the decider is named even if never seen
    late = late_tap_answer(context.fmt, decision, names.display_name)
    if decision.outcome is not Outcome.DECIDED or decision.record is None:
        if update.callback_query is not None:
            await answer(update, late, alert=True)
        elif late:
            await reply(update, late)
        return
    await answer(update)
    record = decision.record
    text, markup = decided_view(context.fmt, record, names.display_name)
    await _edit_request(update, context, text, markup)
    await tell_operator(context.application, record)
    if record.state is ApprovalState.APPROVED:
        await hand_over(context.services, record)


async def _edit_request(update: Update, context: BotContext, text: str, markup: object) -> None:
    """Edit the request message into the decision: the one tapped, or the one «رد» asked a
    reason for (typed, or «رد بدون دلیل» tapped on the question, which then loses its button)."""
    stored = flow_store.get(context, SLOT, dict) or {}
    message_id = stored.get("message")
    query = update.callback_query
    tapped = query.message.message_id if query is not None and query.message else None
    if tapped is not None and (not isinstance(message_id, int) or tapped == message_id):
        await show(update, text, markup)  # type: ignore[arg-type]
        return
    if query is not None:
        with contextlib.suppress(TelegramError):  # the question's «رد بدون دلیل» is spent
            await query.edit_message_reply_markup(None)
    try:
        if isinstance(message_id, int):
            await context.bot.edit_message_text(
                text, chat_id=chat_id(update), message_id=message_id, reply_markup=markup
            )
            return
    except TelegramError:  # too old or gone: say it as a new message instead
        pass
    await reply(update, text)


async def approve(update: Update, context: BotContext) -> int:
    """«تأیید و ارسال»: decided at once. → END"""
    request_id = action_value(update)
    if not isinstance(request_id, int) or not await _is_admin(update, context):
        await answer(update)
        return END
    await _decide(update, context, request_id, approve=True, reason=None)
    return END


async def ask_reason(update: Update, context: BotContext) -> int | str:
    """«رد»: ask for an optional reason. → REASON"""
    request_id = action_value(update)
    if not isinstance(request_id, int) or not await _is_admin(update, context):
        await answer(update)
        return END
    request = await Approvals(OrgStore.of(context.storage)).get(request_id)
    if request is None or request.state is not ApprovalState.PENDING:
        await _decide(update, context, request_id, approve=False, reason=None)  # says who/why
        return END
    await answer(update)
    query = update.callback_query
    message = query.message.message_id if query is not None and query.message else None
    flow_store.put(context, SLOT, {"request": request_id, "message": message})
    # A new message (the request stays readable); in a group, a reply to it reaches the bot.
    ask = context.t("org-approval-ask-reason")
    if not is_private(update):
        ask = f"{ask}\n\n{context.t('reply-to-prompt')}"
    now = button(
        context.t("org-approval-button-reject-now"), REJECT_NOW, request_id, user_id(update)
    )
    await reply(update, ask, InlineKeyboardMarkup([[now]]))
    return REASON


async def reject_now(update: Update, context: BotContext) -> int:
    """«رد بدون دلیل»: rejected without a reason. → END"""
    request_id = action_value(update)
    if not isinstance(request_id, int) or not await _is_admin(update, context):
        await answer(update)
        return END
    await _decide(update, context, request_id, approve=False, reason=None)
    return END


async def reason_typed(update: Update, context: BotContext) -> int:
    """The reason: rejected with it (cut to its bound). → END"""
    stored = flow_store.get(context, SLOT, dict) or {}
    request_id = stored.get("request")
    if not isinstance(request_id, int) or not await _is_admin(update, context):
        return END
    reason = update.effective_message.text  # type: ignore[union-attr]
    await _decide(update, context, request_id, approve=False, reason=reason)
    return END


def build_approvals_handlers(settings: Settings) -> list[BaseHandler]:
    """The builder the feature registry (bot.features) calls: «رد» opens the reason step."""
    flow = build_conversation(
        "approvals",
        settings,
        entry_points=[CallbackQueryHandler(ask_reason, pattern=on(REJECT))],
        states={
            REASON: Step(
                [
                    MessageHandler(TYPED, reason_typed),
                    CallbackQueryHandler(reject_now, pattern=on(REJECT_NOW)),
                    CallbackQueryHandler(approve, pattern=on(APPROVE)),
                ],
                hint="org-approval-ask-reason",
            ),
        },
    )
    return [
        flow,
        CallbackQueryHandler(approve, pattern=on(APPROVE)),
        CallbackQueryHandler(reject_now, pattern=on(REJECT_NOW)),  # after a restart or timeout
    ]
