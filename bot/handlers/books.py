"""books handlers (being written)."""

from telegram.ext import BaseHandler


def build_books_handlers() -> list[BaseHandler]:
    return []
