"""/accounts (bot admins): share this chat's panel account under a name, give it to staff members
or to this group, take it back, revoke it, and set its approval rule.

Views are not flows; typing the account's name and a rule's number are the steps of the
«accounts» flow. Buttons carry ids only; names are shown, never a username or a password.
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler

from bot.callbacks import Action, on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers import flow_store
from bot.handlers.common import END, answer, chat_id, is_private, prompt, reply, show, user_id
from bot.handlers.conversation import TYPED, Step, build_conversation
from bot.keyboards import button
from bot.services import staff_names
from bot.services.approval_views import rule_text
from bot.services.approvals import MAX_TTL_MINUTES, Approvals, parse_limit
from bot.services.job_accounts import shared_accounts
from bot.services.shared_accounts import SharingError
from storage import Role
from storage.org import OrgStore
from storage.org_records import AccountRef, GranteeKind, Rule, SharedAccountInfo

NAME, LIMIT = "accounts.name", "accounts.limit"
LIST, SHARE, VIEW, CLOSE = "accounts.list", "accounts.share", "accounts.view", "accounts.close"
STAFF, GRANT, CHAT, REVOKE = "accounts.staff", "accounts.grant", "accounts.chat", "accounts.revoke"
RULE, EVERY, NONE, ASK = "accounts.rule", "accounts.every", "accounts.none", "accounts.ask"
LIMITS = ("recipients", "cost", "hours")
SLOT = "accounts.limit"


def _value(update: Update) -> object:
    query = update.callback_query
    return query.data.value if query is not None and isinstance(query.data, Action) else None


async def _admin(update: Update, context: BotContext) -> bool:
    if await context.storage.get_role(user_id(update)) is Role.ADMIN:
        return True
    await answer(update, context.t("org-share-error-admins-only"), alert=True)
    if update.callback_query is None:
        await reply(update, context.t("org-share-error-admins-only"))
    return False


async def list_accounts(update: Update, context: BotContext) -> None:
    """/accounts: the live shared accounts (a button each) and «share this chat's account»."""
    if not await _admin(update, context):
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


async def _view(update: Update, context: BotContext, account_id: int, notice: str = "") -> None:
    store = OrgStore.of(context.storage)
    info = await store.get_shared(account_id)
    if info is None or info.revoked:
        await show(update, context.t("org-share-error-no-such-account"))
        return
    names = await staff_names.names_for(context)
    grants = await store.grants_of(account_id)
    people = [
        names.display_name(g.grantee_id) or context.t("org-user-unnamed", user_id=g.grantee_id)
        if g.kind is GranteeKind.USER
        else context.t("org-accounts-a-chat", chat_id=g.grantee_id)
        for g in grants
    ]
    stored = await store.get_rule(AccountRef.shared(account_id).key)  # its time limit too
    text = context.t(
        "org-accounts-view",
        name=info.name,
        grantees="، ".join(people) or context.t("org-accounts-no-grantees"),
        rule=rule_text(context.fmt, stored),
        hours=(stored or Rule()).ttl_minutes // 60,
    )
    await show(
        update, f"{notice}\n\n{text}" if notice else text, _view_keyboard(context, update, info)
    )


def _view_keyboard(
    context: BotContext, update: Update, info: SharedAccountInfo
) -> InlineKeyboardMarkup:
    owner, t = user_id(update), context.t
    rows = [[button(t("org-accounts-button-staff"), STAFF, info.id, owner)]]
    if not is_private(update):
        rows.append([button(t("org-accounts-button-chat"), CHAT, info.id, owner)])
    rows += [
        [button(t("org-accounts-button-rule"), RULE, info.id, owner)],
        [button(t("org-accounts-button-revoke"), REVOKE, info.id, owner)],
        [button(t("org-accounts-button-back"), LIST, None, owner)],
    ]
    return InlineKeyboardMarkup(rows)


async def view_account(update: Update, context: BotContext) -> None:
    """A shared account's button: who has it, its approval rule, what can be done."""
    if not await _admin(update, context):
        return
    await answer(update)
    value = _value(update)
    if isinstance(value, int):
        await _view(update, context, value)


