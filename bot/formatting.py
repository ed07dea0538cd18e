"""The one place that decides how numbers, dates and mixed-direction text look in each locale.

Persian ("fa"): Persian digits, `٬` between thousands, `٫` before a fraction, `٪` after a percent,
Jalali dates. Other locales: Latin digits, `,` and `.`, Gregorian dates. Times in Tehran time.
In right-to-left text every command, number, sender line, id and Latin run is wrapped in
FSI…PDI (`isolate_runs`), so it keeps its order and the line keeps its direction.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

import jdatetime

from bot.panel.digits import to_persian_digits

TEHRAN = ZoneInfo("Asia/Tehran")

FSI = "\u2068"  # first strong isolate
PDI = "\u2069"  # pop directional isolate
ISOLATE_OPENERS = "\u2066\u2067\u2068"  # LRI, RLI, FSI
RTL_LANGUAGES = frozenset({"fa", "ar", "he", "ur"})

PERSIAN_GROUP = "\u066c"  # ٬
PERSIAN_DECIMAL = "\u066b"  # ٫
PERSIAN_PERCENT = "\u066a"  # ٪

Number = int | float | Decimal


class PlainNumber(int):
    """An integer shown without grouping (bulk ids, codes): `PlainNumber(10929800)` → ۱۰۹۲۹۸۰۰."""


def _language(locale: str) -> str:
    return locale.split("-")[0].split("_")[0].lower()


def uses_persian_digits(locale: str) -> bool:
    return _language(locale) == "fa"


def is_rtl_locale(locale: str) -> bool:
    return _language(locale) in RTL_LANGUAGES


def localize_digits(text: str, locale: str) -> str:
    """Latin digits become Persian in Persian; anything else is kept as is."""
    return to_persian_digits(text) if uses_persian_digits(locale) else text


def isolate(text: str) -> str:
    """Wrap `text` in FSI…PDI so a Latin run or number keeps its order inside Persian."""
    return f"{FSI}{text}{PDI}"


def strip_isolates(text: str) -> str:
    return re.sub("[\u2066-\u2069]", "", text)


def isolate_lines(text: str) -> str:
    """`isolate` each line: an isolate never spans a line break (a paragraph ends there)."""
    return "\n".join(isolate(line) for line in text.split("\n"))


_DIGIT = "0-9\u06f0-\u06f9\u0660-\u0669"
_LTR_TOKEN = (
    rf"[/+.#@]?[A-Za-z{_DIGIT}]"  # a command, a +number, an .ext, or a word or number
    rf"(?:[A-Za-z{_DIGIT}_@%\u066a+]|[-.:/,\u066b\u066c](?=[A-Za-z{_DIGIT}]))*"
)
_LTR_RUN = re.compile(rf"{_LTR_TOKEN}(?: {_LTR_TOKEN})*")
_ISOLATE_MARKS = re.compile(f"([{ISOLATE_OPENERS}{PDI}])")


def isolate_runs(text: str) -> str:
    """Wrap every command, number and Latin run not yet inside an isolate in FSI…PDI.

    `/staff add شناسه` → `⁨/staff add⁩ شناسه`; `+۹۸۳۰۰۰۵۰۵` → `⁨+۹۸۳۰۰۰۵۰۵⁩`. Idempotent.
    """
    out: list[str] = []
    depth = 0
    for piece in _ISOLATE_MARKS.split(text):
        if piece and piece in ISOLATE_OPENERS:
            depth += 1
        elif piece == PDI:
            depth = max(0, depth - 1)
        elif depth == 0:
            piece = _isolate_plain(piece)
        elif "\n" in piece:  # a line break closes every isolate
            inside, _, rest = piece.partition("\n")
            piece, depth = f"{inside}\n{_isolate_plain(rest)}", 0
        out.append(piece)
    return "".join(out)


def _isolate_plain(text: str) -> str:
    return _LTR_RUN.sub(lambda m: isolate(m.group()), text)


def _strong_directions(text: str) -> set[str]:
    kinds = {unicodedata.bidirectional(char) for char in strip_isolates(text)}
    return {"R" if kind in ("R", "AL") else "L" for kind in kinds & {"R", "AL", "L"}}


def isolate_label(text: str) -> str:
    """A button label: runs isolated when it mixes directions; a bare number (a sender line,
    an id) isolated whole, since it has no direction of its own."""
    directions = _strong_directions(text)
    if "R" in directions:
        return isolate_runs(text)
    if not directions and text and not text.startswith(tuple(ISOLATE_OPENERS)):
        return isolate(text)
    return text


def _localize_latin_number(text: str, locale: str) -> str:
    """Turn Latin `1,234.5` into the locale's separators and digits."""
    if not uses_persian_digits(locale):
        return text
    swapped = text.replace(",", PERSIAN_GROUP).replace(".", PERSIAN_DECIMAL)
    return to_persian_digits(swapped)


