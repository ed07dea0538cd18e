"""/start, /help and the main menu (being written)."""

from __future__ import annotations

from telegram.ext import Application, BaseHandler


async def publish_commands(application: Application) -> None:
    """Publish the command list in Persian (default) and English."""


def build_start_handlers() -> list[BaseHandler]:
    return []
