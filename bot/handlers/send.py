"""send handlers (being written)."""

from telegram.ext import BaseHandler


def build_send_handlers() -> list[BaseHandler]:
    return []
