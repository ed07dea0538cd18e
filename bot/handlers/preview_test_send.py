"""«ارسال آزمایشی به خودم» at every preview: the exact text to the staff member's own number
(asked once, then kept in their settings), not counted as the send; the preview stays ready.
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler

from bot.callbacks import Action, on
from bot.context import BotContext
from bot.handlers import flow_store
from bot.handlers.common import END, answer, chat_id, prompt, reply, user_id
from bot.handlers.conversation import TYPED, Step
from bot.handlers.preview import PREVIEW, back_to_preview, current_draft, show_preview
from bot.keyboards import button
from bot.panel import PanelError
from bot.panel.numbers import normalize_mobile
from bot.services import job_accounts
from bot.services.self_test_send import send_to_self
from bot.services.sending import SendDraft, is_blank

PREVIEW_OWN_NUMBER = "preview.own_number"
TEST, BACK = "send.test_self", "send.test_back"
USED = "test_send_used"  # the flow record's slot: the token of the last test send button used


def _value(update: Update) -> object:
    query = update.callback_query
    return query.data.value if query is not None and isinstance(query.data, Action) else None


async def tapped(update: Update, context: BotContext) -> object:
    """Test send tapped: to the kept number, or ask it first."""
    draft = current_draft(context)
    if draft is None or is_blank(draft.text):
        await answer(update)
        return END if draft is None else PREVIEW
    token = _value(update)
    used = flow_store.get(context, USED, dict) or {}
    if token is not None and used.get("token") == token:
        await answer(update, context.t("preview-test-already"), alert=True)
        return PREVIEW  # a second tap on the same button: one test send per button
    flow_store.put(context, USED, {"token": token})
    number = await context.storage.get_own_number(user_id(update))
    if number is None:
        await answer(update)
        back = button(context.t("button-back"), BACK, None, user_id(update))
        markup = InlineKeyboardMarkup([[back]])
        await prompt(update, context, context.t("preview-ask-own-number"), markup)
        return PREVIEW_OWN_NUMBER
    await answer(update, context.t("please-wait"))
    return await _send(update, context, draft, number)


async def number_typed(update: Update, context: BotContext) -> object:
    """The own number: kept in the person's settings, then the test send."""
    draft = current_draft(context)
    if draft is None:
        return END
    number = normalize_mobile(update.effective_message.text or "")  # type: ignore[union-attr]
    if number is None:
        await reply(update, context.t("preview-own-number-invalid"))
        return PREVIEW_OWN_NUMBER
    await context.storage.set_own_number(user_id(update), number)
    return await _send(update, context, draft, number)


async def _send(update: Update, context: BotContext, draft: SendDraft, number: str) -> object:
    panel = await job_accounts.pin(
        context.services, draft, chat_id=chat_id(update), user_id=user_id(update)
    )
    if panel is None:
        await reply(update, context.t("send-not-logged-in"))
        return END
    try:
        bulk_id = await send_to_self(panel, draft, number)
    except PanelError as error:
        notice = context.t("preview-test-failed", reason=context.fmt.panel_error(error))
    else:
        shown = context.fmt.digits(number)
        notice = context.t("preview-test-sent", number=shown, bulk_id=bulk_id)
    return await show_preview(update, context, draft, notice=notice)


def preview_handlers() -> list[BaseHandler]:
    """The «ارسال آزمایشی به خودم» button of the preview step."""
    return [CallbackQueryHandler(tapped, pattern=on(TEST))]


def states() -> dict[object, Step]:
    handlers = [
        MessageHandler(TYPED, number_typed),
        CallbackQueryHandler(back_to_preview, pattern=on(BACK)),
    ]
    return {PREVIEW_OWN_NUMBER: Step(handlers, hint="preview-hint-own-number")}
