"""The company report as a message of fixed size and as an .xlsx file of every request.

Each breakdown shows at most `TOP_LINES` lines, then "and N more (in the file)": the message
never grows with the number of operators or accounts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal

from bot import formatting
from bot.localizer import Localizer
from bot.services.company_report import CompanyReport, ExportColumns, Totals, export_rows
from bot.services.reports_xlsx import write_table
from storage.org_records import AccountRef
from storage.org_reports import SendRecord

TOP_LINES = 8
SECTIONS = ("operator", "account", "kind", "state")
NameOf = Callable[[int], str | None]
AccountName = Callable[[str], str | None]


def report_text(
    fmt: Localizer, report: CompanyReport, name_of: NameOf, account_name: AccountName
) -> str:
    """Title, totals, delivery rate, then the four breakdowns (each at most TOP_LINES lines)."""
    period = report.period
    title = fmt.t(f"org-report-title-{period.kind}", first=period.first_day, last=period.last_day)
    if report.totals.requests == 0:
        return title + "\n" + fmt.t("org-report-empty")
    blocks = [title, _totals(fmt, report.totals)]
    labels: dict[str, Callable[[object], str]] = {
        "operator": lambda key: operator_label(fmt, int(key), name_of),  # type: ignore[call-overload]
        "account": lambda key: account_label(fmt, str(key), account_name, name_of),
        "kind": lambda key: fmt.t(f"report-operation-{key}"),
        "state": lambda key: fmt.t(f"org-state-{key}"),
    }
    groups: dict[str, Mapping[object, Totals]] = {
        "operator": report.by_operator,  # type: ignore[dict-item]
        "account": report.by_account,  # type: ignore[dict-item]
        "kind": report.by_kind,  # type: ignore[dict-item]
        "state": report.by_state,  # type: ignore[dict-item]
    }
    for section in SECTIONS:
        blocks.append(_section(fmt, section, groups[section], labels[section]))
    return "\n\n".join(blocks)


def _totals(fmt: Localizer, totals: Totals) -> str:
    lines = [
        fmt.t(
            "org-report-totals",
            sends=totals.sends,
            recipients=totals.recipients,
            parts=totals.parts,
            cost=totals.cost_rials,
        )
    ]
    rate = totals.delivery_rate
    if rate is None:
        lines.append(fmt.t("org-report-delivery-none"))
    else:
        lines.append(fmt.t("org-report-delivery", rate=fmt.percent(rate, decimals=1)))
    return "\n".join(lines)


def _section(
    fmt: Localizer, section: str, group: Mapping[object, Totals], label: Callable[[object], str]
) -> str:
    lines = [fmt.t(f"org-report-section-{section}")]
    for key, totals in list(group.items())[:TOP_LINES]:
        lines.append(
            fmt.t(
                "org-report-line",
                name=label(key),
                sends=totals.sends,
                recipients=totals.recipients,
                cost=totals.cost_rials,
            )
        )
    if len(group) > TOP_LINES:
        lines.append(fmt.t("org-report-more", count=len(group) - TOP_LINES))
    return "\n".join(lines)


def operator_label(fmt: Localizer, user_id: int, name_of: NameOf) -> str:
    name = name_of(user_id)
    if name:
        return fmt.t("org-user-named", name=name)
    return fmt.t("org-user-unnamed", user_id=user_id)


def account_label(
    fmt: Localizer, key: str, account_name: AccountName, chat_name: NameOf | None = None
) -> str:
    """A shared account by its name; a chat's own account by its staff member's name or its
    group's title; by the chat's id when neither was seen."""
    name = account_name(key)
    if name:
        return fmt.t("org-account-shared", name=name)
    ref = AccountRef.parse(key)
    chat = ref.id if ref else 0
    return own_account_label(fmt, chat, chat_name(chat) if chat_name and chat else None)


def own_account_label(fmt: Localizer, chat: int, chat_name: str | None) -> str:
    """A chat's own panel account: by its staff member's name (a private chat) or its title
    (a group), else by the chat's id."""
    if chat_name:
        if chat < 0:
            return fmt.t("org-account-of-group", title=chat_name)
        return fmt.t("org-account-of", name=chat_name)
    return fmt.t("org-account-chat", chat_id=chat)


def export_xlsx(
    fmt: Localizer,
    records: Sequence[SendRecord],
    name_of: NameOf,
    account_name: AccountName,
    price_per_part: Decimal,
) -> bytes:
    """Every request of the report as an .xlsx sheet (right-to-left in Persian).

    CPU work for large periods: call it in a worker thread (asyncio.to_thread)."""
    plain = formatting.strip_isolates
    columns = ExportColumns(
        when=lambda record: fmt.datetime(record.created_at),
        operator=lambda user_id: plain(operator_label(fmt, user_id, name_of)),
        account=lambda key: plain(account_label(fmt, key, account_name, name_of)),
        kind=lambda kind: fmt.t(f"report-operation-{kind}"),
        state=lambda state: fmt.t(f"org-state-{state}"),
        number=lambda value: str(value),
    )
    headers = [fmt.t(f"org-xlsx-{name}") for name in XLSX_COLUMNS]
    return write_table(
        headers,
        export_rows(records, columns, price_per_part),
        sheet_name=fmt.t("org-xlsx-sheet"),
        widths=(18, 22, 22, 18, 14, 10, 10, 14, 14),
        right_to_left=fmt.locale == "fa",
    )


XLSX_COLUMNS = (
    "when",
    "operator",
    "account",
    "kind",
    "state",
    "recipients",
    "parts",
    "cost",
    "bulk",
)
