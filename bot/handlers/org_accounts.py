"""/accounts (bot admins): share this chat's panel account under a name, give it to staff members
or to this group, take it back, revoke it; its approval rule is in org_account_rules.

Views are not flows; typing the account's name and a rule's number are the steps of the
«accounts» flow.
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler

from bot.callbacks import on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers import org_account_rules as rules
from bot.handlers.common import END, answer, chat_id, is_private, prompt, reply, show, user_id
from bot.handlers.conversation import TYPED, Step, build_conversation
from bot.handlers.org_account_view import (
    ASK,
    CHAT,
    CLOSE,
    EVERY,
    GRANT,
    LIST,
    NONE,
    REVOKE,
    RULE,
    SHARE,
    STAFF,
    VIEW,
    admin_only,
    show_account,
    tapped_account,
    tapped_value,
)
from bot.keyboards import button
from bot.services import staff_names
from bot.services.approval_views import who
from bot.services.job_accounts import shared_accounts
from bot.services.shared_accounts import SharingError
from storage.org import OrgStore
from storage.org_records import GranteeKind

NAME = "accounts.name"


async def list_accounts(update: Update, context: BotContext) -> None:
    """/accounts: the live shared accounts (a button each) and «share this chat's account»."""
    if not await admin_only(update, context):
        return
    await answer(update)
    owner = user_id(update)
    accounts = await OrgStore.of(context.storage).list_shared()
    rows = [[button(info.name, VIEW, info.id, owner)] for info in accounts]
    rows.append([button(context.t("org-accounts-button-share"), SHARE, None, owner)])
    rows.append([button(context.t("settings-button-close"), CLOSE, None, owner)])
    key = "org-accounts-title" if accounts else "org-accounts-none"
    await show(update, context.t(key), InlineKeyboardMarkup(rows))


async def close(update: Update, context: BotContext) -> None:
    await answer(update)
    await show(update, context.t("settings-closed"))


async def view_account(update: Update, context: BotContext) -> None:
    """A shared account's button: who has it, its approval rule, what can be done."""
    if (account_id := await tapped_account(update, context)) is not None:
        await show_account(update, context, account_id)


async def ask_name(update: Update, context: BotContext) -> int | str:
    """«Share this chat's account»: its name. → NAME"""
    if not await admin_only(update, context):
        return END
    await answer(update)
    if await context.storage.get_credentials(chat_id(update)) is None:
        await show(update, context.t("org-share-error-no-account"))
        return END
    await prompt(update, context, context.t("org-accounts-ask-name"))
    return NAME


async def name_typed(update: Update, context: BotContext) -> int | str:
    """The typed name: the chat's account is shared under it (or the name is asked again)."""
    sharing = shared_accounts(context.services)
    typed = update.effective_message.text or ""  # type: ignore[union-attr]
    try:
        info = await sharing.share(chat_id(update), typed, admin_id=user_id(update))
    except SharingError as error:
        await reply(update, context.t(f"org-share-error-{error.reason}"))
        return NAME if error.reason in ("bad-name", "name-taken") else END
    await show_account(update, context, info.id, context.t("org-share-done", name=info.name))
    return END


async def pick_staff(update: Update, context: BotContext) -> None:
    """«Give to staff members»: every staff member as a toggle (✓ = has it)."""
    if (account_id := await tapped_account(update, context)) is not None:
        await _staff_view(update, context, account_id)


async def _staff_view(update: Update, context: BotContext, account_id: int) -> None:
    store = OrgStore.of(context.storage)
    having = {g.grantee_id for g in await store.grants_of(account_id) if g.kind is GranteeKind.USER}
    names = await staff_names.names_for(context)
    owner = user_id(update)
    rows = []
    for member in await context.storage.list_staff():
        name = who(context.fmt, member.user_id, names.display_name)
        label = context.t("org-account-chosen", label=name) if member.user_id in having else name
        rows.append([button(label, GRANT, (account_id, member.user_id), owner)])
    rows.append([button(context.t("org-accounts-button-back"), VIEW, account_id, owner)])
    await show(update, context.t("org-accounts-pick-staff"), InlineKeyboardMarkup(rows[:99]))


