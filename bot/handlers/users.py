"""/newuser: a guided form that creates a panel sub-user (admins only, private chat only).

Every field is checked before anything is sent; a review screen lets the admin edit any field;
a panel code 301-317 sends the form back to the field at fault. The password message is deleted
at once, registered as a secret for the logs, and shown as ••• on the review screen. The admin
role is checked on every step, so an admin demoted mid-form is stopped at their next answer.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler

from bot.callbacks import on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers import common, flow_store
from bot.handlers.access import is_admin
from bot.handlers.conversation import TYPED, Step, build_conversation
from bot.keyboards import button, rows
from bot.logging_setup import SECRETS
from bot.panel import PanelError
from bot.services import newuser_form as form

LOGGER = logging.getLogger(__name__)

TYPING, CHOOSING_ACCESS, REVIEWING = range(3)
FLOW_KEY = "newuser"


# --- flow data --------------------------------------------------------------------------------


def _flow(context: BotContext) -> dict[str, Any]:
    """The form in the flow's record (per chat and user; the builder clears it on every exit)."""
    flow = flow_store.get(context, FLOW_KEY, dict)
    if flow is None:
        flow = {"values": {}, "field": form.first_field()}
        flow_store.put(context, FLOW_KEY, flow)
    return flow


def _clear(context: BotContext) -> None:
    flow_store.drop(context, FLOW_KEY)


def _label(context: BotContext, name: str) -> str:
    return context.t(f"users-field-{form.BY_NAME[name].slug}")


# --- rendering --------------------------------------------------------------------------------


async def _ask(update: Update, context: BotContext, name: str, note: str | None = None) -> int:
    """Ask for field `name` (buttons for the access level); returns the state that expects it."""
    flow = _flow(context)
    flow["field"] = name
    prefix = f"{note}\n\n" if note else ""
    if name != form.ACCESS_FIELD:
        await common.show(update, prefix + context.t(f"users-ask-{form.BY_NAME[name].slug}"))
        return TYPING
    packages = await _packages(update, context)
    if packages is None:
        return common.END
    owner = common.user_id(update)
    keyboard = [[button(title, "newuser.access", pid, owner)] for pid, title in packages]
    keyboard.append([button(context.t("button-cancel"), "cancel", None, owner)])
    await common.show(
        update, prefix + context.t("users-ask-access-id"), InlineKeyboardMarkup(keyboard)
    )
    return CHOOSING_ACCESS


async def _packages(update: Update, context: BotContext) -> list[tuple[int, str]] | None:
    """The account's packages as (id, title), remembered in the flow; None ends the form."""
    flow = _flow(context)
    if flow.get("packages"):
        return [tuple(item) for item in flow["packages"]]  # type: ignore[misc]
    panel = await context.panel()
    if panel is None:
        return await _end_with(update, context, context.t("users-no-account"))
    try:
        packages = [(package.id, package.title) for package in await panel.packages()]
    except PanelError as error:
        return await _end_with(update, context, context.panel_error(error))
    if not packages:
        return await _end_with(update, context, context.t("users-no-packages"))
    flow["packages"] = packages
    return packages


async def _end_with(update: Update, context: BotContext, text: str) -> None:
    _clear(context)
    await common.show(update, text)
    return None


def _shown_value(context: BotContext, name: str, value: Any) -> str:
    if name == form.PASSWORD_FIELD:
        return context.t("users-password-hidden")
    if name == form.ACCESS_FIELD:
        titles = {pid: title for pid, title in _flow(context).get("packages", [])}
        return str(titles.get(value, value))
    if name in form.NUMERIC_FIELDS:
        return context.fmt.digits(str(value))
    return str(value)


def _review_text(context: BotContext, note: str | None = None) -> str:
    values = _flow(context)["values"]
    lines = [note, ""] if note else []
    lines.append(context.t("users-review-title"))
    for field in form.FIELDS:
        value = _shown_value(context, field.name, values[field.name])
        lines.append(context.t("users-review-line", label=_label(context, field.name), value=value))
    return "\n".join(lines)


def _review_keyboard(context: BotContext, owner: int) -> InlineKeyboardMarkup:
    edits = [button(_label(context, f.name), "newuser.edit", f.name, owner) for f in form.FIELDS]
    keyboard = rows(edits, 2)
    keyboard.append(
        [
            button(context.t("users-button-create"), "newuser.create", None, owner),
            button(context.t("button-cancel"), "cancel", None, owner),
        ]
    )
    return InlineKeyboardMarkup(keyboard)


async def _review(update: Update, context: BotContext, note: str | None = None) -> int:
    owner = common.user_id(update)
    await common.show(update, _review_text(context, note), _review_keyboard(context, owner))
    return REVIEWING


