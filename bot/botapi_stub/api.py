"""The method table: Bot API method name → implementation."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from bot.botapi_stub import chats_api as c
from bot.botapi_stub import messages_api as m
from bot.botapi_stub.state import StubState

Method = Callable[[StubState, dict[str, Any]], Awaitable[Any]]

METHODS: dict[str, Method] = {
    "getMe": c.get_me,
    "getUpdates": c.get_updates,
    "deleteWebhook": c.delete_webhook,
    "getWebhookInfo": c.get_webhook_info,
    "close": c.harmless_true,
    "logOut": c.harmless_true,
    "setMyCommands": c.set_my_commands,
    "getMyCommands": c.get_my_commands,
    "deleteMyCommands": c.delete_my_commands,
    "getChat": c.get_chat,
    "getChatMember": c.get_chat_member,
    "getChatAdministrators": c.get_chat_administrators,
    "getFile": c.get_file,
    "sendMessage": m.send_message,
    "sendDocument": m.send_document,
    "sendPhoto": m.send_photo,
    "sendChatAction": m.send_chat_action,
    "editMessageText": m.edit_message_text,
    "editMessageCaption": m.edit_message_caption,
    "editMessageReplyMarkup": m.edit_message_reply_markup,
    "deleteMessage": m.delete_message,
    "deleteMessages": m.delete_messages,
    "answerCallbackQuery": m.answer_callback_query,
}

# Telegram matches method names case-insensitively.
BY_LOWER_NAME: dict[str, tuple[str, Method]] = {
    name.lower(): (name, method) for name, method in METHODS.items()
}
