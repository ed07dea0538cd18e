"""What goes over the wire: op and field names, value encoding, and reading response bodies.

`decode_body` turns any body the panel is known to send into one of four plain answers; the
client alone turns those into exceptions.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.panel.codes import Gender, Operator
from bot.panel.errors import is_auth_text
from bot.panel.models import NewUser

PANEL_TZ = ZoneInfo("Asia/Tehran")
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"

# Fields of `newuser`: attribute of NewUser -> every spelling sent (document's, vendor sample's).
NEW_USER_FIELDS: dict[str, tuple[str, ...]] = {
    "username": ("user-name", "user_uname"),
    "password": ("user-pass", "user_pass"),
    "name": ("name",),
    "company": ("company",),
    "national_id": ("national-id", "national_id"),
    "certificate_id": ("certificate-id", "certificate_id"),
    "access_id": ("access-id", "access_id"),
    "phone": ("tell",),
    "mobile": ("mobile",),
    "postal_code": ("postalcode",),
    "email": ("email",),
    "address": ("address",),
}
# Bulk-id field of `delivery`: what public clients send, and what the document says.
DELIVERY_ID_FIELDS = ("uinqid", "uniqid")
# Ops whose literal `null` answer means "no such bulk".
BULK_ID_OPS = frozenset({"delivery", "checkmessage"})

_CODE_PATTERN = re.compile(r"-?\d+")


def json_list(values: list[Any]) -> str:
    """A list field as the panel wants it: a compact JSON string, e.g. `["0912…","0935…"]`."""
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def number_list(numbers: Iterable[str]) -> str:
    """The `to` field; a string (already encoded, or one number) is refused, not split."""
    if isinstance(numbers, str):
        raise TypeError("pass a list of numbers, not one string")
    return json_list([str(number) for number in numbers])


def id_list(ids: Iterable[int]) -> str:
    """The `bookid` / `trendid` fields: a JSON list of ints."""
    if isinstance(ids, str):
        raise TypeError("pass a list of ids, not one string")
    return json_list([int(item) for item in ids])


def postal_fields(postal_code: str | int, operator: Operator, gender: Gender) -> dict[str, str]:
    """The target of `postalcodecount` and `postalcodesend`."""
    return {
        "type": Operator(operator).value,
        "gender": str(int(Gender(gender))),
        "postalcode": str(postal_code),
    }


def panel_time(at: datetime) -> str:
    """`YYYY-MM-DD HH:MM:SS` in the panel's (Tehran) time; naive datetimes are taken as is."""
    if at.tzinfo is not None:
        at = at.astimezone(PANEL_TZ)
    return at.strftime(TIME_FORMAT)


def new_user_fields(user: NewUser) -> dict[str, str]:
    """Both spellings of every `newuser` field, from the one table."""
    fields: dict[str, str] = {}
    for attribute, names in NEW_USER_FIELDS.items():
        value = str(getattr(user, attribute))
        for name in names:
            fields[name] = value
    return fields


@dataclass(frozen=True, slots=True)
class Answer:
    """The panel said yes (code 0, or a body with no code); `data` is decoded JSON."""

    data: Any


@dataclass(frozen=True, slots=True)
class CodeFailure:
    code: int
    text: str | None


@dataclass(frozen=True, slots=True)
class TextFailure:
    text: str


@dataclass(frozen=True, slots=True)
class NullBody:
    """The literal body `null` (delivery: bulk id not found)."""


@dataclass(frozen=True, slots=True)
class Malformed:
    reason: str


Decoded = Answer | CodeFailure | TextFailure | NullBody | Malformed


def decode_nested(value: Any) -> Any:
    """Decode a JSON string nested inside JSON (`"[…]"`, `"{…}"`, `"null"`); else keep it."""
    if not isinstance(value, str):
        return value
    stripped = value.strip()
    if not stripped.startswith(("[", "{")) and stripped != "null":
        return value
    try:
        return json.loads(stripped)
    except ValueError:
        return value


def as_code(value: Any) -> int | None:
    """An int code from an int or a numeric string; None otherwise (bools are not codes)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and _CODE_PATTERN.fullmatch(value.strip()):
        return int(value.strip())
    return None


def decode_body(status_code: int, body: str) -> Decoded:
    """Read one response body; any shape in the spec gives a plain answer, never raises."""
    decoded = _decode_text(body)
    if status_code == 200:
        return decoded
    if isinstance(decoded, CodeFailure | TextFailure):
        return decoded
    return Malformed(f"HTTP {status_code}")


def _decode_text(body: str) -> Decoded:
    stripped = body.strip().lstrip("\ufeff")
    if not stripped:
        return Malformed("empty body")
    try:
        value = json.loads(stripped)
    except ValueError:
        if is_auth_text(stripped):
            return CodeFailure(962, stripped)
        return Malformed("HTML body" if stripped.startswith("<") else "not JSON")
    return _classify(value)


def _classify(value: Any) -> Decoded:
    if value is None:
        return NullBody()
    if isinstance(value, list) and 1 <= len(value) <= 2 and as_code(value[0]) is not None:
        return _from_envelope(as_code(value[0]) or 0, value[1] if len(value) == 2 else None)
    if isinstance(value, str):
        return _from_bare_string(value)
    return Answer(value)


def _from_envelope(code: int, data: Any) -> Decoded:
    if code == 0:
        return Answer(decode_nested(data))
    text = data if isinstance(data, str) else (None if data is None else json.dumps(data))
    return CodeFailure(code, text)


def _from_bare_string(value: str) -> Decoded:
    if is_auth_text(value):
        return CodeFailure(962, value)
    nested = decode_nested(value)
    if nested is not value:
        return _classify(nested)
    if as_code(value) is not None or _is_decimal(value):
        return Answer(value)
    return TextFailure(value)


def _is_decimal(value: str) -> bool:
    return re.fullmatch(r"-?\d+(\.\d+)?", value.strip()) is not None
