"""The personalised part of the preview, as the user reads it (through the locale)."""

from __future__ import annotations

import pytest

from bot.handlers.personal_render import preview_text, table_problem_text
from bot.i18n import I18n
from bot.services.personal_texts import PersonalTable, TableProblem, preview, read_table

ROWS = [
    ["نام", "موبایل", "مبلغ"],
    ["علی", "09121234567", "۱۲۰٬۰۰۰"],
    ["سارا", "09351234567", ""],
    ["بی‌شماره", "", "1"],
    ["علی دوباره", "09121234567", "2"],
]


@pytest.fixture(scope="module")
def t():
    i18n = I18n.load(strict=True)
    return lambda key, **variables: i18n.t(key, locale="fa", **variables)


def table() -> PersonalTable:
    result = read_table(ROWS)
    assert isinstance(result, PersonalTable)
    return result


def test_the_preview_shows_two_examples_parts_and_what_was_left_out(t):
    text = preview_text(t, preview("سلام {نام}، مبلغ {مبلغ}", table()), table())

    assert (
        t("personal-preview-example", number="09121234567", text="سلام علی، مبلغ ۱۲۰٬۰۰۰") in text
    )
    assert t("personal-preview-example", number="09351234567", text="سلام سارا، مبلغ ") in text
    assert t("personal-preview-longest", parts=1) in text
    assert t("personal-preview-total", parts=2) in text
    assert t("personal-empty-values", count=1) in text
    assert t("personal-rows-without-number", count=1) in text
    assert t("personal-duplicates", count=1) in text
    assert (
        "personal-unknown" not in text and t("personal-too-long", count=1, max_parts=10) not in text
    )


def test_unknown_names_are_listed_with_the_columns_of_the_file(t):
    text = preview_text(t, preview("سلام {اسم}", table()), table())

    assert "{اسم}" in text
    for column in ("{نام}", "{موبایل}", "{مبلغ}"):
        assert column in text


def test_a_table_problem_has_its_message(t):
    assert table_problem_text(t, TableProblem.NO_HEADER) == t("personal-no-header")
