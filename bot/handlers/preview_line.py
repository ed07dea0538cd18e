"""«تغییر خط» at every preview (and the first step of a retry after a line refusal, see
bot.handlers.preview_retry): the same line step /send uses (bot.handlers.line_step), then the
preview again."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler

from bot.callbacks import Action, on
from bot.context import BotContext
from bot.handlers.common import END, answer, show, user_id
from bot.handlers.conversation import TYPED, Step
from bot.handlers.line_step import line_keyboard, typed_line
from bot.handlers.preview import back_to_preview, current_draft, show_preview
from bot.keyboards import button

PREVIEW_LINE = "preview.line"
PICK, BACK = "send.line_pick", "send.line_back"


async def ask(update: Update, context: BotContext) -> object:
    """«تغییر خط» tapped: the picker in place of the preview."""
    await answer(update)
    if current_draft(context) is None:
        return END
    await ask_line(update, context, back=True)
    return PREVIEW_LINE


async def ask_line(
    update: Update, context: BotContext, *, back: bool = False, notice: str | None = None
) -> None:
    """The chat's lines as /send offers them (a typed line is read too), «بازگشت» to the
    preview when `back`, then Cancel."""
    owner = user_id(update)
    footer = [button(context.t("button-cancel"), "cancel", None, owner)]
    if back:
        footer.insert(0, button(context.t("button-back"), BACK, None, owner))
    markup = await line_keyboard(update, context, PICK, owner, [footer])
    text = context.t("send-choose-sender")
    await show(update, f"{notice}\n\n{text}" if notice else text, markup)


async def tapped(update: Update, context: BotContext) -> object:
    await answer(update)
    query = update.callback_query
    line = query.data.value if query is not None and isinstance(query.data, Action) else None
    return await _use(update, context, str(line or ""))


async def typed(update: Update, context: BotContext) -> object:
    line = await typed_line(update, context)
    return PREVIEW_LINE if line is None else await _use(update, context, line)


async def _use(update: Update, context: BotContext, line: str) -> object:
    draft = current_draft(context)
    if draft is None or not line:
        return END
    draft.sender = line
    draft.renew_key()
    notice = context.t("preview-line-changed", sender=context.fmt.digits(line))
    return await show_preview(update, context, draft, notice=notice)


def preview_handlers() -> list[BaseHandler]:
    """The «تغییر خط» button of the preview step."""
    return [CallbackQueryHandler(ask, pattern=on("send.line"))]


def states() -> dict[object, Step]:
    handlers = [
        CallbackQueryHandler(tapped, pattern=on(PICK)),
        CallbackQueryHandler(back_to_preview, pattern=on(BACK)),
        MessageHandler(TYPED, typed),
    ]
    return {PREVIEW_LINE: Step(handlers, hint="send-hint-sender")}
