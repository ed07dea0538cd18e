"""/send and /social: sender line → recipients (many messages and files, until «ادامه») →
text → shared preview. The recipients steps are bot.handlers.recipient_steps, the text step
bot.handlers.text_step.

Social send asks the network (Telegram / Viber) first. One-shot syntax: ``/send`` (or
``/social`` and a network) followed by the numbers (same line or next) and then the text (see
bot.services.one_shot) goes straight to the preview with the chat's default sender line.
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
)

from bot.callbacks import Action, on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers import preview, recipient_steps, text_step
from bot.handlers.account_pick import ACCOUNT, PICK, ask_account, take_account
from bot.handlers.common import END, answer, chat_id, reply, show, user_id
from bot.handlers.conversation import TYPED, Step, build_conversation
from bot.handlers.line_step import default_line, line_keyboard, typed_line
from bot.handlers.preview import current_draft, keep_draft, show_preview
from bot.handlers.send_render import recipients_summary
from bot.keyboards import button
from bot.panel import SocialNetwork
from bot.services.one_shot import OneShot, parse_one_shot
from bot.services.sending import SendDraft, TextProblem, check_text
from storage import OperationKind

NETWORK, SENDER = "send.network", "send.sender"


def _new_draft(context: BotContext, kind: OperationKind) -> SendDraft:
    draft = SendDraft(kind)
    keep_draft(context, draft)
    return draft


async def _ask_sender(update: Update, context: BotContext) -> str:
    """The sender-line step of every sending flow (bot.handlers.line_step)."""
    owner = user_id(update)
    footer = [[button(context.t("button-cancel"), "cancel", None, owner)]]
    markup = await line_keyboard(update, context, "send.sender", owner, footer)
    await show(update, context.t("send-choose-sender"), markup)
    return SENDER


async def start_send(update: Update, context: BotContext) -> str | int:
    """/send or the menu's Send: guided flow, or the one-shot syntax when numbers follow."""
    await answer(update)
    if await context.panel() is None:
        await show(update, context.t("send-not-logged-in"))
        return END
    draft = _new_draft(context, OperationKind.SEND)
    body = _command_body(update)
    if body.strip():
        return await _one_shot(update, context, draft, parse_one_shot(body))
    return await ask_account(update, context) or await _ask_sender(update, context)


def _command_body(update: Update) -> str:
    """What follows the command (same line or next), for the one-shot syntax."""
    message = update.effective_message
    if update.callback_query is not None or message is None or not message.text:
        return ""
    parts = message.text.split(None, 1)
    return parts[1] if len(parts) > 1 else ""


async def _one_shot(
    update: Update, context: BotContext, draft: SendDraft, shot: OneShot
) -> str | int:
    """Recipients (summarised as in the guided flow) and text of a one-shot message."""
    summary = recipients_summary(context, shot.recipients)
    if not shot.recipients.valid:
        usage = context.t("send-oneshot-syntax")
        await reply(update, f"{summary}\n\n{usage}" if summary else usage)
        return END
    if not shot.text:  # numbers only: the gathering goes on (a long paste comes in pieces)
        recipient_steps.keep_tally(context, recipient_steps.Tally())
        return await recipient_steps.gather(update, context, shot.recipients)
    await reply(update, summary)
    draft.recipients = list(shot.recipients.valid)
    try:
        draft.text = check_text(shot.text)
    except TextProblem as problem:
        await reply(update, context.t(problem.locale_key, **problem.variables))
        return text_step.TEXT
    return await to_preview(update, context, draft)


async def to_preview(update: Update, context: BotContext, draft: SendDraft) -> str | int:
    """The preview, once the network (social) and the sender line are known; else ask them
    (the chat's default line is taken when there is one)."""
    if draft.kind is OperationKind.SOCIAL and draft.network is None:
        return await _ask_network(update, context)
    if not draft.sender:
        draft.sender = await default_line(context, chat_id(update)) or ""
    if not draft.sender:
        return await _ask_sender(update, context)
    return await show_preview(update, context, draft)


