"""/history across the company: one line per send with who, where, what and a text snippet.

Admins see every chat's sends (filtered by operator, account or state), operators their own:
`scope_for` builds the filter from the viewer's role. A page holds `PAGE_SIZE` sends, so the
message has a fixed size whatever the history length.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.localizer import Localizer
from bot.services.company_report_view import account_label, operator_label
from storage import Role
from storage.org_reports import HistoryFilter, SendSummary

PAGE_SIZE = 8
SNIPPET = 40

NameOf = Callable[[int], str | None]
AccountName = Callable[[str], str | None]


def scope_for(role: Role | None, viewer: int, wanted: HistoryFilter) -> HistoryFilter:
    """Admins get the filter they asked for; anyone else only their own sends."""
    if role is Role.ADMIN:
        return wanted
    return HistoryFilter(
        user_id=viewer, chat_ids=wanted.chat_ids, state=wanted.state, account_key=wanted.account_key
    )


def snippet(text: str | None, limit: int = SNIPPET) -> str:
    """The text on one line, cut at `limit` characters with an ellipsis."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def pages(total: int, size: int = PAGE_SIZE) -> int:
    return max(1, -(-total // size))


def history_text(
    fmt: Localizer,
    sends: Sequence[SendSummary],
    *,
    total: int,
    page: int,
    name_of: NameOf,
    account_name: AccountName,
) -> str:
    """The page's title, then one block per send."""
    if not sends:
        return fmt.t("org-history-empty")
    title = fmt.t("org-history-title", page=page + 1, pages=pages(total), total=total)
    return "\n\n".join([title, *(_item(fmt, send, name_of, account_name) for send in sends)])


def _item(fmt: Localizer, send: SendSummary, name_of: NameOf, account_name: AccountName) -> str:
    states = fmt.t("report-history-separator").join(
        fmt.t("org-history-state", state=fmt.t(f"org-state-{state}"), count=count)
        for state, count in send.states.items()
    )
    return fmt.t(
        "org-history-item",
        when=fmt.datetime(send.created_at),
        name=operator_label(fmt, send.user_id, name_of),
        account=account_label(fmt, send.account, account_name, name_of),
        kind=fmt.t(f"report-operation-{send.operation}"),
        recipients=send.recipients,
        states=states,
        snippet=snippet(send.text),
    )
