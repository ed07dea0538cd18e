"""fallback handlers (being written)."""

from telegram.ext import BaseHandler


def build_fallback_handlers() -> list[BaseHandler]:
    return []