async def ask_name(update: Update, context: BotContext) -> int | str:
    """«Share this chat's account»: its name. → NAME"""
    if not await _admin(update, context):
        return END
    await answer(update)
    if await context.storage.get_credentials(chat_id(update)) is None:
        await show(update, context.t("org-share-error-no-account"))
        return END
    await prompt(update, context, context.t("org-accounts-ask-name"))
    return NAME


async def name_typed(update: Update, context: BotContext) -> int | str:
    sharing = shared_accounts(context.services)
    typed = update.effective_message.text or ""  # type: ignore[union-attr]
    try:
        info = await sharing.share(chat_id(update), typed, admin_id=user_id(update))
    except SharingError as error:
        await reply(update, context.t(f"org-share-error-{error.reason}"))
        return NAME if error.reason in ("bad-name", "name-taken") else END
    await _view(update, context, info.id, context.t("org-share-done", name=info.name))
    return END


async def pick_staff(update: Update, context: BotContext) -> None:
    """«Give to staff members»: every staff member as a toggle (✓ = has it)."""
    if not await _admin(update, context):
        return
    await answer(update)
    account_id = _value(update)
    if isinstance(account_id, int):
        await _staff_view(update, context, account_id)


async def _staff_view(update: Update, context: BotContext, account_id: int) -> None:
    store = OrgStore.of(context.storage)
    having = {g.grantee_id for g in await store.grants_of(account_id) if g.kind is GranteeKind.USER}
    names = await staff_names.names_for(context)
    owner = user_id(update)
    rows = []
    for member in await context.storage.list_staff():
        name = names.display_name(member.user_id) or context.t(
            "org-user-unnamed", user_id=member.user_id
        )
        label = context.t("org-account-chosen", label=name) if member.user_id in having else name
        rows.append([button(label, GRANT, (account_id, member.user_id), owner)])
    rows.append([button(context.t("org-accounts-button-back"), VIEW, account_id, owner)])
    await show(update, context.t("org-accounts-pick-staff"), InlineKeyboardMarkup(rows[:99]))


async def toggle_staff(update: Update, context: BotContext) -> None:
    """A staff member's button: give the account, or take it back."""
    if not await _admin(update, context):
        return
    value = _value(update)
    if not (isinstance(value, list | tuple) and len(value) == 2):
        await answer(update)
        return
    account_id, member = int(value[0]), int(value[1])
    sharing = shared_accounts(context.services)
    admin = user_id(update)
    names = await staff_names.names_for(context)
    name = names.display_name(member) or context.t("org-user-unnamed", user_id=member)
    info = await OrgStore.of(context.storage).get_shared(account_id)
    try:
        if await sharing.grant(account_id, GranteeKind.USER, member, admin_id=admin):
            notice = context.t("org-share-granted", name=name, account=info.name if info else "")
        else:
            await sharing.ungrant(account_id, GranteeKind.USER, member, admin_id=admin)
            notice = context.t("org-share-ungranted", name=name, account=info.name if info else "")
    except SharingError as error:
        await answer(update, context.t(f"org-share-error-{error.reason}"), alert=True)
        return
    await answer(update, notice)
    await _staff_view(update, context, account_id)


async def give_to_chat(update: Update, context: BotContext) -> None:
    """«Give to this group»: every staff member of this group may send with it here."""
    if not await _admin(update, context):
        return
    await answer(update)
    account_id = _value(update)
    if not isinstance(account_id, int) or is_private(update):
        return
    sharing = shared_accounts(context.services)
    admin, chat = user_id(update), chat_id(update)
    if not await sharing.grant(account_id, GranteeKind.CHAT, chat, admin_id=admin):
        await sharing.ungrant(account_id, GranteeKind.CHAT, chat, admin_id=admin)
        await _view(update, context, account_id, context.t("org-accounts-chat-ungranted"))
        return
    await _view(update, context, account_id, context.t("org-accounts-chat-granted"))


async def revoke(update: Update, context: BotContext) -> None:
    """«Revoke»: nobody can send with the account any more."""
    if not await _admin(update, context):
        return
    await answer(update)
    account_id = _value(update)
    if not isinstance(account_id, int):
        return
    info = await OrgStore.of(context.storage).get_shared(account_id)
    await shared_accounts(context.services).revoke(account_id, admin_id=user_id(update))
    await show(update, context.t("org-share-revoked", name=info.name if info else ""))


