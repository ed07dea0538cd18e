"""Steps shared by the account flows (/login, /settings): the sender line."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler

from bot.callbacks import on
from bot.context import BotContext
from bot.handlers.common import answer, reply
from bot.handlers.conversation import TYPED
from bot.keyboards import Translate, button
from bot.panel.lines import parse_line

MAX_SENDER_BUTTONS = 10

KeepSender = Callable[[Update, BotContext, str], Awaitable[int]]


def parse_sender(text: str) -> str | None:
    """A typed sender line in Latin digits, or None when it is not one."""
    return parse_line(text)


def sender_keyboard(
    t: Translate,
    lines: list[str] | None,
    choose: str,
    extra: InlineKeyboardButton,
    owner: int,
    *,
    cancel: bool = True,
) -> InlineKeyboardMarkup:
    """The panel's sender lines (one tap picks), then `extra` (skip / no default) and Cancel
    (left out after a finished login, where "Later" is the way out: nothing is cancelled)."""
    shown = (lines or [])[:MAX_SENDER_BUTTONS]
    keyboard = [[button(t("sender-line", line=line), choose, line, owner)] for line in shown]
    last = [extra, button(t("button-cancel"), "cancel", owner=owner)] if cancel else [extra]
    keyboard.append(last)
    return InlineKeyboardMarkup(keyboard)


def sender_handlers(
    choose: str, bad_sender_key: str, keep: KeepSender, stay: int
) -> list[BaseHandler]:
    """A line button (`choose`) or a typed line, handed to `keep` (which returns the next state);
    typed text that is no line number is answered with `bad_sender_key` and stays in `stay`."""

    async def tapped(update: Update, context: BotContext) -> int:
        await answer(update)
        assert update.callback_query is not None
        return await keep(update, context, str(update.callback_query.data.value))

    async def typed(update: Update, context: BotContext) -> int:
        assert update.message is not None and update.message.text is not None
        line = parse_sender(update.message.text)
        if line is None:
            await reply(update, context.t(bad_sender_key))
            return stay
        return await keep(update, context, line)

    return [CallbackQueryHandler(tapped, pattern=on(choose)), MessageHandler(TYPED, typed)]
