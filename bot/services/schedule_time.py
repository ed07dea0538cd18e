"""When a scheduled send goes out: quick choices, a typed Jalali date and time, sending hours.

Pure: every function takes `now` (an aware datetime); nothing here reads the system clock.
Times are Tehran wall time to the minute; results are aware UTC datetimes.

Typed forms (Latin, Persian or Arabic-Indic digits): ``۱۴۰۵/۰۹/۱۲ ۱۰:۳۰``, ``09/12 10:30``
(this Jalali year), ``فردا ۹:۳۰``, ``امروز ۱۸``, ``پس‌فردا ساعت ۸``, ``امشب ۹`` (21:00),
``۹ شب``, a time alone (today). The date may come before or after the time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

import jdatetime

from bot.formatting import TEHRAN
from bot.panel.digits import to_latin_digits

MAX_INPUT_CHARS = 64
MAX_AHEAD = timedelta(days=366)
TONIGHT_AT = time(20, 0)
TOMORROW_AT = time(9, 0)


class QuickChoice(StrEnum):
    """The buttons offered before typing a time (values fit in callback data)."""

    IN_ONE_HOUR = "hour"
    TONIGHT = "tonight"
    TOMORROW_MORNING = "tomorrow"


class ScheduleProblem(StrEnum):
    """Why a typed time was refused; each has its own message in locales/*/schedule.ftl."""

    EMPTY = "empty"
    TOO_LONG = "too-long"
    UNREADABLE = "unreadable"
    MISSING_TIME = "missing-time"
    BAD_DATE = "bad-date"
    BAD_TIME = "bad-time"
    GREGORIAN = "gregorian"
    PAST = "past"
    TOO_FAR = "too-far"


@dataclass(frozen=True, slots=True)
class SendingHours:
    """The panel sends from `start` (inclusive) to `end` (exclusive), Tehran time."""

    start: time = time(8, 0)
    end: time = time(23, 0)

    def allows(self, moment: datetime) -> bool:
        wall = moment.astimezone(TEHRAN).time()
        return self.start <= wall < self.end

    def next_allowed(self, moment: datetime) -> datetime:
        """`moment` itself when allowed, else the next opening (aware UTC)."""
        if self.allows(moment):
            return moment.astimezone(UTC)
        local = moment.astimezone(TEHRAN)
        day = local.date() if local.time() < self.start else local.date() + timedelta(days=1)
        return _tehran(day, self.start)


PANEL_SENDING_HOURS = SendingHours()


@dataclass(frozen=True, slots=True)
class ScheduledTime:
    """An accepted time; `next_allowed` is set when it falls outside the sending hours."""

    at: datetime
    next_allowed: datetime | None = None

    @property
    def outside_hours(self) -> bool:
        return self.next_allowed is not None


@dataclass(frozen=True, slots=True)
class ScheduleRefusal:
    """A refused time; `suggestion` is what the user probably meant (a time alone, passed)."""

    problem: ScheduleProblem
    suggestion: datetime | None = None


ScheduleResult = ScheduledTime | ScheduleRefusal


def quick_choice_time(choice: QuickChoice, now: datetime) -> datetime:
    """The moment a quick choice stands for (it may already be past: «tonight» at 21:00)."""
    local = now.astimezone(TEHRAN)
    if choice is QuickChoice.IN_ONE_HOUR:
        return _ceil_minute(now + timedelta(hours=1)).astimezone(UTC)
    if choice is QuickChoice.TONIGHT:
        return _tehran(local.date(), TONIGHT_AT)
    return _tehran(local.date() + timedelta(days=1), TOMORROW_AT)


def quick_choices(now: datetime) -> list[tuple[QuickChoice, datetime]]:
    """The quick choices still in the future, in button order."""
    moments = [(choice, quick_choice_time(choice, now)) for choice in QuickChoice]
    return [(choice, moment) for choice, moment in moments if moment > now]


def check_quick_choice(
    choice: QuickChoice, *, now: datetime, hours: SendingHours = PANEL_SENDING_HOURS
) -> ScheduleResult:
    """A tapped quick choice, checked at tap time (a button may be older than its moment)."""
    return check_time(quick_choice_time(choice, now), now=now, hours=hours)


def check_time(
    moment: datetime, *, now: datetime, hours: SendingHours = PANEL_SENDING_HOURS
) -> ScheduleResult:
    """Refuse the past and the too far; flag a time outside the sending hours."""
    if moment <= now:
        return ScheduleRefusal(ScheduleProblem.PAST)
    if moment - now > MAX_AHEAD:
        return ScheduleRefusal(ScheduleProblem.TOO_FAR)
    at = moment.astimezone(UTC)
    return ScheduledTime(at, None if hours.allows(at) else hours.next_allowed(at))


def parse_schedule_time(
    text: str, *, now: datetime, hours: SendingHours = PANEL_SENDING_HOURS
) -> ScheduleResult:
    """Read a typed Tehran date and time (see the module docstring) and check it."""
    if len(text) > MAX_INPUT_CHARS:
        return ScheduleRefusal(ScheduleProblem.TOO_LONG)
    parts = _split(text)
    if isinstance(parts, ScheduleRefusal):
        return parts
    day = _resolve_day(parts, now)
    if isinstance(day, ScheduleRefusal):
        return day
    moment = _tehran(day, parts.clock)
    result = check_time(moment, now=now, hours=hours)
    if _only_a_time_passed(result, parts):
        tomorrow = _tehran(day + timedelta(days=1), parts.clock)
        return ScheduleRefusal(ScheduleProblem.PAST, suggestion=tomorrow)
    return result


# --- reading the text -------------------------------------------------------------------------

_DAY_WORDS = {
    "امروز": 0,
    "today": 0,
    "امشب": 0,
    "tonight": 0,
    "فردا": 1,
    "tomorrow": 1,
    "فرداشب": 1,
    "پسفردا": 2,
    "پس فردا": 2,
}
_EVENING_WORDS = frozenset({"امشب", "tonight", "فرداشب"})
# Words that put an hour of 1-11 in the afternoon or evening.
_AFTERNOON_MARKS = frozenset({"عصر", "شب", "بعدازظهر", "بعد از ظهر", "ب.ظ", "pm"})
_MORNING_MARKS = frozenset({"صبح", "ق.ظ", "am"})
_NOON_MARKS = frozenset({"ظهر"})
_FILLERS = frozenset({"ساعت", "تاریخ", "روز", "در", "at", "on"})
_MULTIWORD = re.compile(r"پس فردا|بعد از ظهر")
# A dotted date needs its year: «10.30» is a time, «1405.09.12» a date.
_DATE = re.compile(r"(?:(\d{2,4})([/\-.]))?(\d{1,2})(?(2)\2|[/\-])(\d{1,2})")
_CLOCK = re.compile(r"(\d{1,2})(?:[:.\u066b](\d{1,2}))?")


@dataclass(frozen=True, slots=True)
class _Parts:
    clock: time
    day_offset: int | None = None
    date: tuple[int | None, int, int] | None = None


@dataclass
class _Tokens:
    day: str | None = None
    date: re.Match[str] | None = None
    clock: re.Match[str] | None = None
    mark: str | None = None


def _normalise(text: str) -> str:
    text = to_latin_digits(text).replace("ي", "ی").replace("ك", "ک").lower()
    text = re.sub(r"[\u200c\u200f\u200e\u2068\u2069،,]", " ", text)
    return " ".join(text.split())


def _tokens(text: str) -> list[str]:
    """Whitespace tokens, with «پس فردا» and «بعد از ظهر» kept as one token each."""
    tokens: list[str] = []
    position = 0
    for match in _MULTIWORD.finditer(text):
        tokens += text[position : match.start()].split()
        tokens.append(match.group())
        position = match.end()
    return tokens + text[position:].split()


def _classify(tokens: list[str]) -> _Tokens | ScheduleRefusal:
    found = _Tokens()
    for token in tokens:
        if token in _FILLERS:
            continue
        slot = _slot_of(token)
        if slot is None or getattr(found, slot[0]) is not None:
            return ScheduleRefusal(ScheduleProblem.UNREADABLE)
        setattr(found, *slot)
    return found


def _slot_of(token: str) -> tuple[str, object] | None:
    if token in _DAY_WORDS:
        return "day", token
    if token in _AFTERNOON_MARKS | _MORNING_MARKS | _NOON_MARKS:
        return "mark", token
    if match := _DATE.fullmatch(token):
        return "date", match
    if match := _CLOCK.fullmatch(token):
        return "clock", match
    return None


def _split(text: str) -> _Parts | ScheduleRefusal:
    normalised = _normalise(text)
    if not normalised:
        return ScheduleRefusal(ScheduleProblem.EMPTY)
    found = _classify(_tokens(normalised))
    if isinstance(found, ScheduleRefusal):
        return found
    if found.day is not None and found.date is not None:
        return ScheduleRefusal(ScheduleProblem.UNREADABLE)
    if found.clock is None:
        dated = found.day is not None or found.date is not None
        problem = ScheduleProblem.MISSING_TIME if dated else ScheduleProblem.UNREADABLE
        return ScheduleRefusal(problem)
    clock = _clock(found.clock, found.mark, evening=found.day in _EVENING_WORDS)
    if clock is None:
        return ScheduleRefusal(ScheduleProblem.BAD_TIME)
    if found.date is not None:
        year, _, month, day = found.date.groups()
        return _Parts(clock, date=(int(year) if year else None, int(month), int(day)))
    return _Parts(clock, day_offset=_DAY_WORDS[found.day] if found.day else None)


def _clock(match: re.Match[str], mark: str | None, *, evening: bool) -> time | None:
    """The time of day; «امشب ۹» is 21:00, «۹ شب» too, «۹ صبح» 09:00."""
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if match.group(2) is not None and len(match.group(2)) != 2:
        return None
    if mark is None and evening and 1 <= hour < 12:
        hour += 12
    if mark is not None:
        hour = _from_twelve_hour(hour, mark)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _from_twelve_hour(hour: int, mark: str) -> int:
    """An hour of 1-12 with «صبح», «ظهر», «عصر» or «شب» as a 24-hour hour (99 if invalid)."""
    if not 1 <= hour <= 12:
        return 99
    afternoon = mark in _AFTERNOON_MARKS and hour < 12
    if afternoon or (mark in _NOON_MARKS and hour < 6):
        return hour + 12
    return 0 if mark in _MORNING_MARKS and hour == 12 else hour


def _resolve_day(parts: _Parts, now: datetime) -> date | ScheduleRefusal:
    today = now.astimezone(TEHRAN).date()
    if parts.date is None:
        return today + timedelta(days=parts.day_offset or 0)
    year, month, day = parts.date
    if year is None:
        year = jdatetime.date.fromgregorian(date=today).year
    elif year >= 1900:
        return ScheduleRefusal(ScheduleProblem.GREGORIAN)
    elif year < 100:
        year += 1400
    elif not 1300 <= year <= 1499:
        return ScheduleRefusal(ScheduleProblem.BAD_DATE)
    try:
        return jdatetime.date(year, month, day).togregorian()
    except ValueError:
        return ScheduleRefusal(ScheduleProblem.BAD_DATE)


def _only_a_time_passed(result: ScheduleResult, parts: _Parts) -> bool:
    is_past = isinstance(result, ScheduleRefusal) and result.problem is ScheduleProblem.PAST
    return is_past and parts.date is None and parts.day_offset is None


# --- time helpers -----------------------------------------------------------------------------


def _tehran(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock, tzinfo=TEHRAN).astimezone(UTC)


def _ceil_minute(moment: datetime) -> datetime:
    floored = moment.replace(second=0, microsecond=0)
    return floored if floored == moment else floored + timedelta(minutes=1)