async def _after_value(update: Update, context: BotContext, note: str | None = None) -> int:
    """Ask the next missing field, or show the review screen when the form is complete."""
    missing = form.next_missing(_flow(context)["values"])
    if missing is None:
        return await _review(update, context, note)
    return await _ask(update, context, missing, note)


async def _refuse(update: Update, context: BotContext) -> int:
    _clear(context)
    await common.answer(update)
    await common.reply(update, context.t("users-admins-only"))
    return common.END


# --- steps ------------------------------------------------------------------------------------


async def start(update: Update, context: BotContext) -> int:
    """/newuser or the menu button: check role and chat, then ask the first field."""
    await common.answer(update)
    if not await is_admin(context, common.user_id(update)):
        return await _refuse(update, context)
    if not common.is_private(update):
        await common.reply(update, context.t("users-private-only"))
        return common.END
    if await context.storage.get_credentials(common.chat_id(update)) is None:
        await common.reply(update, context.t("users-no-account"))
        return common.END
    flow_store.put(context, FLOW_KEY, {"values": {}, "field": form.first_field()})
    return await _ask(update, context, form.first_field(), context.t("users-start"))


async def typed_value(update: Update, context: BotContext) -> int:
    """A typed answer: check it, keep it, then ask the next field (or review)."""
    name = _flow(context)["field"]
    text = update.effective_message.text or ""
    if name in form.SECRET_FIELDS:
        SECRETS.add(text, text.strip())
    if name == form.PASSWORD_FIELD:
        await _delete(update)
    if not await is_admin(context, common.user_id(update)):
        return await _refuse(update, context)
    field = form.BY_NAME[name]
    value = field.check(text) if field.check else None
    if value is None:
        return await _ask(update, context, name, context.t(f"users-invalid-{field.slug}"))
    _flow(context)["values"][name] = value
    note = context.t("users-password-received") if name == form.PASSWORD_FIELD else None
    return await _after_value(update, context, note)


async def chosen_access(update: Update, context: BotContext) -> int:
    """An access level button: keep it, then continue."""
    await update.callback_query.answer()
    if not await is_admin(context, common.user_id(update)):
        return await _refuse(update, context)
    _flow(context)["values"][form.ACCESS_FIELD] = int(update.callback_query.data.value)
    return await _after_value(update, context)


async def edit_field(update: Update, context: BotContext) -> int:
    """A field button on the review screen: ask that field again."""
    await update.callback_query.answer()
    if not await is_admin(context, common.user_id(update)):
        return await _refuse(update, context)
    name = str(update.callback_query.data.value)
    _flow(context)["values"].pop(name, None)
    return await _ask(update, context, name)


async def create(update: Update, context: BotContext) -> int:
    """Create: call the panel; a code 301-317 goes back to the field at fault."""
    await update.callback_query.answer()
    if not await is_admin(context, common.user_id(update)):
        return await _refuse(update, context)
    panel = await context.panel()
    if panel is None:
        await _end_with(update, context, context.t("users-no-account"))
        return common.END
    values = _flow(context)["values"]
    await common.show(update, context.t("users-creating"))
    try:
        await panel.create_user(form.build(values))
    except PanelError as error:
        return await _panel_refused(update, context, error)
    _clear(context)
    await common.show(update, context.t("users-created", username=values["username"]))
    return common.END


async def _panel_refused(update: Update, context: BotContext, error: PanelError) -> int:
    name = form.field_at_fault(error.code)
    message = context.panel_error(error)
    if name is None:
        return await _review(update, context, message)
    _flow(context)["values"].pop(name, None)
    note = f"{message}\n{context.t('users-fix-field', label=_label(context, name))}"
    return await _ask(update, context, name, note)


async def _delete(update: Update) -> None:
    try:
        await update.effective_message.delete()
    except TelegramError:
        LOGGER.warning("could not delete a password message")


def build_users_handlers(settings: Settings) -> list[BaseHandler]:
    conversation = build_conversation(
        "newuser",
        settings,
        entry_points=[
            CommandHandler("newuser", start),
            CallbackQueryHandler(start, pattern=on("menu.newuser")),
        ],
        states={
            TYPING: Step([MessageHandler(TYPED, typed_value)], hint="hint-send-text"),
            CHOOSING_ACCESS: Step(
                [CallbackQueryHandler(chosen_access, pattern=on("newuser.access"))],
                hint="hint-use-buttons",
            ),
            REVIEWING: Step(
                [
                    CallbackQueryHandler(edit_field, pattern=on("newuser.edit")),
                    CallbackQueryHandler(create, pattern=on("newuser.create")),
                ],
                hint="hint-use-buttons",
            ),
        },
    )
    return [conversation]
