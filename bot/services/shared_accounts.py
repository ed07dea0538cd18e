"""Shared accounts: an admin shares a chat's panel account under a name with staff or chats.

A grantee never sees the username or password: this service hands out `AccountOption`s (a
name and an account key) and, for a send or a report, a `PanelClient` — never credentials.
Revoking an account removes every grant at once, so the next send with it is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import InlineKeyboardMarkup

from bot.keyboards import button, rows
from bot.localizer import Localizer
from bot.panel import PanelClient
from bot.services.panels import PanelProvider
from storage import Role, Storage
from storage.org import OrgStore
from storage.org_crud import ShareRefused
from storage.org_records import AccountRef, GranteeKind, SharedAccountInfo

NAME_MAX = 40

__all__ = ["AccountOption", "ShareRefused", "SharedAccounts", "SharingError"]


class SharingError(ValueError):
    """Why a sharing action was refused; `reason` names the locale key suffix."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class AccountOption:
    """One account a chat/user may send with: its key and the name to show (None = own)."""

    key: str
    name: str | None
    sender: str | None

    @property
    def ref(self) -> AccountRef:
        ref = AccountRef.parse(self.key)
        assert ref is not None
        return ref


PICK = "send.account"


def option_label(fmt: Localizer, option: AccountOption) -> str:
    """A shared account by its name; the chat's own account as "this chat's account"."""
    if option.name is None:
        return fmt.t("org-account-own")
    return fmt.t("org-account-shared", name=option.name)


def picker_view(
    fmt: Localizer, options: list[AccountOption], chosen: str | None, owner: int | None
) -> tuple[str, InlineKeyboardMarkup]:
    """ "Which account?" with one button per option (the remembered one marked); the button
    carries the account key only (never a name or a credential)."""
    keys = [
        button(
            fmt.t("org-account-chosen", label=option_label(fmt, option))
            if option.key == chosen
            else option_label(fmt, option),
            PICK,
            option.key,
            owner,
        )
        for option in options
    ]
    return fmt.t("org-account-choose"), InlineKeyboardMarkup(rows(keys, 1))


class SharedAccounts:
    """Sharing, listing and using accounts, checked against roles on every call."""

    def __init__(self, storage: Storage, store: OrgStore, panels: PanelProvider) -> None:
        self._storage = storage
        self._store = store
        self._panels = panels

    async def share(self, chat_id: int, name: str, *, admin_id: int) -> SharedAccountInfo:
        """Share the chat's logged-in account as `name` (admins only)."""
        await self._require_admin(admin_id)
        cleaned = " ".join(name.split())
        if not cleaned or len(cleaned) > NAME_MAX:
            raise SharingError("bad-name")
        try:
            return await self._store.share_account(chat_id, cleaned, created_by=admin_id)
        except ShareRefused as refused:
            raise SharingError(str(refused)) from None

    async def grant(
        self, account_id: int, kind: GranteeKind, grantee_id: int, *, admin_id: int
    ) -> bool:
        """Give the account to a staff member (kind user) or a chat; False if already given."""
        await self._require_admin(admin_id)
        if kind is GranteeKind.USER and not await self._storage.is_staff(grantee_id):
            raise SharingError("not-staff")
        if await self._store.get_shared(account_id) is None:
            raise SharingError("no-such-account")
        return await self._store.grant(account_id, kind, grantee_id, granted_by=admin_id)

    async def ungrant(
        self, account_id: int, kind: GranteeKind, grantee_id: int, *, admin_id: int
    ) -> bool:
        await self._require_admin(admin_id)
        return await self._store.ungrant(account_id, kind, grantee_id)

    async def revoke(self, account_id: int, *, admin_id: int) -> bool:
        """End the account for everyone it was given to; False if it was not live."""
        await self._require_admin(admin_id)
        return await self._store.revoke_account(account_id)

    async def available(self, chat_id: int, user_id: int) -> list[AccountOption]:
        """The chat's own account first (if logged in), then shared accounts given to the user
        or the chat, by name. Someone who is no longer staff gets no shared account."""
        options = []
        own = await self._storage.get_credentials(chat_id)
        if own is not None:
            options.append(AccountOption(AccountRef.chat(chat_id).key, None, own.sender))
        if await self._storage.is_staff(user_id):
            for info in await self._store.accounts_for(chat_id, user_id):
                options.append(AccountOption(info.ref.key, info.name, info.sender))
        return options

    async def choose(self, chat_id: int, user_id: int, key: str) -> bool:
        """Remember `key` as this user's default in this chat, if it is available to them."""
        if key not in {option.key for option in await self.available(chat_id, user_id)}:
            return False
        await self._store.set_choice(chat_id, user_id, key)
        return True

    async def default(self, chat_id: int, user_id: int) -> AccountOption | None:
        """The remembered choice if still available, else the only or first available one."""
        options = await self.available(chat_id, user_id)
        chosen = await self._store.get_choice(chat_id, user_id)
        for option in options:
            if option.key == chosen:
                return option
        return options[0] if options else None

    async def client(self, key: str, *, chat_id: int, user_id: int) -> PanelClient | None:
        """A panel client of the account `key` for this chat and user, None if not allowed
        (revoked, not granted, not staff any more, or the chat's own account is gone)."""
        ref = AccountRef.parse(key)
        if ref is None:
            return None
        if ref.kind == "chat":
            if ref.id != chat_id:
                return None
            own = await self._storage.get_credentials(chat_id)
            return self._panels.client(own.username, own.password) if own else None
        if not await self._storage.is_staff(user_id):
            return None
        secret = await self._store.account_secret(ref.id, chat_id=chat_id, user_id=user_id)
        return self._panels.client(secret.username, secret.password) if secret else None

    async def names(self) -> dict[str, str]:
        """Account key → name of every shared account, revoked ones too (for reports)."""
        accounts = await self._store.list_shared(include_revoked=True)
        return {info.ref.key: info.name for info in accounts}

    async def _require_admin(self, user_id: int) -> None:
        if await self._storage.get_role(user_id) is not Role.ADMIN:
            raise SharingError("admins-only")
