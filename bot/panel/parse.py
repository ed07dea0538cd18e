"""Turning the decoded `data` of a successful answer into typed results.

Each parser raises `UnreadableData` when the shape is beyond tolerance; the client turns that
into a panel error.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

import jdatetime

from bot.panel.codes import BulkStatus, BulkValidation, DeliveryStatus
from bot.panel.models import (
    BulkState,
    DeliveryItem,
    InboxMessage,
    Job,
    Package,
    PhoneBook,
    PostalArea,
    Trend,
)
from bot.panel.wire import as_code, decode_nested

T = TypeVar("T")
E = TypeVar("E", BulkStatus, BulkValidation, DeliveryStatus)

TITLE_KEYS = ("title", "name")
SIZE_KEYS = ("size", "count", "total")
SENDER_KEYS = ("sender", "number", "from")
TEXT_KEYS = ("message", "text", "body")
DATE_KEYS = ("date", "time")
LINE_KEYS = ("to", "line", "receiver")
POSTAL_CODE_KEYS = ("postalcode", "postal_code", "code")
# Years below this in a date are Jalali (e.g. 1403), not Gregorian.
JALALI_YEAR_LIMIT = 1700


class UnreadableData(ValueError):
    """A successful answer whose data has no usable shape."""


def integer(data: Any) -> int:
    """An int from an int or a numeric string (bulk ids, counts)."""
    code = as_code(data.strip() if isinstance(data, str) else data)
    if code is None:
        raise UnreadableData(f"expected an integer, got {type(data).__name__}")
    return code


def decimal(data: Any) -> Decimal:
    if isinstance(data, bool) or not isinstance(data, int | float | str):
        raise UnreadableData(f"expected a number, got {type(data).__name__}")
    try:
        return Decimal(str(data).strip())
    except InvalidOperation as exc:
        raise UnreadableData("expected a number") from exc


def _items(data: Any) -> list[Any]:
    """A list from a list or a nested JSON string of one; empty answers give []."""
    data = decode_nested(data)
    if data is None or data == "":
        return []
    if not isinstance(data, list):
        raise UnreadableData(f"expected a list, got {type(data).__name__}")
    return [decode_nested(item) for item in data]


def _pick(item: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    lowered = {str(key).lower(): value for key, value in item.items()}
    for key in keys:
        value = lowered.get(key)
        if value is not None and value != "":
            return value
    return None


@functools.lru_cache(maxsize=256)
def _enum(cls: type[E], raw: str) -> E:
    """The member whose value matches `raw` (spaces and case ignored), else UNKNOWN.

    Cached: a 100,000-number delivery report repeats a handful of statuses."""
    wanted = raw.replace(" ", "").lower()
    for member in cls:
        if member.value.replace(" ", "").lower() == wanted:
            return member
    return cls.UNKNOWN


def delivery(data: Any) -> list[DeliveryItem]:
    """`number:status` strings (or objects); every recipient kept, unknown statuses included."""
    return [_delivery_item(item) for item in _items(data)]


def _delivery_item(item: Any) -> DeliveryItem:
    if isinstance(item, Mapping):
        number = str(_pick(item, ("number", "mobile", "to")) or "")
        raw = str(_pick(item, ("status", "state")) or "")
    else:
        number, _, raw = str(item).rpartition(":")
        if not number:
            number, raw = raw, ""
    return DeliveryItem(number=number.strip(), status=_enum(DeliveryStatus, raw), raw_status=raw)


def bulk_state(data: Any) -> BulkState:
    data = decode_nested(data)
    if not isinstance(data, Mapping):
        raise UnreadableData(f"expected an object, got {type(data).__name__}")
    raw_status = str(_pick(data, ("statusmessage", "status")) or "")
    raw_validation = str(_pick(data, ("validmessage", "valid", "validation")) or "")
    if not raw_status and not raw_validation:
        raise UnreadableData("no statusMessage nor validMessage")
    return BulkState(
        status=_enum(BulkStatus, raw_status),
        validation=_enum(BulkValidation, raw_validation),
        raw_status=raw_status,
        raw_validation=raw_validation,
    )


def _titled(data: Any, build: Callable[[Mapping[str, Any], int, str], T]) -> list[T]:
    """Objects with an id and a title (or name); items without an integer id are skipped."""
    result = []
    for item in _items(data):
        if not isinstance(item, Mapping):
            continue
        item_id = as_code(_pick(item, ("id",)))
        if item_id is None:
            continue
        result.append(build(item, item_id, str(_pick(item, TITLE_KEYS) or "")))
    return result


def phone_books(data: Any) -> list[PhoneBook]:
    def build(item: Mapping[str, Any], item_id: int, title: str) -> PhoneBook:
        return PhoneBook(id=item_id, title=title, size=as_code(_pick(item, SIZE_KEYS)))

    return _titled(data, build)


def packages(data: Any) -> list[Package]:
    return _titled(data, lambda _item, item_id, title: Package(id=item_id, title=title))


def jobs(data: Any) -> list[Job]:
    return _titled(data, lambda _item, item_id, title: Job(id=item_id, title=title))


def trends(data: Any) -> list[Trend]:
    return _titled(data, lambda _item, item_id, title: Trend(id=item_id, title=title))


def postal_areas(data: Any) -> list[PostalArea]:
    def build(item: Mapping[str, Any], item_id: int, title: str) -> PostalArea:
        code = _pick(item, POSTAL_CODE_KEYS)
        return PostalArea(id=item_id, title=title, postal_code=None if code is None else str(code))

    return _titled(data, build)


def inbox(data: Any) -> list[InboxMessage]:
    return [_inbox_item(item) for item in _items(data) if isinstance(item, Mapping)]


def _inbox_item(item: Mapping[str, Any]) -> InboxMessage:
    raw_date = _pick(item, DATE_KEYS)
    line = _pick(item, LINE_KEYS)
    return InboxMessage(
        sender=str(_pick(item, SENDER_KEYS) or ""),
        text=str(_pick(item, TEXT_KEYS) or ""),
        received_at=_datetime(raw_date),
        raw_date=None if raw_date is None else str(raw_date),
        line=None if line is None else str(line),
    )


def _datetime(value: Any) -> datetime | None:
    """Date text (naive, panel time; Jalali years converted) or a Unix timestamp (aware, UTC)."""
    try:
        if isinstance(value, str) and as_code(value) is not None:
            value = int(value)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return datetime.fromtimestamp(value, tz=UTC)
        if not isinstance(value, str):
            return None
        parsed = datetime.fromisoformat(value.strip().replace("/", "-"))
    except (ValueError, OverflowError, OSError):
        return None
    if parsed.year < JALALI_YEAR_LIMIT:
        return _from_jalali(parsed)
    return parsed


def _from_jalali(parsed: datetime) -> datetime | None:
    try:
        jalali = jdatetime.datetime(
            parsed.year, parsed.month, parsed.day, parsed.hour, parsed.minute, parsed.second
        )
    except ValueError:
        return None
    return jalali.togregorian()


def sender_lines(data: Any) -> list[str]:
    """`lines`: items are JSON strings (or objects) with a `number`, or bare numbers."""
    lines = []
    for item in _items(data):
        number = _pick(item, ("number", "line")) if isinstance(item, Mapping) else item
        if number is not None and str(number).strip():
            lines.append(str(number).strip())
    return lines
