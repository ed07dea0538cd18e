"""The text step of /send and /social: the text typed, picked from «متن‌های آماده», or — when
what arrives is numbers — added to the recipients.

- a message that is mostly phone numbers is not taken silently: "this looks like numbers: add
  them to the recipients, or use it as the text?" (TEXT_NUMBERS);
- a file is a recipients list: it joins the gathering (bot.handlers.recipient_steps);
- «متن‌های آماده» lists the account's saved texts, paged (TEMPLATES); a tap uses one.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, MessageHandler

from bot.callbacks import Action, on
from bot.context import BotContext
from bot.handlers import flow_store
from bot.handlers.common import END, answer, chat_id, prompt, reply, show, user_id
from bot.handlers.conversation import TYPED, Step
from bot.handlers.preview import current_draft
from bot.handlers.recipient_steps import DOCUMENT, GATHER, gather, read_upload
from bot.handlers.recipients_render import numbers_question, templates_screen, text_prompt_keyboard
from bot.services import recipients
from bot.services.recipient_gathering import looks_like_numbers
from bot.services.sending import TextProblem, check_text
from bot.services.templates import TemplateService

TEXT, TEXT_NUMBERS, TEMPLATES = "send.text", "send.text.numbers", "send.templates"
PENDING = "pending_text"  # the flow record's slot: {"text": the message asked about}


async def _templates_account(context: BotContext, chat: int) -> int | None:
    """The chat whose account's saved texts are offered (None: no account, or no saved text)."""
    if await context.storage.get_credentials(chat) is None:
        return None
    return chat if await context.storage.count_templates(chat) else None


async def ask_text(update: Update, context: BotContext) -> str:
    """«Send the text», with «متن‌های آماده» when the account has saved texts. → TEXT"""
    has_templates = await _templates_account(context, chat_id(update)) is not None
    markup = text_prompt_keyboard(context.t, user_id(update)) if has_templates else None
    await prompt(update, context, context.t("send-ask-text"), markup)
    return TEXT


async def use_text(update: Update, context: BotContext, text: str | None) -> str | int:
    """`text` as the message text: checked, then the preview."""
    draft = current_draft(context)
    if draft is None:
        return END
    try:
        draft.text = check_text(text)
    except TextProblem as problem:
        await reply(update, context.t(problem.locale_key, **problem.variables))
        return TEXT
    flow_store.drop(context, PENDING)
    draft.renew_key()
    from bot.handlers.send import to_preview  # the send flow asks what a one-shot left out

    return await to_preview(update, context, draft)


async def text_received(update: Update, context: BotContext) -> str | int:
    """The typed text; one that is mostly phone numbers is asked about first."""
    typed = update.effective_message.text or ""  # type: ignore[union-attr]
    if not looks_like_numbers(typed):
        return await use_text(update, context, typed)
    flow_store.put(context, PENDING, {"text": typed})
    count = len(recipients.from_text(typed).valid)
    text, markup = numbers_question(context, count, user_id(update))
    await reply(update, text, markup)
    return TEXT_NUMBERS


def _pending(context: BotContext) -> str:
    return str((flow_store.get(context, PENDING, dict) or {}).get("text", ""))


async def add_pending(update: Update, context: BotContext) -> str | int:
    """«افزودن به گیرندگان»: the asked-about message joins the recipients. → GATHER"""
    await answer(update)
    pending = _pending(context)
    flow_store.drop(context, PENDING)
    if not pending:
        return await ask_text(update, context)
    return await gather(update, context, recipients.from_text(pending))


async def pending_as_text(update: Update, context: BotContext) -> str | int:
    """«استفاده به‌عنوان متن»: the asked-about message is the text after all."""
    await answer(update)
    return await use_text(update, context, _pending(context))


async def text_uploaded(update: Update, context: BotContext) -> str | int:
    """A file at the text step is a recipients list: it joins the gathering."""
    upload = await read_upload(update, context)
    if upload is None:
        return TEXT
    return await gather(update, context, upload[0])


async def templates_page(update: Update, context: BotContext) -> str | int:
    """«متن‌های آماده» or ◀ ▶: a page of the account's saved texts. → TEMPLATES"""
    await answer(update)
    account = await _templates_account(context, chat_id(update))
    if account is None:
        return await ask_text(update, context)
    query = update.callback_query
    number = query.data.value if query is not None and isinstance(query.data, Action) else 0
    page = await TemplateService(context.storage).page(account, int(number or 0))
    text, markup = templates_screen(context, page, user_id(update))
    await show(update, text, markup)
    return TEMPLATES


async def template_chosen(update: Update, context: BotContext) -> str | int:
    """A saved text tapped: it is the text (checked like a typed one), then the preview."""
    query = update.callback_query
    template_id = query.data.value if query is not None and isinstance(query.data, Action) else None
    record = await TemplateService(context.storage).get(chat_id(update), int(template_id or 0))
    if record is None:
        await answer(update, context.t("templates-gone"), alert=True)
        return await templates_page(update, context)
    await answer(update)
    return await use_text(update, context, record.text)


async def templates_back(update: Update, context: BotContext) -> str:
    await answer(update)
    return await ask_text(update, context)


def text_states() -> dict[object, Step]:
    typed = MessageHandler(TYPED, text_received)
    uploaded = MessageHandler(DOCUMENT, text_uploaded)
    return {
        TEXT: Step(
            [
                uploaded,
                typed,
                CallbackQueryHandler(templates_page, pattern=on("send.templates.page")),
            ],
            hint="hint-send-text",
        ),
        TEXT_NUMBERS: Step(
            [
                CallbackQueryHandler(add_pending, pattern=on("send.text.add_numbers")),
                CallbackQueryHandler(pending_as_text, pattern=on("send.text.as_text")),
                MessageHandler(DOCUMENT, text_uploaded),
                MessageHandler(TYPED, text_received),
            ],
            hint="recipients-hint-numbers-question",
        ),
        TEMPLATES: Step(
            [
                CallbackQueryHandler(template_chosen, pattern=on("send.templates.use")),
                CallbackQueryHandler(templates_page, pattern=on("send.templates.page")),
                CallbackQueryHandler(templates_back, pattern=on("send.templates.back")),
                MessageHandler(DOCUMENT, text_uploaded),
                MessageHandler(TYPED, text_received),
            ],
            hint="recipients-hint-templates",
        ),
    }


__all__ = ["GATHER", "TEXT", "ask_text", "text_states", "use_text"]
