"""Bot API methods about the bot itself, updates, chats, members, commands and files."""

from __future__ import annotations

import re
from typing import Any

from bot.botapi_stub import errors as e
from bot.botapi_stub.errors import bad_request
from bot.botapi_stub.params import as_bool, as_int, as_json, require
from bot.botapi_stub.serialize import (
    bot_user_json,
    chat_full_json,
    file_json,
    me_json,
    member_json,
    user_member_json,
)
from bot.botapi_stub.state import StubState

MAX_DOWNLOAD = 20 * 1024 * 1024
_COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")


async def get_me(state: StubState, params: dict[str, Any]) -> dict[str, Any]:
    return me_json(state)


async def get_updates(state: StubState, params: dict[str, Any]) -> list[dict[str, Any]]:
    offset = params.get("offset")
    return await state.updates.poll(
        offset=int(offset) if offset is not None else None,
        timeout=float(params.get("timeout") or 0),
        limit=as_int(params, "limit", default=100),
        allowed_updates=as_json(params, "allowed_updates"),
    )


async def harmless_true(state: StubState, params: dict[str, Any]) -> bool:
    """close, logOut: nothing to do for a local stand-in."""
    return True


async def delete_webhook(state: StubState, params: dict[str, Any]) -> bool:
    if as_bool(params, "drop_pending_updates"):
        state.updates.drop_pending()
    return True


async def get_webhook_info(state: StubState, params: dict[str, Any]) -> dict[str, Any]:
    return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}


def _scope_key(scope: Any) -> str:
    """``default``, ``all_private_chats``, ``chat:<id>``, ``chat_member:<chat>:<user>`` …"""
    if not scope:
        return "default"
    parts = [scope.get("type", "default")]
    parts += [str(scope[key]) for key in ("chat_id", "user_id") if key in scope]
    return ":".join(parts)


async def set_my_commands(state: StubState, params: dict[str, Any]) -> bool:
    commands = as_json(params, "commands")
    if not isinstance(commands, list) or len(commands) > 100:
        raise bad_request("can't parse commands JSON object")
    for command in commands:
        name = str(command.get("command", "")).removeprefix("/")
        if not _COMMAND_NAME.match(name):
            raise bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(str(command.get("description", ""))) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
    key = (_scope_key(as_json(params, "scope")), params.get("language_code") or "")
    state.commands[key] = [
        {"command": str(c["command"]).removeprefix("/"), "description": c["description"]}
        for c in commands
    ]
    return True


async def get_my_commands(state: StubState, params: dict[str, Any]) -> list[dict[str, str]]:
    key = (_scope_key(as_json(params, "scope")), params.get("language_code") or "")
    return state.commands.get(key, [])


async def delete_my_commands(state: StubState, params: dict[str, Any]) -> bool:
    key = (_scope_key(as_json(params, "scope")), params.get("language_code") or "")
    state.commands.pop(key, None)
    return True


async def get_chat(state: StubState, params: dict[str, Any]) -> dict[str, Any]:
    return chat_full_json(state.chat_for_bot(require(params, "chat_id")))


def _status(state: StubState, chat_id: int, user_id: int) -> str:
    chat = state.chats[chat_id]
    if chat.is_private:
        return "member" if user_id in (chat_id, state.bot_id) else "left"
    if user_id == state.bot_id:
        return "administrator" if chat.bot_is_admin else "member"
    if chat.admins and user_id == chat.admins[0]:
        return "creator"
    if user_id in chat.admins:
        return "administrator"
    return "member" if user_id in chat.members else "left"


async def get_chat_member(state: StubState, params: dict[str, Any]) -> dict[str, Any]:
    chat = state.chat_for_bot(require(params, "chat_id"))
    user_id = as_int(params, "user_id")
    if user_id == state.bot_id:
        return member_json(bot_user_json(state), _status(state, chat.chat_id, user_id))
    user = state.users.get(user_id)
    if user is None:
        raise bad_request("user not found")
    return user_member_json(user, _status(state, chat.chat_id, user_id))


async def get_chat_administrators(state: StubState, params: dict[str, Any]) -> list[Any]:
    chat = state.chat_for_bot(require(params, "chat_id"))
    if chat.is_private:
        raise bad_request("there are no administrators in the private chat")
    admins = [
        user_member_json(state.users[uid], _status(state, chat.chat_id, uid))
        for uid in chat.admins
        if uid in state.users
    ]
    if chat.bot_is_admin:
        admins.append(member_json(bot_user_json(state), "administrator"))
    return admins


async def get_file(state: StubState, params: dict[str, Any]) -> dict[str, Any]:
    stored = state.files.get(str(require(params, "file_id")))
    if stored is None:
        raise bad_request(e.INVALID_FILE_ID)
    if stored.size > MAX_DOWNLOAD:
        raise bad_request("file is too big")
    return file_json(stored)
