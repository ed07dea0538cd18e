"""/start, /help, the main menu and the published command list.

The menu only renders buttons: each `Action("menu.<feature>")` is an entry point of the module
that owns the feature (send, books, postal, jobs, reports, users, staff, settings); only the
help button is answered here.
"""

from __future__ import annotations

import logging

from telegram import BotCommand, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import Application, BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers.access import is_admin
from bot.handlers.common import answer, chat_id, is_private, reply, user_id
from bot.keyboards import Translate, button, rows

LOGGER = logging.getLogger(__name__)

# Main menu: (feature, admins only), in the order shown; button text = start-button-<feature>.
MENU_FEATURES: tuple[tuple[str, bool], ...] = (
    ("send", False),
    ("social", False),
    ("books", False),
    ("postal", False),
    ("jobs", False),
    ("credit", False),
    ("delivery", False),
    ("status", False),
    ("inbox", False),
    ("packages", False),
    ("history", False),
    ("newuser", True),
    ("staff", True),
    ("settings", False),
    ("help", False),
)
MENU_WIDTH = 2

# Every command, in the order published; description = start-command-<command>.
COMMANDS: tuple[str, ...] = (
    "start",
    "send",
    "social",
    "books",
    "postal",
    "jobs",
    "credit",
    "delivery",
    "status",
    "inbox",
    "packages",
    "history",
    "report",
    "newuser",
    "staff",
    "login",
    "logout",
    "settings",
    "lang",
    "help",
    "cancel",
)
# (locale of the descriptions, language_code of the command list; None = everybody else)
COMMAND_LANGUAGES: tuple[tuple[str, str | None], ...] = (("fa", None), ("en", "en"))


def main_menu(t: Translate, owner: int, admin: bool) -> InlineKeyboardMarkup:
    """One button per feature; admin-only features only for admins."""
    buttons = [
        button(t(f"start-button-{feature}"), f"menu.{feature}", owner=owner)
        for feature, admins_only in MENU_FEATURES
        if admin or not admins_only
    ]
    return InlineKeyboardMarkup(rows(buttons, MENU_WIDTH))


def login_keyboard(t: Translate, owner: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[button(t("start-button-login"), "login.start", owner=owner)]])


async def remember_locale(context: BotContext, chat: int) -> None:
    """Bring the chat's stored language into chat_data (BotContext.locale reads it)."""
    if context.chat_data is None or context.chat_data.get("locale"):
        return
    stored = await context.storage.get_chat_settings(chat)
    if stored.locale:
        context.chat_data["locale"] = stored.locale


async def start(update: Update, context: BotContext) -> None:
    """/start: the main menu for signed-in staff, the way to /login for the others."""
    await remember_locale(context, chat_id(update))
    if not is_private(update):
        await reply(update, context.t("start-group"))
        return
    await show_main_menu(update, context)


async def show_main_menu(update: Update, context: BotContext) -> None:
    """Send the main menu (or the pointer to /login when this chat has no panel account)."""
    user = update.effective_user
    name = user.first_name if user is not None else ""
    owner = user_id(update)
    if await context.storage.get_credentials(chat_id(update)) is None:
        await reply(
            update, context.t("start-need-login", name=name), login_keyboard(context.t, owner)
        )
        return
    admin = await is_admin(context, owner)
    await reply(update, context.t("start-menu", name=name), main_menu(context.t, owner, admin))


async def show_help(update: Update, context: BotContext) -> None:
    """/help and the help button: everything the bot does, every command."""
    await answer(update)
    await reply(update, context.t("help-staff") + "\n\n" + context.t("help-oneshot"))


async def publish_commands(application: Application) -> None:
    """Publish the command list in Persian (default) and English (`language_code="en"`)."""
    i18n = application.services.i18n  # type: ignore[attr-defined]
    for locale, language_code in COMMAND_LANGUAGES:
        commands = [BotCommand(name, i18n.t(f"start-command-{name}", locale)) for name in COMMANDS]
        try:
            await application.bot.set_my_commands(commands, language_code=language_code)
        except TelegramError:
            LOGGER.warning("Could not publish the %s command list", locale, exc_info=True)


def build_start_handlers(settings: Settings) -> list[BaseHandler]:
    return [
        CommandHandler("start", start),
        CommandHandler("help", show_help),
        CallbackQueryHandler(show_help, pattern=on("menu.help")),
    ]