async def toggle_staff(update: Update, context: BotContext) -> None:
    """A staff member's button: give the account, or take it back."""
    if not await admin_only(update, context):
        return
    value = tapped_value(update)
    if not (isinstance(value, list | tuple) and len(value) == 2):
        await answer(update)
        return
    account_id, member = int(value[0]), int(value[1])
    names = await staff_names.names_for(context)
    info = await OrgStore.of(context.storage).get_shared(account_id)
    try:
        granted = await _toggle_grant(update, context, account_id, GranteeKind.USER, member)
    except SharingError as error:
        await answer(update, context.t(f"org-share-error-{error.reason}"), alert=True)
        return
    key = "org-share-granted" if granted else "org-share-ungranted"
    name = who(context.fmt, member, names.display_name)
    await answer(update, context.t(key, name=name, account=info.name if info else ""))
    await _staff_view(update, context, account_id)


async def give_to_chat(update: Update, context: BotContext) -> None:
    """«Give to this group»: every staff member of this group may send with it here."""
    account_id = await tapped_account(update, context)
    if account_id is None or is_private(update):
        return
    granted = await _toggle_grant(update, context, account_id, GranteeKind.CHAT, chat_id(update))
    key = "org-accounts-chat-granted" if granted else "org-accounts-chat-ungranted"
    await show_account(update, context, account_id, context.t(key))


async def _toggle_grant(
    update: Update, context: BotContext, account_id: int, kind: GranteeKind, grantee: int
) -> bool:
    """Give the account to `grantee`, or take it back if it had it; True when given."""
    sharing, admin = shared_accounts(context.services), user_id(update)
    if await sharing.grant(account_id, kind, grantee, admin_id=admin):
        return True
    await sharing.ungrant(account_id, kind, grantee, admin_id=admin)
    return False


async def revoke(update: Update, context: BotContext) -> None:
    """«Revoke»: nobody can send with the account any more."""
    account_id = await tapped_account(update, context)
    if account_id is None:
        return
    info = await OrgStore.of(context.storage).get_shared(account_id)
    await shared_accounts(context.services).revoke(account_id, admin_id=user_id(update))
    await show(update, context.t("org-share-revoked", name=info.name if info else ""))


def build_accounts_handlers(settings: Settings) -> list[BaseHandler]:
    """The /accounts views, and the flow that waits for a name or a rule's number."""
    flow = build_conversation(
        "accounts",
        settings,
        entry_points=[
            CallbackQueryHandler(ask_name, pattern=on(SHARE)),
            CallbackQueryHandler(rules.ask_limit, pattern=on(ASK)),
        ],
        states={
            NAME: Step([MessageHandler(TYPED, name_typed)], hint="org-share-error-bad-name"),
            rules.LIMIT: Step(
                [MessageHandler(TYPED, rules.limit_typed)], hint="org-approval-bad-limit"
            ),
        },
    )
    return [
        flow,
        CommandHandler("accounts", list_accounts),
        CallbackQueryHandler(list_accounts, pattern=on(LIST)),
        CallbackQueryHandler(close, pattern=on(CLOSE)),
        CallbackQueryHandler(view_account, pattern=on(VIEW)),
        CallbackQueryHandler(pick_staff, pattern=on(STAFF)),
        CallbackQueryHandler(toggle_staff, pattern=on(GRANT)),
        CallbackQueryHandler(give_to_chat, pattern=on(CHAT)),
        CallbackQueryHandler(revoke, pattern=on(REVOKE)),
        CallbackQueryHandler(rules.rule_menu, pattern=on(RULE)),
        CallbackQueryHandler(rules.every_send, pattern=on(EVERY)),
        CallbackQueryHandler(rules.no_rule, pattern=on(NONE)),
    ]
