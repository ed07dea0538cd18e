"""The sender-line picker: the chat's default line and the account's other lines as buttons,
or a typed line checked with bot.panel.lines. /send asks with it, and so do the preview's
«تغییر خط» and the retry after a line refusal (code 3), so a line is chosen one way only."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update

from bot.context import BotContext
from bot.handlers.common import chat_id, reply, show, user_id
from bot.keyboards import button
from bot.panel import PanelError
from bot.panel.lines import LineCheck, LineRefusal, check_line, line_key, unique_lines

SENDER_EXAMPLE = "3000505"


async def default_line(context: BotContext, chat: int) -> str | None:
    return (await context.storage.get_chat_settings(chat)).default_sender


async def account_lines(context: BotContext) -> list[str] | None:
    """The account's lines, each once; None when the panel lists none."""
    panel = await context.panel()
    try:
        lines = await panel.sender_lines() if panel is not None else None
    except PanelError:
        lines = None
    return unique_lines(lines) if lines else None


async def line_choices(context: BotContext, chat: int) -> tuple[str | None, list[str]]:
    """The chat's default line and the account's other lines (when the panel lists them)."""
    default = await default_line(context, chat)
    taken = {line_key(default)} if default else set()
    others = [line for line in await account_lines(context) or [] if line_key(line) not in taken]
    return default, others


async def ask_line(
    update: Update,
    context: BotContext,
    *,
    action: str,
    back: str | None = None,
    notice: str | None = None,
) -> None:
    """Show the picker; a tapped line comes back as `action` with the line as its value."""
    default, others = await line_choices(context, chat_id(update))
    owner = user_id(update)
    rows = []
    if default:
        label = context.t("send-default-sender", sender=context.fmt.digits(default))
        rows.append([button(label, action, default, owner)])
    rows += [[button(context.fmt.digits(line), action, line, owner)] for line in others]
    footer = [button(context.t("button-cancel"), "cancel", None, owner)]
    if back:
        footer.insert(0, button(context.t("button-back"), back, None, owner))
    rows.append(footer)
    text = context.t("send-choose-sender")
    await show(update, f"{notice}\n\n{text}" if notice else text, InlineKeyboardMarkup(rows))


async def typed_line(update: Update, context: BotContext) -> str | None:
    """The typed line when it is one of the account's (or has a line's shape when the panel
    lists none); otherwise None, after saying why and which lines are known."""
    typed = update.effective_message.text or ""  # type: ignore[union-attr]
    known = await account_lines(context)
    checked = check_line(typed, known)
    if checked.line is None:
        default = await default_line(context, chat_id(update))
        shown = known or ([default] if default else [])
        await reply(update, line_refusal(context, checked, shown))
    return checked.line


def line_refusal(context: BotContext, checked: LineCheck, known: list[str]) -> str:
    """Why a typed line is refused, with the lines the account is known to have."""
    if checked.refusal is LineRefusal.NOT_A_NUMBER:
        return context.t("send-sender-invalid", example=SENDER_EXAMPLE)
    shown = "، ".join(context.fmt.digits(line) for line in known)
    return context.t(f"send-sender-{checked.refusal}", lines=shown or "—")
