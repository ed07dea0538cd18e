"""`Localizer`: one locale of `I18n`, with the number/date formatters and the panel vocabulary.

Panel vocabulary keys are `status_key(member)`: `delivery-status-<slug>`, `bulk-status-<slug>`,
`bulk-validation-<slug>`, `operator-<slug>`, `gender-<slug>`, `network-<slug>`, where
`slug("No Sufficient Charge") == "no-sufficient-charge"`.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from enum import Enum
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from bot import formatting
from bot.panel.codes import (
    BulkStatus,
    BulkValidation,
    DeliveryStatus,
    Gender,
    Operator,
    SocialNetwork,
)

if TYPE_CHECKING:
    from bot.i18n import I18n

VOCABULARY_PREFIXES: dict[type[Enum], str] = {
    DeliveryStatus: "delivery-status",
    BulkStatus: "bulk-status",
    BulkValidation: "bulk-validation",
    Operator: "operator",
    Gender: "gender",
    SocialNetwork: "network",
}

E = TypeVar("E", bound=Enum)


def slug(value: object) -> str:
    """Lower-case, every run of other characters → "-": "No Sufficient Charge" → "no-…-charge"."""
    return re.sub(r"[^a-z0-9]+", "-", str(value).lower()).strip("-")


def status_key(member: Enum) -> str:
    """The message key of a panel enum member, e.g. `bulk-status-nocontactwiththeoperator`."""
    return f"{VOCABULARY_PREFIXES[type(member)]}-{slug(member.value)}"


def panel_error_key(code: int) -> str:
    return f"panel-error-{code}"


class ErrorLike(Protocol):
    """What `panel_error` renders: the panel client's PanelError has both attributes."""

    locale_key: str
    locale_args: dict[str, Any]


def _coerce(enum_cls: type[E], value: E | str | int) -> tuple[E, str | None]:
    """The member for a member or a wire value (compared by slug); else the UNKNOWN member."""
    if isinstance(value, enum_cls):
        return value, None
    for member in enum_cls:
        if slug(member.value) == slug(value):
            return member, str(value)
    unknown = getattr(enum_cls, "UNKNOWN", None)
    if unknown is None:
        raise ValueError(f"{value!r} is not a {enum_cls.__name__}")
    return unknown, str(value)


class Localizer:
    """`I18n` bound to one locale: `t(key, **vars)`, formatters and panel vocabulary."""

    def __init__(self, i18n: I18n, locale: str) -> None:
        self.i18n = i18n
        self.locale = locale

    def __repr__(self) -> str:
        return f"Localizer({self.locale!r})"

    def t(self, key: str, **variables: Any) -> str:
        return self.i18n.t(key, self.locale, **variables)

    def has(self, key: str) -> bool:
        return self.i18n.has(key, self.locale)

    # Formatters (plain text, not isolated: use inside t() variables or alone).

    def number(self, value: formatting.Number, *, grouping: bool = True) -> str:
        return formatting.format_number(value, self.locale, grouping=grouping)

    def credit(self, amount: formatting.Number | str) -> str:
        return formatting.format_credit(amount, self.locale)

    def percent(self, value: formatting.Number, *, decimals: int = 0) -> str:
        return formatting.format_percent(value, self.locale, decimals=decimals)

    def digits(self, text: str) -> str:
        return formatting.localize_digits(text, self.locale)

    def datetime(self, moment: datetime) -> str:
        return formatting.format_datetime(moment, self.locale)

    def date(self, day: date | datetime) -> str:
        return formatting.format_date(day, self.locale)

    def time(self, moment: datetime | time) -> str:
        return formatting.format_time(moment, self.locale)

    def when(self, moment: datetime, now: datetime | None = None) -> str:
        """ "Today 14:05" / "Yesterday 14:05" (Tehran calendar), else the full Jalali datetime."""
        days = formatting.tehran_days_between(moment, now or datetime.now(UTC))
        if days == 0:
            return self.t("today-at", time=self.time(moment))
        if days == 1:
            return self.t("yesterday-at", time=self.time(moment))
        return self.datetime(moment)

    # Panel vocabulary.

    def panel_error(self, error: ErrorLike) -> str:
        """The sentence of a PanelError; an unknown `panel-error-<code>` falls back to unknown."""
        key, args = error.locale_key, dict(error.locale_args or {})
        code = key.removeprefix("panel-error-")
        if not self.has(key) and code.isdigit():
            key, args["code"] = "panel-error-unknown", int(code)
        return self.t(key, **args)

    def vocabulary(self, member: Enum, raw: str | None = None) -> str:
        """The word for any panel enum member; UNKNOWN members show the raw wire value."""
        if getattr(member, "name", "") == "UNKNOWN":
            return self.t(status_key(member), raw=raw or "?")
        return self.t(status_key(member))

    def delivery_status(self, status: DeliveryStatus | str) -> str:
        return self.vocabulary(*_coerce(DeliveryStatus, status))

    def bulk_status(self, status: BulkStatus | str) -> str:
        return self.vocabulary(*_coerce(BulkStatus, status))

    def bulk_validation(self, validation: BulkValidation | str) -> str:
        return self.vocabulary(*_coerce(BulkValidation, validation))

    def operator(self, operator: Operator | str) -> str:
        return self.vocabulary(*_coerce(Operator, operator))

    def gender(self, gender: Gender | int) -> str:
        return self.vocabulary(*_coerce(Gender, gender))

    def network(self, network: SocialNetwork | str) -> str:
        return self.vocabulary(*_coerce(SocialNetwork, network))
