"""/staff: list staff with roles, add (by id, reply or forward), remove, change role.

Admins only, checked on every step; in a group the admin must also administer that group
(Telegram's list, cached). The storage refuses to lose the last admin (LastAdminError).
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, MessageOriginUser, Update, User
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.callbacks import on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers import common, flow_store
from bot.handlers.conversation import TYPED, Step, build_conversation
from bot.handlers.staff_changes import (
    add_member,
    member_name,
    remember,
    remove_member,
    role_word,
    set_member_role,
)
from bot.keyboards import button
from bot.services import staff_directory as directory
from bot.services import staff_names
from bot.services.chat_admins import is_chat_admin
from storage import Role, StaffMember

ASKING_USER, CHOOSING_ROLE = 1, 2
FLOW_KEY = "staff"


# --- checks -----------------------------------------------------------------------------------


async def _allowed(update: Update, context: BotContext) -> bool:
    """A staff admin, and in a group one of its administrators too; refuse the others."""
    uid, cid = common.user_id(update), common.chat_id(update)
    refusal = None
    if await context.storage.get_role(uid) != Role.ADMIN:
        refusal = "staff-admins-only"
    elif not await is_chat_admin(context, cid, uid):
        refusal = "staff-not-chat-admin"
    if refusal is None:
        return True
    if update.callback_query is not None:
        await common.answer(update, context.t(refusal), alert=True)
    else:
        await common.reply(update, context.t(refusal))
    return False


# --- screens ----------------------------------------------------------------------------------


def _line(context: BotContext, member: StaffMember, key: str = "staff-line") -> str:
    return context.t(
        key,
        name=member_name(context, member.user_id),
        role=role_word(context, member.role),
        added=context.fmt.date(member.added_at),
    )


async def _show_list(update: Update, context: BotContext, note: str | None = None) -> int:
    members = await context.storage.list_staff()
    await staff_names.names_for(context)
    owner = common.user_id(update)
    lines = [note, ""] if note else []
    lines.append(context.t("staff-list-title"))
    lines += [_line(context, member) for member in members]
    keyboard = [
        [button(member_name(context, m.user_id), "staff.member", m.user_id, owner)] for m in members
    ]
    keyboard.append([button(context.t("staff-button-add"), "staff.add", None, owner)])
    keyboard.append([button(context.t("button-done"), "staff.close", None, owner)])
    await common.show(update, "\n".join(lines), InlineKeyboardMarkup(keyboard))
    return common.END


def _member_keyboard(member: StaffMember, context: BotContext, owner: int) -> InlineKeyboardMarkup:
    other = Role.OPERATOR if member.role is Role.ADMIN else Role.ADMIN
    change = f"staff-button-make-{other.value}"
    return InlineKeyboardMarkup(
        [
            [button(context.t(change), "staff.role", (member.user_id, other.value), owner)],
            [button(context.t("staff-button-remove"), "staff.remove", member.user_id, owner)],
            [button(context.t("button-back"), "staff.list", None, owner)],
        ]
    )


# --- steps ------------------------------------------------------------------------------------


async def staff_command(update: Update, context: BotContext) -> int:
    """/staff [add|remove|role …] or the menu button: run the subcommand, or show the list."""
    await common.answer(update)
    remember(context, update.effective_user)
    if not await _allowed(update, context):
        return common.END
    args = list(context.args or []) if update.callback_query is None else []
    if not args:
        return await _show_list(update, context)
    command, rest = args[0].lower(), args[1:]
    replied = _replied_user(update)
    if command == "add" and replied is None and not rest:
        return await ask_user(update, context)
    result = await _one_shot(update, context, command, rest, replied)
    if result is not None:
        await common.reply(update, result)
    return common.END


def _replied_user(update: Update) -> User | None:
    message = update.effective_message
    if message is None or message.reply_to_message is None:
        return None
    return message.reply_to_message.from_user


async def _one_shot(
    update: Update, context: BotContext, command: str, rest: list[str], replied: User | None
) -> str | None:
    """`add ID [ROLE]`, `remove ID`, `role ID ROLE`; with a reply the ID is the replied user."""
    if replied is not None:
        if replied.is_bot:
            return context.t("staff-no-bots")
        remember(context, replied)
        target: int | None = replied.id
    else:
        target, rest = directory.parse_user_id(rest[0] if rest else None), rest[1:]
    role_word = rest[0] if rest else None
    role = directory.parse_role(role_word)
    if target is None or command not in {"add", "remove", "role"}:
        return context.t("staff-usage")
    if role_word is not None and role is None:
        return context.t("staff-unknown-role", word=role_word, roles=_roles(context))
    if command == "remove":
        await _confirm_removal(update, context, target)
        return None
    if command == "add":
        return await add_member(context, target, role or Role.OPERATOR, common.user_id(update))
    if role is None:
        return context.t("staff-usage")
    if target == common.user_id(update) and role is Role.OPERATOR:
        await _confirm_self_demotion(update, context)
        return None
    return await set_member_role(context, target, role)


def _roles(context: BotContext) -> str:
    return context.t("staff-roles", admin=Role.ADMIN.value, operator=Role.OPERATOR.value)


def _yes_no(context: BotContext, yes: str, value: object, owner: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                button(context.t("button-yes"), yes, value, owner),
                button(context.t("button-no"), "staff.list", None, owner),
            ]
        ]
    )


async def _another_admin_remains(context: BotContext, me: int) -> bool:
    admins = [m for m in await context.storage.list_staff() if m.role is Role.ADMIN]
    return any(member.user_id != me for member in admins)


async def _confirm_removal(update: Update, context: BotContext, target: int) -> None:
    """Removing asks first; removing oneself only while another admin remains."""
    me = common.user_id(update)
    if target == me and not await _another_admin_remains(context, me):
        await common.show(update, context.t("staff-self-last-admin"))
        return
    key = "staff-confirm-remove-self" if target == me else "staff-confirm-remove"
    question = context.t(key, name=member_name(context, target))
    await common.show(update, question, _yes_no(context, "staff.remove.yes", target, me))


async def _confirm_self_demotion(update: Update, context: BotContext) -> None:
    """Demoting oneself: only while another admin remains, and after a yes."""
    me = common.user_id(update)
    if not await _another_admin_remains(context, me):
        await common.show(update, context.t("staff-self-last-admin"))
        return
    value = (me, Role.OPERATOR.value)
    markup = _yes_no(context, "staff.role.yes", value, me)
    await common.show(update, context.t("staff-confirm-self-demote"), markup)


async def show_list(update: Update, context: BotContext) -> int:
    """Back to the list."""
    await common.answer(update)
    if not await _allowed(update, context):
        return common.END
    return await _show_list(update, context)


async def show_member(update: Update, context: BotContext) -> int:
    """A member's button: their role and the buttons to change or remove them."""
    await common.answer(update)
    if not await _allowed(update, context):
        return common.END
    target = int(update.callback_query.data.value)
    member = next((m for m in await context.storage.list_staff() if m.user_id == target), None)
    if member is None:
        return await _show_list(
            update, context, context.t("staff-not-member", name=member_name(context, target))
        )
    keyboard = _member_keyboard(member, context, common.user_id(update))
    await common.show(update, _line(context, member, "staff-member-title"), keyboard)
    return common.END


