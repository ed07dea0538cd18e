"""postal handlers (being written)."""

from telegram.ext import BaseHandler


def build_postal_handlers() -> list[BaseHandler]:
    return []
