"""Staff names, shared accounts and their grants: keyword-only functions taking a Session.

Callers own the transaction. A shared account holds a copy of the source chat's credentials,
encrypted; only `account_secret` decrypts them, and only for a grantee of a live account.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import and_, delete, or_
from sqlmodel import Session, col, select

from storage.crypto import Cipher
from storage.models import PanelAccount, utc_now
from storage.org_models import AccountChoice, AccountGrant, SharedAccount, StaffProfile
from storage.org_records import (
    AccountSecret,
    Grant,
    GranteeKind,
    Profile,
    SharedAccountInfo,
    WatchedAccount,
)

NAME_LIMIT = 64

# --- staff names ------------------------------------------------------------------------------


def save_profile(*, session: Session, profile: Profile) -> None:
    """Insert or update a user's Telegram name."""
    row = session.get(StaffProfile, profile.user_id) or StaffProfile(user_id=profile.user_id)
    row.first_name = profile.first_name[:64]
    row.last_name = (profile.last_name or None) and profile.last_name[:64]
    row.username = (profile.username or None) and profile.username[:32]
    row.updated_at = utc_now()
    session.add(row)


def all_profiles(*, session: Session) -> list[Profile]:
    return [_profile(row) for row in session.exec(select(StaffProfile)).all()]


def _profile(row: StaffProfile) -> Profile:
    return Profile(row.user_id, row.first_name, row.last_name, row.username)


# --- shared accounts --------------------------------------------------------------------------


class ShareRefused(ValueError):
    """The account cannot be shared: no account in the chat, or the name is taken."""


def share_account(
    *, session: Session, cipher: Cipher, source_chat_id: int, name: str, created_by: int
) -> SharedAccountInfo:
    """Copy the chat's (encrypted) account into a new shared account named `name`."""
    source = session.get(PanelAccount, source_chat_id)
    if source is None:
        raise ShareRefused("no-account")
    name = name.strip()[:NAME_LIMIT]
    if _live_named(session, name) is not None:
        raise ShareRefused("name-taken")
    row = SharedAccount(
        name=name,
        username_token=cipher.rotate(source.username_token),
        password_token=cipher.rotate(source.password_token),
        sender=source.sender,
        source_chat_id=source_chat_id,
        created_by=created_by,
    )
    session.add(row)
    session.flush()
    return _info(row)


def revoke_account(*, session: Session, account_id: int) -> bool:
    """End a shared account: its grants are removed; False if it was not live."""
    row = session.get(SharedAccount, account_id)
    if row is None or row.revoked_at is not None:
        return False
    row.revoked_at = utc_now()
    session.add(row)
    session.execute(delete(AccountGrant).where(col(AccountGrant.account_id) == account_id))
    return True


def grant(
    *, session: Session, account_id: int, kind: GranteeKind, grantee_id: int, granted_by: int
) -> bool:
    """Give a live account to a user or a chat; False if already given (or not live)."""
    row = session.get(SharedAccount, account_id)
    if row is None or row.revoked_at is not None:
        return False
    key = (account_id, GranteeKind(kind).value, grantee_id)
    if session.get(AccountGrant, key) is not None:
        return False
    session.add(
        AccountGrant(
            account_id=account_id, grantee_kind=key[1], grantee_id=grantee_id, granted_by=granted_by
        )
    )
    return True


def ungrant(*, session: Session, account_id: int, kind: GranteeKind, grantee_id: int) -> bool:
    row = session.get(AccountGrant, (account_id, GranteeKind(kind).value, grantee_id))
    if row is None:
        return False
    session.delete(row)
    return True


def grants_of(*, session: Session, account_id: int) -> list[Grant]:
    query = select(AccountGrant).where(AccountGrant.account_id == account_id)
    rows = session.exec(query.order_by(col(AccountGrant.granted_at))).all()
    return [
        Grant(row.account_id, GranteeKind(row.grantee_kind), row.grantee_id, row.granted_by)
        for row in rows
    ]


def list_shared(*, session: Session, include_revoked: bool = False) -> list[SharedAccountInfo]:
    query = select(SharedAccount)
    if not include_revoked:
        query = query.where(col(SharedAccount.revoked_at).is_(None))
    return [_info(row) for row in session.exec(query.order_by(col(SharedAccount.id))).all()]


def get_shared(*, session: Session, account_id: int) -> SharedAccountInfo | None:
    row = session.get(SharedAccount, account_id)
    return _info(row) if row else None