async def change_role(update: Update, context: BotContext) -> int:
    """Make admin / make operator."""
    await common.answer(update)
    if not await _allowed(update, context):
        return common.END
    target, role = update.callback_query.data.value
    if target == common.user_id(update) and Role(role) is Role.OPERATOR:
        await _confirm_self_demotion(update, context)
        return common.END
    return await _show_list(update, context, await set_member_role(context, target, Role(role)))


async def role_confirmed(update: Update, context: BotContext) -> int:
    """ "Yes" to demoting oneself: done; the list is no longer theirs to see."""
    await common.answer(update)
    if not await _allowed(update, context):
        return common.END
    target, role = update.callback_query.data.value
    await common.show(update, await set_member_role(context, target, Role(role)))
    return common.END


async def remove(update: Update, context: BotContext) -> int:
    """Remove from staff: ask first."""
    await common.answer(update)
    if not await _allowed(update, context):
        return common.END
    await _confirm_removal(update, context, int(update.callback_query.data.value))
    return common.END


async def remove_confirmed(update: Update, context: BotContext) -> int:
    """ "Yes": remove, then the list (or just the sentence, for oneself)."""
    await common.answer(update)
    if not await _allowed(update, context):
        return common.END
    target = int(update.callback_query.data.value)
    note = await remove_member(context, target)
    if target == common.user_id(update):
        await common.show(update, note)
        return common.END
    return await _show_list(update, context, note)


