"""Credentials, chat settings and staff: keyword-only functions taking a Session.

Callers own the transaction (commit/rollback); functions only flush when they must.
"""

from __future__ import annotations

from sqlmodel import Session, func, select

from storage.crypto import Cipher
from storage.errors import LastAdminError
from storage.models import ChatSetting, PanelAccount, Staff, UserSetting, utc_now
from storage.records import ChatSettings, Credentials, Role, StaffMember

# --- panel credentials ------------------------------------------------------------------------


def get_credentials(*, session: Session, cipher: Cipher, chat_id: int) -> Credentials | None:
    account = session.get(PanelAccount, chat_id)
    if account is None:
        return None
    return Credentials(
        username=cipher.decrypt(account.username_token),
        password=cipher.decrypt(account.password_token),
        sender=account.sender,
    )


def set_credentials(
    *,
    session: Session,
    cipher: Cipher,
    chat_id: int,
    username: str,
    password: str,
    sender: str | None = None,
) -> None:
    """Store (or replace) the chat's panel account, encrypted with the newest key."""
    account = session.get(PanelAccount, chat_id) or PanelAccount(
        chat_id=chat_id, username_token="", password_token=""
    )
    account.username_token = cipher.encrypt(username)
    account.password_token = cipher.encrypt(password)
    account.sender = sender
    account.updated_at = utc_now()
    session.add(account)


def delete_credentials(*, session: Session, chat_id: int) -> bool:
    account = session.get(PanelAccount, chat_id)
    if account is None:
        return False
    session.delete(account)
    return True


def set_default_sender(*, session: Session, chat_id: int, sender: str | None) -> bool:
    """Set the sender line of the chat's panel account; False when the chat has no account."""
    account = session.get(PanelAccount, chat_id)
    if account is None:
        return False
    account.sender = sender
    account.updated_at = utc_now()
    session.add(account)
    return True


# --- user settings ----------------------------------------------------------------------------


def get_own_number(*, session: Session, cipher: Cipher, user_id: int) -> str | None:
    setting = session.get(UserSetting, user_id)
    token = setting.own_number_token if setting is not None else None
    return cipher.decrypt(token) if token else None


def set_own_number(*, session: Session, cipher: Cipher, user_id: int, number: str | None) -> None:
    """Keep (or forget, with None) the user's own mobile number, encrypted."""
    setting = session.get(UserSetting, user_id) or UserSetting(user_id=user_id)
    setting.own_number_token = cipher.encrypt(number) if number else None
    setting.updated_at = utc_now()
    session.add(setting)


# --- chat settings ----------------------------------------------------------------------------


def get_chat_settings(*, session: Session, chat_id: int) -> ChatSettings:
    setting = session.get(ChatSetting, chat_id)
    account = session.get(PanelAccount, chat_id)
    return ChatSettings(
        locale=setting.locale if setting else None,
        default_sender=account.sender if account else None,
    )


def set_locale(*, session: Session, chat_id: int, locale: str | None) -> None:
    setting = session.get(ChatSetting, chat_id) or ChatSetting(chat_id=chat_id)
    setting.locale = locale
    session.add(setting)


# --- staff ------------------------------------------------------------------------------------


def get_role(*, session: Session, user_id: int) -> Role | None:
    member = session.get(Staff, user_id)
    return Role(member.role) if member else None


def list_staff(*, session: Session) -> list[StaffMember]:
    rows = session.exec(select(Staff).order_by(Staff.role, Staff.user_id)).all()
    return [_staff_member(row) for row in rows]


def count_admins(*, session: Session) -> int:
    query = select(func.count()).select_from(Staff).where(Staff.role == Role.ADMIN.value)
    return session.exec(query).one()


def add_staff(*, session: Session, user_id: int, role: Role, added_by: int | None) -> bool:
    """Add a member, or change the role of an existing one; True when newly added."""
    member = session.get(Staff, user_id)
    if member is not None:
        set_role(session=session, user_id=user_id, role=role)
        return False
    session.add(Staff(user_id=user_id, role=Role(role).value, added_by=added_by))
    return True


def remove_staff(*, session: Session, user_id: int) -> bool:
    """Remove a member; False if not staff; LastAdminError if they are the last admin."""
    member = session.get(Staff, user_id)
    if member is None:
        return False
    _refuse_losing_last_admin(session=session, member=member)
    session.delete(member)
    return True


def set_role(*, session: Session, user_id: int, role: Role) -> bool:
    """Change a member's role; False if not staff; LastAdminError on demoting the last admin."""
    member = session.get(Staff, user_id)
    if member is None:
        return False
    if Role(role) is not Role.ADMIN:
        _refuse_losing_last_admin(session=session, member=member)
    member.role = Role(role).value
    session.add(member)
    return True


def ensure_admins(*, session: Session, admin_ids: list[int]) -> None:
    """Make every id of ADMIN_IDS an admin (added, or promoted if it was an operator)."""
    for user_id in admin_ids:
        member = session.get(Staff, user_id)
        if member is None:
            session.add(Staff(user_id=user_id, role=Role.ADMIN.value, added_by=None))
        elif member.role != Role.ADMIN.value:
            member.role = Role.ADMIN.value
            session.add(member)


def _refuse_losing_last_admin(*, session: Session, member: Staff) -> None:
    if member.role == Role.ADMIN.value and count_admins(session=session) <= 1:
        raise LastAdminError(
            f"User {member.user_id} is the last admin: make someone else admin first."
        )


def _staff_member(row: Staff) -> StaffMember:
    return StaffMember(
        user_id=row.user_id, role=Role(row.role), added_by=row.added_by, added_at=row.added_at
    )
