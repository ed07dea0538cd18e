"""«Which panel account?» at the start of a send, when a chat has several for this staff member.

The chat's own account and the accounts an admin shared with the user or the chat are offered
by name (never a username); the pick is remembered as the user's default in that chat, so the
next send (and a one-shot send, which asks nothing) starts from it. The button carries only
the account key.
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update

from bot.callbacks import Action
from bot.context import BotContext
from bot.handlers.common import answer, chat_id, reply, show, user_id
from bot.handlers.preview import current_draft
from bot.keyboards import button
from bot.services.job_accounts import shared_accounts
from bot.services.shared_accounts import PICK, picker_view

ACCOUNT = "send.account"


async def ask_account(update: Update, context: BotContext) -> str | None:
    """Offer the accounts when there are several (→ ACCOUNT); None when there is one or none."""
    sharing = shared_accounts(context.services)
    chat, user = chat_id(update), user_id(update)
    options = await sharing.available(chat, user)
    if len(options) < 2:
        return None
    chosen = await sharing.default(chat, user)
    text, markup = picker_view(context.fmt, options, chosen.key if chosen else None, user)
    cancel = button(context.t("button-cancel"), "cancel", None, user)
    await show(update, text, InlineKeyboardMarkup([*markup.inline_keyboard, [cancel]]))
    return ACCOUNT


async def take_account(update: Update, context: BotContext) -> bool:
    """A tapped account: remembered as the default and pinned on the draft; False (and said)
    when it is no longer available to this staff member."""
    await answer(update)
    query = update.callback_query
    key = query.data.value if query is not None and isinstance(query.data, Action) else None
    draft = current_draft(context)
    sharing = shared_accounts(context.services)
    if draft is None or not isinstance(key, str):
        return False
    if not await sharing.choose(chat_id(update), user_id(update), key):
        await reply(update, context.t("org-account-revoked"))
        return False
    draft.account_key = key
    return True


__all__ = ["ACCOUNT", "PICK", "ask_account", "take_account"]
