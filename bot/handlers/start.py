"""/start, /help and the main menu (being written)."""

from __future__ import annotations

from telegram.ext import Application, BaseHandler

from bot.config import Settings


async def publish_commands(application: Application) -> None:
    """Publish the command list in Persian (default) and English."""


def build_start_handlers(settings: Settings) -> list[BaseHandler]:
    return []
