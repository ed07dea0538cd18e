"""Everything the fake panel remembers: accounts, catalogues, bulks, the clock, requests, faults."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

from bot.panel.fake.bulks import Bulk

TEHRAN = timezone(timedelta(hours=3, minutes=30), "Asia/Tehran")
MALFORMED_KINDS = frozenset({"html", "empty", "null", "garbage"})


@dataclass
class Book:
    id: int
    title: str
    size: int


@dataclass
class InboxMessage:
    number: str
    message: str
    date: str  # "YYYY-MM-DD HH:MM:SS", Tehran time, as the panel shows it


@dataclass
class Account:
    username: str
    password: str
    user_id: int
    credit: Decimal = Decimal(0)
    lines: list[str] = field(default_factory=list)  # "+983000505" form
    books: list[Book] = field(default_factory=list)
    inbox: list[InboxMessage] = field(default_factory=list)
    restricted: bool = False  # 963 on every op, 2 on sends
    pricing_set: bool = True  # False → newuser answers 302
    expiry: str = "1406/12/29"  # usertime
    details: dict[str, str] = field(default_factory=dict)  # newuser's extra fields

    def book(self, book_id: int) -> Book | None:
        return next((book for book in self.books if book.id == book_id), None)


@dataclass
class Area:
    """A Tehran neighbourhood; `postalcode` is its 5-digit zone, the start of its 10-digit codes."""

    id: int
    title: str
    postalcode: str
    base_count: int


@dataclass
class Trend:
    id: int
    title: str
    count: int


@dataclass
class Job:
    id: int
    title: str
    trends: list[Trend]


@dataclass
class Package:
    id: int
    title: str


@dataclass(frozen=True)
class ReceivedRequest:
    """One POST as the panel decoded it: `fields` exactly as received."""

    op: str
    fields: dict[str, str]
    content_type: str


@dataclass
class Fault:
    """A scripted misbehaviour for the next `times` requests matching `op` (None = any op)."""

    op: str | None
    code: int | None = None
    latency: float = 0.0
    hang: bool = False
    drop: bool = False
    malformed: str | None = None
    times: int = 1
    body: str | None = None  # answer this raw body (after really running the op)
    status: int = 200  # HTTP status of `body`
    after: int = 0  # let this many matching requests through untouched first

    def matches(self, op: str) -> bool:
        return self.times > 0 and (self.op is None or self.op == op)


class FakeClock:
    """Tehran wall time that follows real time (when `runs`) plus whatever `advance` added."""

    def __init__(self, start: datetime | None = None, *, runs: bool = True) -> None:
        self._start = start or datetime.now(TEHRAN).replace(tzinfo=None, microsecond=0)
        self._offset = 0.0
        self._t0 = time.monotonic()
        self.runs = runs

    def now(self) -> datetime:
        elapsed = time.monotonic() - self._t0 if self.runs else 0.0
        return self._start + timedelta(seconds=self._offset + elapsed)

    def advance(self, seconds: float) -> None:
        self._offset += seconds

    def set(self, moment: datetime) -> None:
        """Jump to `moment` (aware, or naive Tehran wall time); it keeps running if `runs`."""
        if moment.tzinfo is not None:
            moment = moment.astimezone(TEHRAN).replace(tzinfo=None)
        self._start, self._offset, self._t0 = moment, 0.0, time.monotonic()

    def utc_now(self) -> datetime:
        """The same moment as `now`, aware in UTC: a clock the bot can be given in tests."""
        return self.now().replace(tzinfo=TEHRAN).astimezone(UTC)


@dataclass
class FakePanelState:
    """The whole panel. `FakePanelState()` is empty; `.demo()` holds the demo account."""

    accounts: dict[str, Account] = field(default_factory=dict)
    areas: list[Area] = field(default_factory=list)
    jobs: list[Job] = field(default_factory=list)
    packages: list[Package] = field(default_factory=list)
    bulks: dict[int, Bulk] = field(default_factory=dict)
    clock: FakeClock = field(default_factory=FakeClock)
    requests: list[ReceivedRequest] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    latency: float = 0.0  # seconds added to every answer
    max_recipients: int = 1000  # more numbers in one `to` → 98
    price_per_part: Decimal = Decimal(100)  # rials
    social_price_per_part: Decimal = Decimal(150)
    next_bulk_id: int = 10_929_800
    next_user_id: int = 5_001

    @classmethod
    def demo(cls) -> FakePanelState:
        from bot.panel.fake.seed import seed_demo

        state = cls()
        seed_demo(state)
        return state

    # --- accounts ---------------------------------------------------------------------------
    def add_account(self, username: str, password: str, **kwargs: object) -> Account:
        account = Account(username, password, self.next_user_id, **kwargs)  # type: ignore[arg-type]
        self.next_user_id += 1
        self.accounts[username] = account
        return account

    def authenticate(self, username: str, password: str) -> Account | None:
        account = self.accounts.get(username)
        return account if account is not None and account.password == password else None

    # --- bulks ------------------------------------------------------------------------------
    def new_bulk_id(self) -> int:
        bulk_id = self.next_bulk_id
        self.next_bulk_id += 1
        return bulk_id

    def bulks_of(self, username: str) -> list[Bulk]:
        return [bulk for bulk in self.bulks.values() if bulk.owner == username]

    # --- clock ------------------------------------------------------------------------------
    def now(self) -> datetime:
        return self.clock.now()

    def advance(self, seconds: float) -> None:
        """Move the fake clock forward; delivery statuses progress with it."""
        self.clock.advance(seconds)

    # --- requests and faults ----------------------------------------------------------------
    def record(self, request: ReceivedRequest) -> None:
        self.requests.append(request)

    def requests_for(self, op: str) -> list[ReceivedRequest]:
        return [request for request in self.requests if request.op == op]

    def inject(
        self,
        op: str | None = None,
        *,
        code: int | None = None,
        latency: float = 0.0,
        hang: bool = False,
        drop: bool = False,
        malformed: str | None = None,
        times: int = 1,
        body: str | None = None,
        status: int = 200,
        after: int = 0,
    ) -> Fault:
        """Script a misbehaviour for the next `times` requests of `op` (None = any op).

        `code` answers `[code, text]` and runs nothing. The others run the op first (a send goes
        out and is charged), then wait `latency` s, never answer (`hang`), close the connection
        without a response (`drop`), answer a `malformed` body (html, empty, null, garbage) or
        any raw `body` with HTTP `status`. `after` lets that many matching requests pass first.
        """
        if malformed is not None and malformed not in MALFORMED_KINDS:
            raise ValueError(f"malformed must be one of {sorted(MALFORMED_KINDS)}")
        fault = Fault(op, code, latency, hang, drop, malformed, times, body, status, after)
        self.faults.append(fault)
        return fault

    def take_fault(self, op: str) -> Fault | None:
        """The first fault matching `op`, consumed by one use."""
        for fault in self.faults:
            if fault.matches(op) and fault.after > 0:
                fault.after -= 1
                return None
            if fault.matches(op):
                fault.times -= 1
                if fault.times <= 0:
                    self.faults.remove(fault)
                return fault
        return None
