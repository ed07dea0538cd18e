"""Staff and their groups shown by name: the Telegram name of each user, and the title of each
group staff write in (under the group's negative id), kept in the database.

`StaffNames.remember(user)` and `remember_chat(chat)` are called for every staff update (a
TypeHandler, `remember_user`): a name is written only when it changed, so an ordinary update
costs a dict lookup. Names are loaded once into memory, so `display_name(telegram_id)` is
synchronous and free for renderers.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Protocol

from storage.org import OrgStore
from storage.org_records import Profile

if TYPE_CHECKING:
    from telegram import Update

    from bot.context import BotContext, Services

EXTRAS_KEY = "staff_names"
GROUP_TYPES = frozenset({"group", "supergroup"})
TITLE_LENGTH = 64  # what the stored name holds (a Telegram title may have 128 characters)


class TelegramUser(Protocol):
    id: int
    first_name: str
    last_name: str | None
    username: str | None
    is_bot: bool


class TelegramChat(Protocol):
    id: int
    type: str
    title: str | None


class StaffNames:
    """The names of users (and titles of groups) seen by the bot, read through an in-memory
    copy."""

    def __init__(self, store: OrgStore) -> None:
        self._store = store
        self._profiles: dict[int, Profile] = {}
        self._loaded = False
        self._lock = asyncio.Lock()

    async def load(self) -> None:
        """Read every stored name once (later calls do nothing)."""
        async with self._lock:
            if not self._loaded:
                profiles = await self._store.all_profiles()
                self._profiles.update({p.user_id: p for p in profiles})
                self._loaded = True

    async def remember(self, user: TelegramUser | None) -> bool:
        """Keep this user's current name; True when it was new or changed (and written)."""
        if user is None or user.is_bot:
            return False
        await self.load()
        return await self._keep(
            Profile(user.id, user.first_name or "", user.last_name, user.username)
        )

    async def remember_chat(self, chat: TelegramChat | None) -> bool:
        """Keep a group's current title under its id; True when it was new or changed."""
        if chat is None or chat.type not in GROUP_TYPES or not chat.title:
            return False
        await self.load()
        title = chat.title.strip()
        if len(title) > TITLE_LENGTH:
            title = title[: TITLE_LENGTH - 1] + "…"
        return await self._keep(Profile(chat.id, title, None, None))

    async def _keep(self, profile: Profile) -> bool:
        if self._profiles.get(profile.user_id) == profile:
            return False
        await self._store.save_profile(profile)
        self._profiles[profile.user_id] = profile
        return True

    def display_name(self, user_id: int) -> str | None:
        """ "First Last", else "@username" (a group: its title); None when never seen."""
        return display_name(self._profiles.get(user_id))


def display_name(profile: Profile | None) -> str | None:
    if profile is None:
        return None
    full = " ".join(part for part in (profile.first_name, profile.last_name) if part).strip()
    if full:
        return full
    return f"@{profile.username}" if profile.username else None


def of(services: Services) -> StaffNames:
    """The application's one StaffNames (made on first use)."""
    names = services.extras.get(EXTRAS_KEY)
    if names is None:
        names = services.extras[EXTRAS_KEY] = StaffNames(OrgStore.of(services.storage))
    return names


async def remember_user(update: Update, context: BotContext) -> None:
    """TypeHandler(Update) callback, in a group before the access gate: record the name of a
    staff member who wrote, and the title of the group they wrote in (strangers are not
    recorded: the table stays staff-sized)."""
    user = update.effective_user
    if user is not None and await context.storage.is_staff(user.id):
        names = of(context.services)
        await names.remember(user)
        await names.remember_chat(update.effective_chat)


async def names_for(context: BotContext) -> StaffNames:
    """The loaded StaffNames, for renderers that run before any update was recorded."""
    names = of(context.services)
    await names.load()
    return names


def cached_name(services: Services, user_id: int) -> str | None:
    """The user's name if StaffNames is loaded and knows them (no database access)."""
    names = services.extras.get(EXTRAS_KEY)
    return names.display_name(user_id) if names is not None else None
