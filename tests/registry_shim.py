"""For tests of features not in the registry yet (bot.features): add one the way the registry
will, so the access gate knows its buttons, and put its handlers where one-shot handlers live."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from telegram.ext import Application, BaseHandler

from bot import features
from bot.features import Feature


def _clear_caches() -> None:
    for lookup in (features.by_name, features.by_command, features._owner_of_action):
        lookup.cache_clear()


@contextmanager
def feature_added(feature: Feature) -> Iterator[None]:
    """`feature` is in the registry (the gate and the lookups see it) inside the block."""
    before = features.FEATURES
    features.FEATURES = (*before, feature)
    _clear_caches()
    try:
        yield
    finally:
        features.FEATURES = before
        _clear_caches()


def one_shot_handlers(app: Application) -> list[BaseHandler]:
    """The group of one-shot commands and buttons (bot.handlers.register_handlers: the last)."""
    return app.handlers[max(app.handlers)]


def put_first(app: Application, handlers: Sequence[BaseHandler]) -> None:
    one_shot_handlers(app)[0:0] = list(handlers)
