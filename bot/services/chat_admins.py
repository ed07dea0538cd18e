"""Who administers a group, from Telegram's getChatAdministrators, cached for a short time.

Admin commands in a group need two keys: the staff role (our database) and the chat
administrator status (Telegram). The Telegram list is cached per chat for `ttl` seconds so a busy
group does not cost one API call per command; a demoted chat admin loses access within `ttl`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from telegram import Bot
from telegram.error import TelegramError

from storage import Role

if TYPE_CHECKING:
    from bot.context import BotContext

LOGGER = logging.getLogger(__name__)
DEFAULT_TTL = 60.0
_EXTRAS_KEY = "chat_admins"


class ChatAdminCache:
    """Administrator ids per chat, fetched at most once per `ttl` seconds."""

    def __init__(self, ttl: float = DEFAULT_TTL, clock: Callable[[], float] = time.monotonic):
        self._ttl = ttl
        self._clock = clock
        self._entries: dict[int, tuple[float, frozenset[int]]] = {}

    async def admin_ids(self, bot: Bot, chat_id: int) -> frozenset[int]:
        """The chat's administrators (creator included); empty when Telegram refuses to say."""
        now = self._clock()
        cached = self._entries.get(chat_id)
        if cached is not None and now - cached[0] < self._ttl:
            return cached[1]
        try:
            members = await bot.get_chat_administrators(chat_id)
        except TelegramError as error:
            LOGGER.warning("getChatAdministrators failed for a chat: %s", type(error).__name__)
            return frozenset()
        ids = frozenset(member.user.id for member in members)
        self._entries[chat_id] = (now, ids)
        return ids

    def forget(self, chat_id: int) -> None:
        self._entries.pop(chat_id, None)


def cache_of(context: BotContext) -> ChatAdminCache:
    """The application's one cache (kept in Services.extras)."""
    extras = context.services.extras
    cache = extras.get(_EXTRAS_KEY)
    if not isinstance(cache, ChatAdminCache):
        cache = extras[_EXTRAS_KEY] = ChatAdminCache()
    return cache


async def is_chat_admin(context: BotContext, chat_id: int, user_id: int) -> bool:
    """True when `user_id` administers the group `chat_id` (a private chat: always True)."""
    if chat_id > 0:
        return True
    return user_id in await cache_of(context).admin_ids(context.bot, chat_id)


async def may_administer(context: BotContext, chat_id: int, user_id: int) -> bool:
    """Staff admin, and in a group also one of its Telegram administrators."""
    if await context.storage.get_role(user_id) != Role.ADMIN:
        return False
    return await is_chat_admin(context, chat_id, user_id)
