"""/books: tick phone books → sender line → message → the shared preview and send."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler

from bot.callbacks import Action, on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers.common import END, answer, prompt, show, user_id
from bot.handlers.conversation import TYPED, Step
from bot.handlers.line_step import line_keyboard, typed_line
from bot.handlers.target_steps import (
    back_cancel_row,
    build_target_conversation,
    buttons_step,
    chat_panel,
    keep_selection,
    lost,
    selection_of,
    text_step,
    text_to_preview,
)
from bot.keyboards import multi_select
from bot.panel import PanelError, PhoneBook
from bot.services.sending import SendDraft
from bot.services.targets import BooksSelection, load_books
from storage import OperationKind

CHOOSE, SENDER, TEXT = "books.choose", "books.sender", "books.text"
PER_PAGE = 8


# --- screens -------------------------------------------------------------------------------


def _book_label(context: BotContext, book: PhoneBook) -> str:
    if book.size is None:
        return book.title
    return context.t("books-option", title=book.title, size=book.size)


def _choose_screen(
    context: BotContext, selection: BooksSelection, owner: int, warning: str | None = None
) -> tuple[str, InlineKeyboardMarkup]:
    options = [(book.id, _book_label(context, book)) for book in selection.books]
    markup = multi_select(
        options,
        selection.selected,
        toggle="books.toggle",
        page_action="books.page",
        page=selection.page,
        per_page=PER_PAGE,
        t=context.t,
        owner=owner,
        done="books.done",
        all_none=("books.all", "books.none"),
    )
    lines = [warning] if warning else []
    lines += [context.t("books-choose"), _chosen_line(context, selection)]
    return "\n\n".join(lines), markup


def _chosen_line(context: BotContext, selection: BooksSelection) -> str:
    count, estimate = len(selection.selected), selection.estimate
    if estimate is None:
        return context.t("books-chosen-unsized", count=count)
    return context.t("books-chosen", count=count, recipients=estimate)


def _text_screen(context: BotContext, selection: BooksSelection, owner: int):
    markup = InlineKeyboardMarkup([back_cancel_row(context, "books.back_to_sender", owner)])
    text = context.t(
        "books-ask-text",
        books=len(selection.selected),
        line=context.fmt.digits(selection.sender or ""),
    )
    return text, markup


# --- steps ---------------------------------------------------------------------------------


def _selection(context: BotContext) -> BooksSelection | None:
    return selection_of(context, BooksSelection)


async def _lost(update: Update, context: BotContext) -> int:
    return await lost(update, context, "books-lost")


async def start(update: Update, context: BotContext) -> int | str:
    """/books or the menu button: load the account's books and show them to tick."""
    await answer(update)
    panel = await chat_panel(update, context, "books-no-account")
    if panel is None:
        return END
    try:
        selection = await load_books(panel)
    except PanelError as error:
        await show(update, context.panel_error(error))
        return END
    if not selection.books:
        await show(update, context.t("books-empty"))
        return END
    keep_selection(context, selection)
    await show(update, *_choose_screen(context, selection, user_id(update)))
    return CHOOSE


async def change_selection(update: Update, context: BotContext) -> str | int:
    """A tick, select all / none or a page turn: redraw the list in place."""
    await answer(update)
    selection = _selection(context)
    if selection is None:
        return await _lost(update, context)
    action: Action = update.callback_query.data
    if action.name == "books.toggle":
        selection.toggle(int(action.value))
    elif action.name == "books.all":
        selection.select_all()
    elif action.name == "books.none":
        selection.select_none()
    elif action.name == "books.page":
        selection.page = int(action.value)
    await show(update, *_choose_screen(context, selection, user_id(update)))
    return CHOOSE


async def books_done(update: Update, context: BotContext) -> str | int:
    """Done: refuse an empty choice, else ask for the sender line."""
    await answer(update)
    selection = _selection(context)
    if selection is None:
        return await _lost(update, context)
    if not selection.selected:
        warning = context.t("books-none-chosen")
        await show(update, *_choose_screen(context, selection, user_id(update), warning))
        return CHOOSE
    return await _ask_sender(update, context)


async def _ask_sender(update: Update, context: BotContext) -> str | int:
    """The sender-line step of every sending flow (bot.handlers.line_step)."""
    owner = user_id(update)
    footer = [back_cancel_row(context, "books.back_to_books", owner)]
    markup = await line_keyboard(update, context, "books.sender", owner, footer)
    await show(update, context.t("books-sender"), markup)
    return SENDER


async def back_to_books(update: Update, context: BotContext) -> str | int:
    """Back from the sender step: the list of books, choices kept."""
    await answer(update)
    selection = _selection(context)
    if selection is None:
        return await _lost(update, context)
    await show(update, *_choose_screen(context, selection, user_id(update)))
    return CHOOSE


async def sender_tapped(update: Update, context: BotContext) -> str | int:
    """A line button: keep it and ask for the message."""
    await answer(update)
    return await _use_sender(update, context, str(update.callback_query.data.value))


async def sender_typed(update: Update, context: BotContext) -> str | int:
    """A typed line: check it, keep it and ask for the message."""
    line = await typed_line(update, context)
    if line is None:
        return SENDER
    return await _use_sender(update, context, line)


async def _use_sender(update: Update, context: BotContext, line: str) -> str | int:
    selection = _selection(context)
    if selection is None:
        return await _lost(update, context)
    selection.sender = line
    await prompt(update, context, *_text_screen(context, selection, user_id(update)))
    return TEXT


async def back_to_sender(update: Update, context: BotContext) -> str | int:
    """Back from the message step: choose the line again."""
    await answer(update)
    return await _ask_sender(update, context)


async def text_typed(update: Update, context: BotContext) -> str | int | None:
    """The message: hand the draft to the shared preview."""
    selection = _selection(context)
    if selection is None:
        return await _lost(update, context)
    titles = context.t("books-list-separator").join(book.title for book in selection.chosen)
    draft = SendDraft(
        OperationKind.BOOKS,
        sender=selection.sender or "",
        book_ids=[book.id for book in selection.chosen],
        target=titles,
        estimated_count=selection.estimate,
    )
    return await text_to_preview(update, context, draft)


def build_books_handlers(settings: Settings) -> list[BaseHandler]:
    states: dict[object, Step] = {
        CHOOSE: buttons_step(
            CallbackQueryHandler(
                change_selection,
                pattern=on("books.toggle", "books.all", "books.none", "books.page"),
            ),
            CallbackQueryHandler(books_done, pattern=on("books.done")),
        ),
        SENDER: Step(
            [
                CallbackQueryHandler(sender_tapped, pattern=on("books.sender")),
                CallbackQueryHandler(back_to_books, pattern=on("books.back_to_books")),
                MessageHandler(TYPED, sender_typed),
            ],
            hint="send-hint-sender",
        ),
        TEXT: text_step(text_typed, back_to_sender, "books.back_to_sender"),
    }
    return [build_target_conversation("books", settings, start, states)]
