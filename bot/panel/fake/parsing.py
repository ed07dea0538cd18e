"""How the fake panel reads form fields: numbers, lines, JSON lists, send times, SMS parts."""

from __future__ import annotations

import json
import math
import re
import zlib
from datetime import datetime

from bot.panel.digits import to_latin_digits

_GSM7_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM7_EXTENDED = "^{}\\[~]|€\f"
_SEPARATORS = re.compile(r"[\s\-()]")
_MOBILE = re.compile(r"^(?:\+98|0098|98|0)?(9\d{9})$")
_OPERATOR_PREFIXES = ("912", "935", "919", "901", "921", "936", "990", "915", "938", "902")


def sms_parts(text: str) -> int:
    """Parts of one SMS: GSM-7 160 / 153 per part, else UCS-2 70 / 67 (UTF-16 units)."""
    if not text:
        return 0
    if all(char in _GSM7_BASIC or char in _GSM7_EXTENDED for char in text):
        units = sum(2 if char in _GSM7_EXTENDED else 1 for char in text)
        single, multi = 160, 153
    else:
        units = len(text.encode("utf-16-le")) // 2
        single, multi = 70, 67
    return 1 if units <= single else math.ceil(units / multi)


def normalise_mobile(raw: str) -> str | None:
    """`0912…`, `912…`, `98912…`, `+98912…` (any digits) → `+98912…`; None when not a mobile."""
    match = _MOBILE.match(_SEPARATORS.sub("", to_latin_digits(str(raw))))
    return f"+98{match.group(1)}" if match else None


def json_list(raw: str | None) -> list[object] | None:
    """The JSON list inside a form field, or None when the field is not one."""
    if raw is None:
        return None
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return value if isinstance(value, list) else None


def int_ids(items: list[object]) -> list[int] | None:
    """Ids given as ints or numeric strings; None when one is neither."""
    ids = []
    for item in items:
        text = to_latin_digits(str(item)).strip()
        if isinstance(item, bool) or not text.isdigit():
            return None
        ids.append(int(text))
    return ids


def parse_int(raw: str | None) -> int | None:
    text = to_latin_digits(raw or "").strip()
    return int(text) if text.isdigit() else None


def parse_send_time(raw: str) -> datetime | None:
    """`YYYY-MM-DD` (start of that day) or `YYYY-MM-DD HH:MM:SS`; None when neither."""
    text = to_latin_digits(raw).strip()
    for layout in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, layout)
        except ValueError:
            continue
    return None


def generated_numbers(seed: str, count: int) -> list[str]:
    """`count` distinct-looking mobiles, the same for the same seed."""
    base = zlib.crc32(seed.encode())
    numbers = []
    for index in range(count):
        prefix = _OPERATOR_PREFIXES[(base + index) % len(_OPERATOR_PREFIXES)]
        tail = (base * 7_919 + index * 1_000_003) % 10_000_000
        numbers.append(f"+98{prefix}{tail:07d}")
    return numbers


def stable_fraction(seed: str) -> float:
    """A number in [0, 1) that depends only on `seed` (stable across processes)."""
    return zlib.crc32(seed.encode()) / 2**32
