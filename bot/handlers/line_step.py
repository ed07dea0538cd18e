"""The sender-line step every sending flow shares (/send, /books, /postal, /jobs).

The chat's default line (as stored; none after «no default line») comes first, marked default,
then the account's other lines, each once (bot.panel.lines keys every spelling of a line). A
typed line is checked against the account's lines where the panel lists them, otherwise by the
shape of a line; a refusal names the lines the account is known to have.
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.context import BotContext
from bot.handlers.common import chat_id, reply
from bot.keyboards import button
from bot.panel import PanelError
from bot.panel.lines import LineCheck, LineRefusal, check_line, line_key, unique_lines

SENDER_EXAMPLE = "3000505"


async def account_lines(context: BotContext) -> list[str] | None:
    """The account's lines, each once; None when the panel lists none."""
    panel = await context.panel()
    try:
        lines = await panel.sender_lines() if panel is not None else None
    except PanelError:
        lines = None
    return unique_lines(lines) if lines else None


async def default_line(context: BotContext, chat: int) -> str | None:
    """The default line of the account this staff member sends with here: a shared account's
    own line, else the chat's stored default (None after «no default line»)."""
    from bot.services.job_accounts import current

    user = context._user_id  # set by PTB from the update (as in BotContext.panel)
    option = await current(context.services, chat, user) if user is not None else None
    if option is not None and option.name is not None:  # a shared account
        return option.sender
    return (await context.storage.get_chat_settings(chat)).default_sender


async def offered_lines(context: BotContext, chat: int) -> tuple[str | None, list[str]]:
    """The chat's default line and the account's other lines (when the panel lists them)."""
    default = await default_line(context, chat)
    taken = {line_key(default)} if default else set()
    others = [line for line in await account_lines(context) or [] if line_key(line) not in taken]
    return default, others


def line_rows(
    context: BotContext, default: str | None, others: list[str], action: str, owner: int
) -> list[list[InlineKeyboardButton]]:
    """One button per line (`action`, the line as value): the default first, marked."""
    rows = []
    if default:
        label = context.t("send-default-sender", sender=context.fmt.digits(default))
        rows.append([button(label, action, default, owner)])
    rows += [[button(context.fmt.digits(line), action, line, owner)] for line in others]
    return rows


async def line_keyboard(
    update: Update,
    context: BotContext,
    action: str,
    owner: int,
    footer: list[list[InlineKeyboardButton]],
) -> InlineKeyboardMarkup:
    """The chat's lines (`action`) above `footer` (e.g. Back / Cancel)."""
    default, others = await offered_lines(context, chat_id(update))
    return InlineKeyboardMarkup([*line_rows(context, default, others, action, owner), *footer])


async def typed_line(update: Update, context: BotContext) -> str | None:
    """The typed line checked (the account's spelling), or None after saying why not."""
    message = update.effective_message
    known = await account_lines(context)
    checked = check_line((message.text if message else None) or "", known)
    if checked.line is not None:
        return checked.line
    default = await default_line(context, chat_id(update))
    await reply(update, line_refusal(context, checked, known or ([default] if default else [])))
    return None


def line_refusal(context: BotContext, checked: LineCheck, known: list[str]) -> str:
    """Why a typed line is refused, with the lines the account is known to have."""
    if checked.refusal is LineRefusal.NOT_A_NUMBER:
        return context.t("send-sender-invalid", example=SENDER_EXAMPLE)
    shown = "، ".join(context.fmt.digits(line) for line in known)
    return context.t(f"send-sender-{checked.refusal}", lines=shown or "—")
