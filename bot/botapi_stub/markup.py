"""reply_markup checks with the Bot API's error texts; returns the markup normalized."""

from __future__ import annotations

import json
from typing import Any

from bot.botapi_stub.errors import BUTTON_DATA_INVALID, ApiError, bad_request

MAX_CALLBACK_DATA = 64
MAX_BUTTONS = 100
_INLINE_ACTIONS = (
    "callback_data",
    "url",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "web_app",
    "callback_game",
    "pay",
)
_CANT_PARSE = "can't parse reply keyboard markup JSON object"


def parse_reply_markup(raw: Any) -> dict[str, Any] | None:
    """Validate a reply_markup (JSON text or object) and return it as a dict (None if absent)."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            raise bad_request(_CANT_PARSE) from None
    if not isinstance(raw, dict):
        raise bad_request("object expected as reply markup")
    if "inline_keyboard" in raw:
        return {"inline_keyboard": _inline_rows(raw["inline_keyboard"])}
    if "keyboard" in raw:
        return {**raw, "keyboard": _reply_rows(raw["keyboard"])}
    if raw.get("remove_keyboard") is True or raw.get("force_reply") is True:
        return raw
    raise bad_request(_CANT_PARSE)


def _rows(rows: Any, field: str, markup: str) -> list[list[Any]]:
    if not isinstance(rows, list):
        raise bad_request(f'field "{field}" of the {markup} must be an Array')
    if not all(isinstance(row, list) for row in rows):
        raise bad_request(f'field "{field}" of the {markup} must be an Array of Arrays')
    if sum(len(row) for row in rows) > MAX_BUTTONS:
        raise bad_request("reply markup is too long")
    return rows


def _inline_rows(rows: Any) -> list[list[dict[str, Any]]]:
    return [
        [_inline_button(b) for b in row]
        for row in _rows(rows, "inline_keyboard", "InlineKeyboardMarkup")
    ]


def _inline_button(button: Any) -> dict[str, Any]:
    if not isinstance(button, dict):
        raise bad_request("InlineKeyboardButton must be an Object")
    text = button.get("text")
    if not isinstance(text, str):
        raise bad_request(
            'can\'t find field "text"' if text is None else 'field "text" must be of type String'
        )
    if not text.strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    actions = [key for key in _INLINE_ACTIONS if key in button]
    if not actions:
        raise bad_request("text buttons are unallowed in the inline keyboard")
    if len(actions) > 1:  # the API docs demand exactly one; the real server silently picks one
        raise bad_request(f"InlineKeyboardButton must have exactly one of {', '.join(actions)}")
    if "callback_data" in button:
        _check_callback_data(button["callback_data"])
    if "url" in button:
        _check_url(button["url"])
    return button


def _check_callback_data(data: Any) -> None:
    if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA:
        raise ApiError(400, f"Bad Request: {BUTTON_DATA_INVALID}")


def _check_url(url: Any) -> None:
    if not isinstance(url, str) or not url.startswith(("http://", "https://", "tg://")):
        raise bad_request("BUTTON_URL_INVALID")


def _reply_rows(rows: Any) -> list[list[Any]]:
    checked = _rows(rows, "keyboard", "ReplyKeyboardMarkup")
    for row in checked:
        for button in row:
            text = button if isinstance(button, str) else (button or {}).get("text")
            if not isinstance(text, str) or not text:
                raise bad_request("KeyboardButton must be a String or an Object")
    return checked


def message_markup(markup: dict[str, Any] | None) -> dict[str, Any] | None:
    """The reply_markup a returned Message shows: only inline keyboards are visible."""
    if markup and "inline_keyboard" in markup:
        return {"inline_keyboard": markup["inline_keyboard"]}
    return None
