"""What the stand-in remembers: users, chats, messages, files, calls — plain records, no I/O."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

# Seconds a wait for the bot's answer may last by default. Reached only when the bot fails to
# answer (a wait returns as soon as the answer is there), so it is generous: on a loaded
# machine (parallel test workers) a sound answer can take seconds.
WAIT_BOUND = 15.0


@dataclass
class User:
    """A Telegram user played by a test or the demo."""

    user_id: int
    first_name: str
    username: str | None = None
    last_name: str | None = None
    language_code: str | None = None
    started: bool = True  # has opened the bot, so the bot may write to them
    blocked: bool = False  # has blocked the bot

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.user_id, "is_bot": False, "first_name": self.first_name}
        for key in ("last_name", "username", "language_code"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        return data


@dataclass
class Chat:
    """A private chat (id = user id) or a group (negative id) with its administrators."""

    chat_id: int
    type: str  # "private" | "group" | "supergroup"
    title: str | None = None
    user: User | None = None  # the other side of a private chat
    admins: list[int] = field(default_factory=list)
    members: set[int] = field(default_factory=set)
    bot_is_admin: bool = False

    @property
    def is_private(self) -> bool:
        return self.type == "private"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.chat_id, "type": self.type}
        if self.user is not None:
            data.update(
                {k: v for k, v in self.user.to_json().items() if k in ("first_name", "username")}
            )
        if self.title:
            data["title"] = self.title
        return data


@dataclass
class StoredFile:
    """A file the stand-in holds, downloadable through getFile and /file/bot<token>/<path>."""

    file_id: str
    file_unique_id: str
    file_path: str
    content: bytes
    filename: str | None = None
    mime_type: str | None = None

    @property
    def size(self) -> int:
        return len(self.content)


@dataclass
class Message:
    """Common part of bot and user messages; ``text`` holds the text or the caption."""

    message_id: int
    chat_id: int
    date: int
    text: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    document: StoredFile | None = None
    photo: StoredFile | None = None
    deleted: bool = False
    raw: dict[str, Any] = field(default_factory=dict)  # extra Message fields; replies as records

    @property
    def kind(self) -> str:
        if self.document is not None:
            return "document"
        if self.photo is not None:
            return "photo"
        return "text" if self.text is not None else "other"


@dataclass
class UserMessage(Message):
    """A message a user sent; ``delivered`` is False when the bot's privacy mode hid it."""

    user: User | None = None
    delivered: bool = True


Button = tuple[str, str | None]


@dataclass
class BotMessage(Message):
    """A message the bot sent, in its current state, with the history of its texts."""

    parse_mode: str | None = None
    reply_markup: dict[str, Any] | None = None  # as sent (inline or reply keyboard), parsed
    edits: list[str | None] = field(default_factory=list)  # previous texts, oldest first
    edit_date: int | None = None

    @property
    def buttons(self) -> list[list[Button]]:
        """Rows of (text, callback_data or url); reply-keyboard buttons carry None."""
        markup = self.reply_markup or {}
        if "inline_keyboard" in markup:
            return [
                [(b["text"], b.get("callback_data", b.get("url"))) for b in row]
                for row in markup["inline_keyboard"]
            ]
        rows = markup.get("keyboard", [])
        return [[(b if isinstance(b, str) else b["text"], None) for b in row] for row in rows]

    @property
    def button_texts(self) -> list[str]:
        return [text for row in self.buttons for text, _ in row]

    @property
    def inline_keyboard(self) -> list[list[dict[str, Any]]]:
        return (self.reply_markup or {}).get("inline_keyboard", [])


@dataclass
class ApiCall:
    """One Bot API request the bot made, with its decoded parameters (files as StoredFile)."""

    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)  # when the stand-in received it


@dataclass
class CallbackAnswer:
    """What the bot answered to a button tap (answerCallbackQuery)."""

    text: str | None = None
    show_alert: bool = False
    url: str | None = None
