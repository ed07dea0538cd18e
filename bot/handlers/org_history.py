"""/history › «همهٔ ارسال‌ها»: the company's sends, one block per send, with the staff member's
name, the account and a snippet of the text; paged, filtered by operator, account and state.
Admins see every chat's sends, anyone else only their own (`company_history.scope_for`).

A button carries the page and the filters (arbitrary callback data), so a page is rebuilt from
the database on every tap and the message stays one page long.
"""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callbacks import Action, on
from bot.context import BotContext
from bot.handlers.common import answer, reply, show, user_id
from bot.keyboards import button, rows
from bot.services import staff_names
from bot.services.company_history import PAGE_SIZE, history_text, pages, scope_for
from bot.services.company_report_view import operator_label
from bot.services.job_accounts import shared_accounts
from storage import Role
from storage.org import OrgStore
from storage.org_reports import HistoryFilter

PAGE, FILTER = "org.history.page", "org.history.filter"
STATES = ("sent", "failed", "unknown", "pending")
MAX_CHOICES = 24


def _query(update: Update) -> dict[str, Any]:
    query = update.callback_query
    value = query.data.value if query is not None and isinstance(query.data, Action) else None
    return dict(value) if isinstance(value, dict) else {}


def _filters(wanted: dict[str, Any]) -> HistoryFilter:
    user, account, state = wanted.get("u"), wanted.get("a"), wanted.get("s")
    return HistoryFilter(
        user_id=user if isinstance(user, int) else None,
        account_key=account if isinstance(account, str) else None,
        state=state if state in STATES else None,
    )


async def company_history(update: Update, context: BotContext) -> None:
    """/history (private chat) or a page/filter button: one page of sends."""
    await answer(update)
    wanted = _query(update)
    viewer = user_id(update)
    role = await context.storage.get_role(viewer)
    filters = scope_for(role, viewer, _filters(wanted))
    page = max(0, int(wanted.get("p") or 0))
    store = OrgStore.of(context.storage)
    sends, total = await store.history_page(filters, offset=page * PAGE_SIZE, limit=PAGE_SIZE)
    names = await staff_names.names_for(context)
    accounts = await shared_accounts(context.services).names()
    text = history_text(
        context.fmt,
        sends,
        total=total,
        page=page,
        name_of=names.display_name,
        account_name=accounts.get,
    )
    markup = _keyboard(context, wanted, page, total, viewer, role is Role.ADMIN)
    await (show if update.callback_query is not None else reply)(update, text, markup)


def _keyboard(
    context: BotContext, wanted: dict[str, Any], page: int, total: int, owner: int, admin: bool
) -> InlineKeyboardMarkup:
    t = context.t
    keys: list[list[InlineKeyboardButton]] = []
    paging = []
    if page > 0:
        paging.append(button(t("org-history-button-newer"), PAGE, {**wanted, "p": page - 1}, owner))
    if page + 1 < pages(total):
        paging.append(button(t("org-history-button-older"), PAGE, {**wanted, "p": page + 1}, owner))
    if paging:
        keys.append(paging)
    filters = [button(t("org-history-button-state"), FILTER, {**wanted, "f": "s"}, owner)]
    if admin:
        filters.insert(
            0, button(t("org-history-button-operator"), FILTER, {**wanted, "f": "u"}, owner)
        )
        filters.insert(
            1, button(t("org-history-button-account"), FILTER, {**wanted, "f": "a"}, owner)
        )
    keys.append(filters)
    return InlineKeyboardMarkup(keys)


async def choose_filter(update: Update, context: BotContext) -> None:
    """A filter button: its choices (and «all»), each a page-1 button with that filter set."""
    await answer(update)
    wanted = _query(update)
    field = wanted.pop("f", None)
    wanted["p"] = 0
    owner = user_id(update)
    admin = await context.storage.get_role(owner) is Role.ADMIN
    choices: list[tuple[str, object]] = []
    if field == "s":
        choices = [(context.t(f"org-state-{state}"), state) for state in STATES]
    elif field == "u" and admin:
        names = await staff_names.names_for(context)
        staff = await context.storage.list_staff()
        choices = [
            (operator_label(context.fmt, m.user_id, names.display_name), m.user_id) for m in staff
        ]
    elif field == "a" and admin:
        accounts = await shared_accounts(context.services).names()
        choices = [
            (context.t("org-account-shared", name=name), key) for key, name in accounts.items()
        ]
    else:
        return
    keys = [button(label, PAGE, {**wanted, field: value}, owner) for label, value in choices]
    keys = keys[:MAX_CHOICES]
    keys.append(button(context.t("org-history-button-all"), PAGE, {**wanted, field: None}, owner))
    await show(update, context.t("org-history-choose"), InlineKeyboardMarkup(rows(keys, 2)))


def with_company_button(
    context: BotContext, markup: InlineKeyboardMarkup | None, owner: int
) -> InlineKeyboardMarkup:
    """The chat's /history keyboard plus «every send of the company / of mine»."""
    company = button(context.t("org-history-button-open"), PAGE, {"p": 0}, owner)
    return InlineKeyboardMarkup([*(markup.inline_keyboard if markup else ()), [company]])


def history_handlers() -> list[BaseHandler]:
    return [
        CallbackQueryHandler(company_history, pattern=on(PAGE)),
        CallbackQueryHandler(choose_filter, pattern=on(FILTER)),
    ]
