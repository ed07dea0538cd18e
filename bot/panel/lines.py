"""Sender lines: one key for every spelling of a line, and the check of a typed line.

A panel lists a line as ``+983000505``, a user types ``3000505``, ``۰۳۰۰۰۵۰۵`` or
``0098 3000505``: all are one line, whose key is its digits without the country (``+98``,
``0098``, ``98``) or trunk (``0``) prefix. Handlers, services and the fake panel all use this
module, so a line is never offered twice nor refused for its spelling.

A typed line is accepted when it is one of the account's lines (where the panel lists them);
when the panel lists none, only when it has the shape of an Iranian service line: a public
service prefix (1000, 2000, 3000, 5000, 9000) and 7 to 14 digits, or a landline of a known
area code (dedicated lines) — never a mobile, nor any short or odd run of digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from bot.panel.digits import to_latin_digits

__all__ = [
    "LineCheck",
    "LineRefusal",
    "check_line",
    "has_line_shape",
    "line_key",
    "parse_line",
    "unique_lines",
]

_SEPARATORS = re.compile(r"[\s\-_/.()\u200c\u200e\u200f\u2066-\u2069]")
_TYPED = re.compile(r"\+?[0-9]{3,20}")
_PREFIXES = ("+98", "0098", "98", "0")
_SERVICE = re.compile(r"(?:1000|2000|3000|5000|9000)[0-9]{3,10}")
_AREA_CODES = frozenset(
    [
        "11",
        "13",
        "17",
        "21",
        "23",
        "24",
        "25",
        "26",
        "28",
        "31",
        "34",
        "35",
        "38",
        "41",
        "44",
        "45",
        "51",
        "54",
        "56",
        "58",
        "61",
        "66",
        "71",
        "74",
        "76",
        "77",
        "81",
        "83",
        "84",
        "86",
        "87",
    ]
)


def parse_line(text: str) -> str | None:
    """A typed line in Latin digits without separators (``+`` kept), or None if it is no
    number at all."""
    compact = _SEPARATORS.sub("", to_latin_digits(text.strip()))
    return compact if _TYPED.fullmatch(compact) else None


def line_key(raw: str) -> str:
    """The line without country or trunk prefix: ``+983000505``, ``03000505``, ``۳۰۰۰۵۰۵`` →
    ``3000505``."""
    digits = _SEPARATORS.sub("", to_latin_digits(str(raw).strip()))
    for prefix in _PREFIXES:
        if digits.startswith(prefix) and len(digits) > len(prefix) + 3:
            return digits[len(prefix) :]
    return digits


def unique_lines(lines: Iterable[str]) -> list[str]:
    """Each line once (first spelling kept), in order."""
    seen: dict[str, str] = {}
    for line in lines:
        seen.setdefault(line_key(line), line)
    return list(seen.values())


def has_line_shape(line: str) -> bool:
    """True when ``line`` looks like an Iranian service or dedicated line (not a mobile)."""
    key = line_key(line)
    if not key.isdigit():
        return False
    if _SERVICE.fullmatch(key):
        return True
    return len(key) == 10 and key[:2] in _AREA_CODES


class LineRefusal(StrEnum):
    """Why a typed line is refused (values double as locale key suffixes)."""

    NOT_A_NUMBER = "not-a-number"
    NOT_YOURS = "not-yours"
    NO_SHAPE = "no-shape"


@dataclass(frozen=True, slots=True)
class LineCheck:
    """A typed line checked: ``line`` to send from (the panel's spelling), or ``refusal``."""

    line: str | None
    refusal: LineRefusal | None = None


def check_line(typed: str, known: list[str] | None) -> LineCheck:
    """Check a typed line against the account's lines (``known``; None: the panel lists none)."""
    line = parse_line(typed)
    if line is None:
        return LineCheck(None, LineRefusal.NOT_A_NUMBER)
    if known:
        wanted = line_key(line)
        match = next((known_line for known_line in known if line_key(known_line) == wanted), None)
        return LineCheck(match) if match else LineCheck(None, LineRefusal.NOT_YOURS)
    return LineCheck(line) if has_line_shape(line) else LineCheck(None, LineRefusal.NO_SHAPE)
