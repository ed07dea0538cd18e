"""The last handlers: whatever no conversation or command took gets a short hint, not silence.

Private chats only for messages (in groups the bot stays quiet about chatter and commands meant
for other bots); every unclaimed button tap is answered, wherever it was tapped.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler, filters

from bot.config import Settings
from bot.context import BotContext
from bot.handlers.common import answer, reply
from bot.handlers.preview import build_stale_handlers


async def unknown_command(update: Update, context: BotContext) -> None:
    """A command nobody handles: point to /help."""
    await reply(update, context.t("start-unknown-command"))


async def stray_message(update: Update, context: BotContext) -> None:
    """Text, sticker, photo or file outside any flow: point to the main menu."""
    await reply(update, context.t("start-stray-message"))


async def unclaimed_tap(update: Update, context: BotContext) -> None:
    """A button whose flow is over or whose feature is missing: answer it, briefly."""
    await answer(update, context.t("start-button-unavailable"))


def build_fallback_handlers(settings: Settings) -> list[BaseHandler]:
    private = filters.ChatType.PRIVATE
    return [
        # Send buttons that no live conversation took (spent, timed out): registered last so
        # that every flow's own preview sees its live taps first.
        *build_stale_handlers(),
        MessageHandler(private & filters.COMMAND, unknown_command),
        MessageHandler(private & ~filters.StatusUpdate.ALL, stray_message),
        CallbackQueryHandler(unclaimed_tap),
    ]
