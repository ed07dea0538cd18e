"""Callback payloads for inline buttons.

The Application runs with ``arbitrary_callback_data``: a button carries a :class:`Action` object,
Telegram only ever sees PTB's random 64-byte key, so callback data can neither overflow 64 bytes
nor be forged to reach another chat's bulk or account. ``owner`` pins a button to the user who
started the flow (groups: nobody else may tap it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Action:
    """What a button does: a name the handlers route on, an optional value and owner."""

    name: str
    value: Any = None
    owner: int | None = None


def on(*names: str) -> Callable[[object], bool]:
    """A CallbackQueryHandler pattern matching actions with any of these names."""
    wanted = frozenset(names)

    def matches(data: object) -> bool:
        return isinstance(data, Action) and data.name in wanted

    return matches


def prefixed(prefix: str) -> Callable[[object], bool]:
    """A pattern matching every action whose name starts with `prefix` (e.g. "send.")."""

    def matches(data: object) -> bool:
        return isinstance(data, Action) and data.name.startswith(prefix)

    return matches
