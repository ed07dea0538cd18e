"""Panel accounts of chats: checked with the panel before they are kept; group administrators.

`sign_in` is the only way credentials reach storage from the bot: it asks the panel for the
credit with them first, so a wrong password or an unreachable panel never stores anything.
`GroupAdmins` caches Telegram's administrator list of a group for a short time (one
getChatAdministrators call per group, not one per command).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from bot.logging_setup import SECRETS
from bot.panel import PanelError

if TYPE_CHECKING:
    from bot.services.panels import PanelProvider
    from storage import Storage

GROUP_ADMINS_TTL = 60.0  # seconds a group's administrator list is trusted
_GROUP_ADMINS_KEY = "group_admins"

AdminFetcher = Callable[[int], Awaitable[Iterable[int]]]


@dataclass(frozen=True)
class SignedIn:
    """What the panel told us while checking an account."""

    credit: Decimal
    sender_lines: list[str] | None = field(default=None)


async def check_account(panels: PanelProvider, username: str, password: str) -> SignedIn:
    """Ask the panel for the credit with these credentials (and, if offered, the sender lines).

    Raises the panel's error (PanelAuthError for a wrong password, PanelTransportError when
    the panel cannot be reached); the client of a failed account is closed and forgotten.
    """
    SECRETS.add(username, password)
    client = panels.client(username, password)
    try:
        credit = await client.credit()
    except PanelError:
        await panels.forget(username, password)
        raise
    try:
        lines = await client.sender_lines()
    except PanelError:  # the account works; the line list is only a convenience
        lines = None
    return SignedIn(credit, lines or None)


async def sign_in(
    storage: Storage, panels: PanelProvider, chat_id: int, username: str, password: str
) -> SignedIn:
    """Check the account with the panel, then keep it (encrypted) as `chat_id`'s account.

    The previous account of the chat, if any, is replaced and its client closed; its default
    sender line is kept when the same panel user signs in again.
    """
    checked = await check_account(panels, username, password)
    previous = await storage.get_credentials(chat_id)
    sender = previous.sender if previous is not None and previous.username == username else None
    await storage.set_credentials(chat_id, username=username, password=password, sender=sender)
    if previous is not None and (previous.username, previous.password) != (username, password):
        await panels.forget(previous.username, previous.password)
    return checked


async def sign_out(storage: Storage, panels: PanelProvider, chat_id: int) -> bool:
    """Forget the chat's account; False when it had none."""
    credentials = await storage.get_credentials(chat_id)
    if credentials is None:
        return False
    await storage.delete_credentials(chat_id)
    await panels.forget(credentials.username, credentials.password)
    return True


class GroupAdmins:
    """Telegram administrators of groups, each list cached for `ttl` seconds."""

    def __init__(
        self, ttl: float = GROUP_ADMINS_TTL, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._ttl = ttl
        self._clock = clock
        self._lists: dict[int, tuple[float, frozenset[int]]] = {}

    async def admin_ids(self, chat_id: int, fetch: AdminFetcher) -> frozenset[int]:
        """The administrators of `chat_id`, fetched with `fetch` when the cache is stale."""
        now = self._clock()
        cached = self._lists.get(chat_id)
        if cached is not None and now - cached[0] < self._ttl:
            return cached[1]
        admins = frozenset(await fetch(chat_id))
        self._lists[chat_id] = (now, admins)
        return admins

    async def is_admin(self, chat_id: int, user_id: int, fetch: AdminFetcher) -> bool:
        return user_id in await self.admin_ids(chat_id, fetch)

    def forget(self, chat_id: int) -> None:
        self._lists.pop(chat_id, None)


def group_admins(extras: dict[str, Any]) -> GroupAdmins:
    """The one GroupAdmins of the application, kept in `Services.extras`."""
    cache = extras.get(_GROUP_ADMINS_KEY)
    if not isinstance(cache, GroupAdmins):
        cache = extras[_GROUP_ADMINS_KEY] = GroupAdmins()
    return cache
