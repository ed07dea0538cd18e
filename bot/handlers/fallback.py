"""The last handlers: whatever no flow or feature took gets a short answer, never silence.

Private chats only for messages (in groups the bot stays quiet about chatter and commands meant
for other bots); every unclaimed button tap is answered, wherever it was tapped: a button of a
finished flow says which command opens it again.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.callbacks import on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers.common import answer, reply
from bot.handlers.conversation import answer_closed
from bot.handlers.preview import build_stale_handlers


async def unknown_command(update: Update, context: BotContext) -> None:
    """A command nobody handles: point to /help."""
    await reply(update, context.t("start-unknown-command"))


async def stray_message(update: Update, context: BotContext) -> None:
    """Text, sticker, photo or file outside any flow: point to the main menu."""
    await reply(update, context.t("start-stray-message"))


async def stray_reply(update: Update, context: BotContext) -> None:
    """In a group, a reply to one of the bot's messages that no flow waits for: say so."""
    message = update.effective_message
    replied = message.reply_to_message if message is not None else None
    if (
        replied is not None
        and replied.from_user is not None
        and replied.from_user.id == context.bot.id
    ):
        await reply(update, context.t("start-stray-message"))


async def nothing_to_cancel(update: Update, context: BotContext) -> None:
    """/cancel or a Cancel button with no flow open: say so."""
    if update.callback_query is not None:
        await answer(update, context.t("start-nothing-to-cancel"), alert=True)
    else:
        await reply(update, context.t("start-nothing-to-cancel"))


async def unclaimed_tap(update: Update, context: BotContext) -> None:
    """A button whose flow is over: say how to open it again."""
    await answer_closed(update, context)


def build_fallback_handlers(settings: Settings) -> list[BaseHandler]:
    from bot.features import published_commands

    private = filters.ChatType.PRIVATE
    published = filters.Regex(rf"^/({'|'.join(published_commands())})(@\w+)?(\s|$)")
    return [
        # Send buttons that no live conversation took (spent, timed out): registered last so
        # that every flow's own preview sees its live taps first.
        *build_stale_handlers(),
        CommandHandler("cancel", nothing_to_cancel),
        CallbackQueryHandler(nothing_to_cancel, pattern=on("cancel")),
        MessageHandler(private & filters.COMMAND & ~published, unknown_command),
        MessageHandler(private & ~filters.COMMAND & ~filters.StatusUpdate.ALL, stray_message),
        MessageHandler(filters.ChatType.GROUPS & filters.REPLY & ~filters.COMMAND, stray_reply),
        CallbackQueryHandler(unclaimed_tap),
    ]