async def start_social(update: Update, context: BotContext) -> str | int:
    """/social or the menu's Social send: choose the network first."""
    await answer(update)
    if await context.panel() is None:
        await show(update, context.t("send-not-logged-in"))
        return END
    draft = _new_draft(context, OperationKind.SOCIAL)
    body = _command_body(update)
    if body.strip():
        shot = parse_one_shot(body, social=True)
        draft.network = shot.network
        return await _one_shot(update, context, draft, shot)
    return await ask_account(update, context) or await _ask_network(update, context)


async def account_chosen(update: Update, context: BotContext) -> str | int:
    """An account was tapped (several in this chat): on to the network or the sender line."""
    if not await take_account(update, context):
        return await ask_account(update, context) or END
    draft = current_draft(context)
    if draft is not None and draft.kind is OperationKind.SOCIAL:
        return await _ask_network(update, context)
    return await _ask_sender(update, context)


async def _ask_network(update: Update, context: BotContext) -> str:
    owner = user_id(update)
    networks = [
        button(context.fmt.network(network), "send.network", network.value, owner)
        for network in SocialNetwork
    ]
    markup = InlineKeyboardMarkup(
        [networks, [button(context.t("button-cancel"), "cancel", None, owner)]]
    )
    await show(update, context.t("send-choose-network"), markup)
    return NETWORK


async def network_chosen(update: Update, context: BotContext) -> str | int:
    """A network was tapped: on to the sender line."""
    await answer(update)
    draft = current_draft(context)
    query = update.callback_query
    if draft is None or query is None or not isinstance(query.data, Action):
        return END
    draft.network = SocialNetwork(query.data.value)
    return await _ask_sender(update, context)


async def sender_tapped(update: Update, context: BotContext) -> str | int:
    """A sender line button: on to the recipients."""
    await answer(update)
    query = update.callback_query
    line = query.data.value if query is not None and isinstance(query.data, Action) else None
    return await _sender_chosen(update, context, str(line or ""))


async def sender_typed(update: Update, context: BotContext) -> str | int:
    """A typed sender line: checked, then on to the recipients."""
    line = await typed_line(update, context)
    if line is None:
        return SENDER
    return await _sender_chosen(update, context, line)


async def _sender_chosen(update: Update, context: BotContext, line: str) -> str | int:
    draft = current_draft(context)
    if draft is None or not line:
        return END
    draft.sender = line
    if draft.recipients and draft.text:  # one-shot without a default line
        return await show_preview(update, context, draft)
    return await recipient_steps.ask_recipients(update, context)


def build_send_conversation(settings: Settings) -> ConversationHandler:
    states: dict[object, Step] = {
        ACCOUNT: Step(
            [CallbackQueryHandler(account_chosen, pattern=on(PICK))], hint="hint-use-buttons"
        ),
        NETWORK: Step(
            [CallbackQueryHandler(network_chosen, pattern=on("send.network"))],
            hint="hint-use-buttons",
        ),
        SENDER: Step(
            [
                CallbackQueryHandler(sender_tapped, pattern=on("send.sender")),
                MessageHandler(TYPED, sender_typed),
            ],
            hint="send-hint-sender",
        ),
        **recipient_steps.recipient_states(),
        **text_step.text_states(),
        **preview.preview_states(
            edit_recipients=recipient_steps.replace_tapped,
            recipient_actions=recipient_steps.preview_handlers(),
        ),
    }
    return build_conversation(
        "send",
        settings,
        entry_points=[
            CommandHandler("send", start_send),
            CommandHandler("social", start_social),
            CallbackQueryHandler(start_send, pattern=on("menu.send")),
            CallbackQueryHandler(start_social, pattern=on("menu.social")),
        ],
        states=states,
    )


def build_send_handlers(settings: Settings) -> list[BaseHandler]:
    return [build_send_conversation(settings)]
