"""The door: only staff get in, one permission rule for every path, buttons only obey their
owner, expired buttons say so.

Registered before every other handler, so it runs on every update; a refusal stops the update
with ApplicationHandlerStop. The feature an update addresses — a typed command, a menu button or
any other button, replayed callback data included — is looked up in the registry (bot.features)
and `refusal` applies the one rule: the staff role, the kind of chat, and in a group the group's
administrators for account data and settings. The role is read from storage on every update, so
a user removed mid-flow is stopped at their next step. A button obeys the user it was made for
(a send job's buttons the bot's admins too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from telegram import Update
from telegram.ext import ApplicationHandlerStop, InvalidCallbackData, TypeHandler

from bot.callbacks import Action
from bot.context import BotContext
from bot.handlers.common import answer, is_private, reply, user_id
from bot.handlers.strangers import turn_away

if TYPE_CHECKING:
    from bot.features import Feature

UNOWNED_ACTIONS = frozenset({"cancel", "noop"})  # buttons that belong to no one feature


async def gate(update: Update, context: BotContext) -> None:
    """Let staff through; strangers are turned away (bot/handlers/strangers.py)."""
    user = update.effective_user
    if user is None or user.is_bot:
        raise ApplicationHandlerStop
    query = update.callback_query
    if query is not None and isinstance(query.data, InvalidCallbackData):
        await query.answer(context.t("button-expired"), show_alert=True)
        raise ApplicationHandlerStop
    if not await context.storage.is_staff(user.id):
        await turn_away(update, context, user.id)
        raise ApplicationHandlerStop
    feature = addressed_feature(update, context.bot.username)
    if query is not None and not await _obeys(context, query.data, feature, user.id):
        await query.answer(context.t("button-not-yours"), show_alert=True)
        raise ApplicationHandlerStop
    if _unclaimed_action(query, feature):  # no feature claims it: no rule lets it in
        await query.answer(context.t("button-expired"), show_alert=True)
        raise ApplicationHandlerStop
    if feature is not None:
        reason = await refusal(context, feature, update, user.id)
        if reason is not None:
            await _say(update, context.t(reason))
            raise ApplicationHandlerStop
    if query is not None and isinstance(query.data, Action) and query.data.name == "noop":
        await query.answer()
        raise ApplicationHandlerStop


async def _obeys(context: BotContext, data: object, feature: Feature | None, user: int) -> bool:
    """A button obeys its owner (the bot's admins too, for a feature that says so)."""
    owner = data.owner if isinstance(data, Action) else None
    if owner is None or owner == user:
        return True
    return feature is not None and feature.owner_or_admins and await is_admin(context, user)


def _unclaimed_action(query: object, feature: Feature | None) -> bool:
    data = getattr(query, "data", None)
    return isinstance(data, Action) and feature is None and data.name not in UNOWNED_ACTIONS


def addressed_feature(update: Update, bot_username: str | None) -> Feature | None:
    """The feature a typed command or a tapped button belongs to (None: plain input, or a
    command meant for another bot)."""
    from bot.features import feature_of_action, feature_of_command

    query = update.callback_query
    if query is not None:
        return feature_of_action(query.data.name) if isinstance(query.data, Action) else None
    message = update.effective_message
    if message is None or not message.text or not message.text.startswith("/"):
        return None
    command, _, addressee = message.text.split(maxsplit=1)[0][1:].partition("@")
    if addressee and addressee.lower() != (bot_username or "").lower():
        return None
    return feature_of_command(command)


async def refusal(
    context: BotContext, feature: Feature, update: Update, user_id: int
) -> str | None:
    """The one rule: why this user may not use `feature` in this chat (None: they may)."""
    from bot.services.chat_admins import is_chat_admin
    from storage import Role

    if feature.admins_only and await context.storage.get_role(user_id) != Role.ADMIN:
        return "access-admins-only"
    if is_private(update):
        return None if feature.in_private else "access-groups-only"
    if not feature.in_groups:
        return "access-private-only"
    chat = update.effective_chat
    if feature.group_admins and not await is_chat_admin(context, chat.id, user_id):
        return "access-group-admins-only"
    return None


async def _say(update: Update, text: str) -> None:
    if update.callback_query is not None:
        await update.callback_query.answer(text, show_alert=True)
    elif update.effective_message is not None:
        await update.effective_message.reply_text(text)


def build_access_handlers() -> list[TypeHandler]:
    return [TypeHandler(Update, gate)]


async def is_admin(context: BotContext, user_id: int) -> bool:
    """Server-side role check; call it on every step of an admin-only flow."""
    from storage import Role

    return await context.storage.get_role(user_id) == Role.ADMIN


async def admins_only(update: Update, context: BotContext, refusal_key: str) -> bool:
    """`is_admin` for the user of `update`; anyone else is told `refusal_key` (an alert on a
    tap, a reply to a typed message)."""
    if await is_admin(context, user_id(update)):
        return True
    if update.callback_query is not None:
        await answer(update, context.t(refusal_key), alert=True)
    else:
        await reply(update, context.t(refusal_key))
    return False
