"""What the user reads, through the locale (design.md: compare with the rendered message, not a
copied Persian literal, so a wording fix changes one file)."""

from __future__ import annotations

from functools import cache
from typing import Any

from bot.formatting import strip_isolates
from bot.i18n import I18n

_CUT = "\u0000"


@cache
def _i18n() -> I18n:
    return I18n.load(strict=True)


def fa(key: str, locale: str = "fa", **variables: Any) -> str:
    """The message `key` as shown (isolates stripped), Persian unless `locale` says otherwise."""
    return strip_isolates(_i18n().t(key, locale, **variables))


def fa_head(key: str, locale: str = "fa") -> str:
    """The fixed opening of a message: its text up to the first variable, trimmed."""
    names = _i18n().message_variables(locale, key)
    text = strip_isolates(_i18n().t(key, locale, **dict.fromkeys(names, _CUT)))
    return text.split(_CUT)[0].strip()
