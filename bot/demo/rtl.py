"""Right-to-left text for a left-to-right terminal: display order, mirrored brackets.

python-bidi's reference algorithm mirrors brackets but predates isolates (U+2066–2069, which our
locales put around every variable), so isolates are first turned into the equivalent embeddings.
Terminals do not shape Arabic script: letters show in their isolated forms, still legible.
"""

from __future__ import annotations

import re
import unicodedata

from bidi import get_display as bidi_rust_display
from bidi.algorithm import get_display

_INNERMOST_ISOLATE = re.compile("([\u2066\u2067\u2068])([^\u2066-\u2069]*)\u2069")
_UNPAIRED = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))
LRE, RLE, PDF = "\u202a", "\u202b", "\u202c"


def isolates_as_embeddings(text: str) -> str:
    """LRI/RLI/FSI … PDI → LRE/RLE … PDF (FSI by the first strong character inside)."""

    def embedding(match: re.Match[str]) -> str:
        kind, inner = match.groups()
        rtl = kind == "\u2067" or (kind == "\u2068" and is_rtl(inner))
        return f"{RLE if rtl else LRE}{inner}{PDF}"

    previous = None
    while previous != text:
        previous, text = text, _INNERMOST_ISOLATE.sub(embedding, text)
    return text.translate(_UNPAIRED)  # a wrapped line may hold half of an isolate


def visual(line: str) -> str:
    """One logical line in display order for a left-to-right terminal, brackets mirrored."""
    base = "R" if is_rtl(line) else "L"
    try:
        shown = get_display(isolates_as_embeddings(line), base_dir=base)
    except AssertionError:  # a character the reference algorithm does not handle
        shown = bidi_rust_display(line, base_dir=base).translate(_UNPAIRED)
    return _marks_after_bases(shown)


def _marks_after_bases(shown: str) -> str:
    """Reversal puts a combining mark (ً ٔ …) before its Persian letter; put it back after."""
    out: list[str] = []
    marks: list[str] = []
    for char in shown:
        if unicodedata.category(char) == "Mn":
            marks.append(char)
            continue
        if marks and unicodedata.bidirectional(char) in ("R", "AL"):
            out.append(char)
            out.extend(marks)
        else:
            out.extend(marks)
            out.append(char)
        marks = []
    out.extend(marks)
    return "".join(out)


_ISOLATED = re.compile("[\u2066\u2067\u2068][^\u2066-\u2069]*(?:\u2069|$)")


def is_rtl(text: str) -> bool:
    """True when the first strongly directional character outside isolates is right-to-left
    (rule P2 of the bidi algorithm: a line opening with an isolated ⁨/login⁩ stays Persian)."""
    previous = None
    while previous != text:
        previous, text = text, _ISOLATED.sub("", text)
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False
