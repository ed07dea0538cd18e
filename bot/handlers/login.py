"""login handlers (being written)."""

from telegram.ext import BaseHandler


def build_login_handlers() -> list[BaseHandler]:
    return []
