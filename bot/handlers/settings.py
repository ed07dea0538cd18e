"""settings handlers (being written)."""

from telegram.ext import BaseHandler


def build_settings_handlers() -> list[BaseHandler]:
    return []