def accounts_for(*, session: Session, chat_id: int, user_id: int) -> list[SharedAccountInfo]:
    """Live shared accounts given to this user, or to this chat, by name."""
    query = (
        select(SharedAccount)
        .join(AccountGrant, col(AccountGrant.account_id) == col(SharedAccount.id))
        .where(col(SharedAccount.revoked_at).is_(None), _grantee_clause(chat_id, user_id))
        .distinct()
        .order_by(col(SharedAccount.name))
    )
    return [_info(row) for row in session.exec(query).all()]


def account_secret(
    *, session: Session, cipher: Cipher, account_id: int, chat_id: int, user_id: int
) -> AccountSecret | None:
    """The credentials of a live shared account, only for one of its grantees."""
    query = (
        select(SharedAccount)
        .join(AccountGrant, col(AccountGrant.account_id) == col(SharedAccount.id))
        .where(
            col(SharedAccount.id) == account_id,
            col(SharedAccount.revoked_at).is_(None),
            _grantee_clause(chat_id, user_id),
        )
        .limit(1)
    )
    row = session.exec(query).first()
    if row is None:
        return None
    return AccountSecret(
        cipher.decrypt(row.username_token), cipher.decrypt(row.password_token), row.sender
    )


def watched_accounts(*, session: Session, cipher: Cipher) -> list[WatchedAccount]:
    """Every account whose credit the company watches: live shared accounts, then chats' own
    accounts that are not the same panel user as one already listed (each panel user once)."""
    watched: list[WatchedAccount] = []
    seen: set[str] = set()
    shared = select(SharedAccount).where(col(SharedAccount.revoked_at).is_(None))
    for row in session.exec(shared.order_by(col(SharedAccount.id))).all():
        secret = AccountSecret(
            cipher.decrypt(row.username_token), cipher.decrypt(row.password_token), row.sender
        )
        _watch(watched, seen, f"shared:{row.id}", row.name, secret)
    for account in session.exec(select(PanelAccount).order_by(col(PanelAccount.chat_id))).all():
        secret = AccountSecret(
            cipher.decrypt(account.username_token),
            cipher.decrypt(account.password_token),
            account.sender,
        )
        _watch(watched, seen, f"chat:{account.chat_id}", None, secret)
    return watched


def _watch(
    watched: list[WatchedAccount], seen: set[str], key: str, name: str | None, secret: AccountSecret
) -> None:
    if secret.username in seen:
        return
    seen.add(secret.username)
    watched.append(WatchedAccount(key, name, secret))


def set_choice(*, session: Session, chat_id: int, user_id: int, account_key: str) -> None:
    row = session.get(AccountChoice, (chat_id, user_id)) or AccountChoice(
        chat_id=chat_id, user_id=user_id, account_key=account_key
    )
    row.account_key = account_key
    session.add(row)


def get_choice(*, session: Session, chat_id: int, user_id: int) -> str | None:
    row = session.get(AccountChoice, (chat_id, user_id))
    return row.account_key if row else None


def rotate_shared(*, session: Session, cipher: Cipher) -> int:
    """Re-encrypt every shared account's credentials with the newest key."""
    rows = session.exec(select(SharedAccount)).all()
    for row in rows:
        row.username_token = cipher.rotate(row.username_token)
        row.password_token = cipher.rotate(row.password_token)
        session.add(row)
    return len(rows)


def _grantee_clause(chat_id: int, user_id: int) -> object:
    return or_(
        and_(
            col(AccountGrant.grantee_kind) == GranteeKind.USER.value,
            col(AccountGrant.grantee_id) == user_id,
        ),
        and_(
            col(AccountGrant.grantee_kind) == GranteeKind.CHAT.value,
            col(AccountGrant.grantee_id) == chat_id,
        ),
    )


def _live_named(session: Session, name: str) -> SharedAccount | None:
    query = select(SharedAccount).where(
        SharedAccount.name == name, col(SharedAccount.revoked_at).is_(None)
    )
    return session.exec(query).first()


def _info(row: SharedAccount) -> SharedAccountInfo:
    assert row.id is not None
    return SharedAccountInfo(
        id=row.id,
        name=row.name,
        sender=row.sender,
        source_chat_id=row.source_chat_id,
        created_by=row.created_by,
        created_at=row.created_at,
        revoked=row.revoked_at is not None,
    )


def profiles_of(*, session: Session, user_ids: Iterable[int]) -> list[Profile]:
    ids = list(set(user_ids))
    if not ids:
        return []
    rows = session.exec(select(StaffProfile).where(col(StaffProfile.user_id).in_(ids))).all()
    return [_profile(row) for row in rows]
