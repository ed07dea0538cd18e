"""/login and /logout: a chat's panel account, checked with the panel before it is kept.

Credentials are typed only in a private chat. In a group, /login answers with a deep link
(`/start login-<group id>`) that continues in private chat and sets the GROUP's account; only a
staff member who is also an administrator of that group may follow it. The password message is
deleted as soon as it arrives; username and password are registered for log masking.
"""

from __future__ import annotations

import contextlib
import re
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.callbacks import on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers import flow_store
from bot.handlers.account_steps import sender_handlers, sender_keyboard
from bot.handlers.common import END, answer, chat_id, is_private, reply, show, user_id
from bot.handlers.conversation import TYPED, Step, build_conversation
from bot.keyboards import Translate, button
from bot.logging_setup import SECRETS
from bot.panel import PanelAuthError, PanelError
from bot.services.accounts import SignedIn, sign_in, sign_out
from bot.services.chat_admins import is_chat_admin

USERNAME, PASSWORD, SENDER = range(3)

GROUP_START = r"^/start(@\w+)?\s+login-(-\d+)\s*$"
USERNAME_PATTERN = re.compile(r"^\S{1,64}$")


FLOW = "login"  # the flow record's slot: target chat, group title, username


def _flow(context: BotContext) -> dict[str, Any]:
    flow = flow_store.get(context, FLOW, dict)
    if flow is None:
        flow = {}
        flow_store.put(context, FLOW, flow)
    return flow


def _end(context: BotContext) -> int:
    """END (the conversation builder forgets the flow's data)."""
    return END


# --- group chats: the deep link ------------------------------------------------------------


async def group_login_link(update: Update, context: BotContext) -> None:
    """/login in a group: the group's administrators get a link to continue in private."""
    group = chat_id(update)
    if not await is_chat_admin(context, group, user_id(update)):
        await reply(update, context.t("login-group-not-admin"))
        return
    link = f"https://t.me/{context.bot.username}?start=login-{group}"
    markup = InlineKeyboardMarkup(
        [[InlineKeyboardButton(context.t("login-group-button"), url=link)]]
    )
    await reply(update, context.t("login-group-link"), markup)


# --- the conversation ----------------------------------------------------------------------


async def ask_username(update: Update, context: BotContext) -> int:
    """/login (private) or the sign-in button: ask the panel username. → USERNAME"""
    await answer(update)
    flow_store.put(context, FLOW, {"target": chat_id(update)})
    await reply(update, context.t("login-ask-username"))
    return USERNAME


async def ask_group_username(update: Update, context: BotContext) -> int:
    """/start login-<group id> in private: a group admin sets the group's account. → USERNAME"""
    assert context.matches is not None
    group = int(context.matches[0].group(2))
    if not await is_chat_admin(context, group, user_id(update)):
        await reply(update, context.t("login-group-not-admin"))
        return _end(context)
    title = await _group_title(context, group)
    flow_store.put(context, FLOW, {"target": group, "title": title})
    await reply(update, context.t("login-ask-username-group", title=title))
    return USERNAME


async def _group_title(context: BotContext, group: int) -> str:
    try:
        return (await context.bot.get_chat(group)).title or str(group)
    except TelegramError:
        return str(group)


async def receive_username(update: Update, context: BotContext) -> int:
    """The panel username. → PASSWORD"""
    assert update.message is not None and update.message.text is not None
    username = update.message.text.strip()
    if not USERNAME_PATTERN.match(username):
        await reply(update, context.t("login-bad-username"))
        return USERNAME
    SECRETS.add(username)
    _flow(context)["username"] = username
    await reply(update, context.t("login-ask-password"))
    return PASSWORD


async def other_username(update: Update, context: BotContext) -> int:
    """ "Another username" after a refused password. → USERNAME"""
    await answer(update)
    _flow(context).pop("username", None)
    await reply(update, context.t("login-ask-username"))
    return USERNAME


async def receive_password(update: Update, context: BotContext) -> int:
    """The password: deleted at once, checked with the panel, then kept. → SENDER"""
    message = update.message
    assert message is not None and message.text is not None
    password = message.text.strip()
    SECRETS.add(password)
    with contextlib.suppress(TelegramError):
        await message.delete()
    flow = _flow(context)
    if "username" not in flow or "target" not in flow:  # state lost (e.g. after a restart)
        return await ask_username(update, context)
    target = int(flow["target"])
    if target != chat_id(update) and not await is_chat_admin(context, target, user_id(update)):
        await reply(update, context.t("login-group-not-admin"))
        return _end(context)
    status = await reply(update, context.t("login-checking"))
    try:
        checked = await sign_in(
            context.storage, context.services.panels, target, flow["username"], password
        )
    except PanelAuthError:
        retry = _retry_keyboard(context.t, user_id(update))
        await _edit(update, status, context.t("login-wrong-password"), retry)
        return PASSWORD
    except PanelError as error:
        text = f"{context.panel_error(error)}\n{context.t('login-not-saved')}"
        await _edit(update, status, text)
        return _end(context)
    flow.pop("username", None)
    markup = _sender_markup(context.t, checked, user_id(update))
    await _edit(update, status, _success_text(context, checked, flow), markup)
    return SENDER


