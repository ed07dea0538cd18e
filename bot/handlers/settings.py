"""/settings and /lang: the chat's default sender line and language (and, for admins, the
alerts: bot.handlers.org_settings)."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.callbacks import on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers import org_settings
from bot.handlers.account_steps import sender_handlers, sender_keyboard
from bot.handlers.common import END, answer, chat_id, is_private, prompt, reply, show, user_id
from bot.handlers.conversation import Step, build_conversation
from bot.handlers.line_step import account_lines
from bot.keyboards import Translate, button
from bot.panel import PanelError
from bot.panel.lines import check_line
from storage import Role

SENDER = 1
OWN_FORGET = "settings.own_number.forget"
LOCALES: tuple[str, ...] = ("fa", "en")


def settings_keyboard(
    t: Translate, owner: int, *, own_number: bool = False, admin: bool = False
) -> InlineKeyboardMarkup:
    rows = [
        [button(t("settings-button-sender"), "settings.sender", owner=owner)],
        [button(t("settings-button-language"), "settings.language", owner=owner)],
    ]
    if own_number:  # the test sends' number (private chats only: it is personal)
        rows.append([button(t("preview-button-forget-own-number"), OWN_FORGET, owner=owner)])
    if admin:  # the admin group, credit threshold and daily summary (bot.handlers.org_settings)
        rows.append([button(t("org-alerts-button"), org_settings.VIEW, owner=owner)])
    rows.append([button(t("settings-button-close"), "settings.close", owner=owner)])
    return InlineKeyboardMarkup(rows)


def language_keyboard(t: Translate, owner: int) -> InlineKeyboardMarkup:
    choices = [
        button(t(f"settings-language-{code}"), "settings.lang", code, owner) for code in LOCALES
    ]
    return InlineKeyboardMarkup(
        [choices, [button(t("button-cancel"), "settings.close", owner=owner)]]
    )


async def apply_locale(context: BotContext, chat: int, locale: str) -> None:
    """Keep the chat's language in storage and in chat_data (BotContext.locale reads it)."""
    await context.storage.set_locale(chat, locale)
    if context.chat_data is not None:
        context.chat_data["locale"] = locale


async def show_settings(update: Update, context: BotContext) -> None:
    """/settings or the menu button: the chat's language and default sender line (a view)."""
    await answer(update)
    credentials = await context.storage.get_credentials(chat_id(update))
    if credentials is None:
        sender = context.t("settings-no-account")
    else:
        sender = credentials.sender or context.t("settings-no-sender")
    language = context.t(f"settings-language-{context.locale}")
    text = context.t("settings-title", language=language, sender=sender)
    own = await context.storage.get_own_number(user_id(update)) if is_private(update) else None
    if own:
        text += "\n" + context.t("preview-settings-own-number", number=context.fmt.digits(own))
    admin = await context.storage.get_role(user_id(update)) is Role.ADMIN
    keyboard = settings_keyboard(context.t, user_id(update), own_number=bool(own), admin=admin)
    await show(update, text, keyboard)


async def forget_own_number(update: Update, context: BotContext) -> None:
    """«فراموش کردن شمارهٔ من»: the next test send asks the number again."""
    await answer(update)
    await context.storage.set_own_number(user_id(update), None)
    await show(update, context.t("preview-own-number-forgotten"))


async def ask_language(update: Update, context: BotContext) -> None:
    """ "Change language": fa or en."""
    await answer(update)
    await show(
        update, context.t("settings-choose-language"), language_keyboard(context.t, user_id(update))
    )


async def choose_language(update: Update, context: BotContext) -> int:
    """A language button. → END"""
    await answer(update)
    assert update.callback_query is not None
    await apply_locale(context, chat_id(update), str(update.callback_query.data.value))
    await show(update, context.t("settings-language-set"))
    return END


async def lang_command(update: Update, context: BotContext) -> int:
    """/lang [fa|en]: switch at once, or offer the choice."""
    if not context.args:
        await ask_language(update, context)
        return END
    wanted = context.args[0].strip().lower()
    if wanted not in LOCALES:
        await reply(update, context.t("settings-unknown-language"))
        return END
    await apply_locale(context, chat_id(update), wanted)
    await reply(update, context.t("settings-language-set"))
    return END


async def ask_sender(update: Update, context: BotContext) -> int:
    """ "Change the default sender line": the panel's lines, or type one. → SENDER"""
    await answer(update)
    panel = await context.panel()
    if panel is None:
        await show(update, context.t("settings-need-login"))
        return END
    try:
        lines = await panel.sender_lines()
    except PanelError as error:
        await show(update, context.panel_error(error))
        return END
    owner = user_id(update)
    clear = button(context.t("settings-button-clear-sender"), "settings.sender.clear", owner=owner)
    ask = "settings-ask-sender" if lines else "settings-ask-sender-typed"
    markup = sender_keyboard(context.t, lines, "settings.sender.set", clear, owner)
    await prompt(update, context, context.t(ask), markup)
    return SENDER


async def _keep_sender(update: Update, context: BotContext, line: str) -> int:
    known = await account_lines(context)
    checked = check_line(line, known)
    if checked.line is None:
        shown = "، ".join(context.fmt.digits(known_line) for known_line in known or [])
        await reply(update, context.t(f"settings-sender-{checked.refusal}", lines=shown or "—"))
        return SENDER
    line = checked.line
    if not await context.storage.set_default_sender(chat_id(update), line):
        await show(update, context.t("settings-need-login"))
        return END
    await show(update, context.t("settings-sender-saved", sender=line))
    return END


async def clear_sender(update: Update, context: BotContext) -> int:
    """ "No default line". → END"""
    await answer(update)
    await context.storage.set_default_sender(chat_id(update), None)
    await show(update, context.t("settings-sender-cleared"))
    return END


async def close(update: Update, context: BotContext) -> int:
    """ "Close". → END"""
    await answer(update)
    await show(update, context.t("settings-closed"))
    return END


def build_settings_handlers(settings: Settings) -> list[BaseHandler]:
    """The settings screen and the language are views (no flow); changing the default sender
    line is a flow: it waits for a line."""
    sender_flow = build_conversation(
        "settings",
        settings,
        entry_points=[
            CallbackQueryHandler(ask_sender, pattern=on("settings.sender")),
            *org_settings.alert_entry_points(),
        ],
        states={
            SENDER: Step(
                [
                    *sender_handlers(
                        "settings.sender.set", "settings-bad-sender", _keep_sender, SENDER
                    ),
                    CallbackQueryHandler(clear_sender, pattern=on("settings.sender.clear")),
                ],
                hint="settings-hint-sender",
            ),
            **org_settings.alert_steps(),
        },
    )
    return [
        sender_flow,
        CommandHandler("settings", show_settings),
        CallbackQueryHandler(show_settings, pattern=on("menu.settings")),
        CommandHandler("lang", lang_command),
        CallbackQueryHandler(ask_language, pattern=on("settings.language")),
        CallbackQueryHandler(choose_language, pattern=on("settings.lang")),
        CallbackQueryHandler(close, pattern=on("settings.close")),
        CallbackQueryHandler(forget_own_number, pattern=on(OWN_FORGET)),
        *org_settings.alert_views(),
    ]
