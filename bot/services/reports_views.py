"""Texts and keyboards of the reports, shared by the report handlers and the follow-up jobs.

Every view takes a `Localizer` (one chat's language) and plain data, and returns the text and
the inline keyboard; nothing here talks to Telegram or the panel.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.keyboards import button, pager_row, paginate, rows
from bot.localizer import Localizer
from bot.panel.models import BulkState, DeliveryItem, InboxMessage, Package
from bot.services.reports import (
    DeliverySummary,
    HistoryRow,
    bar,
    newest_first,
    received_instant,
    summarize,
)

DELIVERY_PER_PAGE = 20
INBOX_PER_PAGE = 5
INBOX_TEXT_LIMIT = 600  # characters of one received message shown in the list
RECENT_BULK_BUTTONS = 6

View = tuple[str, InlineKeyboardMarkup | None]


def credit_text(fmt: Localizer, amount: Decimal) -> str:
    return fmt.t("report-credit", amount=fmt.t("amount-rials", amount=amount))


def delivery_button(fmt: Localizer, bulk_id: int, owner: int | None) -> InlineKeyboardButton:
    return button(
        fmt.t("report-button-delivery", bulk_id=bulk_id), "report.delivery", bulk_id, owner
    )


def summary_lines(fmt: Localizer, bulk_id: int, summary: DeliverySummary) -> list[str]:
    """Title, total, one line per status with its bar and percent, and whether it settled."""
    lines = [fmt.t("report-delivery-title", bulk_id=bulk_id)]
    if summary.total == 0:
        return [*lines, fmt.t("report-delivery-empty")]
    lines.append(fmt.t("report-delivery-total", total=summary.total))
    for status, count in summary.counts.items():
        lines.append(
            fmt.t(
                "report-delivery-count",
                status=fmt.delivery_status(status),
                count=count,
                bar=bar(count, summary.total),
                percent=fmt.percent(summary.percent(status)),
            )
        )
    if summary.settled:
        lines.append(fmt.t("report-delivery-settled"))
    else:
        lines.append(fmt.t("report-delivery-in-progress", count=summary.total - summary.final))
    return lines


def delivery_view(
    fmt: Localizer, bulk_id: int, items: Sequence[DeliveryItem], page: int, owner: int | None
) -> View:
    """The summary, then one page of numbers with ◀ ▶, the xlsx button and the bulk state."""
    lines = summary_lines(fmt, bulk_id, summarize(items))
    shown = paginate(items, page, DELIVERY_PER_PAGE)
    if items:
        lines += ["", fmt.t("report-delivery-numbers")]
        first = shown.number * DELIVERY_PER_PAGE + 1
        lines += [
            fmt.t(
                "report-delivery-line",
                index=first + offset,
                number=fmt.digits(item.number),
                status=fmt.vocabulary(item.status, item.raw_status),
            )
            for offset, item in enumerate(shown.items)
        ]
    keyboard: list[list[InlineKeyboardButton]] = []
    if nav := pager_row(shown, "report.page", fmt.t, owner):
        keyboard.append(_with_bulk(nav, bulk_id))
    actions = [
        button(fmt.t("report-button-refresh"), "report.page", (bulk_id, shown.number), owner)
    ]
    if items:
        actions.insert(0, button(fmt.t("report-button-xlsx"), "report.xlsx", bulk_id, owner))
    keyboard.append(actions)
    keyboard.append([button(fmt.t("report-button-status"), "report.status", bulk_id, owner)])
    return "\n".join(lines), InlineKeyboardMarkup(keyboard)


def _with_bulk(nav: list[InlineKeyboardButton], bulk_id: int) -> list[InlineKeyboardButton]:
    """Pager buttons whose value is `(bulk_id, page)` instead of the bare page."""
    result = []
    for key in nav:
        action = key.callback_data
        value = (bulk_id, action.value) if action.name == "report.page" else action.value
        result.append(button(key.text, action.name, value, action.owner))
    return result


def settled_view(fmt: Localizer, bulk_id: int, summary: DeliverySummary) -> View:
    """The follow-up's one message once a bulk settled."""
    lines = [fmt.t("report-followup-settled", bulk_id=bulk_id), ""]
    lines += summary_lines(fmt, bulk_id, summary)
    return "\n".join(lines), InlineKeyboardMarkup([[delivery_button(fmt, bulk_id, None)]])


def gave_up_view(fmt: Localizer, bulk_id: int, reason: str) -> View:
    text = fmt.t("report-followup-gave-up", bulk_id=bulk_id, reason=reason)
    return text, InlineKeyboardMarkup([[delivery_button(fmt, bulk_id, None)]])


def status_view(fmt: Localizer, bulk_id: int, state: BulkState, owner: int | None) -> View:
    text = fmt.t(
        "report-status",
        bulk_id=bulk_id,
        status=fmt.vocabulary(state.status, state.raw_status),
        validation=fmt.vocabulary(state.validation, state.raw_validation),
    )
    return text, InlineKeyboardMarkup([[delivery_button(fmt, bulk_id, owner)]])


def inbox_view(
    fmt: Localizer, messages: Sequence[InboxMessage], page: int, owner: int | None
) -> View:
    """Received messages, newest first, a page at a time, dates in Jalali."""
    if not messages:
        return fmt.t("report-inbox-empty"), None
    shown = paginate(newest_first(messages), page, INBOX_PER_PAGE)
    blocks = [fmt.t("report-inbox-title", count=len(messages))]
    blocks += [_inbox_item(fmt, message) for message in shown.items]
    nav = pager_row(shown, "report.inbox", fmt.t, owner)
    return "\n\n".join(blocks), InlineKeyboardMarkup([nav]) if nav else None


def _inbox_item(fmt: Localizer, message: InboxMessage) -> str:
    moment = received_instant(message)
    if moment is not None:
        when = fmt.datetime(moment)
    else:
        when = fmt.digits(message.raw_date) if message.raw_date else fmt.t("report-no-date")
    text = message.text
    if len(text) > INBOX_TEXT_LIMIT:
        text = text[: INBOX_TEXT_LIMIT - 1] + "…"
    return fmt.t("report-inbox-item", sender=fmt.digits(message.sender), when=when, text=text)


def packages_text(fmt: Localizer, packages: Sequence[Package]) -> str:
    if not packages:
        return fmt.t("report-packages-empty")
    lines = [fmt.t("report-packages-title")]
    lines += [fmt.t("report-packages-item", title=p.title, id=p.id) for p in packages]
    return "\n".join(lines)


def ask_bulk_view(
    fmt: Localizer, recent: Sequence[HistoryRow], owner: int | None, action: str
) -> View:
    """Ask for a bulk id (for `action`: report.delivery or report.status); this chat's recent
    bulks are offered as buttons."""
    status = action == "report.status"
    label = "report-button-status-of" if status else "report-button-delivery"
    bulk_ids = list(dict.fromkeys(row.bulk_id for row in recent if row.bulk_id))
    keys = [
        button(fmt.t(label, bulk_id=bulk_id), action, bulk_id, owner)
        for bulk_id in bulk_ids[:RECENT_BULK_BUTTONS]
    ]
    keyboard = rows(keys, 2)
    keyboard.append([button(fmt.t("button-cancel"), "cancel", None, owner)])
    key = "report-ask-status-id" if status else "report-ask-bulk-id"
    return fmt.t(key + ("-recent" if keys else "")), InlineKeyboardMarkup(keyboard)
