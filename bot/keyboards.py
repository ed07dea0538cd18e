"""Pure builders of inline keyboards: menus, paging, multi-select, confirm."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import Action
from bot.formatting import isolate_label

Translate = Callable[..., str]


def button(
    text: str, name: str, value: Any = None, owner: int | None = None
) -> InlineKeyboardButton:
    """An inline button; its label is bidi-isolated (`formatting.isolate_label`)."""
    return InlineKeyboardButton(isolate_label(text), callback_data=Action(name, value, owner))


def rows(buttons: Sequence[InlineKeyboardButton], width: int) -> list[list[InlineKeyboardButton]]:
    """Lay buttons out `width` to a row."""
    return [list(buttons[i : i + width]) for i in range(0, len(buttons), width)]


@dataclass(frozen=True)
class Page:
    """One page of a longer list."""

    items: Sequence[Any]
    number: int  # 0-based
    count: int

    @property
    def has_previous(self) -> bool:
        return self.number > 0

    @property
    def has_next(self) -> bool:
        return self.number < self.count - 1


def paginate(items: Sequence[Any], page: int, per_page: int) -> Page:
    """The `page`-th slice of `items` (clamped into range)."""
    count = max(1, -(-len(items) // per_page))
    page = min(max(page, 0), count - 1)
    return Page(items[page * per_page : (page + 1) * per_page], page, count)


def pager_row(
    page: Page, name: str, t: Translate, owner: int | None = None
) -> list[InlineKeyboardButton]:
    """◀ n/m ▶ navigation; empty when everything fits on one page."""
    if page.count <= 1:
        return []
    row: list[InlineKeyboardButton] = []
    if page.has_previous:
        row.append(button(t("button-previous"), name, page.number - 1, owner))
    row.append(button(t("page-of", page=page.number + 1, pages=page.count), "noop", None, owner))
    if page.has_next:
        row.append(button(t("button-next"), name, page.number + 1, owner))
    return row


def multi_select(
    options: Sequence[tuple[Any, str]],
    selected: set[Any],
    *,
    toggle: str,
    page_action: str,
    page: int,
    per_page: int,
    t: Translate,
    owner: int | None = None,
    done: str | None = None,
    all_none: tuple[str, str] | None = None,
) -> InlineKeyboardMarkup:
    """A paged list of ✓-marked options, with select all / none and done."""
    shown = paginate(options, page, per_page)
    keyboard = [
        [button(("✓ " if key in selected else "") + label, toggle, key, owner)]
        for key, label in shown.items
    ]
    if nav := pager_row(shown, page_action, t, owner):
        keyboard.append(nav)
    if all_none:
        keyboard.append(
            [
                button(t("button-select-all"), all_none[0], None, owner),
                button(t("button-select-none"), all_none[1], None, owner),
            ]
        )
    if done:
        keyboard.append([button(t("button-done"), done, None, owner)])
    keyboard.append([button(t("button-cancel"), "cancel", None, owner)])
    return InlineKeyboardMarkup(keyboard)


def single_select(
    options: Sequence[tuple[Any, str]],
    *,
    choose: str,
    page_action: str,
    page: int,
    per_page: int,
    t: Translate,
    owner: int | None = None,
    back: str | None = None,
) -> InlineKeyboardMarkup:
    """A paged list of options, one tap picks."""
    shown = paginate(options, page, per_page)
    keyboard = [[button(label, choose, key, owner)] for key, label in shown.items]
    if nav := pager_row(shown, page_action, t, owner):
        keyboard.append(nav)
    footer = [button(t("button-cancel"), "cancel", None, owner)]
    if back:
        footer.insert(0, button(t("button-back"), back, None, owner))
    keyboard.append(footer)
    return InlineKeyboardMarkup(keyboard)
