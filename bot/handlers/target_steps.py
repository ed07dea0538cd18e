"""Steps the target flows (phone books, postal code, jobs) share: the flow's selection (in the
flow's record, per chat and user), the panel of the chat, back rows, the message step and the
ConversationHandler around them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
)

from bot.callbacks import on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers import flow_store
from bot.handlers.common import END, chat_id, reply, show
from bot.handlers.conversation import TYPED, Callback, Step, build_conversation
from bot.handlers.preview import preview_states, show_preview
from bot.keyboards import button
from bot.panel import PanelClient, PanelError
from bot.services.sending import SendDraft, TextProblem, check_text
from bot.services.targets import default_sender

SELECTION = "selection"
"""The flow record's slot of a target flow's selection."""

S = TypeVar("S")


@dataclass(frozen=True)
class CountedKeys:
    """Locale keys of a counted target's message step."""

    ask: str
    empty: str
    no_account: str
    no_sender: str


def selection_of(context: BotContext, kind: type[S]) -> S | None:
    """The running flow's selection, if it is of `kind`."""
    return flow_store.get(context, SELECTION, kind)


def keep_selection(context: BotContext, selection: object) -> None:
    flow_store.put(context, SELECTION, selection)


async def lost(update: Update, context: BotContext, key: str) -> int:
    """The flow's data is gone (e.g. replaced by another flow): say so (`key`) and end."""
    await show(update, context.t(key))
    return END


async def chat_panel(
    update: Update, context: BotContext, no_account_key: str
) -> PanelClient | None:
    """The chat's panel client; None after telling the user (`no_account_key`) to /login."""
    panel = await context.panel()
    if panel is None:
        await show(update, context.t(no_account_key))
    return panel


def back_cancel_row(context: BotContext, back: str, owner: int) -> list[InlineKeyboardButton]:
    return [
        button(context.t("button-back"), back, None, owner),
        button(context.t("button-cancel"), "cancel", None, owner),
    ]


def with_back(
    context: BotContext, markup: InlineKeyboardMarkup, back: str, owner: int
) -> InlineKeyboardMarkup:
    """`markup` whose last row (the Cancel button of keyboards.*_select) becomes Back + Cancel."""
    keyboard = [list(row) for row in markup.inline_keyboard[:-1]]
    keyboard.append(back_cancel_row(context, back, owner))
    return InlineKeyboardMarkup(keyboard)


def extra_row(
    markup: InlineKeyboardMarkup, row: list[InlineKeyboardButton]
) -> InlineKeyboardMarkup:
    """`markup` with `row` inserted just above its last (Back / Cancel) row."""
    keyboard = [list(r) for r in markup.inline_keyboard]
    return InlineKeyboardMarkup([*keyboard[:-1], row, keyboard[-1]])


def count_screen(
    context: BotContext, summary: str, count: int | None, keys: CountedKeys, back: str, owner: int
) -> tuple[str, InlineKeyboardMarkup]:
    """The counted target (`summary`), then "type the message" (or "nothing to send to") with
    Back (`back`) and Cancel."""
    follow = keys.ask if count else keys.empty
    markup = InlineKeyboardMarkup([back_cancel_row(context, back, owner)])
    return f"{summary}\n\n{context.t(follow)}", markup


async def sender_lines(
    update: Update, context: BotContext, panel: PanelClient
) -> tuple[str | None, list[str]]:
    """The chat's default line (stored, else the panel's first) and every known line.

    A panel that cannot list its lines leaves just the stored default.
    """
    credentials = await context.storage.get_credentials(chat_id(update))
    stored = credentials.sender if credentials else None
    try:
        return await default_sender(panel, stored)
    except PanelError:
        return stored, [stored] if stored else []


async def default_line(update: Update, context: BotContext, panel: PanelClient) -> str | None:
    """The line a flow without a sender step sends from (None when none is known)."""
    default, _ = await sender_lines(update, context, panel)
    return default


async def counted_text_to_preview(
    update: Update,
    context: BotContext,
    count: int | None,
    keys: CountedKeys,
    draft: Callable[[str], SendDraft],
) -> str | int | None:
    """The message of a counted target (postal, jobs): an empty target or no known sender line
    is said and the step stays (None); else `draft(sender line)` goes to the preview."""
    if not count:
        await update.message.reply_text(context.t(keys.empty))
        return None
    panel = await chat_panel(update, context, keys.no_account)
    if panel is None:
        return END
    sender = await default_line(update, context, panel)
    if sender is None:
        await update.message.reply_text(context.t(keys.no_sender))
        return None
    return await text_to_preview(update, context, draft(sender))


async def text_to_preview(update: Update, context: BotContext, draft: SendDraft) -> str | None:
    """Check the typed message and hand `draft` (with it) to the shared preview.

    Returns the preview state, or None (stay) after explaining an unusable text.
    """
    message = update.effective_message
    try:
        draft.text = check_text(message.text if message else None)
    except TextProblem as problem:
        await reply(update, context.t(problem.locale_key, **problem.variables))
        return None
    return await show_preview(update, context, draft)


def text_step(typed: Callback, back: Callback, back_action: str) -> Step:
    """A step that asks for the message: Back (`back_action`) and the typed text."""
    return Step(
        [CallbackQueryHandler(back, pattern=on(back_action)), MessageHandler(TYPED, typed)],
        hint="hint-send-text",
    )


def buttons_step(*handlers: BaseHandler) -> Step:
    """A step answered with buttons only."""
    return Step(handlers, hint="hint-use-buttons")


def build_target_conversation(
    name: str, settings: Settings, start: Callback, states: dict[object, Step]
) -> ConversationHandler:
    """A target flow: /`name` or the menu's `menu.<name>` → `states` → the shared preview."""
    return build_conversation(
        name,
        settings,
        entry_points=[
            CommandHandler(name, start),
            CallbackQueryHandler(start, pattern=on(f"menu.{name}")),
        ],
        states={**states, **preview_states()},
    )
