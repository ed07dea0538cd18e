"""Records → the JSON objects Telegram returns (Message, User, File, ChatMember…)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.botapi_stub.markup import message_markup
from bot.botapi_stub.records import BotMessage, Chat, Message, StoredFile, User, UserMessage

if TYPE_CHECKING:
    from bot.botapi_stub.state import StubState


def bot_user_json(state: StubState) -> dict[str, Any]:
    return {
        "id": state.bot_id,
        "is_bot": True,
        "first_name": state.bot_name,
        "username": state.bot_username,
    }


def me_json(state: StubState) -> dict[str, Any]:
    return {
        **bot_user_json(state),
        "can_join_groups": True,
        "can_read_all_group_messages": not state.privacy_mode,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


def document_json(file: StoredFile) -> dict[str, Any]:
    data: dict[str, Any] = {
        "file_id": file.file_id,
        "file_unique_id": file.file_unique_id,
        "file_size": file.size,
    }
    if file.filename:
        data["file_name"] = file.filename
    if file.mime_type:
        data["mime_type"] = file.mime_type
    return data


def photo_json(file: StoredFile) -> list[dict[str, Any]]:
    return [
        {
            "file_id": file.file_id,
            "file_unique_id": file.file_unique_id,
            "file_size": file.size,
            "width": 800,
            "height": 600,
        }
    ]


def file_json(file: StoredFile) -> dict[str, Any]:
    return {
        "file_id": file.file_id,
        "file_unique_id": file.file_unique_id,
        "file_size": file.size,
        "file_path": file.file_path,
    }


def _content_json(message: Message) -> dict[str, Any]:
    data: dict[str, Any] = {}
    media = message.document is not None or message.photo is not None
    text_key, entities_key = ("caption", "caption_entities") if media else ("text", "entities")
    if message.text is not None:
        data[text_key] = message.text
        if message.entities:
            data[entities_key] = message.entities
    if message.document is not None:
        data["document"] = document_json(message.document)
    if message.photo is not None:
        data["photo"] = photo_json(message.photo)
    return data


def message_json(state: StubState, message: Message, *, nested: bool = False) -> dict[str, Any]:
    """A Message object as Telegram would show it (``nested`` drops reply_to_message)."""
    chat = state.chats[message.chat_id]
    data: dict[str, Any] = {
        "message_id": message.message_id,
        "date": message.date,
        "chat": chat.to_json(),
    }
    if isinstance(message, BotMessage):
        data["from"] = bot_user_json(state)
        if message.edit_date is not None:
            data["edit_date"] = message.edit_date
        markup = message_markup(message.reply_markup)
        if markup:
            data["reply_markup"] = markup
    elif isinstance(message, UserMessage) and message.user is not None:
        data["from"] = message.user.to_json()
    data.update(_content_json(message))
    extra = dict(message.raw)
    reply_to = extra.pop("reply_to_message", None)
    data.update(extra)
    if reply_to is not None and not nested:
        data["reply_to_message"] = message_json(state, reply_to, nested=True)
    return data


def chat_full_json(chat: Chat) -> dict[str, Any]:
    data = chat.to_json()
    data.update(
        {
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }
    )
    return data


_ADMIN_RIGHTS = (
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
    "can_pin_messages",
)


def member_json(user_json: dict[str, Any], status: str) -> dict[str, Any]:
    """A ChatMember object; administrators get the full set of required rights."""
    data: dict[str, Any] = {"user": user_json, "status": status}
    if status == "administrator":
        data.update({"can_be_edited": False, "is_anonymous": False})
        data.update(dict.fromkeys(_ADMIN_RIGHTS, True))
    elif status == "creator":
        data["is_anonymous"] = False
    return data


def user_member_json(user: User, status: str) -> dict[str, Any]:
    return member_json(user.to_json(), status)
