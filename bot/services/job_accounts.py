"""The panel account a staff member works with in a chat, for flows, confirmations and jobs.

In a chat, a staff member uses the account they chose there (`SharedAccounts.default`): the
chat's own logged-in account, or an account an admin shared with them or with the chat. The
preview pins that account's key on the draft; the confirmation checks it is still theirs and
records it on the job (`send_jobs.account_key`, with `confirmed_by`); the worker asks for its
client again when the job starts, so a revoked grant stops the next send. Only `PanelClient`s
leave this module — never a username or a password.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.panel import PanelClient
from bot.services.shared_accounts import AccountOption, SharedAccounts
from storage.org import OrgStore
from storage.org_records import AccountRef

if TYPE_CHECKING:
    from bot.context import Services
    from bot.services.sending import SendDraft


def shared_accounts(services: Services) -> SharedAccounts:
    return SharedAccounts(services.storage, OrgStore.of(services.storage), services.panels)


async def current(services: Services, chat_id: int, user_id: int) -> AccountOption | None:
    """The account `user_id` works with in `chat_id` (None: no account at all)."""
    return await shared_accounts(services).default(chat_id, user_id)


async def current_client(services: Services, chat_id: int, user_id: int) -> PanelClient | None:
    """The panel client of `current(...)`, or None."""
    option = await current(services, chat_id, user_id)
    if option is None:
        return None
    return await client_of(services, option.key, chat_id=chat_id, user_id=user_id)


async def client_of(
    services: Services, key: str, *, chat_id: int, user_id: int
) -> PanelClient | None:
    """The client of account `key` if this chat and staff member may still use it."""
    return await shared_accounts(services).client(key, chat_id=chat_id, user_id=user_id)


def is_shared(key: str | None) -> bool:
    ref = AccountRef.parse(key or "")
    return ref is not None and ref.kind == "shared"


async def label_of(services: Services, key: str) -> str | None:
    """A shared account's name (None for a chat's own account)."""
    if not is_shared(key):
        return None
    return (await shared_accounts(services).names()).get(key)


async def pin(
    services: Services, draft: SendDraft, *, chat_id: int, user_id: int
) -> PanelClient | None:
    """The client of the draft's account; the first call pins the account the staff member
    works with now (later previews and the confirmation use that same account)."""
    if draft.account_key is None:
        option = await current(services, chat_id, user_id)
        if option is None:
            return None
        draft.account_key = option.key
    return await client_of(services, draft.account_key, chat_id=chat_id, user_id=user_id)


async def refusal(
    services: Services, draft: SendDraft, *, chat_id: int, user_id: int
) -> str | None:
    """Why `draft` cannot be sent by this staff member now (a locale key), else None."""
    if await pin(services, draft, chat_id=chat_id, user_id=user_id) is not None:
        return None
    return "org-account-revoked" if is_shared(draft.account_key) else "send-not-logged-in"