async def rule_menu(update: Update, context: BotContext) -> None:
    """«Approval rule»: every send, above N recipients, above a cost, none; the expiry time."""
    if not await _admin(update, context):
        return
    await answer(update)
    account_id = _value(update)
    if not isinstance(account_id, int):
        return
    owner, t = user_id(update), context.t
    rows = [
        [button(t("org-accounts-rule-every"), EVERY, account_id, owner)],
        [button(t("org-accounts-rule-recipients"), ASK, (account_id, "recipients"), owner)],
        [button(t("org-accounts-rule-cost"), ASK, (account_id, "cost"), owner)],
        [button(t("org-accounts-rule-hours"), ASK, (account_id, "hours"), owner)],
        [button(t("org-accounts-rule-none"), NONE, account_id, owner)],
        [button(t("org-accounts-button-back"), VIEW, account_id, owner)],
    ]
    await show(update, t("org-accounts-rule-ask"), InlineKeyboardMarkup(rows))


async def _set_rule(update: Update, context: BotContext, account_id: int, **changes: object):
    approvals = Approvals(OrgStore.of(context.storage))
    key = AccountRef.shared(account_id).key
    current = await OrgStore.of(context.storage).get_rule(key) or Rule()
    values = {
        "every_send": current.every_send,
        "above_recipients": current.above_recipients,
        "above_cost_rials": current.above_cost_rials,
        "ttl_minutes": current.ttl_minutes,
        **changes,
    }
    await approvals.set_rule(key, Rule(**values), admin_id=user_id(update))  # type: ignore[arg-type]
    await _view(update, context, account_id, context.t("org-accounts-rule-saved"))


async def every_send(update: Update, context: BotContext) -> None:
    if await _admin(update, context) and isinstance(account_id := _value(update), int):
        await answer(update)
        await _set_rule(update, context, account_id, every_send=True)


async def no_rule(update: Update, context: BotContext) -> None:
    if await _admin(update, context) and isinstance(account_id := _value(update), int):
        await answer(update)
        await _set_rule(
            update,
            context,
            account_id,
            every_send=False,
            above_recipients=None,
            above_cost_rials=None,
        )


async def ask_limit(update: Update, context: BotContext) -> int | str:
    """A rule that needs a number: the recipients, the rials or the hours. → LIMIT"""
    if not await _admin(update, context):
        return END
    await answer(update)
    value = _value(update)
    if not (isinstance(value, list | tuple) and len(value) == 2 and value[1] in LIMITS):
        return END
    flow_store.put(context, SLOT, {"account": int(value[0]), "kind": value[1]})
    await prompt(update, context, context.t(f"org-accounts-ask-{value[1]}"))
    return LIMIT


async def limit_typed(update: Update, context: BotContext) -> int | str:
    slot = flow_store.get(context, SLOT, dict) or {}
    account, kind = slot.get("account"), slot.get("kind")
    number = parse_limit(update.effective_message.text)  # type: ignore[union-attr]
    if not isinstance(account, int) or kind not in LIMITS:
        return END
    if number is None or (kind == "hours" and not 1 <= number <= MAX_TTL_MINUTES // 60):
        await reply(update, context.t(f"org-accounts-bad-{kind}"))
        return LIMIT
    changes: dict[str, object] = {
        "recipients": {"above_recipients": number},
        "cost": {"above_cost_rials": number},
        "hours": {"ttl_minutes": number * 60},
    }[kind]
    await _set_rule(update, context, account, **changes)
    return END


def build_accounts_handlers(settings: Settings) -> list[BaseHandler]:
    """The /accounts views, and the flow that waits for a name or a rule's number."""
    flow = build_conversation(
        "accounts",
        settings,
        entry_points=[
            CallbackQueryHandler(ask_name, pattern=on(SHARE)),
            CallbackQueryHandler(ask_limit, pattern=on(ASK)),
        ],
        states={
            NAME: Step([MessageHandler(TYPED, name_typed)], hint="org-share-error-bad-name"),
            LIMIT: Step([MessageHandler(TYPED, limit_typed)], hint="org-approval-bad-limit"),
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
        CallbackQueryHandler(rule_menu, pattern=on(RULE)),
        CallbackQueryHandler(every_send, pattern=on(EVERY)),
        CallbackQueryHandler(no_rule, pattern=on(NONE)),
    ]
