"""send handlers (being written)."""

from telegram.ext import BaseHandler

from bot.config import Settings


def build_send_handlers(settings: Settings) -> list[BaseHandler]:
    return []
