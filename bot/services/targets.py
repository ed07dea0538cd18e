"""Targets other than typed numbers: phone books, postal codes, job trends.

A postal or jobs send is one or more panel requests (bot.services.target_requests).

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
from bot.services.target_requests import TargetRequest, requests_total, within_cap

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


MAX_AREAS = 10
"""Areas (or typed codes) one postal send may target: each costs a count and a send per operator."""
MAX_JOBS = 10
"""Jobs one jobs send may target: each is one count and one panel request."""


@dataclass
class PostalPick:
    """A ticked area (its 5-digit zone) or a typed 10-digit postal code."""

    postal_code: str
    title: str | None = None
    area_id: int | None = None


@dataclass
class PostalSelection:
    """Areas and typed codes ticked, then operators and gender; counts once asked."""

    areas: list[PostalArea]
    query: str = ""
    page: int = 0
    picks: list[PostalPick] = field(default_factory=list)
    operators: list[Operator] = field(default_factory=list)
    gender: Gender | None = None
    requests: list[TargetRequest] = field(default_factory=list)
    cap: int | None = None
    sender: str | None = None

    @property
    def shown_areas(self) -> list[PostalArea]:
        """The areas matching the typed filter (all when none), only those with a code."""
        usable = [area for area in self.areas if area.postal_code]
        return filter_by_title(usable, self.query) if self.query else usable

    @property
    def selected_ids(self) -> set[int]:
        return {pick.area_id for pick in self.picks if pick.area_id is not None}

    def toggle_area(self, area_id: int) -> bool:
        """Tick or untick an area; False when it is unknown or the limit is reached."""
        ticked = next((pick for pick in self.picks if pick.area_id == area_id), None)
        if ticked is not None:
            self.picks.remove(ticked)
            return True
        area = next((a for a in self.areas if a.id == area_id and a.postal_code), None)
        if area is None or len(self.picks) >= MAX_AREAS:
            return False
        self.picks.append(PostalPick(str(area.postal_code), area.title, area.id))
        return True

    def add_code(self, postal_code: str) -> bool:
        """Tick a typed code (once); False when the limit is reached."""
        if any(pick.postal_code == postal_code for pick in self.picks):
            return True
        if len(self.picks) >= MAX_AREAS:
            return False
        self.picks.append(PostalPick(postal_code))
        return True

    def planned(self) -> list[TargetRequest]:
        """One request per pick and operator, not counted yet."""
        assert self.gender is not None
        return [
            TargetRequest(postal_code=pick.postal_code, operator=operator, gender=self.gender)
            for pick in self.picks
            for operator in self.operators
        ]

    @property
    def total(self) -> int:
        return requests_total(self.requests)

    @property
    def to_send(self) -> list[TargetRequest]:
        return within_cap(self.requests, self.cap)

    def pick_count(self, pick: PostalPick) -> int:
        """The numbers counted under one pick (all its operators)."""
        return requests_total(r for r in self.requests if r.postal_code == pick.postal_code)


@dataclass
class JobPick:
    """A job and its ticked trends, counted."""

    job: Job
    trends: list[Trend]
    count: int = 0

    def request(self) -> TargetRequest:
        trend_ids = [trend.id for trend in self.trends]
        return TargetRequest(count=self.count, job_id=self.job.id, trend_ids=trend_ids)


@dataclass
class JobsSelection:
    """Jobs done so far (`picks`), and the job whose trends are being ticked."""

    jobs: list[Job]
    query: str = ""
    page: int = 0
    job: Job | None = None
    trends: list[Trend] = field(default_factory=list)
    selected: set[int] = field(default_factory=set)
    trend_page: int = 0
    picks: list[JobPick] = field(default_factory=list)
    sender: str | None = None

    @property
    def shown_jobs(self) -> list[Job]:
        return filter_by_title(self.jobs, self.query) if self.query else list(self.jobs)

    def job_by_id(self, job_id: int) -> Job | None:
        return next((job for job in self.jobs if job.id == job_id), None)

    def picked(self, job_id: int) -> JobPick | None:
        return next((pick for pick in self.picks if pick.job.id == job_id), None)

    @property
    def full(self) -> bool:
        """True when no other job can be added."""
        return len(self.picks) >= MAX_JOBS

    def choose_job(self, job: Job, trends: list[Trend]) -> None:
        """Tick the trends of `job` (those already chosen for it stay ticked)."""
        pick = self.picked(job.id)
        self.selected = {trend.id for trend in pick.trends} if pick else set()
        self.job, self.trends, self.trend_page = job, trends, 0

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

    def keep_job(self, count: int) -> None:
        """The job being ticked, counted, joins the picks (replacing its earlier choice)."""
        assert self.job is not None
        pick = JobPick(self.job, self.chosen, count)
        earlier = self.picked(self.job.id)
        if earlier is not None:
            self.picks[self.picks.index(earlier)] = pick
        else:
            self.picks.append(pick)

    def drop_job(self) -> bool:
        """Leave the current job out (its trends all unticked); False when it is the only one
        (a send needs a job)."""
        pick = self.picked(self.job.id) if self.job else None
        if pick is None or len(self.picks) < 2:
            return False
        self.picks.remove(pick)
        self.job = None
        return True

    @property
    def requests(self) -> list[TargetRequest]:
        return [pick.request() for pick in self.picks if pick.count]

    @property
    def total(self) -> int:
        return requests_total(self.requests)


# --- panel calls -----------------------------------------------------------------------------


async def load_books(panel: PanelClient) -> BooksSelection:
    return BooksSelection(books=await panel.phone_books())


async def load_areas(panel: PanelClient) -> PostalSelection:
    return PostalSelection(areas=await panel.postal_areas())


async def load_jobs(panel: PanelClient) -> JobsSelection:
    return JobsSelection(jobs=await panel.jobs())


async def count_postal(panel: PanelClient, selection: PostalSelection) -> int:
    """How many numbers each pick × operator holds (kept on the selection); the sum."""
    if not selection.picks or not selection.operators or selection.gender is None:
        raise ValueError("choose the areas, operators and gender first")
    requests = selection.planned()
    for request in requests:
        assert request.postal_code is not None and request.operator is not None
        request.count = await panel.postal_count(
            request.postal_code, request.operator, selection.gender
        )
    selection.requests, selection.cap = requests, None
    return selection.total


async def count_job(panel: PanelClient, selection: JobsSelection) -> int:
    """How many numbers the ticked trends of the current job hold; the job joins the picks."""
    if not selection.selected:
        raise ValueError("choose at least one trend first")
    count = await panel.jobs_count(selection.chosen_ids)
    selection.keep_job(count)
    return count