def _plain_decimal(value: Decimal) -> str:
    """`Decimal` as fixed-point text without exponent or trailing zeros: 12345.60 → 12345.6."""
    if value == value.to_integral_value():
        return f"{value.quantize(Decimal(1)):f}"
    return f"{value.normalize():f}"


def _group(text: str) -> str:
    """Insert `,` every three digits of the integer part of a Latin fixed-point number."""
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    grouped = f"{int(whole):,}"
    return sign + grouped + (f".{fraction}" if fraction else "")


def format_number(value: Number, locale: str, *, grouping: bool = True) -> str:
    """1234567 → "۱٬۲۳۴٬۵۶۷" (fa) / "1,234,567" (en); fractions kept, trailing zeros dropped."""
    if isinstance(value, bool):
        raise TypeError("format_number takes a number, not a bool")
    if isinstance(value, PlainNumber):
        grouping = False
    decimal = value if isinstance(value, Decimal) else Decimal(str(value))
    text = _plain_decimal(decimal)
    if grouping:
        text = _group(text)
    return _localize_latin_number(text, locale)


def format_credit(amount: Number | str, locale: str) -> str:
    """Panel credit (rials, maybe with a fraction): "12345.0" → "۱۲٬۳۴۵", "12345.6" → "۱۲٬۳۴۵٫۶"."""
    return format_number(Decimal(str(amount)), locale)


def format_percent(value: Number, locale: str, *, decimals: int = 0) -> str:
    """45.678 → "۴۶٪" (fa) / "46%" (en); `value` is already a percentage, not a ratio."""
    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    text = format_number(rounded, locale)
    return f"{text}{PERSIAN_PERCENT}" if uses_persian_digits(locale) else f"{text}%"


def to_tehran(moment: datetime) -> datetime:
    """An aware datetime in Tehran time; a naive one is taken as UTC (how storage keeps them)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(TEHRAN)


def to_jalali(moment: datetime) -> jdatetime.datetime:
    return jdatetime.datetime.fromgregorian(datetime=to_tehran(moment))


def format_datetime(moment: datetime, locale: str) -> str:
    """Tehran time; Jalali in Persian "۱۴۰۵/۰۹/۰۴ ۱۴:۰۵", Gregorian elsewhere "2026-11-25 14:05"."""
    if not uses_persian_digits(locale):
        return to_tehran(moment).strftime("%Y-%m-%d %H:%M")
    return localize_digits(to_jalali(moment).strftime("%Y/%m/%d %H:%M"), locale)


def format_date(day: date | datetime, locale: str) -> str:
    """Jalali "۱۴۰۵/۰۹/۰۴" in Persian, Gregorian "2026-11-25" elsewhere; a datetime is first
    moved to Tehran time."""
    if isinstance(day, datetime):
        day = to_tehran(day).date()
    if not uses_persian_digits(locale):
        return day.strftime("%Y-%m-%d")
    return localize_digits(jdatetime.date.fromgregorian(date=day).strftime("%Y/%m/%d"), locale)


def format_time(moment: datetime | time, locale: str) -> str:
    """Tehran wall-clock time "۱۴:۰۵"; a bare `time` is shown as given."""
    clock = to_tehran(moment).time() if isinstance(moment, datetime) else moment
    return localize_digits(clock.strftime("%H:%M"), locale)


def tehran_days_between(earlier: datetime, later: datetime) -> int:
    """Calendar days between two instants as seen on a Tehran wall calendar."""
    return (to_tehran(later).date() - to_tehran(earlier).date()).days
