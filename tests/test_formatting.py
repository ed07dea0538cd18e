"""Numbers and dates as users see them: Persian digits and Jalali dates in Tehran time."""

from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal

import pytest

from bot.formatting import (
    PlainNumber,
    format_credit,
    format_date,
    format_datetime,
    format_number,
    format_percent,
    format_time,
    isolate,
    localize_digits,
    strip_isolates,
)


def test_persian_digits_and_grouping():
    assert format_number(1234567, "fa") == "۱٬۲۳۴٬۵۶۷"
    assert format_number(999, "fa") == "۹۹۹"
    assert format_number(-1234, "fa") == "-۱٬۲۳۴"


def test_english_keeps_latin_digits_and_commas():
    assert format_number(1234567, "en") == "1,234,567"
    assert format_number(0, "en") == "0"


def test_plain_number_is_not_grouped():
    assert format_number(PlainNumber(10929800), "fa") == "۱۰۹۲۹۸۰۰"
    assert format_number(10929800, "en", grouping=False) == "10929800"


@pytest.mark.parametrize(
    ("amount", "fa", "en"),
    [
        ("12345.0", "۱۲٬۳۴۵", "12,345"),
        ("12345.6", "۱۲٬۳۴۵٫۶", "12,345.6"),
        (Decimal("1500000.250"), "۱٬۵۰۰٬۰۰۰٫۲۵", "1,500,000.25"),
        (Decimal("1E+3"), "۱٬۰۰۰", "1,000"),
        (0, "۰", "0"),
    ],
)
def test_credit_drops_a_zero_fraction_and_keeps_a_real_one(amount, fa, en):
    assert format_credit(amount, "fa") == fa
    assert format_credit(amount, "en") == en


def test_bool_is_not_a_number():
    with pytest.raises(TypeError):
        format_number(True, "fa")


def test_percentages():
    assert format_percent(45.678, "fa") == "۴۶٪"
    assert format_percent(45.678, "en") == "46%"
    assert format_percent(Decimal("12.25"), "en", decimals=1) == "12.3%"
    assert format_percent(100, "fa") == "۱۰۰٪"


def test_jalali_datetime_of_a_utc_instant_is_in_tehran_time():
    instant = datetime(2026, 11, 25, 10, 30, tzinfo=UTC)
    assert format_datetime(instant, "fa") == "۱۴۰۵/۰۹/۰۴ ۱۴:۰۰"
    assert format_datetime(instant, "en") == "2026-11-25 14:00"  # Gregorian in English


def test_tehran_has_no_summer_time():
    summer = datetime(2026, 6, 25, 10, 30, tzinfo=UTC)
    assert format_datetime(summer, "en") == "2026-06-25 14:00"
    assert format_datetime(summer, "fa") == "۱۴۰۵/۰۴/۰۴ ۱۴:۰۰"


def test_any_aware_zone_is_moved_to_tehran_and_naive_means_utc():
    berlin_winter = datetime(2026, 11, 25, 11, 30, tzinfo=timezone(timedelta(hours=1)))
    assert format_datetime(berlin_winter, "fa") == "۱۴۰۵/۰۹/۰۴ ۱۴:۰۰"
    assert format_datetime(datetime(2026, 11, 25, 10, 30), "en") == "2026-11-25 14:00"


def test_date_crosses_midnight_in_tehran():
    late_utc = datetime(2026, 11, 24, 21, 0, tzinfo=UTC)  # 00:30 on the 25th in Tehran
    assert format_date(late_utc, "fa") == "۱۴۰۵/۰۹/۰۴"
    assert format_date(late_utc, "en") == "2026-11-25"
    assert format_date(date(2026, 11, 24), "en") == "2026-11-24"
    assert format_date(date(2026, 11, 24), "fa") == "۱۴۰۵/۰۹/۰۳"
    assert format_time(late_utc, "fa") == "۰۰:۳۰"
    assert format_time(time(8, 5), "en") == "08:05"


def test_digits_and_isolates_helpers():
    assert localize_digits("خط 3000505", "fa") == "خط ۳۰۰۰۵۰۵"
    assert localize_digits("line 3000505", "en") == "line 3000505"
    assert isolate("+983000505") == "\u2068+983000505\u2069"
    assert strip_isolates(isolate("abc") + "d") == "abcd"


def test_runs_in_persian_text_are_isolated_once():
    from bot.formatting import isolate_runs

    text = "برای لغو، /cancel را بفرستید؛ فایل .txt یا 021-88881234 و name@example.com."
    isolated = isolate_runs(text)
    assert isolated == (
        "برای لغو، \u2068/cancel\u2069 را بفرستید؛ فایل \u2068.txt\u2069 یا "
        "\u2068021-88881234\u2069 و \u2068name@example.com\u2069."
    )
    assert isolate_runs(isolated) == isolated
    assert isolate_runs("/staff add شناسه") == "\u2068/staff add\u2069 شناسه"
    assert isolate_runs("کد \u2068۵ و abc\u2069") == "کد \u2068۵ و abc\u2069"  # already isolated


def test_button_labels_are_isolated_when_they_would_reorder():
    from bot.formatting import isolate_label

    assert isolate_label("+۹۸۳۰۰۰۵۰۵") == "\u2068+۹۸۳۰۰۰۵۰۵\u2069"  # no direction of its own
    assert isolate_label("گزارش تحویل ۱۲") == "گزارش تحویل \u2068۱۲\u2069"
    assert isolate_label("Send") == "Send"
    assert isolate_label("\u2068+۹۸۳۰۰۰۵۰۵\u2069") == "\u2068+۹۸۳۰۰۰۵۰۵\u2069"
