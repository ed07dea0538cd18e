"""Helpers of the report tests: real sends on the fake panel, audit rows, plain texts."""

from __future__ import annotations

from collections import Counter

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.botapi_stub.records import BotMessage
from bot.callbacks import Action
from bot.formatting import strip_isolates
from bot.panel import PanelClient
from bot.panel.digits import to_persian_digits
from storage import AuditState, OperationKind
from tests import texts
from tests.conftest import ADMIN_ID, DEMO_SENDER

DELIVERY_WORDS_FA = {
    status: texts.fa(f"delivery-status-{status}")
    for status in ("notsync", "send", "pending", "failed", "discarded", "delivered")
}


def plain(text: str | None) -> str:
    return strip_isolates(text or "")


def fa(value: int | str) -> str:
    return to_persian_digits(str(value))


def numbers(count: int, start: int = 0) -> list[str]:
    return [f"0912{start + i:07d}" for i in range(count)]


def button_text(message: BotMessage, label: str) -> str:
    """The exact text (isolates included) of the button that reads `label`."""
    for text in message.button_texts:
        if plain(text) == label:
            return text
    raise LookupError(f"no button {label!r} in {[plain(t) for t in message.button_texts]}")


async def send_on(panel_url: str, count: int, start: int = 0) -> int:
    """A real send of `count` numbers by the demo account, as the send flow would make it."""
    async with PanelClient(panel_url, "demo", "demo") as client:
        return await client.send(DEMO_SENDER, numbers(count, start), "سلام")


async def send_bulk(bot_env, count: int, start: int = 0) -> int:
    return await send_on(bot_env.fake.url, count, start)


def panel_statuses(bot_env, bulk_id: int) -> dict[str, str]:
    """What the fake panel says each number of the bulk is now: number → status value."""
    state = bot_env.fake.state
    bulk = state.bulks[bulk_id]
    return {number: status.value for number, status in bulk.statuses(state.now())}


def status_counts(bot_env, bulk_id: int) -> Counter[str]:
    return Counter(panel_statuses(bot_env, bulk_id).values())


async def audit_send(
    storage,
    *,
    bulk_id: int | None,
    state: AuditState = AuditState.SENT,
    chat_id: int = ADMIN_ID,
    user_id: int = ADMIN_ID,
    recipients: int | None = 45,
    operation: OperationKind = OperationKind.SEND,
    key: str | None = None,
) -> int:
    """An audit row of one send, as the send flow writes it."""
    audit_id = await storage.audit_start(
        operation_key=key or f"op-{bulk_id}-{state}",
        chat_id=chat_id,
        user_id=user_id,
        operation=operation,
        sender=DEMO_SENDER,
        recipient_count=recipients,
        parts=1,
    )
    if state is not AuditState.PENDING:
        await storage.audit_finish(
            audit_id, state=state, bulk_id=None if bulk_id is None else str(bulk_id)
        )
    return audit_id


async def show_menu_button(bot_env, label: str, name: str, chat_id: int = ADMIN_ID) -> BotMessage:
    """A bot message carrying one menu button (as the main menu would), returned as seen."""
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=Action(name))]])
    await bot_env.app.bot.send_message(chat_id, "منو", reply_markup=markup)
    return await bot_env.stub.wait_for_message(chat_id, lambda m: label in m.button_texts)
