"""SMS length: encoding, characters as the panel counts them, and number of parts.

GSM-7 is used when every character is in the GSM 03.38 basic set or its extension table;
extension characters (``^{}\\[~]|€`` and form feed) take two septets. Anything else (a Persian
letter, a Persian digit, an emoji) makes the whole message UCS-2, counted in UTF-16 code units,
so an emoji outside the BMP counts 2.

Parts: GSM-7 fits 160 in one part, else 153 per part; UCS-2 fits 70, else 67 per part.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["MAX_PARTS", "Encoding", "MessageInfo", "is_too_long", "message_parts"]

MAX_PARTS = 10
"""The bot refuses a message longer than this many parts."""

_GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")
_GSM7_ALL = _GSM7_BASIC | _GSM7_EXTENSION

_GSM7_SINGLE, _GSM7_MULTI = 160, 153
_UCS2_SINGLE, _UCS2_MULTI = 70, 67


class Encoding(StrEnum):
    GSM7 = "gsm7"
    UCS2 = "ucs2"


@dataclass(frozen=True, slots=True)
class MessageInfo:
    characters: int
    encoding: Encoding
    parts: int
    per_part: int

    @property
    def remaining(self) -> int:
        """Characters still free in the last part (0 for an empty message)."""
        return self.parts * self.per_part - self.characters


def _parts(characters: int, single: int, multi: int) -> tuple[int, int]:
    if characters <= single:
        return (1 if characters else 0), single
    return math.ceil(characters / multi), multi


def message_parts(text: str) -> MessageInfo:
    """How the panel will count ``text``."""
    if _GSM7_ALL.issuperset(text):
        characters = len(text) + sum(1 for char in text if char in _GSM7_EXTENSION)
        parts, per_part = _parts(characters, _GSM7_SINGLE, _GSM7_MULTI)
        return MessageInfo(characters, Encoding.GSM7, parts, per_part)
    characters = len(text.encode("utf-16-le", "surrogatepass")) // 2
    parts, per_part = _parts(characters, _UCS2_SINGLE, _UCS2_MULTI)
    return MessageInfo(characters, Encoding.UCS2, parts, per_part)


def is_too_long(text: str) -> bool:
    """True when ``text`` needs more than MAX_PARTS parts."""
    return message_parts(text).parts > MAX_PARTS
