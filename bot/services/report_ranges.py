"""Report periods in the Jalali calendar and Tehran time: today, this week, this month, a range.

The Iranian week starts on Saturday. A typed range is two Jalali dates (`۱۴۰۵/۰۹/۰۱ تا
۱۴۰۵/۰۹/۰۷`, Latin, Persian or Arabic-Indic digits, `/` `-` or `.` between the parts, `تا`, `-`
or `to` between the dates) or one date; both days are included. A range is at most
`MAX_RANGE_DAYS` long, so a report never reads more than a year of sends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import jdatetime

from bot.panel.digits import to_latin_digits

TEHRAN = ZoneInfo("Asia/Tehran")
SATURDAY = 5  # date.weekday()
MAX_RANGE_DAYS = 366
MAX_INPUT = 80

_DATE = re.compile(r"(\d{4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})")
_BETWEEN = re.compile(r"^\s*(?:تا|-|–|—|to|until)?\s*$", re.IGNORECASE)


class RangeError(ValueError):
    """A typed range that cannot be used; `reason` is the locale key suffix."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Period:
    """Whole Tehran days `first_day`..`last_day` (Gregorian dates); `start`/`end` are the UTC
    instants of its first midnight and of the midnight after its last day."""

    kind: str  # today, week, month, range
    first_day: date
    last_day: date

    @property
    def start(self) -> datetime:
        return _midnight(self.first_day)

    @property
    def end(self) -> datetime:
        return _midnight(self.last_day + timedelta(days=1))

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=TEHRAN).astimezone(UTC)


def tehran_today(now: datetime | None = None) -> date:
    return (now or datetime.now(UTC)).astimezone(TEHRAN).date()


def today(now: datetime | None = None) -> Period:
    day = tehran_today(now)
    return Period("today", day, day)


def this_week(now: datetime | None = None) -> Period:
    """Saturday of this week up to today."""
    day = tehran_today(now)
    saturday = day - timedelta(days=(day.weekday() - SATURDAY) % 7)
    return Period("week", saturday, day)


def this_month(now: datetime | None = None) -> Period:
    """The first day of this Jalali month up to today."""
    day = tehran_today(now)
    first = jdatetime.date.fromgregorian(date=day).replace(day=1).togregorian()
    return Period("month", first, day)


def parse_range(text: str | None) -> Period:
    """Two Jalali dates (or one) as a Period; raises RangeError (`format`, `date`, `order`,
    `too-long`)."""
    raw = to_latin_digits((text or "").strip())
    if not raw or len(raw) > MAX_INPUT:
        raise RangeError("format")
    found = list(_DATE.finditer(raw))
    if not 1 <= len(found) <= 2:
        raise RangeError("format")
    if raw[: found[0].start()].strip() or raw[found[-1].end() :].strip():
        raise RangeError("format")
    if len(found) == 2 and not _BETWEEN.match(raw[found[0].end() : found[1].start()]):
        raise RangeError("format")
    first = _jalali(found[0])
    last = _jalali(found[-1])
    if last < first:
        raise RangeError("order")
    if (last - first).days + 1 > MAX_RANGE_DAYS:
        raise RangeError("too-long")
    return Period("range", first, last)


def _jalali(match: re.Match[str]) -> date:
    year, month, day = (int(part) for part in match.groups())
    try:
        return jdatetime.date(year, month, day).togregorian()
    except (ValueError, OverflowError):
        raise RangeError("date") from None
