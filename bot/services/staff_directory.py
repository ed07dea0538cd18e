"""Staff management helpers: read a user id or role from text, remember members' names.

Telegram gives a user's name only when that user appears in an update (a reply, a forward, a
message of their own), so names seen there are kept in bot_data (persisted) for the staff list.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping
from typing import Any

from bot.panel.digits import to_latin_digits
from storage import Role

_NAMES_KEY = "staff_names"
_ROLE_WORDS: dict[str, Role] = {
    "admin": Role.ADMIN,
    "مدیر": Role.ADMIN,
    "operator": Role.OPERATOR,
    "اپراتور": Role.OPERATOR,
}
_MAX_USER_ID = 2**52  # Telegram user ids fit in 52 bits


def parse_role(word: str | None) -> Role | None:
    """`admin` / `operator` (or مدیر / اپراتور), any case; None for anything else."""
    return _ROLE_WORDS.get((word or "").strip().lower())


def parse_user_id(text: str | None) -> int | None:
    """A positive Telegram user id written with any digits; None otherwise."""
    digits = to_latin_digits((text or "").strip())
    if not re.fullmatch(r"\d{1,16}", digits):
        return None
    value = int(digits)
    return value if 0 < value < _MAX_USER_ID else None


def remember_name(bot_data: MutableMapping[str, Any], user_id: int, name: str | None) -> None:
    """Keep the latest name seen for a user (first and last name, as Telegram gives it)."""
    if name:
        names = bot_data.setdefault(_NAMES_KEY, {})
        if names.get(user_id) != name:
            names[user_id] = name


def known_name(bot_data: MutableMapping[str, Any], user_id: int) -> str | None:
    return bot_data.get(_NAMES_KEY, {}).get(user_id)
