"""Steps the target flows (phone books, postal code, jobs) share: the flow's selection (in the
flow's record, per chat and user), the panel of the chat, back rows, the message step and the
ConversationHandler around them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

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
from bot.handlers.common import END, answer, prompt, reply, show, user_id
from bot.handlers.conversation import TYPED, Callback, Step, build_conversation
from bot.handlers.line_step import line_keyboard, typed_line
from bot.handlers.preview import preview_states, show_preview
from bot.keyboards import button
from bot.panel import PanelClient
from bot.services.sending import SendDraft, TextProblem, check_text

SELECTION = "selection"
"""The flow record's slot of a target flow's selection."""

S = TypeVar("S")


@dataclass(frozen=True)
class CountedKeys:
    """Locale keys of a counted target's line and message steps."""

    ask: str
    empty: str
    no_account: str


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


async def line_screen(
    update: Update,
    context: BotContext,
    summary: str,
    action: str,
    extra: list[list[InlineKeyboardButton]],
    back: str,
) -> tuple[str, InlineKeyboardMarkup]:
    """The counted target (`summary`) and the sender-line step of every sending flow: the
    chat's lines (`action`), then `extra` rows and Back (`back`) + Cancel."""
    owner = user_id(update)
    footer = [*extra, back_cancel_row(context, back, owner)]
    markup = await line_keyboard(update, context, action, owner, footer)
    return f"{summary}\n\n{context.t('send-choose-sender')}", markup


def empty_screen(
    context: BotContext, summary: str, keys: CountedKeys, back: str, owner: int
) -> tuple[str, InlineKeyboardMarkup]:
    """A counted target holding no number: said, with Back and Cancel only."""
    markup = InlineKeyboardMarkup([back_cancel_row(context, back, owner)])
    return f"{summary}\n\n{context.t(keys.empty)}", markup


def ask_text_screen(
    context: BotContext, keys: CountedKeys, line: str, back: str, owner: int
) -> tuple[str, InlineKeyboardMarkup]:
    """ "Type the message" (from `line`), with Back (`back`) to the line step and Cancel."""
    markup = InlineKeyboardMarkup([back_cancel_row(context, back, owner)])
    sender = context.t("send-preview-sender", sender=context.fmt.digits(line))
    return f"{sender}\n{context.t(keys.ask)}", markup


class CurrentSelection(Protocol):
    """Where a flow keeps its selection (a list_steps.PagedList)."""

    def current(self, context: BotContext) -> Any: ...

    async def lost(self, update: Update, context: BotContext) -> int: ...


def line_callbacks(
    selections: CurrentSelection,
    keys: CountedKeys,
    has_numbers: Callable[[Any], bool],
    *,
    stay: str,
    back: str,
    then: str,
) -> tuple[Callback, Callback]:
    """A counted target's line step: a tapped and a typed line (checked like /send). The line
    is kept on the selection and the message asked (state `then`, Back: `back`); a selection
    without numbers (`has_numbers`) stays at the line step (`stay`) after saying so."""

    async def use(update: Update, context: BotContext, line: str) -> str | int:
        selection = selections.current(context)
        if selection is None:
            return await selections.lost(update, context)
        if not has_numbers(selection):
            await reply(update, context.t(keys.empty))
            return stay
        selection.sender = line
        screen = ask_text_screen(context, keys, line, back, user_id(update))
        await prompt(update, context, *screen)
        return then

    async def tapped(update: Update, context: BotContext) -> str | int:
        await answer(update)
        return await use(update, context, str(update.callback_query.data.value))

    async def typed(update: Update, context: BotContext) -> str | int:
        line = await typed_line(update, context)
        return stay if line is None else await use(update, context, line)

    return tapped, typed


def line_step(tapped: Callback, typed: Callback, *others: BaseHandler, action: str) -> Step:
    """The sender-line step: a line button (`action`), a typed line, and `others` (Back…)."""
    return Step(
        [CallbackQueryHandler(tapped, pattern=on(action)), *others, MessageHandler(TYPED, typed)],
        hint="send-hint-sender",
    )


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
