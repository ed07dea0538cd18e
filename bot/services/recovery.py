"""After a restart: rebuild delivery follow-ups and tell chats about interrupted sends."""

from __future__ import annotations

import logging

from telegram.ext import Application

LOGGER = logging.getLogger(__name__)


async def resume_after_restart(application: Application) -> None:
    """Called from post_init. Each step is owned by the service it belongs to."""
    from bot.services import followups

    await followups.resume(application)
