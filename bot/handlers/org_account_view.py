"""What the /accounts screens share: their button names, the admins-only gate, the account a
button carries, and a shared account's view (who has it, its approval rule, what can be done).

Buttons carry ids only; names are shown, never a username or a password.
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update

from bot.callbacks import Action
from bot.context import BotContext
from bot.handlers.access import admins_only
from bot.handlers.common import answer, is_private, show, user_id
from bot.keyboards import button
from bot.services import staff_names
from bot.services.approval_views import rule_text, who
from storage.org import OrgStore
from storage.org_records import AccountRef, Grant, GranteeKind, Rule, SharedAccountInfo

LIST, SHARE, VIEW, CLOSE = "accounts.list", "accounts.share", "accounts.view", "accounts.close"
STAFF, GRANT, CHAT, REVOKE = "accounts.staff", "accounts.grant", "accounts.chat", "accounts.revoke"
RULE, EVERY, NONE, ASK = "accounts.rule", "accounts.every", "accounts.none", "accounts.ask"


def tapped_value(update: Update) -> object:
    """The value the tapped button carries (None for a typed message)."""
    query = update.callback_query
    return query.data.value if query is not None and isinstance(query.data, Action) else None


async def admin_only(update: Update, context: BotContext) -> bool:
    """True for a bot admin; anyone else is told the screens are for admins."""
    return await admins_only(update, context, "org-share-error-admins-only")


async def tapped_account(update: Update, context: BotContext) -> int | None:
    """An admin's tap on a button carrying an account's id: answered, the id returned."""
    if not await admin_only(update, context):
        return None
    await answer(update)
    account_id = tapped_value(update)
    return account_id if isinstance(account_id, int) else None


async def show_account(
    update: Update, context: BotContext, account_id: int, notice: str = ""
) -> None:
    """The account's view, under `notice` (what was just done) if any."""
    store = OrgStore.of(context.storage)
    info = await store.get_shared(account_id)
    if info is None or info.revoked:
        await show(update, context.t("org-share-error-no-such-account"))
        return
    stored = await store.get_rule(AccountRef.shared(account_id).key)  # its time limit too
    text = context.t(
        "org-accounts-view",
        name=info.name,
        grantees=await _grantees(context, await store.grants_of(account_id)),
        rule=rule_text(context.fmt, stored),
        hours=(stored or Rule()).ttl_minutes // 60,
    )
    await show(update, f"{notice}\n\n{text}" if notice else text, _keyboard(context, update, info))


async def _grantees(context: BotContext, grants: list[Grant]) -> str:
    names = await staff_names.names_for(context)
    people = [
        who(context.fmt, g.grantee_id, names.display_name)
        if g.kind is GranteeKind.USER
        else _group(context, g.grantee_id, names.display_name(g.grantee_id))
        for g in grants
    ]
    return "، ".join(people) or context.t("org-accounts-no-grantees")


def _group(context: BotContext, chat: int, title: str | None) -> str:
    if title:
        return context.t("org-accounts-a-named-chat", title=title)
    return context.t("org-accounts-a-chat", chat_id=chat)  # never seen since titles are kept


def _keyboard(context: BotContext, update: Update, info: SharedAccountInfo) -> InlineKeyboardMarkup:
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
