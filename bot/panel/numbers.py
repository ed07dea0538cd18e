"""Recipient numbers: turn pasted or uploaded lists into normalized Iranian mobile numbers.

Normalized form is ``09121234567`` (what public clients send); ``to_international`` gives
``+989121234567``. An Iranian mobile is ``9`` plus nine digits after an optional country or
trunk prefix: ``0``, ``98``, ``+98``, ``0098`` (a stray trunk ``0`` after ``98`` is tolerated,
as in ``+98 0912…``). Operator ranges are not checked: new ranges appear often and the panel
reports undeliverable numbers itself.

Splitting rules:

* Hard separators always end a number: newlines, tabs, ``,`` ``;`` ``،`` ``؛``.
* Spaces are soft. A hard-separated field that is exactly one mobile once spaces, punctuation
  and invisible marks are removed is that mobile (``0912 123 4567``, ``(0912) 123-4567``).
  Otherwise its space-separated fragments are read left to right: at each position the
  shortest run of digit groups (``+`` only on the first) that is one valid mobile becomes that
  number, so ``09121234567 09351234567`` and ``0912 123 4567 0935 123 4567`` are two numbers.
  Consecutive digit groups that form no number are reported together as one rejected token
  (``12 0912 123 4567`` → ``12`` TOO_SHORT and a mobile); words are rejected one by one.
  A group starting with ``+`` or ``00`` that is no Iranian mobile takes the following groups
  up to the longest run ``phonenumbers`` finds valid (``+1 415 555 2671 0912 123 4567`` is one
  foreign number and one mobile; ``+1 912 123 4567`` is one foreign number).
* Inside a fragment, dashes, dots, parentheses and quotes are ignored; Persian and
  Arabic-Indic digits become Latin; zero-width, bidi marks and tatweel are dropped; NBSP and
  other odd spaces count as spaces. A trailing ``.0`` (spreadsheet exports) is dropped.

Rejected tokens are reported as written (Persian digits stay Persian), invisible marks removed.
Words beside a number in one field (``علی رضایی: 09123216547``, ``09123216547 - علی``) are a
name: the number is taken and the words are ignored; words alone are rejected.
Valid numbers are deduplicated, keeping the first occurrence's position.

Only a ``+`` or ``00`` marks a number as foreign (``447911123456`` is read as a too long Iranian
number): that keeps classification of junk cheap and predictable.

Speed: one regex pass (``findall``, in C) over the whole text decides the common case, a field
that is one mobile; Python looks only at the other fields. ``phonenumbers`` is used only
to tell a foreign country code from an impossible one (``+44…`` FOREIGN, ``+0…`` BAD_PREFIX)
and to find where a foreign number written in groups ends; ``phonenumbers.parse`` costs
~100 µs a token, so it never sees plain digit tokens.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

import phonenumbers

from bot.panel.digits import (
    ARABIC_INDIC_DIGITS,
    LATIN_DIGITS,
    PERSIAN_DIGITS,
    to_latin_digits,
)

__all__ = [
    "ParsedRecipients",
    "RecipientCollector",
    "RejectReason",
    "Rejected",
    "chunk",
    "normalize_mobile",
    "parse_recipient_tokens",
    "parse_recipients",
    "to_international",
]


class RejectReason(StrEnum):
    """Why a token is not a recipient (values double as i18n key suffixes)."""

    TOO_SHORT = "too-short"
    TOO_LONG = "too-long"
    NOT_MOBILE = "not-mobile"  # an Iranian landline
    FOREIGN = "foreign"
    NOT_A_NUMBER = "not-a-number"  # no digit at all
    INVALID_CHARS = "invalid-chars"  # digits mixed with letters or symbols
    BAD_PREFIX = "bad-prefix"  # a prefix no number starts with (+0…, unknown country code)


@dataclass(frozen=True, slots=True)
class Rejected:
    token: str
    reason: RejectReason


@dataclass(frozen=True, slots=True)
class ParsedRecipients:
    valid: list[str]
    duplicates: int
    rejected: list[Rejected]

    def reason_counts(self) -> dict[RejectReason, int]:
        """How many tokens were rejected for each reason (most common first)."""
        return dict(Counter(item.reason for item in self.rejected).most_common())


_COMPACT = re.compile(
    "[ \u00a0\u2007\u202f\u2000-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c\u00ad\u0640"
    "\\-‐‑‒–—―−.()\\[\\]\"'«»“”‘’]+"
)
_PUNCT = re.compile(r"[-‐‑‒–—―−.()\[\]\"'«»“”‘’]")
_FLOAT_TAIL = re.compile(r"(\+?[0-9]{5,})\.0+")
_GROUP = re.compile(r"\+?[0-9]+")
_DIGITS = re.compile(r"[0-9]+")
_ANY_DIGIT = re.compile(r"[0-9]")
_MAX_RUN_FRAGMENTS = 6
_MAX_RUN_CHARS = 16

_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
_INVISIBLE += "\u2066\u2067\u2068\u2069\ufeff\u061c\u00ad\u0640"
_ODD_SPACES = "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a"
_CLEAN = str.maketrans(
    {
        **dict.fromkeys(_INVISIBLE),
        **dict.fromkeys(_ODD_SPACES, " "),
        **dict(zip(PERSIAN_DIGITS + ARABIC_INDIC_DIGITS, LATIN_DIGITS * 2, strict=True)),
    }
)
_ZERO, _EIGHT, _NINE, _DIGIT = "0۰٠", "8۸٨", "9۹٩", "0-9۰-۹٠-٩"
# A mobile: prefix, optional trunk 0, then 9 + nine digits (group 1), in any digit script,
# maybe wrapped in bidi marks (as copied from a Persian text), maybe with trailing spaces.
_MOBILE_PATTERN = (
    rf"[{_INVISIBLE}]*(?:(?:\+|[{_ZERO}]{{2}})?[{_NINE}][{_EIGHT}])?[{_ZERO}]?"
    rf"([{_NINE}][{_DIGIT}]{{9}})[{_INVISIBLE}]* *"
)
_MOBILE = re.compile(_MOBILE_PATTERN)
_SEPARATORS = "\t\n\r\v\f,;،؛\u2028\u2029\x85"
# One pass over a whole text, in C: per hard-separated field, either group 1 (the field is one
# mobile: the common case, decided without a Python call) or group 2 (anything else).
_FIELD = re.compile(
    rf"[{_SEPARATORS} ]*(?:{_MOBILE_PATTERN}(?=[{_SEPARATORS}]|\Z)|([^{_SEPARATORS}]+))"
)


_SHOWN = str.maketrans({**dict.fromkeys(_INVISIBLE), **dict.fromkeys(_ODD_SPACES, " ")})


def _shown_text(text: str) -> str:
    """As typed (digits kept in their script), invisible marks dropped, odd spaces made plain."""
    return text.translate(_SHOWN)


def _clean_text(text: str) -> str:
    """Latin digits, invisible marks dropped, odd spaces made plain."""
    return text.translate(_CLEAN)


def _national_of(match: re.Match[str]) -> str:
    national = match[1]
    return national if national.isascii() else to_latin_digits(national)


def _strip_punct(fragment: str) -> str:
    tail = _FLOAT_TAIL.fullmatch(fragment)
    if tail is not None:
        return tail[1]
    return _PUNCT.sub("", fragment)


def normalize_mobile(token: str) -> str | None:
    """``09121234567`` for any accepted spelling of one Iranian mobile, else None."""
    match = _MOBILE.fullmatch(token)
    if match is None:
        compact = "".join(_clean_text(token).split())
        match = _MOBILE.fullmatch(_strip_punct(compact))
    return None if match is None else "0" + _national_of(match)


def to_international(number: str) -> str:
    """``+989121234567`` for any accepted spelling; ValueError if it is not a mobile."""
    normalized = normalize_mobile(number)
    if normalized is None:
        raise ValueError("not an Iranian mobile number")
    return "+98" + normalized[1:]


def chunk(numbers: Sequence[str], size: int) -> Iterator[list[str]]:
    """Consecutive batches of at most ``size`` numbers."""
    if size < 1:
        raise ValueError("batch size must be at least 1")
    for start in range(0, len(numbers), size):
        yield list(numbers[start : start + size])


def _classify(compact: str) -> RejectReason:
    """Why ``compact`` (punctuation removed, not a valid mobile) is rejected."""
    if _ANY_DIGIT.search(compact) is None:
        return RejectReason.NOT_A_NUMBER
    if _GROUP.fullmatch(compact) is None:
        return RejectReason.INVALID_CHARS
    if compact.startswith("+"):
        return _classify_international(compact[1:])
    if compact.startswith("00"):
        return _classify_international(compact[2:])
    if compact.startswith("98") and len(compact) >= 12:
        return _classify_national(compact[2:])
    if compact.startswith("0"):
        return _classify_national(compact[1:])
    return _classify_national(compact)


def _classify_international(digits: str) -> RejectReason:
    if digits.startswith("98"):
        national = digits[2:]
        return _classify_national(national[1:] if national.startswith("0") else national)
    if not digits:
        return RejectReason.TOO_SHORT
    if digits.startswith("0"):
        return RejectReason.BAD_PREFIX
    for length in (1, 2, 3):
        if phonenumbers.region_code_for_country_code(int(digits[:length])) != "ZZ":
            return RejectReason.FOREIGN
    return RejectReason.BAD_PREFIX


def _classify_national(national: str) -> RejectReason:
    """``national`` has no country or trunk prefix."""
    if national.startswith("0"):
        return RejectReason.BAD_PREFIX
    if len(national) == 10 and not national.startswith("9"):
        return RejectReason.NOT_MOBILE
    return RejectReason.TOO_SHORT if len(national) < 10 else RejectReason.TOO_LONG


class RecipientCollector:
    """Accumulates numbers from many texts or cells; ``result()`` gives ParsedRecipients."""

    def __init__(self) -> None:
        self._nationals: list[str] = []  # every accepted number without its 0, repeats kept
        self._rejected: list[Rejected] = []

    def add_cell(self, text: str) -> None:
        """Add one cell or token: usually one number, possibly a list."""
        match = _MOBILE.fullmatch(text)
        if match is None:
            self.add_text(text)
        else:
            self._accept(match)

    def add_text(self, text: str) -> None:
        """Add every number found in ``text`` (any separators)."""
        keep = self._nationals.append
        for national, field in _FIELD.findall(text):
            if national:
                keep(national if national.isascii() else to_latin_digits(national))
            else:
                self._add_field(field)

    def reject(self, token: str, reason: RejectReason) -> None:
        """Record a token the caller already knows is not a number."""
        self._rejected.append(Rejected(token, reason))

    def result(self) -> ParsedRecipients:
        unique = dict.fromkeys(self._nationals)
        valid = ["0" + national for national in unique]
        return ParsedRecipients(valid, len(self._nationals) - len(valid), list(self._rejected))

    def _accept(self, match: re.Match[str]) -> None:
        self._nationals.append(_national_of(match))

    def _add_field(self, field: str) -> None:
        """A hard-separated field the fast path could not decide."""
        match = _MOBILE.fullmatch(_COMPACT.sub("", field))
        if match is not None:  # one number written with spaces or punctuation
            self._accept(match)
            return
        shown = _shown_text(field).replace(":", " ").split()
        if len(shown) == 1:
            compact = _strip_punct(_clean_text(shown[0]))
            match = _MOBILE.fullmatch(compact)
            if match is not None:
                self._accept(match)
            else:
                self.reject(shown[0], _classify(compact))
        elif shown:
            self._add_named_fragments(shown)

    def _add_named_fragments(self, shown: list[str]) -> None:
        """Fragments of one field; words beside a number (``علی رضایی: 0912…``) are a name."""
        accepted, rejected = len(self._nationals), len(self._rejected)
        self._add_fragments(shown)
        if len(self._nationals) > accepted:
            words = RejectReason.NOT_A_NUMBER
            self._rejected[rejected:] = [
                item for item in self._rejected[rejected:] if item.reason is not words
            ]

    def _add_fragments(self, fragments: list[str]) -> None:
        """``fragments`` as shown to the user; each is read in Latin digits."""
        compact = [_strip_punct(_clean_text(fragment)) for fragment in fragments]
        pending: list[int] = []
        position = 0
        while position < len(fragments):
            match, end = _match_run(compact, position)
            if match is not None:
                self._flush(fragments, compact, pending)
                self._accept(match)
                position = end
                continue
            piece = compact[position]
            if _GROUP.fullmatch(piece) is None:
                self._flush(fragments, compact, pending)
                self.reject(fragments[position], _classify(piece))
            elif piece.startswith(("+", "00")):
                self._flush(fragments, compact, pending)
                end = _international_run_end(compact, position)
                pending.extend(range(position, end))
                self._flush(fragments, compact, pending)
                position = end
                continue
            else:
                pending.append(position)
            position += 1
        self._flush(fragments, compact, pending)

    def _flush(self, fragments: list[str], compact: list[str], pending: list[int]) -> None:
        """Reject the pending digit groups as one token, then forget them."""
        if pending:
            token = " ".join(fragments[index] for index in pending)
            self.reject(token, _classify("".join(compact[index] for index in pending)))
            pending.clear()


def _match_run(compact: list[str], start: int) -> tuple[re.Match[str] | None, int]:
    """The shortest run of fragments from ``start`` that is one mobile, and where it ends."""
    joined = compact[start]
    match = _MOBILE.fullmatch(joined)
    if match is not None:
        return match, start + 1
    if _GROUP.fullmatch(joined) is None:
        return None, start
    stop = min(len(compact), start + _MAX_RUN_FRAGMENTS)
    for index in range(start + 1, stop):
        piece = compact[index]
        if _DIGITS.fullmatch(piece) is None:
            break
        joined += piece
        if len(joined) > _MAX_RUN_CHARS:
            break
        match = _MOBILE.fullmatch(joined)
        if match is not None:
            return match, index + 1
    return None, start


def _international_run_end(compact: list[str], start: int) -> int:
    """Where a foreign number spelled in groups (``+1 415 555 2671``) ends.

    The longest run of digit groups (15 digits at most, the E.164 maximum) that
    ``phonenumbers`` finds valid; else the whole run, so ``+1 912 123 4567`` never leaves an
    Iranian-looking tail.
    """
    joined = ""
    end = start + 1
    valid_end: int | None = None
    stop = min(len(compact), start + _MAX_RUN_FRAGMENTS)
    for index in range(start, stop):
        piece = compact[index]
        if index > start and _DIGITS.fullmatch(piece) is None:
            break
        joined += piece
        if len(joined.lstrip("+")) > 15:
            break
        end = index + 1
        if _is_valid_international(joined):
            valid_end = end
    return end if valid_end is None else valid_end


def _is_valid_international(joined: str) -> bool:
    digits = joined[1:] if joined.startswith("+") else joined[2:]
    try:
        number = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)


def parse_recipients(text: str) -> ParsedRecipients:
    """Numbers pasted by a user, in any of the accepted spellings and separators."""
    collector = RecipientCollector()
    collector.add_text(text.strip())
    return collector.result()


def parse_recipient_tokens(tokens: Iterable[str]) -> ParsedRecipients:
    """Like parse_recipients for pre-split tokens (cells of an uploaded file)."""
    collector = RecipientCollector()
    for token in tokens:
        collector.add_cell(token)
    return collector.result()
