"""Panel accounts of chats: checked with the panel before they are kept.

`sign_in` is the only way credentials reach storage from the bot: it asks the panel for the
credit with them first, so a wrong password or an unreachable panel never stores anything.
(Who administers a group is `bot.services.chat_admins`.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from bot.logging_setup import SECRETS
from bot.panel import PanelError

if TYPE_CHECKING:
    from bot.services.panels import PanelProvider
    from storage import Storage


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
