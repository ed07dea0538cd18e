"""Small Telegram helpers every handler shares: safe edits, long texts, conversation ends."""

from __future__ import annotations

import asyncio
import io
import weakref
from collections.abc import Sequence

from telegram import ForceReply, InlineKeyboardMarkup, Message, MessageEntity, Update
from telegram.error import BadRequest
from telegram.ext import Application, ConversationHandler

from bot.context import BotContext

TELEGRAM_TEXT_LIMIT = 4096
END = ConversationHandler.END
FLUSH_DELAY_SECONDS = 0.2
_pending_flushes: weakref.WeakSet[Application] = weakref.WeakSet()


def flush_soon(application: Application) -> None:
    """Write persistence right after the current update finished (conversation state included).

    PTB otherwise writes only every `update_interval` seconds. Flushes requested within
    FLUSH_DELAY_SECONDS are coalesced into one: 50 chats confirming at once cost one write of
    everything, not 50 (`update_persistence` deep-copies all data under one lock).
    """
    if application in _pending_flushes:
        return
    _pending_flushes.add(application)

    async def flush() -> None:
        await asyncio.sleep(FLUSH_DELAY_SECONDS)
        _pending_flushes.discard(application)
        await application.update_persistence()

    application.create_task(flush(), name="flush-persistence")


def split_text(text: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """Split at line breaks so that every piece fits Telegram's limit."""
    pieces: list[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        while len(line) > limit:
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:limit])
            line = line[limit:]
        if len(current) + len(line) > limit:
            pieces.append(current)
            current = ""
        current += line
    if current:
        pieces.append(current)
    return [p for p in pieces if p.strip()] or [text[:limit]]


async def reply(
    update: Update, text: str, markup: InlineKeyboardMarkup | None = None
) -> Message | None:
    """Answer in the chat of the update; long texts are split, the keyboard goes on the last."""
    chat = update.effective_chat
    if chat is None:
        return None
    pieces = split_text(text)
    message: Message | None = None
    for index, piece in enumerate(pieces):
        last = index == len(pieces) - 1
        message = await chat.send_message(piece, reply_markup=markup if last else None)
    return message


async def show(
    update: Update, text: str, markup: InlineKeyboardMarkup | None = None
) -> Message | None:
    """Edit the message of a tapped button in place, or send a new one for a typed message."""
    query = update.callback_query
    if query is not None and query.message is not None and len(text) <= TELEGRAM_TEXT_LIMIT:
        try:
            edited = await query.edit_message_text(text, reply_markup=markup)
        except BadRequest as error:
            if "not modified" not in str(error).lower():
                raise
            return None
        return edited if isinstance(edited, Message) else None
    return await reply(update, text, markup)


async def edit_quietly(message: Message, text: str, markup: InlineKeyboardMarkup | None = None):
    """Edit `message`; "message is not modified" is not an error."""
    try:
        return await message.edit_text(text, reply_markup=markup)
    except BadRequest as error:
        if "not modified" not in str(error).lower():
            raise
        return message


async def send_document(
    update: Update, filename: str, content: bytes, caption: str | None = None
) -> Message | None:
    chat = update.effective_chat
    if chat is None:
        return None
    return await chat.send_document(io.BytesIO(content), filename=filename, caption=caption)


async def answer(update: Update, text: str | None = None, alert: bool = False) -> None:
    """Answer the callback query at once (every tap is answered)."""
    if update.callback_query is not None:
        await update.callback_query.answer(text, show_alert=alert)


def user_id(update: Update) -> int:
    return update.effective_user.id if update.effective_user else 0


def chat_id(update: Update) -> int:
    return update.effective_chat.id if update.effective_chat else 0


def is_private(update: Update) -> bool:
    return update.effective_chat is not None and update.effective_chat.type == "private"


async def cancel(update: Update, context: BotContext) -> int:
    """/cancel or the Cancel button: leave the flow (the builder clears its data)."""
    await answer(update)
    await show(update, context.t("cancelled"))
    return END


async def prompt(
    update: Update, context: BotContext, text: str, markup: InlineKeyboardMarkup | None = None
) -> Message | None:
    """Ask for typed input. In a group the question goes out with ForceReply(selective=True),
    addressed to the user, because under privacy mode only a reply to the bot reaches it."""
    if is_private(update) or update.effective_chat is None:
        return await show(update, text, markup)
    if markup is not None:
        await show(update, text, markup)
        text = context.t("reply-to-prompt")
    else:
        text = f"{text}\n\n{context.t('reply-to-prompt')}"
    force = ForceReply(selective=True)
    message = update.message
    if message is not None:
        return await message.reply_text(text, reply_markup=force)
    user = update.effective_user
    name = user.first_name if user is not None else ""
    mention = MessageEntity(MessageEntity.TEXT_MENTION, 0, _utf16_length(name), user=user)
    return await update.effective_chat.send_message(
        f"{name}\n{text}",
        entities=[mention] if user is not None and name else None,
        reply_markup=force,
    )


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


async def timed_out(update: Update, context: BotContext) -> None:
    """ConversationHandler.TIMEOUT: tell the user the half-finished flow was closed."""
    if update.effective_chat is not None:
        await update.effective_chat.send_message(context.t("conversation-timed-out"))


def lines_of(items: Sequence[str]) -> str:
    return "\n".join(items)