def _retry_keyboard(t: Translate, owner: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                button(t("login-button-other-username"), "login.username", owner=owner),
                button(t("button-cancel"), "cancel", owner=owner),
            ]
        ]
    )


def _success_text(context: BotContext, checked: SignedIn, flow: dict[str, Any]) -> str:
    if flow.get("title") is not None:
        done = context.t("login-success-group", title=flow["title"], credit=checked.credit)
    else:
        done = context.t("login-success", credit=checked.credit)
    ask = "login-ask-sender" if checked.sender_lines else "login-ask-sender-typed"
    return f"{done}\n\n{context.t(ask)}"


def _sender_markup(t: Translate, checked: SignedIn, owner: int) -> InlineKeyboardMarkup:
    skip = button(t("login-button-skip-sender"), "login.skip", owner=owner)
    return sender_keyboard(t, checked.sender_lines, "login.sender", skip, owner, cancel=False)


async def _edit(
    update: Update, status: Any, text: str, markup: InlineKeyboardMarkup | None = None
) -> None:
    """Turn the "checking…" message into the outcome (or send it when that message is gone)."""
    try:
        await status.edit_text(text, reply_markup=markup)
    except (AttributeError, TelegramError):
        await reply(update, text, markup)


async def _keep_sender(update: Update, context: BotContext, line: str) -> int:
    target = int(_flow(context).get("target", chat_id(update)))
    await context.storage.set_default_sender(target, line)
    await show(update, context.t("login-sender-saved", sender=line))
    return _end(context)


async def skip_sender(update: Update, context: BotContext) -> int:
    """ "Later": no default sender line now. → END"""
    await answer(update)
    await show(update, context.t("login-sender-skipped"))
    return _end(context)


# --- /logout -------------------------------------------------------------------------------


async def ask_logout(update: Update, context: BotContext) -> None:
    """/logout: confirm before the chat's account is forgotten (groups: its admins only)."""
    target, owner = chat_id(update), user_id(update)
    if not is_private(update) and not await is_chat_admin(context, target, owner):
        await reply(update, context.t("login-group-not-admin"))
        return
    if await context.storage.get_credentials(target) is None:
        await reply(update, context.t("login-logout-none"))
        return
    markup = InlineKeyboardMarkup(
        [
            [
                button(context.t("button-yes"), "logout.confirm", owner=owner),
                button(context.t("button-no"), "logout.keep", owner=owner),
            ]
        ]
    )
    await reply(update, context.t("login-logout-confirm"), markup)


async def confirm_logout(update: Update, context: BotContext) -> None:
    """ "Yes": forget the account of this chat."""
    await answer(update)
    target = chat_id(update)
    if not is_private(update) and not await is_chat_admin(context, target, user_id(update)):
        await show(update, context.t("login-group-not-admin"))
        return
    await sign_out(context.storage, context.services.panels, target)
    await show(update, context.t("login-logout-done"))


async def keep_login(update: Update, context: BotContext) -> None:
    """ "No": nothing changes."""
    await answer(update)
    await show(update, context.t("login-logout-kept"))


def build_login_conversation(settings: Settings) -> ConversationHandler:
    private = filters.ChatType.PRIVATE
    return build_conversation(
        "login",
        settings,
        entry_points=[
            CommandHandler("login", ask_username, filters=private),
            CallbackQueryHandler(ask_username, pattern=on("login.start")),
            MessageHandler(private & filters.Regex(GROUP_START), ask_group_username),
        ],
        states={
            USERNAME: Step([MessageHandler(TYPED, receive_username)], hint="login-hint-username"),
            PASSWORD: Step(
                [
                    MessageHandler(TYPED, receive_password),
                    CallbackQueryHandler(other_username, pattern=on("login.username")),
                ],
                hint="login-hint-password",
            ),
            SENDER: Step(
                [
                    *sender_handlers("login.sender", "login-bad-sender", _keep_sender, SENDER),
                    CallbackQueryHandler(skip_sender, pattern=on("login.skip")),
                ],
                hint="login-hint-sender",
            ),
        },
    )


def build_login_handlers(settings: Settings) -> list[BaseHandler]:
    return [
        build_login_conversation(settings),
        CommandHandler("login", group_login_link, filters=filters.ChatType.GROUPS),
        CommandHandler("logout", ask_logout),
        CallbackQueryHandler(confirm_logout, pattern=on("logout.confirm")),
        CallbackQueryHandler(keep_login, pattern=on("logout.keep")),
    ]
