"""Targets other than typed numbers: phone books, postal codes, job trends.

Listing, filtering and counting helpers over the panel client, plus the per-flow selections the
handlers keep in their flow's record (plain dataclasses, stored as plain data by
bot.handlers.flow_store).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from bot.panel import Gender, Job, Operator, PanelClient, PhoneBook, PostalArea, Trend
from bot.panel.digits import to_latin_digits
from bot.panel.lines import line_key, parse_line, unique_lines

POSTAL_CODE_LENGTH = 10
_SEPARATORS = re.compile(r"[\s\-_/.]")
_ARABIC_TO_PERSIAN = str.maketrans({"ي": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا"})


class Titled(Protocol):
    @property
    def title(self) -> str: ...


T = TypeVar("T", bound=Titled)


# --- text helpers --------------------------------------------------------------------------


def _search_form(text: str) -> str:
    """Lower-case, Persian letters for Arabic ones, no ZWNJ or spaces: for tolerant matching."""
    text = text.translate(_ARABIC_TO_PERSIAN).replace("\u200c", "")
    return "".join(text.split()).casefold()


def filter_by_title(items: Sequence[T], query: str) -> list[T]:
    """The items whose title contains `query` (spacing, ZWNJ and ي/ی variants ignored)."""
    wanted = _search_form(query)
    return [item for item in items if wanted in _search_form(item.title)]


class PostalCodeError(ValueError):
    """Typed text looks like a postal code but has the wrong number of digits."""

    def __init__(self, digits: int) -> None:
        super().__init__(f"a postal code has {POSTAL_CODE_LENGTH} digits, got {digits}")
        self.digits = digits


def parse_postal_code(text: str) -> str | None:
    """A 10-digit postal code typed in any digits (separators allowed); None if `text` is not
    a number at all (then it is a name filter); PostalCodeError for a number of the wrong length.
    """
    compact = _SEPARATORS.sub("", to_latin_digits(text.strip()))
    if not compact.isdigit():
        return None
    if len(compact) != POSTAL_CODE_LENGTH:
        raise PostalCodeError(len(compact))
    return compact


def normalize_sender(text: str) -> str | None:
    """A typed sender line (any digits, separators ignored), or None if it is not one."""
    return parse_line(text)


# --- selections kept per flow ----------------------------------------------------------------


@dataclass
class BooksSelection:
    """The phone books on offer and the ids ticked so far."""

    books: list[PhoneBook]
    selected: set[int] = field(default_factory=set)
    page: int = 0
    sender: str | None = None

    @property
    def chosen(self) -> list[PhoneBook]:
        return [book for book in self.books if book.id in self.selected]

    def toggle(self, book_id: int) -> None:
        if book_id in self.selected:
            self.selected.discard(book_id)
        elif any(book.id == book_id for book in self.books):
            self.selected.add(book_id)

    def select_all(self) -> None:
        self.selected = {book.id for book in self.books}

    def select_none(self) -> None:
        self.selected = set()

    @property
    def estimate(self) -> int | None:
        """Recipients = sum of the chosen books' sizes; None when the panel gave no size."""
        return books_estimate(self.chosen)


def books_estimate(books: Iterable[PhoneBook]) -> int | None:
    """Sum of the sizes; None if any book's size is unknown."""
    sizes = [book.size for book in books]
    if any(size is None for size in sizes):
        return None
    return sum(size for size in sizes if size is not None)


@dataclass
class PostalSelection:
    """An area (or a typed code), then operator and gender; `count` once asked."""

    areas: list[PostalArea]
    query: str = ""
    page: int = 0
    postal_code: str | None = None
    area_title: str | None = None
    operator: Operator | None = None
    gender: Gender | None = None
    count: int | None = None

    @property
    def shown_areas(self) -> list[PostalArea]:
        """The areas matching the typed filter (all when none), only those with a code."""
        usable = [area for area in self.areas if area.postal_code]
        return filter_by_title(usable, self.query) if self.query else usable

    def choose_area(self, area_id: int) -> bool:
        area = next((a for a in self.areas if a.id == area_id and a.postal_code), None)
        if area is None:
            return False
        self.postal_code, self.area_title = area.postal_code, area.title
        return True

    def choose_code(self, postal_code: str) -> None:
        self.postal_code, self.area_title = postal_code, None


@dataclass
class JobsSelection:
    """A job, then its trends ticked; `count` once asked."""

    jobs: list[Job]
    query: str = ""
    page: int = 0
    job: Job | None = None
    trends: list[Trend] = field(default_factory=list)
    selected: set[int] = field(default_factory=set)
    trend_page: int = 0
    count: int | None = None

    @property
    def shown_jobs(self) -> list[Job]:
        return filter_by_title(self.jobs, self.query) if self.query else list(self.jobs)

    def job_by_id(self, job_id: int) -> Job | None:
        return next((job for job in self.jobs if job.id == job_id), None)

    def choose_job(self, job: Job, trends: list[Trend]) -> None:
        if self.job is None or self.job.id != job.id:
            self.selected, self.trend_page = set(), 0
        self.job, self.trends, self.count = job, trends, None

    def toggle(self, trend_id: int) -> None:
        if trend_id in self.selected:
            self.selected.discard(trend_id)
        elif any(trend.id == trend_id for trend in self.trends):
            self.selected.add(trend_id)

    def select_all(self) -> None:
        self.selected = {trend.id for trend in self.trends}

    def select_none(self) -> None:
        self.selected = set()

    @property
    def chosen_ids(self) -> list[int]:
        """Chosen trend ids in the panel's order."""
        return [trend.id for trend in self.trends if trend.id in self.selected]

    @property
    def chosen(self) -> list[Trend]:
        return [trend for trend in self.trends if trend.id in self.selected]


# --- panel calls -----------------------------------------------------------------------------


async def load_books(panel: PanelClient) -> BooksSelection:
    return BooksSelection(books=await panel.phone_books())


async def load_areas(panel: PanelClient) -> PostalSelection:
    return PostalSelection(areas=await panel.postal_areas())


async def load_jobs(panel: PanelClient) -> JobsSelection:
    return JobsSelection(jobs=await panel.jobs())


async def count_postal(panel: PanelClient, selection: PostalSelection) -> int:
    """How many numbers the chosen postal target holds (kept on the selection)."""
    if selection.postal_code is None or selection.operator is None or selection.gender is None:
        raise ValueError("choose the postal code, operator and gender first")
    selection.count = await panel.postal_count(
        selection.postal_code, selection.operator, selection.gender
    )
    return selection.count


async def count_jobs(panel: PanelClient, selection: JobsSelection) -> int:
    """How many numbers the chosen trends hold (kept on the selection)."""
    if not selection.selected:
        raise ValueError("choose at least one trend first")
    selection.count = await panel.jobs_count(selection.chosen_ids)
    return selection.count


async def default_sender(panel: PanelClient, stored: str | None) -> tuple[str | None, list[str]]:
    """The line to offer first (the stored default, else the panel's first) and all lines."""
    lines = unique_lines(await panel.sender_lines() or [])
    if stored and line_key(stored) not in {line_key(line) for line in lines}:
        lines = [stored, *lines]
    return (stored or (lines[0] if lines else None)), lines
