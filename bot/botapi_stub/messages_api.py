"""Bot API methods that send, edit and delete messages, and answer button taps."""

from __future__ import annotations

import time
from typing import Any

from bot.botapi_stub import errors as e
from bot.botapi_stub.errors import bad_request
from bot.botapi_stub.formatting import render_caption, render_message_text
from bot.botapi_stub.markup import message_markup, parse_reply_markup
from bot.botapi_stub.params import Upload, as_bool, as_int, as_json, require
from bot.botapi_stub.records import BotMessage, CallbackAnswer, StoredFile, UserMessage
from bot.botapi_stub.serialize import message_json
from bot.botapi_stub.state import StubState

_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
MAX_UPLOAD = 50 * 1024 * 1024


def _reply_target(state: StubState, chat_id: int, params: dict[str, Any]) -> dict[str, Any]:
    """``reply_to_message`` for a reply_parameters / reply_to_message_id parameter."""
    reply = as_json(params, "reply_parameters") or {}
    message_id = reply.get("message_id", params.get("reply_to_message_id"))
    if message_id is None:
        return {}
    target = state.find_message(chat_id, int(message_id))
    if target is None:
        if reply.get("allow_sending_without_reply") or as_bool(
            params, "allow_sending_without_reply"
        ):
            return {}
        raise bad_request("message to be replied not found")
    return {"reply_to_message": target}


def _new_bot_message(state: StubState, params: dict[str, Any], **fields: Any) -> BotMessage:
    chat = state.chat_for_bot(require(params, "chat_id"))
    markup = parse_reply_markup(params.get("reply_markup"))
    raw = _reply_target(state, chat.chat_id, params)
    message = BotMessage(
        message_id=state.new_message_id(chat.chat_id),
        chat_id=chat.chat_id,
        date=int(time.time()),
        parse_mode=params.get("parse_mode"),
        reply_markup=markup,
        raw=raw,
        **fields,
    )
    state.store_message(message)
    return message


async def send_message(state: StubState, params: dict[str, Any]) -> dict[str, Any]:
    text, entities = render_message_text(
        params.get("text"), params.get("parse_mode"), as_json(params, "entities")
    )
    message = _new_bot_message(state, params, text=text, entities=entities)
    return message_json(state, message)


def _upload(state: StubState, params: dict[str, Any], kind: str) -> StoredFile:
    """The file a sendDocument/sendPhoto carries: a new upload or a known file_id."""
    value = require(params, kind)
    if isinstance(value, Upload):
        if not value.content:
            raise bad_request("file must be non-empty")
        if len(value.content) > MAX_UPLOAD:
            raise e.ApiError(413, "Request Entity Too Large")
        return state.store_file(kind, value.content, value.filename, value.mime_type)
    known = state.files.get(str(value))
    if known is None:
        raise bad_request(e.WRONG_FILE_ID)
    return known


async def _send_media(state: StubState, params: dict[str, Any], kind: str) -> dict[str, Any]:
    state.chat_for_bot(require(params, "chat_id"))
    caption, entities = render_caption(
        params.get("caption"), params.get("parse_mode"), as_json(params, "caption_entities")
    )
    stored = _upload(state, params, kind)
    message = _new_bot_message(state, params, text=caption, entities=entities, **{kind: stored})
    return message_json(state, message)


async def send_document(state: StubState, params: dict[str, Any]) -> dict[str, Any]:
    return await _send_media(state, params, "document")


async def send_photo(state: StubState, params: dict[str, Any]) -> dict[str, Any]:
    return await _send_media(state, params, "photo")


def _message_to_edit(state: StubState, params: dict[str, Any]) -> BotMessage:
    if params.get("inline_message_id"):
        raise bad_request(e.EDIT_NOT_FOUND)
    chat = state.chat_for_bot(require(params, "chat_id"))
    message = state.find_message(chat.chat_id, as_int(params, "message_id"))
    if message is None:
        raise bad_request(e.EDIT_NOT_FOUND)
    if isinstance(message, UserMessage):
        raise bad_request(e.CANT_EDIT)
    assert isinstance(message, BotMessage)
    return message


def _apply_edit(
    state: StubState,
    message: BotMessage,
    text: str | None,
    entities: list[dict[str, Any]],
    markup: dict[str, Any] | None,
    params: dict[str, Any],
) -> dict[str, Any]:
    unchanged = (text, entities, message_markup(markup)) == (
        message.text,
        message.entities,
        message_markup(message.reply_markup),
    )
    if unchanged:
        raise bad_request(e.NOT_MODIFIED)
    if text != message.text:
        message.edits.append(message.text)
    message.text, message.entities, message.reply_markup = text, entities, markup
    message.parse_mode = params.get("parse_mode", message.parse_mode)
    message.edit_date = int(time.time())
    state.record_event(message)
    return message_json(state, message)


async def edit_message_text(state: StubState, params: dict[str, Any]) -> dict[str, Any]:
    message = _message_to_edit(state, params)
    if message.kind != "text":
        raise bad_request(e.NO_TEXT_TO_EDIT)
    text, entities = render_message_text(
        params.get("text"), params.get("parse_mode"), as_json(params, "entities")
    )
    markup = parse_reply_markup(params.get("reply_markup"))
    return _apply_edit(state, message, text, entities, markup, params)


async def edit_message_caption(state: StubState, params: dict[str, Any]) -> dict[str, Any]:
    message = _message_to_edit(state, params)
    if message.kind == "text":
        raise bad_request("there is no caption in the message to edit")
    caption, entities = render_caption(
        params.get("caption"), params.get("parse_mode"), as_json(params, "caption_entities")
    )
    markup = parse_reply_markup(params.get("reply_markup"))
    return _apply_edit(state, message, caption, entities, markup, params)


async def edit_message_reply_markup(state: StubState, params: dict[str, Any]) -> dict[str, Any]:
    message = _message_to_edit(state, params)
    markup = parse_reply_markup(params.get("reply_markup"))
    return _apply_edit(state, message, message.text, message.entities, markup, params)


async def delete_message(state: StubState, params: dict[str, Any]) -> bool:
    chat = state.chat_for_bot(require(params, "chat_id"))
    message = state.find_message(chat.chat_id, as_int(params, "message_id"))
    if message is None:
        raise bad_request(e.DELETE_NOT_FOUND)
    if isinstance(message, UserMessage) and not chat.is_private and not chat.bot_is_admin:
        raise bad_request(e.CANT_DELETE)
    message.deleted = True
    return True


async def delete_messages(state: StubState, params: dict[str, Any]) -> bool:
    """Deletes what it can; missing messages are skipped silently, like Telegram."""
    chat = state.chat_for_bot(require(params, "chat_id"))
    ids = as_json(params, "message_ids")
    if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
        raise bad_request("message_ids is empty" if not ids else "too many messages to delete")
    for message_id in ids:
        message = state.find_message(chat.chat_id, int(message_id))
        if message is not None and (
            not isinstance(message, UserMessage) or chat.is_private or chat.bot_is_admin
        ):
            message.deleted = True
    return True


async def answer_callback_query(state: StubState, params: dict[str, Any]) -> bool:
    text = params.get("text")
    if text is not None and len(text) > 200:
        raise bad_request("MESSAGE_TOO_LONG")
    answer = CallbackAnswer(
        text=text, show_alert=as_bool(params, "show_alert"), url=params.get("url")
    )
    state.answer_query(str(require(params, "callback_query_id")), answer)
    return True


async def send_chat_action(state: StubState, params: dict[str, Any]) -> bool:
    state.chat_for_bot(require(params, "chat_id"))
    if params.get("action") not in _CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    return True
