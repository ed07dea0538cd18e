"""Panel answers are cleaned once, here, before anything else reads them.

Every string of a decoded answer: lone surrogates (invalid code points that Telegram and UTF-8
refuse) become U+FFFD, control characters other than line breaks and tabs are removed, and the
length is bounded. Format characters (ZWNJ, bidi marks) are Persian text and stay.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from bot.panel import wire

MAX_TEXT = 4096  # characters kept of one string field (Telegram's own message limit)
MAX_DEPTH = 16  # nesting beyond this is not a panel answer
REPLACEMENT = "\ufffd"
_SURROGATES = re.compile("[\ud800-\udfff]")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(text: str) -> str:
    """`text` with valid code points only, no control characters, at most MAX_TEXT long."""
    text = _SURROGATES.sub(REPLACEMENT, text)
    text = _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def clean_tree(value: Any, depth: int = 0) -> Any:
    """Decoded JSON with every string (keys included) cleaned."""
    if isinstance(value, str):
        return clean_text(value)
    if depth >= MAX_DEPTH:
        return None
    if isinstance(value, list):
        return [clean_tree(item, depth + 1) for item in value]
    if isinstance(value, dict):
        return {clean_text(str(k)): clean_tree(v, depth + 1) for k, v in value.items()}
    return value


def clean_decoded(decoded: wire.Decoded) -> wire.Decoded:
    """A decoded panel answer with its data or error text cleaned."""
    match decoded:
        case wire.Answer(data):
            return replace(decoded, data=clean_tree(data))
        case wire.CodeFailure(_, text) if text is not None:
            return replace(decoded, text=clean_text(text))
        case wire.TextFailure(text):
            return replace(decoded, text=clean_text(text))
    return decoded
