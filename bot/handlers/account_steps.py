"""Steps shared by the account flows (/login, /settings): sender lines and stray input."""

from __future__ import annotations

import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler, filters

from bot.callbacks import Action
from bot.context import BotContext
from bot.handlers.common import answer, reply
from bot.keyboards import Translate, button
from bot.panel.digits import to_latin_digits

SENDER_PATTERN = re.compile(r"^\+?\d{3,20}$")
CANCEL_COMMAND = filters.Regex(r"^/cancel(@\w+)?(\s|$)")
MAX_SENDER_BUTTONS = 10


def stray_input_handlers(hint_key: str) -> list[BaseHandler]:
    """Answer anything unexpected in a state (text, sticker, photo, command, foreign button)
    with `hint_key` and stay there; /cancel and the Cancel button still reach the fallbacks."""

    async def hint(update: Update, context: BotContext) -> None:
        if update.callback_query is not None:
            await answer(update, context.t(hint_key))
            return
        await reply(update, context.t(hint_key))

    def not_cancel(data: object) -> bool:
        return not (isinstance(data, Action) and data.name == "cancel")

    return [
        MessageHandler(~CANCEL_COMMAND, hint),
        CallbackQueryHandler(hint, pattern=not_cancel),
    ]


def parse_sender(text: str) -> str | None:
    """A typed sender line in Latin digits, or None when it is not one."""
    line = to_latin_digits(text.strip()).replace(" ", "")
    return line if SENDER_PATTERN.match(line) else None


def sender_keyboard(
    t: Translate, lines: list[str] | None, choose: str, extra: InlineKeyboardButton, owner: int
) -> InlineKeyboardMarkup:
    """The panel's sender lines (one tap picks), then `extra` (skip / no default) and Cancel."""
    keyboard = [[button(line, choose, line, owner)] for line in (lines or [])[:MAX_SENDER_BUTTONS]]
    keyboard.append([extra, button(t("button-cancel"), "cancel", owner=owner)])
    return InlineKeyboardMarkup(keyboard)
