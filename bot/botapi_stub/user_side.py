"""What a staff member does: write, send files, forward, reply, tap buttons."""

from __future__ import annotations

import asyncio
import re
import time
from typing import Any

from bot.botapi_stub.formatting import command_entities
from bot.botapi_stub.records import (
    WAIT_BOUND,
    BotMessage,
    CallbackAnswer,
    Chat,
    Message,
    StoredFile,
    User,
    UserMessage,
)
from bot.botapi_stub.serialize import message_json
from bot.botapi_stub.state import StubState


class UserSide(StubState):
    """User actions; each queues the update Telegram would deliver to the bot."""

    def add_user(
        self,
        user_id: int,
        first_name: str,
        username: str | None = None,
        *,
        last_name: str | None = None,
        language_code: str | None = None,
        started: bool = True,
    ) -> User:
        """A user with a private chat (id = user_id). ``started=False``: has never opened the
        bot, so the bot's messages to them fail with 403 until they write first."""
        user = User(user_id, first_name, username, last_name, language_code, started)
        self.users[user_id] = user
        self.chats[user_id] = Chat(user_id, "private", user=user)
        return user

    def add_group(
        self,
        chat_id: int,
        title: str,
        admins: list[int] | None = None,
        *,
        members: list[int] | None = None,
        bot_is_admin: bool = False,
    ) -> Chat:
        """A group (supergroup when the id starts with -100); the first admin is the creator."""
        kind = "supergroup" if str(chat_id).startswith("-100") else "group"
        admin_ids = list(admins or [])
        chat = Chat(
            chat_id,
            kind,
            title=title,
            admins=admin_ids,
            members=set(members or []) | set(admin_ids),
            bot_is_admin=bot_is_admin,
        )
        self.chats[chat_id] = chat
        return chat

    def block(self, user: User, blocked: bool = True) -> None:
        """The user blocks (or unblocks) the bot: sends to them then fail with 403."""
        user.blocked = blocked

    # -- sending --------------------------------------------------------------------------------
    def _chat(self, user: User, chat: Chat | int | None) -> Chat:
        if chat is None:
            if user.user_id not in self.chats:
                raise LookupError(f"user {user.user_id} was not added with add_user")
            return self.chats[user.user_id]
        chat_id = chat.chat_id if isinstance(chat, Chat) else chat
        if chat_id not in self.chats:
            raise LookupError(f"chat {chat_id} was not added with add_group")
        return self.chats[chat_id]

    def _reaches_bot(self, chat: Chat, text: str | None, raw: dict[str, Any]) -> bool:
        """Telegram's privacy mode (on by default for groups): the bot sees only commands (not
        those addressed to another bot), replies to its own messages and mentions of it."""
        if chat.is_private or not self.privacy_mode or chat.bot_is_admin:
            return True
        if text and text.startswith("/"):
            _, _, addressee = text.split(maxsplit=1)[0].partition("@")
            return not addressee or addressee.lower() == self.bot_username.lower()
        if text and f"@{self.bot_username}".lower() in text.lower():
            return True
        return isinstance(raw.get("reply_to_message"), BotMessage)

    async def send_raw(
        self,
        user: User,
        *,
        chat: Chat | int | None = None,
        text: str | None = None,
        entities: list[dict[str, Any]] | None = None,
        document: StoredFile | None = None,
        photo: StoredFile | None = None,
        fields: dict[str, Any] | None = None,
    ) -> UserMessage:
        """Any user message; ``fields`` adds raw Message fields (sticker, contact, location…)."""
        target = self._chat(user, chat)
        raw = dict(fields or {})
        message = UserMessage(
            message_id=self.new_message_id(target.chat_id),
            chat_id=target.chat_id,
            date=int(time.time()),
            text=text,
            entities=entities or [],
            document=document,
            photo=photo,
            raw=raw,
            user=user,
        )
        if target.is_private:
            user.started = True
        else:
            target.members.add(user.user_id)
        message.delivered = self._reaches_bot(target, text, raw)
        self.store_message(message)
        self.mark_user_action(target.chat_id)
        if message.delivered:
            self.updates.put("message", message_json(self, message))
        return message

    async def send_text(self, user: User, text: str, chat: Chat | int | None = None) -> UserMessage:
        """A text message; bot_command entities computed like Telegram (incl. /cmd@bot)."""
        return await self.send_raw(user, chat=chat, text=text, entities=command_entities(text))

    async def send_document(
        self,
        user: User,
        filename: str,
        content: bytes,
        mime_type: str | None = None,
        caption: str | None = None,
        chat: Chat | int | None = None,
    ) -> UserMessage:
        """A file; the bot can getFile and download the same bytes."""
        stored = self.store_file("document", content, filename, mime_type)
        return await self.send_raw(user, chat=chat, text=caption, document=stored)

    async def send_photo(
        self,
        user: User,
        content: bytes = b"\x89PNG fake photo",
        caption: str | None = None,
        chat: Chat | int | None = None,
    ) -> UserMessage:
        stored = self.store_file("photo", content, None, "image/jpeg")
        return await self.send_raw(user, chat=chat, text=caption, photo=stored)

    async def send_sticker(
        self, user: User, emoji: str = "👍", chat: Chat | int | None = None
    ) -> UserMessage:
        stored = self.store_file("sticker", b"RIFF fake webp", None, "image/webp")
        sticker = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "type": "regular",
            "emoji": emoji,
        }
        return await self.send_raw(user, chat=chat, fields={"sticker": sticker})

    async def forward_message(
        self,
        user: User,
        from_user: User | None = None,
        text: str = "",
        chat: Chat | int | None = None,
        sender_name: str = "Hidden Sender",
    ) -> UserMessage:
        """A forwarded text; ``from_user=None`` forwards from a user who hides their account."""
        origin: dict[str, Any] = {"date": int(time.time()) - 60}
        if from_user is not None:
            origin.update(type="user", sender_user=from_user.to_json())
        else:
            origin.update(type="hidden_user", sender_user_name=sender_name)
        return await self.send_raw(
            user, chat=chat, text=text, entities=[], fields={"forward_origin": origin}
        )

    async def reply_to(
        self, user: User, message: Message, text: str, chat: Chat | int | None = None
    ) -> UserMessage:
        """A text replying to ``message`` (a bot or user message in that chat)."""
        return await self.send_raw(
            user,
            chat=chat if chat is not None else message.chat_id,
            text=text,
            entities=command_entities(text),
            fields={"reply_to_message": message},
        )

    # -- buttons --------------------------------------------------------------------------------
    async def tap(
        self,
        user: User,
        message_id: int,
        text: str | None = None,
        data: bytes | str | None = None,
        chat: Chat | int | None = None,
        timeout: float = WAIT_BOUND,
    ) -> CallbackAnswer:
        """Tap an inline button (by visible text or callback_data) and wait for the bot's
        answerCallbackQuery; raises LookupError / TimeoutError with what was there instead."""
        target = self._chat(user, chat)
        message = self.find_message(target.chat_id, message_id)
        if not isinstance(message, BotMessage):
            raise LookupError(f"no bot message {message_id} in chat {target.chat_id}")
        button = _find_button(message, text, data)
        query_id, answered = self.open_query()
        self.mark_user_action(target.chat_id)
        self.updates.put(
            "callback_query",
            {
                "id": query_id,
                "from": user.to_json(),
                "message": message_json(self, message),
                "chat_instance": f"ci{target.chat_id}",
                "data": button["callback_data"],
            },
        )
        try:
            return await asyncio.wait_for(answered, timeout)
        except TimeoutError:
            raise TimeoutError(
                f"the bot did not answer the tap on {button['text']!r} within {timeout}s"
            ) from None


def visible(text: str) -> str:
    """A label as a person reads it: without the invisible bidi isolate marks."""
    return re.sub("[\u2066-\u2069]", "", text)


def _find_button(message: BotMessage, text: str | None, data: bytes | str | None) -> dict:
    if isinstance(data, bytes):
        data = data.decode("utf-8")
    for row in message.inline_keyboard:
        for button in row:
            if (text is not None and visible(button["text"]) == visible(text)) or (
                data is not None and button.get("callback_data") == data
            ):
                if "callback_data" not in button:
                    raise LookupError(f"button {button['text']!r} is not a callback button")
                return button
    wanted = f"text={text!r}" if text is not None else f"data={data!r}"
    raise LookupError(
        f"no button with {wanted} on message {message.message_id}; buttons: {message.buttons}"
    )
