"""A local stand-in for the Telegram Bot API, for tests and the offline demo.

It speaks the real HTTP protocol to a real ``telegram.ext.Application`` and plays the users'
side; it never imports ``telegram``.
"""

from bot.botapi_stub.records import (
    ApiCall,
    BotMessage,
    CallbackAnswer,
    Chat,
    StoredFile,
    User,
    UserMessage,
)
from bot.botapi_stub.stub import DEFAULT_TOKEN, BotApiStub, running_botapi_stub

__all__ = [
    "DEFAULT_TOKEN",
    "ApiCall",
    "BotApiStub",
    "BotMessage",
    "CallbackAnswer",
    "Chat",
    "StoredFile",
    "User",
    "UserMessage",
    "running_botapi_stub",
]
