"""The report building blocks: bulk ids as typed, bars, summaries, the xlsx writer."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

import openpyxl
import pytest

from bot.i18n import I18n
from bot.panel import DeliveryItem, DeliveryStatus, InboxMessage
from bot.services.reports import (
    bar,
    delivery_xlsx,
    newest_first,
    parse_bulk_id,
    summarize,
)
from bot.services.reports_xlsx import write_table


@pytest.mark.parametrize(
    ("typed", "bulk_id"),
    [
        ("10929800", 10929800),
        (" ۱۰۹۲۹۸۰۰ ", 10929800),
        ("١٠٩٢٩٨٠٠", 10929800),
        ("#4711", 4711),
        ("abc", None),
        ("12a", None),
        ("-5", None),
        ("0", None),
        ("1 2", None),
        ("", None),
        (None, None),
        ("1" * 19, None),
        ("null", None),
    ],
)
def test_bulk_ids_as_people_type_them(typed, bulk_id):
    assert parse_bulk_id(typed) == bulk_id


@pytest.mark.parametrize(
    ("count", "total", "shown"),
    [
        (0, 10, "░░░░░░░░░░"),
        (10, 10, "▓▓▓▓▓▓▓▓▓▓"),
        (5, 10, "▓▓▓▓▓░░░░░"),
        (1, 1000, "▓░░░░░░░░░"),  # a few are never invisible
        (0, 0, "░░░░░░░░░░"),
    ],
)
def test_bars(count, total, shown):
    assert bar(count, total) == shown


def item(number: str, raw: str) -> DeliveryItem:
    status = next((s for s in DeliveryStatus if s.value == raw), DeliveryStatus.UNKNOWN)
    return DeliveryItem(number, status, raw)


def test_a_summary_is_settled_only_when_every_number_is_final():
    final = [item("1", "delivered"), item("2", "failed"), item("3", "discarded")]
    summary = summarize(final)
    assert summary.settled and summary.total == 3
    assert list(summary.counts) == [
        DeliveryStatus.DELIVERED,
        DeliveryStatus.FAILED,
        DeliveryStatus.DISCARDED,
    ]
    assert not summarize([*final, item("4", "pending")]).settled
    assert not summarize([*final, item("5", "weird")]).settled
    assert not summarize([]).settled
    assert summarize(final).percent(DeliveryStatus.FAILED) == pytest.approx(100 / 3)


def test_the_xlsx_keeps_unknown_statuses_and_odd_characters():
    fmt = I18n.load(strict=True).for_locale("fa")
    items = [item("+989120000000", "delivered"), item("+98912<&>\x01", "queued")]
    content = delivery_xlsx(
        items, fmt.vocabulary, ("a", "b", "c"), sheet_name="s", right_to_left=False
    )
    rows = list(openpyxl.load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True))
    assert rows[1] == ("+989120000000", "رسیده به گوشی", "delivered")
    assert rows[2][0] == "+98912<&>"
    assert "queued" in rows[2][1] and rows[2][2] == "queued"


def test_the_writer_stores_repeated_texts_once_and_reads_back_in_order():
    rows = [(f"{i}", "یکسان", "same") for i in range(5_000)]
    content = write_table(("n", "word", "code"), rows, sheet_name="گزارش تحویل", right_to_left=True)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        shared = archive.read("xl/sharedStrings.xml").decode()
    assert shared.count("یکسان") == 1
    book = openpyxl.load_workbook(io.BytesIO(content))
    sheet = book.active
    assert book.sheetnames == ["گزارش تحویل"]
    assert sheet["A1"].font.b and sheet.sheet_view.rightToLeft
    assert sheet.freeze_panes == "A2"
    assert [row for row in sheet.iter_rows(min_row=2, values_only=True)] == rows


def test_inbox_newest_first_and_undated_last():
    def message(text: str, when: datetime | None) -> InboxMessage:
        return InboxMessage(sender="+98912", text=text, received_at=when)

    old = message("old", datetime(2026, 1, 1, 10, 0))
    new = message("new", datetime(2026, 1, 2, 10, 0))
    stamped = message("stamp", datetime(2026, 1, 1, 8, 0, tzinfo=UTC))  # 11:30 Tehran
    undated = message("?", None)
    assert [m.text for m in newest_first([undated, old, stamped, new])] == [
        "new",
        "stamp",
        "old",
        "?",
    ]
