"""«ذخیره به‌عنوان متن آماده» at every preview: asks a name and keeps the draft's text among
the saved texts of the chat's panel account (bot.services.templates), then the preview again."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler

from bot.callbacks import on
from bot.context import BotContext
from bot.handlers.common import END, answer, chat_id, prompt, reply, user_id
from bot.handlers.conversation import TYPED, Step
from bot.handlers.preview import back_to_preview, current_draft, show_preview
from bot.handlers.templates import problem_text
from bot.keyboards import button
from bot.services.templates import MAX_NAME_CHARS, TemplateProblem, TemplateService

PREVIEW_NAME = "preview.template_name"
SAVE, BACK = "send.save_text", "send.save_back"
_ASK_AGAIN = frozenset(
    {TemplateProblem.EMPTY_NAME, TemplateProblem.NAME_TOO_LONG, TemplateProblem.NAME_TAKEN}
)


async def ask_name(update: Update, context: BotContext) -> object:
    """Save tapped: ask the name (in place of the preview, with «بازگشت»)."""
    await answer(update)
    if current_draft(context) is None:
        return END
    back = button(context.t("button-back"), BACK, None, user_id(update))
    text = context.t("templates-ask-name", max=MAX_NAME_CHARS)
    await prompt(update, context, text, InlineKeyboardMarkup([[back]]))
    return PREVIEW_NAME


async def name_typed(update: Update, context: BotContext) -> object:
    """The name: saved (then the preview again), or asked again with the reason."""
    draft = current_draft(context)
    typed = update.effective_message.text or ""  # type: ignore[union-attr]
    if draft is None:
        return END
    result = await TemplateService(context.storage).save(
        chat_id(update), name=typed, text=draft.text, user_id=user_id(update)
    )
    if isinstance(result, TemplateProblem):
        said = problem_text(context.t, result, " ".join(typed.split()))
        if result in _ASK_AGAIN:
            await reply(update, said)
            return PREVIEW_NAME
        return await show_preview(update, context, draft, notice=said)
    notice = context.t("templates-saved", name=result.name)
    return await show_preview(update, context, draft, notice=notice)


def preview_handlers() -> list[BaseHandler]:
    """The «ذخیره به‌عنوان متن آماده» button of the preview step."""
    return [CallbackQueryHandler(ask_name, pattern=on(SAVE))]


def states() -> dict[object, Step]:
    handlers = [
        MessageHandler(TYPED, name_typed),
        CallbackQueryHandler(back_to_preview, pattern=on(BACK)),
    ]
    return {PREVIEW_NAME: Step(handlers, hint="templates-hint-name")}
