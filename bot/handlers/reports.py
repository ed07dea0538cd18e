"""reports handlers (being written)."""

from telegram.ext import BaseHandler


def build_reports_handlers() -> list[BaseHandler]:
    return []
