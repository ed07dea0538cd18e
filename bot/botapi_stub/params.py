"""Decode a Bot API request (query string, JSON, urlencoded or multipart) into typed parameters.

PTB sends form fields where strings are raw and everything else JSON-encoded, so non-string
parameters are JSON-decoded here while free-text ones are kept as sent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from bot.botapi_stub.errors import bad_request

# Parameters that are strings in the API: never JSON-decoded.
_STRING_PARAMS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "file_id",
        "action",
        "url",
        "language_code",
        "inline_message_id",
        "business_connection_id",
        "message_effect_id",
        "emoji",
        "document",
        "photo",
        "thumbnail",
        "description",
        "title",
        "secret_token",
    }
)


@dataclass
class Upload:
    """A file part of a multipart request."""

    filename: str | None
    content: bytes
    mime_type: str | None


def _decode(name: str, value: Any) -> Any:
    if not isinstance(value, str) or name in _STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


async def read_params(request: web.Request) -> dict[str, Any]:
    """All parameters of a request, query string first, then the body."""
    params: dict[str, Any] = {k: _decode(k, v) for k, v in request.query.items()}
    if request.method != "POST" or not request.can_read_body:
        return params
    if request.content_type == "application/json":
        try:
            body = await request.json()
        except ValueError:
            raise bad_request("can't parse JSON object") from None
        if isinstance(body, dict):
            params.update(body)
        return params
    form = await request.post()
    for name, value in form.items():
        if isinstance(value, web.FileField):
            params[name] = Upload(value.filename, value.file.read(), value.content_type)
        else:
            params[name] = _decode(name, value)
    return _resolve_attachments(params)


def _resolve_attachments(params: dict[str, Any]) -> dict[str, Any]:
    """Replace ``attach://<name>`` references by the uploaded part of that name."""
    for name, value in list(params.items()):
        if isinstance(value, str) and value.startswith("attach://"):
            part = params.get(value.removeprefix("attach://"))
            if isinstance(part, Upload):
                params[name] = part
    return params


def require(params: dict[str, Any], name: str) -> Any:
    if params.get(name) is None:
        raise bad_request(f"{name} is empty" if name != "chat_id" else "chat_id is empty")
    return params[name]


def as_int(params: dict[str, Any], name: str, *, default: int | None = None) -> int:
    value = params.get(name, default)
    if value is None:
        raise bad_request(f"{name} is empty")
    try:
        return int(value)
    except (TypeError, ValueError):
        raise bad_request(f"invalid {name} specified") from None


def as_bool(params: dict[str, Any], name: str) -> bool:
    value = params.get(name)
    if isinstance(value, str):
        return value.lower() in ("true", "1")
    return bool(value)


def as_json(params: dict[str, Any], name: str) -> Any:
    """A JSON-valued parameter (already decoded, or decoded now); None when absent."""
    value = params.get(name)
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            raise bad_request(f"can't parse {name} JSON object") from None
    return value