async def ask_user(update: Update, context: BotContext) -> int:
    """Add: ask for the colleague's id or a forwarded message of theirs."""
    await common.answer(update)
    if not await _allowed(update, context):
        return common.END
    owner = common.user_id(update)
    cancel = InlineKeyboardMarkup([[button(context.t("button-cancel"), "cancel", None, owner)]])
    await common.prompt(update, context, context.t("staff-ask-user"), cancel)
    return ASKING_USER


async def got_user(update: Update, context: BotContext) -> int | None:
    """A typed id or a forwarded message: then ask the role."""
    if not await _allowed(update, context):
        return common.END
    message = update.effective_message
    origin = message.forward_origin
    if origin is not None and not isinstance(origin, MessageOriginUser):
        await common.reply(update, context.t("staff-hidden-user"))
        return None
    if isinstance(origin, MessageOriginUser):
        if origin.sender_user.is_bot:
            await common.reply(update, context.t("staff-no-bots"))
            return None
        remember(context, origin.sender_user)
        target = origin.sender_user.id
    else:
        target = directory.parse_user_id(message.text)
    if target is None:
        await common.reply(update, context.t("staff-bad-user"))
        return None
    flow_store.put(context, FLOW_KEY, {"target": target})
    owner = common.user_id(update)
    roles = [button(role_word(context, r), "staff.new_role", r.value, owner) for r in Role]
    keyboard = InlineKeyboardMarkup(
        [roles, [button(context.t("button-cancel"), "cancel", None, owner)]]
    )
    await common.reply(
        update, context.t("staff-choose-role", name=member_name(context, target)), keyboard
    )
    return CHOOSING_ROLE


async def chosen_role(update: Update, context: BotContext) -> int:
    """The new colleague's role: add them, back to the list."""
    await common.answer(update)
    if not await _allowed(update, context):
        return common.END
    target = (flow_store.get(context, FLOW_KEY, dict) or {}).get("target")
    if target is None:
        return await _show_list(update, context)
    role = Role(update.callback_query.data.value)
    note = await add_member(context, target, role, common.user_id(update))
    return await _show_list(update, context, note)


async def close(update: Update, context: BotContext) -> None:
    """Done on the list: close it; every change was saved when it was made."""
    await common.answer(update)
    await common.show(update, context.t("staff-list-closed"))


def _view_handlers() -> list[BaseHandler]:
    """The list and a member's screen are views, not a flow: their buttons work any time."""
    return [
        CallbackQueryHandler(show_member, pattern=on("staff.member")),
        CallbackQueryHandler(change_role, pattern=on("staff.role")),
        CallbackQueryHandler(remove, pattern=on("staff.remove")),
        CallbackQueryHandler(remove_confirmed, pattern=on("staff.remove.yes")),
        CallbackQueryHandler(role_confirmed, pattern=on("staff.role.yes")),
        CallbackQueryHandler(show_list, pattern=on("staff.list")),
        CallbackQueryHandler(close, pattern=on("staff.close")),
    ]


def build_staff_handlers(settings: Settings) -> list[BaseHandler]:
    adding = build_conversation(
        "staff",
        settings,
        entry_points=[
            CommandHandler("staff", staff_command),
            CallbackQueryHandler(staff_command, pattern=on("menu.staff")),
            CallbackQueryHandler(ask_user, pattern=on("staff.add")),
        ],
        states={
            ASKING_USER: Step(
                [MessageHandler(TYPED | filters.FORWARDED, got_user)], hint="staff-hint-user"
            ),
            CHOOSING_ROLE: Step(
                [CallbackQueryHandler(chosen_role, pattern=on("staff.new_role"))],
                hint="hint-use-buttons",
            ),
        },
    )
    return [adding, *_view_handlers()]
