"""The door: only staff get in, buttons only obey their owner, expired buttons say so.

Registered in group -1, so it runs before every other handler on every update; a refusal stops
the update with ApplicationHandlerStop. The staff role is read from storage on every update, so a
user removed mid-flow is stopped at their next step.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import ApplicationHandlerStop, InvalidCallbackData, TypeHandler

from bot.callbacks import Action
from bot.context import BotContext
from bot.handlers.strangers import turn_away

# Commands that show the group's panel account; in a group only its administrators may use them.
# (/staff and /report need the staff admin role too and check both keys in their own handlers.)
GROUP_ADMIN_COMMANDS = frozenset({"credit", "status", "delivery", "history", "inbox", "packages"})


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
    if query is not None and isinstance(query.data, Action):
        owner = query.data.owner
        if owner is not None and owner != user.id:
            await query.answer(context.t("button-not-yours"), show_alert=True)
            raise ApplicationHandlerStop
    if await _group_admin_command_refused(update, context, user.id):
        raise ApplicationHandlerStop
    if query is not None and isinstance(query.data, Action) and query.data.name == "noop":
        await query.answer()
        raise ApplicationHandlerStop


async def _group_admin_command_refused(update: Update, context: BotContext, user_id: int) -> bool:
    """In a group, the account's reports are for the group's Telegram administrators only."""
    from bot.services.chat_admins import is_chat_admin

    message = update.effective_message
    chat = update.effective_chat
    if chat is None or chat.type == "private" or message is None or not message.text:
        return False
    command = message.text.split(maxsplit=1)[0].lstrip("/").split("@")[0].lower()
    if command not in GROUP_ADMIN_COMMANDS or await is_chat_admin(context, chat.id, user_id):
        return False
    await message.reply_text(context.t("access-group-admins-only"))
    return True


def build_access_handlers() -> list[TypeHandler]:
    return [TypeHandler(Update, gate)]


async def is_admin(context: BotContext, user_id: int) -> bool:
    """Server-side role check; call it on every step of an admin-only flow."""
    from storage import Role

    return await context.storage.get_role(user_id) == Role.ADMIN
