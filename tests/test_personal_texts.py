"""Personalised texts: a header row, `{نام}` placeholders per recipient, and the preview figures."""

from __future__ import annotations

from datetime import date

import pytest

from bot.panel.sms import MAX_PARTS, message_parts
from bot.services.personal_texts import (
    PersonalTable,
    TableProblem,
    placeholder_names,
    preview,
    read_table,
    render,
    texts_by_message,
    unknown_names,
)

ROWS = [
    ["نام", "موبایل", "مبلغ"],
    ["علی", "09121234567", "۱۲۰٬۰۰۰"],
    ["سارا", 9351234567, 50000],  # a spreadsheet number cell, as an int
    ["رضا", 9.191234567e9, ""],  # a float cell and an empty amount
]
TEXT = "سلام {نام}، بدهی شما {مبلغ} ریال است."


def table() -> PersonalTable:
    result = read_table(ROWS)
    assert isinstance(result, PersonalTable)
    return result


def test_the_header_names_the_columns_and_each_row_is_a_recipient():
    result = table()

    assert result.columns == ("نام", "موبایل", "مبلغ")
    assert [r.number for r in result.recipients] == ["09121234567", "09351234567", "09191234567"]


def test_each_recipient_gets_the_text_with_their_own_values():
    groups = texts_by_message(TEXT, table())

    assert groups == {
        "سلام علی، بدهی شما ۱۲۰٬۰۰۰ ریال است.": ["09121234567"],
        "سلام سارا، بدهی شما 50000 ریال است.": ["09351234567"],
        "سلام رضا، بدهی شما  ریال است.": ["09191234567"],
    }


def test_recipients_with_the_same_rendered_text_share_one_group():
    rows = [["mobile", "city"], ["09121234567", "تهران"], ["09351234567", "تهران"]]
    result = read_table(rows)
    assert isinstance(result, PersonalTable)

    assert texts_by_message("همایش {city}", result) == {
        "همایش تهران": ["09121234567", "09351234567"]
    }


def test_the_preview_shows_the_first_and_the_longest_with_its_part_count():
    long_name = "ع" * 80  # 80 UCS-2 characters: the text needs 2 parts
    rows = [*ROWS, [long_name, "09901234567", "1"]]
    result = read_table(rows)
    assert isinstance(result, PersonalTable)

    shown = preview(TEXT, result)

    first, longest = shown.examples
    assert first.text == "سلام علی، بدهی شما ۱۲۰٬۰۰۰ ریال است." and first.number == "09121234567"
    assert longest.number == "09901234567" and long_name in longest.text
    assert shown.longest_parts == message_parts(longest.text).parts == 2
    assert shown.total_parts == 1 + 1 + 1 + 2
    assert shown.empty_values == 1
    assert shown.unknown_names == ()
    assert shown.can_send


def test_when_all_texts_are_alike_the_two_examples_are_the_first_two():
    shown = preview("سلام {نام}", table())

    assert [example.text for example in shown.examples] == ["سلام علی", "سلام سارا"]


def test_an_unknown_placeholder_is_reported_and_blocks_the_send():
    shown = preview("سلام {نام} {کد تخفیف}", table())

    assert shown.unknown_names == ("کد تخفیف",)
    assert not shown.can_send
    assert shown.examples[0].text == "سلام علی {کد تخفیف}"


def test_a_text_too_long_for_some_recipient_blocks_the_send():
    rows = [["نام", "موبایل"], ["ب" * (67 * MAX_PARTS), "09121234567"], ["x", "09351234567"]]
    result = read_table(rows)
    assert isinstance(result, PersonalTable)

    shown = preview("{نام}!", result)

    assert shown.too_long == 1
    assert not shown.can_send


def test_names_match_whatever_the_spacing_letters_and_case():
    rows = [["نام‌خانوادگي", "Mobile", "City"], ["كريمی", "09121234567", "Tehran"]]
    result = read_table(rows)
    assert isinstance(result, PersonalTable)

    assert unknown_names("{نام خانوادگی} {city} {CITY}", result.columns) == ()
    values = result.recipients[0].values
    assert render("آقای {نام  خانوادگی} از {city}", values) == "آقای كريمی از Tehran"


def test_placeholder_names_are_listed_once_in_order():
    assert placeholder_names("{نام} {مبلغ} {نام} {} {\n}") == ("نام", "مبلغ")


def test_rows_without_a_number_and_repeated_numbers_are_counted():
    rows = [*ROWS, ["بی‌شماره", "", "1"], ["علی دوباره", "+98 912 123 4567", "2"], [], ["", ""]]
    result = read_table(rows)
    assert isinstance(result, PersonalTable)

    assert len(result.recipients) == 3
    assert result.rows_without_number == 1
    assert result.duplicates == 1
    assert result.recipients[0].values["نام"] == "علی"  # the first row of a number counts


def test_the_number_column_is_found_by_its_header_when_its_cells_are_not_all_mobiles():
    rows = [["نام", "شماره همراه"], ["علی", "0912-123-4567 داخلی"], ["سارا", "09351234567"]]
    result = read_table(rows)
    assert isinstance(result, PersonalTable)

    assert [r.number for r in result.recipients] == ["09351234567"]
    assert result.rows_without_number == 1


def test_dates_read_from_a_spreadsheet_are_shown_in_jalali():
    rows = [["موبایل", "سررسید"], ["09121234567", date(2026, 12, 3)]]
    result = read_table(rows)
    assert isinstance(result, PersonalTable)

    assert render("سررسید: {سررسید}", result.recipients[0].values) == "سررسید: 1405/09/12"


@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        ([["09121234567", "علی"], ["09351234567", "سارا"]], TableProblem.NO_HEADER),
        ([["نام", "شهر"], ["علی", "تهران"]], TableProblem.NO_NUMBER_COLUMN),
        ([["نام", "موبایل"]], TableProblem.NO_RECIPIENTS),
        ([["نام", "موبایل"], ["علی", "12345"]], TableProblem.NO_RECIPIENTS),
        ([[], [None, ""]], TableProblem.NO_RECIPIENTS),
    ],
    ids=["numbers in the first row", "no number column", "header only", "no valid number", "empty"],
)
def test_tables_that_cannot_personalise_say_why(rows, problem):
    assert read_table(rows) is problem
