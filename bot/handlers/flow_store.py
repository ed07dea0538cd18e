"""Flow data per conversation: one record per (chat, user), plain data only.

``chat_data["flows"][user_id]`` holds ``{"flow": name, "v": RECORD_VERSION, "slots": {…}}``; every
slot is ``{"type": <stable name>, "value": <JSON-able>}``. Objects are encoded with pydantic's
TypeAdapter under a stable type name (RECORD_TYPES), so the persisted bytes are dicts, lists,
strings and numbers: renaming a class never stops the bot from starting, and a record of an older
shape fails to decode, is dropped with a warning and the user is told the flow was reset.

The record is the one truth about which flow is open: starting a flow replaces the record (any
other flow of that user in that chat is over), and the conversation builder ends a conversation
whose record is gone (bot.handlers.conversation).
"""

from __future__ import annotations

import logging
import weakref
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from bot.context import BotContext
from bot.services.sending import SendDraft
from bot.services.targets import BooksSelection, JobsSelection, PostalSelection

LOGGER = logging.getLogger(__name__)

RECORD_VERSION = 1
FLOWS_KEY = "flows"
RECORD_TYPES: dict[str, type] = {
    "send-draft": SendDraft,
    "books-selection": BooksSelection,
    "jobs-selection": JobsSelection,
    "postal-selection": PostalSelection,
    "plain": dict,
}
_NAMES = {kind: name for name, kind in RECORD_TYPES.items()}
_ADAPTERS = {name: TypeAdapter(kind) for name, kind in RECORD_TYPES.items()}
# Objects decoded during the current update; written back by `save` after each step.
_LIVE: weakref.WeakKeyDictionary[BotContext, dict[str, Any]] = weakref.WeakKeyDictionary()

T = TypeVar("T")


class UnreadableRecord(Exception):
    """A stored record of an unknown version or shape."""


def _user(context: BotContext) -> int | None:
    return context._user_id  # set by PTB from the update's effective user


def _flows(context: BotContext) -> dict[int, dict[str, Any]] | None:
    if context.chat_data is None:
        return None
    return context.chat_data.setdefault(FLOWS_KEY, {})


def _record(context: BotContext) -> dict[str, Any] | None:
    flows, user = _flows(context), _user(context)
    if flows is None or user is None:
        return None
    record = flows.get(user)
    return record if isinstance(record, dict) else None


def active_flow(context: BotContext) -> str | None:
    """The name of the flow open for this user in this chat, if any."""
    record = _record(context)
    return str(record.get("flow")) if record is not None else None


def begin(context: BotContext, name: str) -> None:
    """Open flow `name` for this user in this chat; any other flow of theirs here is over."""
    flows, user = _flows(context), _user(context)
    if flows is None or user is None:
        return
    flows[user] = {"flow": name, "v": RECORD_VERSION, "slots": {}}
    _LIVE[context] = {}


def end(context: BotContext, name: str | None = None) -> None:
    """Forget the open flow (only if it is `name`, when given) and all its data."""
    flows, user = _flows(context), _user(context)
    if flows is None or user is None:
        return
    record = flows.get(user)
    if record is not None and (name is None or record.get("flow") == name):
        del flows[user]
        _LIVE.pop(context, None)


def get(context: BotContext, slot: str, kind: type[T]) -> T | None:
    """The flow's object in `slot` if it is a `kind`; an unreadable one ends the flow."""
    live = _LIVE.setdefault(context, {})
    if slot not in live:
        record = _record(context)
        stored = (record or {}).get("slots", {}).get(slot)
        if stored is None:
            return None
        try:
            live[slot] = decode(stored)
        except UnreadableRecord:
            LOGGER.warning("dropped an unreadable %s record of flow %s", slot, active_flow(context))
            end(context)
            return None
    value = live.get(slot)
    return value if isinstance(value, kind) else None


def put(context: BotContext, slot: str, value: Any) -> None:
    """Keep `value` in the open flow's `slot` (written as plain data)."""
    record = _record(context)
    if record is None:
        return
    _LIVE.setdefault(context, {})[slot] = value
    record.setdefault("slots", {})[slot] = encode(value)


def drop(context: BotContext, slot: str) -> None:
    record = _record(context)
    if record is not None:
        record.get("slots", {}).pop(slot, None)
    _LIVE.get(context, {}).pop(slot, None)


def save(context: BotContext) -> None:
    """Write back the objects a step changed in place (called after every step)."""
    record = _record(context)
    live = _LIVE.pop(context, None)
    if record is None or not live:
        return
    for slot, value in live.items():
        record.setdefault("slots", {})[slot] = encode(value)


def encode(value: Any) -> dict[str, Any]:
    name = _NAMES.get(type(value))
    if name is None:
        raise TypeError(f"{type(value).__name__} is not a flow record type")
    return {"type": name, "value": _ADAPTERS[name].dump_python(value, mode="json")}


def decode(stored: Any) -> Any:
    """The object of a stored slot; UnreadableRecord when its type or shape is unknown."""
    if not isinstance(stored, dict) or stored.get("type") not in _ADAPTERS:
        raise UnreadableRecord(repr(type(stored)))
    try:
        return _ADAPTERS[stored["type"]].validate_python(stored.get("value"))
    except ValidationError as error:
        raise UnreadableRecord(str(stored["type"])) from error


def check_records(chat_data: Any) -> list[int]:
    """Drop records of another version or shape from one chat's data; the users affected."""
    flows = chat_data.get(FLOWS_KEY) if isinstance(chat_data, dict) else None
    if not isinstance(flows, dict):
        return []
    dropped: list[int] = []
    for user, record in list(flows.items()):
        if _readable(record):
            continue
        del flows[user]
        dropped.append(user)
    return dropped


# Where the first version kept flow data, per user instead of per conversation.
LEGACY_USER_KEYS = ("flow", "send_draft", "send_step", "staff", "newuser", "reports_asked_for")


def drop_legacy(user_data: Any) -> bool:
    """Remove flow data of the first version's shape from one user's data; True if any."""
    if not isinstance(user_data, dict):
        return False
    found = [key for key in LEGACY_USER_KEYS if key in user_data]
    for key in found:
        del user_data[key]
    return bool(found)


def _readable(record: Any) -> bool:
    if not isinstance(record, dict) or record.get("v") != RECORD_VERSION:
        return False
    try:
        for stored in record.get("slots", {}).values():
            decode(stored)
    except (UnreadableRecord, AttributeError):
        return False
    return True
