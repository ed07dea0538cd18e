"""How every flow assembles its ConversationHandler, and the one interruption policy.

Every flow is persistent, per chat and user, has the configured timeout, /cancel and the Cancel
button. Its states are `Step`s: the step's handlers and, as data beside them, the hint said for
input the step cannot use (what it expects: a button, text, numbers, a file).

The policy, the same at every step of every flow:
- a published command (or a menu button, or a button of a one-shot feature) leaves the flow
  silently — its data is cleared — and the update goes on to the feature that owns it;
- a button of another, finished flow is answered with "this is closed, send /x to open it again";
- anything else the step cannot use gets the step's hint, and the flow stays where it is;
- /cancel and the Cancel button end the flow ("cancelled").

Each flow sits in its own handler group (bot.handlers.register_handlers), so a command that
leaves one flow still reaches the feature it names. A step that handled an update raises
ApplicationHandlerStop with its next state, so nothing in a later group answers it too. The flow
record (bot.handlers.flow_store) is the one truth about which flow is open for a user in a chat:
entering a flow replaces it, and a conversation whose record is gone ends silently at its next
update and lets that update go on (no zombie conversation answers from an old flow).
"""

from __future__ import annotations

import weakref
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from telegram import Update
from telegram.ext import (
    ApplicationHandlerStop,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.callbacks import Action, on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers import common, flow_store

Callback = Callable[[Update, BotContext], Awaitable[Any]]
END = ConversationHandler.END

TYPED = filters.TEXT & ~filters.COMMAND
"""Typed text (not a command): what a step that asks for text reads."""

CANCEL_COMMAND = filters.Regex(r"^/cancel(@\w+)?(\s|$)")
_TAKEN: weakref.WeakSet[BotContext] = weakref.WeakSet()  # updates a flow's entry point took


@dataclass(frozen=True)
class Step:
    """One state of a flow: its handlers and the hint (locale key) for input it cannot use."""

    handlers: Sequence[BaseHandler]
    hint: str


def build_conversation(
    name: str,
    settings: Settings,
    *,
    entry_points: Sequence[BaseHandler],
    states: Mapping[object, Step],
    cancel: Callback = common.cancel,
    on_timeout: Callback = common.timed_out,
) -> ConversationHandler:
    """The house ConversationHandler `name` with the interruption policy at every step."""
    return ConversationHandler(
        entry_points=[
            _wrapped(handler, _entered(name, handler.callback)) for handler in entry_points
        ],
        states={
            **{state: _step_handlers(name, step) for state, step in states.items()},
            ConversationHandler.TIMEOUT: [TypeHandler(Update, _timed_out(name, on_timeout))],
        },
        fallbacks=[
            CommandHandler("cancel", _guarded(name, cancel)),
            CallbackQueryHandler(_guarded(name, cancel), pattern=on("cancel")),
        ],
        name=name,
        persistent=True,
        per_chat=True,
        per_user=True,
        allow_reentry=True,
        conversation_timeout=settings.conversation_timeout,
    )


def _step_handlers(name: str, step: Step) -> list[BaseHandler]:
    own = [_wrapped(handler, _guarded(name, handler.callback)) for handler in step.handlers]
    hint = _guarded(name, _hint(step.hint))
    leave = _leave(name)
    return [
        *own,
        CommandHandler(_published_commands(), leave),
        CallbackQueryHandler(leave, pattern=_starts_elsewhere(name)),
        CallbackQueryHandler(_guarded(name, _closed), pattern=_closed_elsewhere(name)),
        MessageHandler(filters.ALL & ~CANCEL_COMMAND, hint),
        CallbackQueryHandler(hint, pattern=lambda data: not _is_cancel(data)),
    ]


def _wrapped(handler: BaseHandler, callback: Callback) -> BaseHandler:
    handler.callback = callback
    return handler


def _entered(name: str, callback: Callback) -> Callback:
    """An entry point: the flow's record replaces any other of this user in this chat. No stop:
    the other flows (later groups) must see the update to leave."""

    async def entered(update: Update, context: BotContext) -> object:
        _TAKEN.add(context)
        flow_store.begin(context, name)
        state = await callback(update, context)
        _keep_or_end(context, name, state)
        return state

    return entered


def _guarded(name: str, callback: Callback) -> Callback:
    """A step's callback, run only while `name` is this user's open flow; then stop the update."""

    async def step(update: Update, context: BotContext) -> object:
        if flow_store.active_flow(context) != name:
            return END  # a conversation whose flow is over: end it, let the update go on
        state = await callback(update, context)
        _keep_or_end(context, name, state)
        raise ApplicationHandlerStop(state)

    return step


async def stop_if_taken(update: Update, context: BotContext) -> None:
    """Registered after every flow: an update a flow's entry point took goes no further."""
    if context in _TAKEN:
        raise ApplicationHandlerStop


def _keep_or_end(context: BotContext, name: str, state: object) -> None:
    if state == END:
        flow_store.end(context, name)
    else:
        flow_store.save(context)


def _leave(name: str) -> Callback:
    """A command or a button of another feature: leave this flow quietly; the update goes on."""

    async def leave(update: Update, context: BotContext) -> object:
        flow_store.end(context, name)
        return END

    return leave


def _hint(key: str) -> Callback:
    async def hint(update: Update, context: BotContext) -> None:
        if update.callback_query is not None:
            await common.answer(update, context.t(key), alert=True)
        else:
            await common.reply(update, context.t(key))

    return hint


async def _closed(update: Update, context: BotContext) -> None:
    """A button of a flow that is over: say how to open it again; the open flow stays."""
    await answer_closed(update, context)


async def answer_closed(update: Update, context: BotContext) -> None:
    """Answer a tap on a finished flow's button with the command that opens it again."""
    from bot.features import feature_of_action

    query = update.callback_query
    data = query.data if query is not None else None
    feature = feature_of_action(data.name) if isinstance(data, Action) else None
    if feature is None or not feature.commands:
        await common.answer(update, context.t("start-button-closed-generic"), alert=True)
        return
    command = f"/{feature.commands[0]}"
    await common.answer(update, context.t("start-button-closed", command=command), alert=True)


def _timed_out(name: str, on_timeout: Callback) -> Callback:
    """ConversationHandler.TIMEOUT: say so only if the flow is still this user's open one."""

    async def timed_out(update: Update, context: BotContext) -> None:
        if flow_store.active_flow(context) != name:
            return
        flow_store.end(context, name)
        await on_timeout(update, context)

    return timed_out


def _published_commands() -> list[str]:
    from bot.features import published_commands

    return [command for command in published_commands() if command != "cancel"]


def _is_cancel(data: object) -> bool:
    return isinstance(data, Action) and data.name == "cancel"


def _starts_elsewhere(name: str) -> Callable[[object], bool]:
    """A tap that opens a feature (a menu button) or works outside flows (reports, views)."""
    from bot.features import feature_of_action, flow_of_action, is_entry_action

    def matches(data: object) -> bool:
        if not isinstance(data, Action) or _is_cancel(data):
            return False
        if is_entry_action(data.name):
            return True
        return feature_of_action(data.name) is not None and flow_of_action(data.name) is None

    return matches


def _closed_elsewhere(name: str) -> Callable[[object], bool]:
    """A button of another flow's step: that flow is over (one flow at a time)."""
    from bot.features import flow_of_action

    def matches(data: object) -> bool:
        if not isinstance(data, Action) or data.name == "send.confirm":
            return False
        return flow_of_action(data.name) not in (None, name)

    return matches
