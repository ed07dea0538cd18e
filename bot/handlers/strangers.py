"""Strangers (not staff): one short refusal an hour each, and nothing kept about them.

The access gate calls `turn_away` for every update from a non-staff user. The refusal in a
private chat carries their Telegram id (what they send an admin to be added); in a group only
commands are answered. Whatever the update left in user_data (and, in their private chat,
chat_data) is dropped, so a stranger never costs a persisted row.
"""

from __future__ import annotations

import time
from collections import OrderedDict

from telegram import Update

from bot.context import BotContext
from bot.handlers.common import answer, is_private

REFUSAL_INTERVAL = 3600.0  # seconds between two refusals to the same stranger
TRACKED_STRANGERS = 50_000  # the oldest entries are forgotten past this many


class RefusalBudget:
    """When each stranger was last answered; at most one answer per interval, bounded memory."""

    def __init__(self, interval: float | None = None, capacity: int | None = None) -> None:
        self._interval = REFUSAL_INTERVAL if interval is None else interval
        self._capacity = TRACKED_STRANGERS if capacity is None else capacity
        self._answered: OrderedDict[int, float] = OrderedDict()

    def take(self, user_id: int, now: float | None = None) -> bool:
        """True (and remembered) if this stranger may be answered now."""
        now = time.monotonic() if now is None else now
        last = self._answered.get(user_id)
        if last is not None and now - last < self._interval:
            return False
        self._answered[user_id] = now
        self._answered.move_to_end(user_id)
        while len(self._answered) > self._capacity:
            self._answered.popitem(last=False)
        return True


BUDGET_KEY = "stranger_refusals"


def _budget(context: BotContext) -> RefusalBudget:
    extras = context.application.services.extras  # type: ignore[attr-defined]
    budget = extras.get(BUDGET_KEY)
    if budget is None:
        budget = extras[BUDGET_KEY] = RefusalBudget()
    return budget


async def turn_away(update: Update, context: BotContext, user_id: int) -> None:
    """Refuse a stranger (at most once an hour) and forget what the update created for them."""
    try:
        if _would_answer(update) and _budget(context).take(user_id):
            await _refuse(update, context, user_id)
        elif update.callback_query is not None:
            await update.callback_query.answer()  # stop the button's spinner, say nothing
    finally:
        _forget(update, context, user_id)


def _would_answer(update: Update) -> bool:
    if update.callback_query is not None:
        return True
    message = update.effective_message
    if message is None or not message.text:
        return False
    return is_private(update) or message.text.startswith("/")


async def _refuse(update: Update, context: BotContext, user_id: int) -> None:
    if update.callback_query is not None:
        await answer(update, context.t("not-staff-short"), alert=True)
        return
    message = update.effective_message
    assert message is not None
    if is_private(update):
        await message.reply_text(context.t("not-staff", user_id=str(user_id)))
    else:
        await message.reply_text(context.t("not-staff-short"))


def _forget(update: Update, context: BotContext, user_id: int) -> None:
    application = context.application
    application.drop_user_data(user_id)
    chat = update.effective_chat
    if chat is not None and chat.type == "private":
        application.drop_chat_data(chat.id)
