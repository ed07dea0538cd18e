"""reports handlers (being written)."""

from telegram.ext import BaseHandler

from bot.config import Settings


def build_reports_handlers(settings: Settings) -> list[BaseHandler]:
    return []
