"""How every flow assembles its ConversationHandler: persistent, per chat and user, the
configured timeout with its TIMEOUT state, /cancel and the Cancel button; and stray input."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

from telegram import Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.callbacks import Action, on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers import common

Callback = Callable[[Update, BotContext], Awaitable[Any]]

TYPED = filters.TEXT & ~filters.COMMAND
"""Typed text (not a command): what a step that asks for text reads."""

CANCEL_COMMAND = filters.Regex(r"^/cancel(@\w+)?(\s|$)")

STRAY_INPUT = filters.ALL & ~CANCEL_COMMAND
"""Any message in a step except /cancel, which must reach the fallbacks (a state's own handlers
are checked before them)."""


def build_conversation(
    name: str,
    settings: Settings,
    *,
    entry_points: Sequence[BaseHandler],
    states: Mapping[object, Sequence[BaseHandler]],
    fallbacks: Sequence[BaseHandler] = (),
    cancel: Callback = common.cancel,
    on_timeout: Callback = common.timed_out,
    allow_reentry: bool = False,
) -> ConversationHandler:
    """The house ConversationHandler named `name`.

    `/cancel` and the Cancel button (→ `cancel`) come first among the fallbacks, then
    `fallbacks`; a chat idle for `settings.conversation_timeout` gets `on_timeout`.
    """
    return ConversationHandler(
        entry_points=list(entry_points),
        states={
            **{state: list(handlers) for state, handlers in states.items()},
            ConversationHandler.TIMEOUT: [TypeHandler(Update, on_timeout)],
        },
        fallbacks=[
            CommandHandler("cancel", cancel),
            CallbackQueryHandler(cancel, pattern=on("cancel")),
            *fallbacks,
        ],
        name=name,
        persistent=True,
        per_chat=True,
        per_user=True,
        allow_reentry=allow_reentry,
        conversation_timeout=settings.conversation_timeout,
    )


def stray_input_handlers(hint_key: str) -> list[BaseHandler]:
    """Answer anything unexpected in a state (text, sticker, photo, command, foreign button)
    with `hint_key` and stay there; /cancel and the Cancel button still reach the fallbacks."""

    async def hint(update: Update, context: BotContext) -> None:
        if update.callback_query is not None:
            await common.answer(update, context.t(hint_key))
            return
        await common.reply(update, context.t(hint_key))

    def not_cancel(data: object) -> bool:
        return not (isinstance(data, Action) and data.name == "cancel")

    return [
        MessageHandler(STRAY_INPUT, hint),
        CallbackQueryHandler(hint, pattern=not_cancel),
    ]
