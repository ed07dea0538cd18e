"""/accounts → «approval rule» (bot admins): approve every send, sends above N recipients or
above a cost, no send; how many hours a request waits. A typed number is the «accounts» flow's
LIMIT step.
"""

from __future__ import annotations

from dataclasses import replace

from telegram import InlineKeyboardMarkup, Update

from bot.context import BotContext
from bot.handlers import flow_store
from bot.handlers.common import END, answer, prompt, reply, show, user_id
from bot.handlers.org_account_view import (
    ASK,
    EVERY,
    NONE,
    VIEW,
    admin_only,
    show_account,
    tapped_account,
    tapped_value,
)
from bot.keyboards import button
from bot.services.approvals import MAX_TTL_MINUTES, Approvals, parse_limit
from storage.org import OrgStore
from storage.org_records import AccountRef, Rule

LIMIT = "accounts.limit"
"""The flow's step (and its record's slot) waiting for a rule's number."""
LIMITS = ("recipients", "cost", "hours")


async def rule_menu(update: Update, context: BotContext) -> None:
    """«Approval rule»: every send, above N recipients, above a cost, none; the expiry time."""
    account_id = await tapped_account(update, context)
    if account_id is None:
        return
    owner, t = user_id(update), context.t
    rows = [
        [button(t("org-accounts-rule-every"), EVERY, account_id, owner)],
        *[[button(t(f"org-accounts-rule-{k}"), ASK, (account_id, k), owner)] for k in LIMITS],
        [button(t("org-accounts-rule-none"), NONE, account_id, owner)],
        [button(t("org-accounts-button-back"), VIEW, account_id, owner)],
    ]
    await show(update, t("org-accounts-rule-ask"), InlineKeyboardMarkup(rows))


async def every_send(update: Update, context: BotContext) -> None:
    """«Every send»: each send with the account waits for an admin."""
    if (account_id := await tapped_account(update, context)) is not None:
        await _set_rule(update, context, account_id, every_send=True)


async def no_rule(update: Update, context: BotContext) -> None:
    """«None»: no send waits (the time limit is kept for a later rule)."""
    if (account_id := await tapped_account(update, context)) is not None:
        changes = {"every_send": False, "above_recipients": None, "above_cost_rials": None}
        await _set_rule(update, context, account_id, **changes)


async def ask_limit(update: Update, context: BotContext) -> int | str:
    """A rule that needs a number: the recipients, the rials or the hours. → LIMIT"""
    if not await admin_only(update, context):
        return END
    await answer(update)
    value = tapped_value(update)
    if not (isinstance(value, list | tuple) and len(value) == 2 and value[1] in LIMITS):
        return END
    flow_store.put(context, LIMIT, {"account": int(value[0]), "kind": value[1]})
    await prompt(update, context, context.t(f"org-accounts-ask-{value[1]}"))
    return LIMIT


async def limit_typed(update: Update, context: BotContext) -> int | str:
    """The typed number: saved into the rule, or asked again when it does not fit."""
    slot = flow_store.get(context, LIMIT, dict) or {}
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


async def _set_rule(update: Update, context: BotContext, account_id: int, **changes: object):
    """Store the account's rule with `changes`, then show the account."""
    store = OrgStore.of(context.storage)
    key = AccountRef.shared(account_id).key
    rule = replace(await store.get_rule(key) or Rule(), **changes)  # type: ignore[arg-type]
    await Approvals(store).set_rule(key, rule, admin_id=user_id(update))
    await show_account(update, context, account_id, context.t("org-accounts-rule-saved"))
