"""A filterable, paged list step (the jobs of /jobs, the areas of /postal).

Entering loads the list from the panel, keeps the flow's selection and shows the first page;
◀ ▶ turn pages, typed text filters the items by title, "show all" drops the filter. What a
tapped item leads to stays with the flow.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from functools import wraps
from typing import Generic, Protocol, TypeVar

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, MessageHandler

from bot.callbacks import Action, on
from bot.context import BotContext
from bot.handlers.common import END, answer, show, user_id
from bot.handlers.conversation import TYPED, Callback, Step
from bot.handlers.target_steps import chat_panel, extra_row, keep_selection, lost, selection_of
from bot.keyboards import button, multi_select, single_select
from bot.panel import PanelClient, PanelError
from bot.services.targets import Titled, filter_by_title

Screen = tuple[str, InlineKeyboardMarkup]


class Listing(Protocol):
    """A flow's selection that holds a filterable, paged list."""

    query: str
    page: int


L = TypeVar("L", bound=Listing)
R = TypeVar("R")


@dataclass(frozen=True)
class ListActions:
    """Button names: an item (`choose`, its id as value), ◀ ▶ (`page`) and "show all"."""

    choose: str
    page: str
    show_all: str


@dataclass(frozen=True)
class ListKeys:
    """Locale keys of the step (`filtered` gets query and count, `no_match` the query)."""

    title: str
    filtered: str
    show_all: str
    no_match: str
    hint: str
    lost: str
    no_account: str


@dataclass(frozen=True)
class PagedList(Generic[L]):
    """One flow's list step; its methods are the step's handlers and helpers."""

    kind: type[L]
    state: str
    load: Callable[[PanelClient], Awaitable[L]]
    options: Callable[[BotContext, L], list[tuple[int, str]]]
    searchable: Callable[[L], Sequence[Titled]]
    actions: ListActions
    keys: ListKeys
    per_page: int = 8
    ticked: Callable[[L], set[int]] | None = None
    """For a multi-select list: the ids ticked (`choose` then toggles); `done` ends it."""
    done: str | None = None
    summary: Callable[[BotContext, L], str | None] | None = None
    """A line under the title (e.g. what is ticked so far)."""

    def current(self, context: BotContext) -> L | None:
        """The flow's selection, or None when it is gone."""
        return selection_of(context, self.kind)

    async def lost(self, update: Update, context: BotContext) -> int:
        return await lost(update, context, self.keys.lost)

    def with_current(
        self, step: Callable[[Update, BotContext, L], Awaitable[R]]
    ) -> Callable[[Update, BotContext], Awaitable[R | int]]:
        """`step` as a handler: the tap answered, then `step` given the flow's selection; when
        the selection is gone the flow ends, saying so."""

        @wraps(step)
        async def handler(update: Update, context: BotContext) -> R | int:
            await answer(update)
            selection = self.current(context)
            if selection is None:
                return await self.lost(update, context)
            return await step(update, context, selection)

        return handler

    def screen(self, context: BotContext, selection: L, owner: int) -> Screen:
        options = self.options(context, selection)
        markup = self._keyboard(context, options, selection, owner)
        lines = [context.t(self.keys.title)]
        if self.summary is not None and (line := self.summary(context, selection)):
            lines.append(line)
        if selection.query:
            lines.append(context.t(self.keys.filtered, query=selection.query, count=len(options)))
            show_all = button(context.t(self.keys.show_all), self.actions.show_all, None, owner)
            markup = extra_row(markup, [show_all])
        return "\n\n".join(lines), markup

    def _keyboard(
        self, context: BotContext, options: list[tuple[int, str]], selection: L, owner: int
    ) -> InlineKeyboardMarkup:
        paging = {"page_action": self.actions.page, "page": selection.page}
        common = {**paging, "per_page": self.per_page, "t": context.t, "owner": owner}
        if self.ticked is None:
            return single_select(options, choose=self.actions.choose, **common)
        ticked = self.ticked(selection)
        return multi_select(options, ticked, toggle=self.actions.choose, done=self.done, **common)

    async def show(
        self, update: Update, context: BotContext, selection: L, note: str | None = None
    ) -> str:
        """Show the list (under `note`, if any); returns the list's state."""
        text, markup = self.screen(context, selection, user_id(update))
        await show(update, f"{note}\n\n{text}" if note else text, markup)
        return self.state

    async def start(self, update: Update, context: BotContext) -> int | str:
        """The command or the menu button: load the list and show it, paged."""
        await answer(update)
        panel = await chat_panel(update, context, self.keys.no_account)
        if panel is None:
            return END
        try:
            selection = await self.load(panel)
        except PanelError as error:
            await show(update, context.panel_error(error))
            return END
        keep_selection(context, selection)
        return await self.show(update, context, selection)

    async def turn_page(self, update: Update, context: BotContext) -> str | int:
        """◀ ▶ or "show all": redraw the list in place."""
        await answer(update)
        selection = self.current(context)
        if selection is None:
            return await self.lost(update, context)
        action: Action = update.callback_query.data
        if action.name == self.actions.show_all:
            selection.query, selection.page = "", 0
        else:
            selection.page = int(action.value)
        return await self.show(update, context, selection)

    async def typed(self, update: Update, context: BotContext) -> str | int:
        """Typed text filters the list by title."""
        selection = self.current(context)
        if selection is None:
            return await self.lost(update, context)
        return await self.filter(update, context, selection, update.message.text)

    async def filter(self, update: Update, context: BotContext, selection: L, text: str) -> str:
        """Show the items whose title matches `text`, or say none does and keep the list."""
        query = text.strip()
        if not filter_by_title(self.searchable(selection), query):
            await update.message.reply_text(context.t(self.keys.no_match, query=query))
            return self.state
        selection.query, selection.page = query, 0
        return await self.show(update, context, selection)

    def step(self, tapped: Callback, typed: Callback | None = None) -> Step:
        """The step: `tapped` for an item, pages, typed text (`typed`, else the filter); the
        hint says what works here."""
        return Step(
            [
                CallbackQueryHandler(tapped, pattern=on(self.actions.choose)),
                CallbackQueryHandler(
                    self.turn_page, pattern=on(self.actions.page, self.actions.show_all)
                ),
                MessageHandler(TYPED, typed or self.typed),
            ],
            hint=self.keys.hint,
        )
