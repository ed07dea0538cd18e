"""The admins' «تأیید و ارسال» / «رد» buttons on an approval request.

Any staff admin may decide; the storage lets exactly one tap decide. That tap edits the request
into "approved/rejected by …", tells the operator and (approved) hands the send to the job
path; every other tap — a second admin, a double tap, a tap after a restart — is told who
decided first, or that the request expired.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callbacks import on
from bot.context import BotContext
from bot.handlers.common import answer, show, user_id
from bot.handlers.reports_account import action_value
from bot.services import staff_names
from bot.services.approval_notices import hand_over, tell_operator
from bot.services.approval_views import APPROVE, REJECT, decided_view, late_tap_answer
from bot.services.approvals import Approvals, Outcome
from storage import Role
from storage.org import OrgStore
from storage.org_records import ApprovalState


async def decide(update: Update, context: BotContext) -> None:
    """One tap on approve or reject."""
    query = update.callback_query
    request_id = action_value(update)
    if query is None or not isinstance(request_id, int):
        await answer(update)
        return
    admin = user_id(update)
    if await context.storage.get_role(admin) is not Role.ADMIN:
        await answer(update, context.t("org-approval-admins-only"), alert=True)
        return
    approve = query.data.name == APPROVE  # type: ignore[union-attr]
    approvals = Approvals(OrgStore.of(context.storage))
    decision = await approvals.decide(request_id, approve=approve, admin_id=admin)
    names = await staff_names.names_for(context)
    await names.remember(update.effective_user)  # the decider is named even if never seen
    late = late_tap_answer(context.fmt, decision, names.display_name)
    if decision.outcome is not Outcome.DECIDED or decision.record is None:
        await answer(update, late, alert=True)
        return
    await answer(update)
    record = decision.record
    text, markup = decided_view(context.fmt, record, names.display_name)
    await show(update, text, markup)
    await tell_operator(context.application, record)
    if record.state is ApprovalState.APPROVED:
        await hand_over(context.services, record)


def build_approval_handlers() -> list[BaseHandler]:
    return [CallbackQueryHandler(decide, pattern=on(APPROVE, REJECT))]


def build_approvals_handlers(settings: object) -> list[BaseHandler]:
    """The builder the feature registry (bot.features) calls."""
    return build_approval_handlers()
