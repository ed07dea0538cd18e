"""Staff changes and the words for them: names, roles, add / remove / change role.

Each change returns the sentence to show; LastAdminError becomes the "last admin" sentence.
"""

from __future__ import annotations

from telegram import User
from telegram.error import TelegramError

from bot.context import BotContext
from bot.services import staff_directory as directory
from bot.services import staff_names
from storage import LastAdminError, Role

# --- words ------------------------------------------------------------------------------------


def member_name(context: BotContext, user_id: int) -> str:
    known = staff_names.cached_name(context.services, user_id) or directory.known_name(
        context.bot_data, user_id
    )
    if known:
        return context.t("staff-user-named", name=known, user_id=user_id)
    return context.t("staff-user-unnamed", user_id=user_id)


def role_word(context: BotContext, role: Role) -> str:
    return context.t(f"staff-role-{role.value}")


def remember(context: BotContext, user: User | None) -> None:
    if user is not None and not user.is_bot:
        directory.remember_name(context.bot_data, user.id, user.full_name)


# --- changes ----------------------------------------------------------------------------------


async def add_member(context: BotContext, target: int, role: Role, by: int) -> str:
    """Add (or re-role) a colleague; a new one is welcomed in their private chat."""
    name = member_name(context, target)
    try:
        added = await context.storage.add_staff(target, role, added_by=by)
    except LastAdminError:
        return context.t("staff-last-admin")
    if not added:
        return context.t("staff-role-changed", name=name, role=role_word(context, role))
    text = context.t("staff-added", name=name, role=role_word(context, role))
    if not await _welcome(context, target, role):
        text = f"{text}\n{context.t('staff-welcome-not-sent')}"
    return text


async def _welcome(context: BotContext, target: int, role: Role) -> bool:
    """Tell the new colleague what they can do; False when Telegram would not deliver it."""
    welcome = context.services.i18n.t(
        "staff-welcome", locale=context.settings.locale, role=role_word(context, role)
    )
    try:
        await context.bot.send_message(target, welcome)
    except TelegramError:
        return False
    return True


async def set_member_role(context: BotContext, target: int, role: Role) -> str:
    name = member_name(context, target)
    try:
        changed = await context.storage.set_role(target, role)
    except LastAdminError:
        return context.t("staff-last-admin")
    if not changed:
        return context.t("staff-not-member", name=name)
    return context.t("staff-role-changed", name=name, role=role_word(context, role))


async def remove_member(context: BotContext, target: int) -> str:
    name = member_name(context, target)
    try:
        removed = await context.storage.remove_staff(target)
    except LastAdminError:
        return context.t("staff-last-admin")
    return context.t("staff-removed" if removed else "staff-not-member", name=name)
