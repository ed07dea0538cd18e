"""/start, /help, the main menu and the published command list.

The menu only renders buttons: each `Action("menu.<feature>")` is an entry point of the module
that owns the feature (send, books, postal, jobs, reports, users, staff, settings); only the
help button is answered here.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import (
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    InlineKeyboardMarkup,
    Update,
)
from telegram.error import TelegramError
from telegram.ext import Application, BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.callbacks import on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers.access import is_admin
from bot.handlers.common import answer, chat_id, is_private, reply, user_id
from bot.handlers.login import GROUP_START
from bot.keyboards import Translate, button, rows

LOGGER = logging.getLogger(__name__)

MENU_WIDTH = 2
# (locale of the descriptions, language_code of the command list; None = everybody else)
COMMAND_LANGUAGES: tuple[tuple[str, str | None], ...] = (("fa", None), ("en", "en"))


def main_menu(t: Translate, owner: int, admin: bool) -> InlineKeyboardMarkup:
    """One button per feature of the registry; admin-only features only for admins."""
    from bot.features import FEATURES

    buttons = [
        button(t(f"start-button-{feature.name}"), feature.menu_action, owner=owner)
        for feature in FEATURES
        if feature.menu and (admin or not feature.admins_only)
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


HELP_TEXTS = "help_texts"  # services.extras: the help text per (locale, admin, private chat)


async def show_help(update: Update, context: BotContext) -> None:
    """/help and the help button: what this user may do here, from the registry (built once
    per language and kind of user and chat: the registry and the locales do not change)."""
    await answer(update)
    admin = await is_admin(context, user_id(update))
    key = (context.locale, admin, is_private(update))
    texts = context.services.extras.setdefault(HELP_TEXTS, {})
    if key not in texts:
        texts[key] = help_text(context.t, admin=admin, private=key[2])
    await reply(update, texts[key])


def help_text(t: Translate, *, admin: bool, private: bool) -> str:
    """The intro, then one line per command this user may use in this kind of chat."""
    from bot.features import FEATURES, Section

    lines = [t("help-intro")]
    for section in Section:
        shown = [
            f"/{command} — {t(f'start-command-{command}')}"
            for feature in FEATURES
            if feature.section is section and _usable(feature, admin=admin, private=private)
            for command in feature.commands
        ]
        if shown:
            lines += ["", t(f"help-section-{section.value}"), *shown]
        if shown and section is Section.SENDING:
            lines += ["", t("help-oneshot")]
    return "\n".join(lines)


def _usable(feature: Any, *, admin: bool, private: bool) -> bool:
    if feature.admins_only and not admin:
        return False
    return feature.in_private if private else feature.in_groups


def command_scopes() -> list[tuple[BotCommandScope | None, list[str]]]:
    """The command list per scope: private chats, groups, and groups' administrators."""
    from bot.features import FEATURES, published_commands

    everything = published_commands()
    in_groups = [c for f in FEATURES if f.in_groups for c in f.commands]
    for_members = [c for f in FEATURES if f.in_groups and not f.group_admins for c in f.commands]
    private = [c for f in FEATURES if f.in_private for c in f.commands]
    return [
        (None, everything),
        (BotCommandScopeAllPrivateChats(), private),
        (BotCommandScopeAllGroupChats(), for_members),
        (BotCommandScopeAllChatAdministrators(), in_groups),
    ]


async def publish_commands(application: Application) -> None:
    """Publish the command list of every scope in Persian (default) and English ("en")."""
    i18n = application.services.i18n  # type: ignore[attr-defined]
    for scope, names in command_scopes():
        for locale, language_code in COMMAND_LANGUAGES:
            commands = [BotCommand(name, i18n.t(f"start-command-{name}", locale)) for name in names]
            try:
                await application.bot.set_my_commands(
                    commands, scope=scope, language_code=language_code
                )
            except TelegramError:
                LOGGER.warning("Could not publish the %s command list", locale, exc_info=True)


def build_start_handlers(settings: Settings) -> list[BaseHandler]:
    not_login_link = ~filters.Regex(GROUP_START)
    return [
        CommandHandler("start", start, filters=not_login_link),
        CommandHandler("help", show_help),
        CallbackQueryHandler(show_help, pattern=on("menu.help")),
    ]
