"""Recipients gathered from many messages and files: merge, remove, page, and tell numbers
from a text.

A send's list grows message by message (Telegram splits a long paste; staff send several
files) until «ادامه». The running count says how many numbers the list holds and how many
tokens were rejected or repeated so far. Lists stay packed (storage.number_list.NumberList);
merging a large list runs in a worker thread so the event loop keeps answering.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from itertools import islice

from bot.panel.numbers import ParsedRecipients, parse_recipients
from storage.number_list import NumberList

MAX_RECIPIENTS = 2_000_000
"""The most numbers one send's list holds (what one upload may hold, too)."""
OFF_LOOP_NUMBERS = 20_000
"""Merges and removals touching more numbers than this run in a worker thread."""
PAGE_NUMBERS = 50
"""Numbers on one page of the list view (well under Telegram's 4,096 characters)."""

_DIGITS = re.compile("[0-9۰-۹٠-٩]")
_WORD = re.compile(r"\w", re.UNICODE)
_SPLIT = re.compile(r"[\s,;،؛]+")
NUMBER_DIGITS = 7
"""Digits a token beside words needs to look like a phone number, typos included («0912123»);
«۲۰٪» or a code «4711» in a sentence is part of the text."""
NAME_WORDS = 3
"""Words a line may hold beside a number and still be a recipient line (a name)."""


@dataclass
class Tally:
    """The running count of one gathering (plain data in the flow record)."""

    rejected: int = 0
    duplicates: int = 0
    replace: bool = False  # the first list gathered replaces the draft's list

    def as_plain(self) -> dict[str, object]:
        return {"rejected": self.rejected, "duplicates": self.duplicates, "replace": self.replace}

    @classmethod
    def of(cls, plain: dict | None) -> Tally:
        plain = plain or {}
        return cls(
            int(plain.get("rejected", 0)),
            int(plain.get("duplicates", 0)),
            bool(plain.get("replace", False)),
        )


@dataclass(frozen=True)
class Merged:
    """A list after adding one message's or file's numbers."""

    numbers: NumberList
    added: int
    duplicates: int  # already in the list, or repeated within the message
    over_cap: int  # valid numbers left out because the list is full


@dataclass(frozen=True)
class Removed:
    numbers: NumberList
    removed: int
    absent: int  # valid numbers typed that were not in the list


def _merge(existing: NumberList, parsed: ParsedRecipients, cap: int) -> Merged:
    seen = set(existing)
    fresh = [number for number in parsed.valid if number not in seen]
    room = max(0, cap - len(existing))
    kept = fresh[:room]
    numbers = NumberList([*existing, *kept]) if kept else existing
    repeated = parsed.duplicates + len(parsed.valid) - len(fresh)
    return Merged(numbers, len(kept), repeated, len(fresh) - len(kept))


async def merge(
    existing: NumberList, parsed: ParsedRecipients, cap: int = MAX_RECIPIENTS
) -> Merged:
    """`existing` plus the new valid numbers of `parsed`, each once, at most `cap` in all."""
    if len(existing) + len(parsed.valid) > OFF_LOOP_NUMBERS:
        return await asyncio.to_thread(_merge, existing, parsed, cap)
    return _merge(existing, parsed, cap)


def _remove(existing: NumberList, parsed: ParsedRecipients) -> Removed:
    unwanted = set(parsed.valid)
    kept = [number for number in existing if number not in unwanted]
    removed = len(existing) - len(kept)
    return Removed(NumberList(kept), removed, len(unwanted) - removed)


async def remove(existing: NumberList, parsed: ParsedRecipients) -> Removed:
    """`existing` without the valid numbers of `parsed` (any spelling: they are normalised)."""
    if len(existing) > OFF_LOOP_NUMBERS:
        return await asyncio.to_thread(_remove, existing, parsed)
    return _remove(existing, parsed)


@dataclass(frozen=True)
class NumbersPage:
    numbers: list[str]
    page: int  # 0-based, clamped
    pages: int
    first: int  # 1-based position of the page's first number


def page_of(numbers: NumberList, page: int, per_page: int = PAGE_NUMBERS) -> NumbersPage:
    """One page of the list (a page past either end shows the nearest one)."""
    pages = max(1, -(-len(numbers) // per_page))
    page = min(max(page, 0), pages - 1)
    # The packed batches, skipped in C: no str is made for the numbers before the page.
    _count, chunk = next(islice(numbers.batches(per_page), page, None), (0, b""))
    shown = chunk.decode("utf-8").split("\n") if chunk else []
    return NumbersPage(shown, page, pages, page * per_page + 1)


def _is_number_token(token: str) -> bool:
    digits = len(_DIGITS.findall(token))
    return digits >= NUMBER_DIGITS and digits * 2 >= len(token)


def _is_recipient_line(line: str) -> bool:
    """A line of numbers, valid or not, with at most a short name beside each (a line without
    a letter is numbers, however short)."""
    if not any(char.isalpha() for char in line):
        return _DIGITS.search(line) is not None
    tokens = [token for token in _SPLIT.split(line.strip()) if _WORD.search(token)]
    numbers = sum(1 for token in tokens if _is_number_token(token))
    return numbers > 0 and len(tokens) - numbers <= NAME_WORDS * numbers


def _recipient_lines(text: str) -> tuple[int, int]:
    """(lines that are numbers, non-empty lines)."""
    lines = [line for line in text.splitlines() if line.strip()]
    return sum(1 for line in lines if _is_recipient_line(line)), len(lines)


def looks_like_numbers(text: str) -> bool:
    """True when `text` is mostly phone numbers: it holds a valid mobile and at least half its
    lines are numbers (with at most a short name beside each)."""
    numbers, lines = _recipient_lines(text)
    return bool(lines) and numbers * 2 >= lines and bool(parse_recipients(text).valid)


def looks_like_text(text: str) -> bool:
    """True when most lines of `text` are not numbers (a typo like «0912123» is a number)."""
    numbers, lines = _recipient_lines(text)
    return numbers * 2 < lines
