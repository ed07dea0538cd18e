"""The one classifier of answers to sending ops: sent, refused (nothing sent) or unknown.

Only a well-formed documented refusal — HTTP 200, a body `[code, "text"]` whose code is in the
panel's table — means "not sent". A success is `[0, bulk id]` (an int, or digits). Every other
answer after the request may have been written (non-JSON, HTTP 5xx, an unknown code, an odd
shape such as `["10929800"]`) is `Unclear`: the panel may have sent it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from bot.panel.codes import ERROR_CODES
from bot.panel.errors import AUTH_CODE, is_auth_text

SNIPPET_LENGTH = 40
_DIGITS = re.compile(r"\d{1,18}")


@dataclass(frozen=True, slots=True)
class Accepted:
    bulk_id: int


@dataclass(frozen=True, slots=True)
class Refused:
    code: int
    text: str | None


@dataclass(frozen=True, slots=True)
class Unclear:
    """What the bot can show of the answer: `HTTP 504`, `code 4242` or a short snippet."""

    detail: str


SendAnswer = Accepted | Refused | Unclear


def snippet(body: str) -> str:
    """The start of a body on one line, for the user to quote to the panel's support."""
    flat = " ".join(body.split())
    return flat if len(flat) <= SNIPPET_LENGTH else flat[: SNIPPET_LENGTH - 1] + "…"


def classify_send(status_code: int, body: str) -> SendAnswer:
    """Sent, refused or unknown; see the module docstring."""
    if status_code != 200:
        return Unclear(f"HTTP {status_code}")
    stripped = body.strip().lstrip("\ufeff")
    try:
        value = json.loads(stripped)
    except ValueError:
        if is_auth_text(stripped):
            return Refused(AUTH_CODE, stripped)
        return Unclear(snippet(stripped) or "empty body")
    return _classify_json(value, stripped)


def _classify_json(value: Any, body: str) -> SendAnswer:
    if not (isinstance(value, list) and len(value) == 2 and _is_code(value[0])):
        if isinstance(value, str) and is_auth_text(value):
            return Refused(AUTH_CODE, value)
        return Unclear(snippet(body))
    code, data = int(value[0]), value[1]
    if code == 0:
        bulk = _bulk_id(data)
        return Accepted(bulk) if bulk is not None else Unclear(snippet(body))
    if code in ERROR_CODES and isinstance(data, str):
        return Refused(code, data)
    return Unclear(f"code {code}")


def _is_code(value: Any) -> bool:
    return (isinstance(value, int) and not isinstance(value, bool)) or (
        isinstance(value, str) and _DIGITS.fullmatch(value.strip()) is not None
    )


def _bulk_id(data: Any) -> int | None:
    if isinstance(data, bool):
        return None
    if isinstance(data, int) and data > 0:
        return data
    if isinstance(data, str) and _DIGITS.fullmatch(data.strip()) and int(data) > 0:
        return int(data)
    return None
