"""/templates: the saved texts of the chat's panel account — browse, rename, delete.

The list and the text of one saved text are views (buttons only, not a flow); renaming asks
for a typed name and is the one flow here (its record, per chat and user, holds the id being
renamed). Every button names the saved text by its id and the service scopes ids by the chat's
account, so an old or replayed button finds nothing else. In a group, renaming and deleting are
for the group's administrators (bot.features: `templates_edit`).
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler

from bot.callbacks import on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers import flow_store
from bot.handlers.common import END, answer, chat_id, prompt, reply, show, user_id
from bot.handlers.conversation import TYPED, Step, build_conversation
from bot.keyboards import Page, Translate, button, pager_row
from bot.panel.sms import MAX_PARTS, message_parts
from bot.services.templates import (
    MAX_NAME_CHARS,
    MAX_TEMPLATES,
    TemplatePage,
    TemplateProblem,
    TemplateService,
)
from storage import TemplateRecord

NAME = "templates.name"
RENAMING = "renaming"  # the flow record's slot: {"id": the saved text being renamed}


def problem_text(t: Translate, problem: TemplateProblem, name: str = "") -> str:
    """The message of a refused save or rename."""
    return t(
        f"templates-problem-{problem.value}",
        name=name,
        max=MAX_TEMPLATES if problem is TemplateProblem.LIMIT_REACHED else MAX_NAME_CHARS,
        max_parts=MAX_PARTS,
    )


def list_text(t: Translate, page: TemplatePage) -> str:
    if not page.total:
        return t("templates-empty")
    lines = [t("templates-title", total=page.total)]
    for line in page.lines:
        lines.append(
            t("templates-line", name=line.name, first_words=line.first_words, parts=line.parts)
        )
    return "\n".join([*lines, "", t("templates-pick")])


def list_keyboard(t: Translate, page: TemplatePage, owner: int) -> InlineKeyboardMarkup | None:
    """A button per saved text and the pager; None for an empty list (Telegram refuses [])."""
    if not page.lines:
        return None
    rows: list[list[InlineKeyboardButton]] = [
        [button(line.name, "templates.open", (line.id, page.page), owner)] for line in page.lines
    ]
    pager = pager_row(Page(page.lines, page.page, page.pages), "templates.page", t, owner)
    return InlineKeyboardMarkup([*rows, pager] if pager else rows)


def record_keyboard(
    t: Translate, record: TemplateRecord, page: int, owner: int
) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                button(t("templates-button-rename"), "templates.rename", record.id, owner),
                button(t("templates-button-delete"), "templates.delete", (record.id, page), owner),
            ],
            [button(t("templates-button-back"), "templates.page", page, owner)],
        ]
    )


async def _account(update: Update, context: BotContext) -> int | None:
    """The chat whose panel account the saved texts belong to; None (and told) without one."""
    chat = chat_id(update)
    if await context.storage.get_credentials(chat) is None:
        await show(update, context.t("templates-no-account"))
        return None
    return chat


def _value(update: Update) -> object:
    assert update.callback_query is not None
    return update.callback_query.data.value  # type: ignore[union-attr]


async def show_list(update: Update, context: BotContext) -> None:
    """/templates or a page button: one page of the account's saved texts."""
    await answer(update)
    account = await _account(update, context)
    if account is None:
        return
    number = _value(update) if update.callback_query else 0
    page = await TemplateService(context.storage).page(account, int(number or 0))
    await show(update, list_text(context.t, page), list_keyboard(context.t, page, user_id(update)))


async def show_record(update: Update, context: BotContext) -> None:
    """A saved text's button: its whole text, with rename and delete."""
    await answer(update)
    account = await _account(update, context)
    if account is None:
        return
    template_id, page = _value(update)  # type: ignore[misc]
    record = await TemplateService(context.storage).get(account, template_id)
    if record is None:
        await show(update, context.t("templates-gone"))
        return
    parts = message_parts(record.text).parts
    text = context.t("templates-shown", name=record.name, parts=parts, text=record.text)
    await show(update, text, record_keyboard(context.t, record, page, user_id(update)))


async def confirm_delete(update: Update, context: BotContext) -> None:
    """Delete: ask once more, naming the saved text."""
    await answer(update)
    account = await _account(update, context)
    if account is None:
        return
    template_id, page = _value(update)  # type: ignore[misc]
    record = await TemplateService(context.storage).get(account, template_id)
    if record is None:
        await show(update, context.t("templates-gone"))
        return
    owner = user_id(update)
    yes = button(
        context.t("templates-button-confirm-delete"), "templates.delete.yes", record.id, owner
    )
    back = button(context.t("templates-button-back"), "templates.page", page, owner)
    markup = InlineKeyboardMarkup([[yes], [back]])
    await show(update, context.t("templates-confirm-delete", name=record.name), markup)


async def delete(update: Update, context: BotContext) -> None:
    """Confirmed delete."""
    await answer(update)
    account = await _account(update, context)
    if account is None:
        return
    service = TemplateService(context.storage)
    record = await service.get(account, int(_value(update)))  # type: ignore[arg-type]
    if record is None or not await service.delete(account, record.id):
        await show(update, context.t("templates-gone"))
        return
    await show(update, context.t("templates-deleted", name=record.name))


async def ask_new_name(update: Update, context: BotContext) -> int:
    """Rename: ask the new name. → NAME"""
    await answer(update)
    account = await _account(update, context)
    if account is None:
        return END
    record = await TemplateService(context.storage).get(account, int(_value(update)))  # type: ignore[arg-type]
    if record is None:
        await show(update, context.t("templates-gone"))
        return END
    flow_store.put(context, RENAMING, {"id": record.id})
    asked = context.t("templates-ask-new-name", name=record.name, max=MAX_NAME_CHARS)
    await prompt(update, context, asked)
    return NAME


async def rename(update: Update, context: BotContext) -> int:
    """The typed new name. → END, or NAME again with the reason"""
    assert update.message is not None and update.message.text is not None
    account = await _account(update, context)
    renaming = flow_store.get(context, RENAMING, dict) or {}
    template_id = renaming.get("id")
    if account is None or not isinstance(template_id, int):
        return END
    typed = update.message.text
    result = await TemplateService(context.storage).rename(account, template_id, typed)
    if isinstance(result, TemplateProblem):
        await reply(update, problem_text(context.t, result, typed.strip()))
        return END if result is TemplateProblem.NOT_FOUND else NAME
    await reply(update, context.t("templates-renamed", name=result.name))
    return END


def build_templates_handlers(settings: Settings) -> list[BaseHandler]:
    """The views (command and buttons), then the rename flow."""
    renaming = build_conversation(
        "templates",
        settings,
        entry_points=[CallbackQueryHandler(ask_new_name, pattern=on("templates.rename"))],
        states={NAME: Step([MessageHandler(TYPED, rename)], hint="templates-hint-name")},
    )
    return [
        CommandHandler("templates", show_list),
        CallbackQueryHandler(show_list, pattern=on("templates.page", "menu.templates")),
        CallbackQueryHandler(show_record, pattern=on("templates.open")),
        CallbackQueryHandler(confirm_delete, pattern=on("templates.delete")),
        CallbackQueryHandler(delete, pattern=on("templates.delete.yes")),
        renaming,
    ]
