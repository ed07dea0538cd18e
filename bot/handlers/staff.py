"""staff handlers (being written)."""

from telegram.ext import BaseHandler


def build_staff_handlers() -> list[BaseHandler]:
    return []
