"""Texts and keyboards of the recipients steps: the running count, the list's pages, the
preview's recipient buttons, the "looks like numbers" question and the saved texts to pick."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.context import BotContext
from bot.handlers.templates import list_text
from bot.keyboards import Page, Translate, button, pager_row
from bot.services.recipient_gathering import MAX_RECIPIENTS, Merged, NumbersPage, Removed, Tally
from bot.services.templates import TemplatePage


def running_count(context: BotContext, accepted: int, tally: Tally) -> str:
    """«The list so far: N recipients, R invalid, D duplicates» (zero counts left out)."""
    t = context.t
    pieces = [t("recipients-total", accepted=accepted)]
    if tally.rejected:
        pieces.append(t("recipients-total-rejected", count=tally.rejected))
    if tally.duplicates:
        pieces.append(t("recipients-total-duplicates", count=tally.duplicates))
    return "، ".join(pieces) if context.locale == "fa" else ", ".join(pieces)


def gathered_text(
    context: BotContext, summary: str, merged: Merged, tally: Tally, *, to_preview: bool
) -> str:
    """After one message or file: what it held (`summary`), the running count and what to do
    next."""
    t = context.t
    blocks = [summary]
    if not merged.added:
        blocks.append(t("recipients-nothing-new"))
    if merged.over_cap:
        blocks.append(t("recipients-over-cap", max=MAX_RECIPIENTS, count=merged.over_cap))
    blocks.append(running_count(context, len(merged.numbers), tally))
    blocks.append(t("recipients-gather-more-preview" if to_preview else "recipients-gather-more"))
    return "\n\n".join(block for block in blocks if block)


def continue_keyboard(t: Translate, owner: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [button(t("recipients-button-continue"), "send.gather.done", None, owner)],
            [button(t("button-cancel"), "cancel", None, owner)],
        ]
    )


def preview_row(t: Translate, owner: int) -> list[InlineKeyboardButton]:
    """The preview's recipient buttons (send and social): add, see, remove."""
    return [
        button(t("recipients-button-add"), "send.recipients.add", None, owner),
        button(t("recipients-button-view"), "send.recipients.page", 0, owner),
        button(t("recipients-button-remove"), "send.recipients.remove", None, owner),
    ]


def back_keyboard(t: Translate, owner: int) -> InlineKeyboardMarkup:
    back = button(t("recipients-button-back"), "send.recipients.back", None, owner)
    return InlineKeyboardMarkup([[back]])


def list_page(
    context: BotContext, page: NumbersPage, total: int, owner: int
) -> tuple[str, InlineKeyboardMarkup]:
    """One page of the accepted list, with ◀ ▶ and «back to the preview»."""
    t = context.t
    lines = [t("recipients-page-title", count=total, page=page.page + 1, pages=page.pages), ""]
    lines += [
        t("recipients-page-line", position=page.first + index, number=context.fmt.digits(number))
        for index, number in enumerate(page.numbers)
    ]
    rows = []
    pager = pager_row(Page(page.numbers, page.page, page.pages), "send.recipients.page", t, owner)
    if pager:
        rows.append(pager)
    rows.append([button(t("recipients-button-back"), "send.recipients.back", None, owner)])
    return "\n".join(lines), InlineKeyboardMarkup(rows)


def removed_text(context: BotContext, removed: Removed) -> str:
    t = context.t
    lines = [t("recipients-removed", count=removed.removed)]
    if removed.absent:
        lines.append(t("recipients-removed-absent", count=removed.absent))
    return "\n".join(lines)


def numbers_question(
    context: BotContext, count: int, owner: int
) -> tuple[str, InlineKeyboardMarkup]:
    t = context.t
    markup = InlineKeyboardMarkup(
        [
            [button(t("recipients-button-add-these"), "send.text.add_numbers", None, owner)],
            [button(t("recipients-button-use-as-text"), "send.text.as_text", None, owner)],
            [button(t("button-cancel"), "cancel", None, owner)],
        ]
    )
    return t("recipients-looks-like-numbers", count=count), markup


def text_prompt_keyboard(t: Translate, owner: int) -> InlineKeyboardMarkup:
    """Under «send the text»: the saved texts of the account."""
    return InlineKeyboardMarkup([[button(t("templates-button"), "send.templates.page", 0, owner)]])


def templates_screen(
    context: BotContext, page: TemplatePage, owner: int
) -> tuple[str, InlineKeyboardMarkup]:
    """A page of the account's saved texts (first words, part count); a tap uses one."""
    t = context.t
    rows: list[list[InlineKeyboardButton]] = [
        [button(line.name, "send.templates.use", line.id, owner)] for line in page.lines
    ]
    pager = pager_row(Page(page.lines, page.page, page.pages), "send.templates.page", t, owner)
    if pager:
        rows.append(pager)
    rows.append(
        [
            button(t("button-back"), "send.templates.back", None, owner),
            button(t("button-cancel"), "cancel", None, owner),
        ]
    )
    return list_text(t, page), InlineKeyboardMarkup(rows)
