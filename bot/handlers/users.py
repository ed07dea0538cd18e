"""users handlers (being written)."""

from telegram.ext import BaseHandler


def build_users_handlers() -> list[BaseHandler]:
    return []
