"""Messages of scheduled sends, saved texts and personalised texts, in both locales."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.i18n import I18n
from bot.services.personal_texts import TableProblem
from bot.services.schedule_time import ScheduleProblem, parse_schedule_time
from bot.services.templates import TemplateProblem

LOCALES = ("fa", "en")
NOW = datetime(2026, 12, 1, 6, 30, tzinfo=UTC)  # 1405/09/10 10:00 Tehran


@pytest.fixture(scope="module")
def i18n() -> I18n:
    return I18n.load(strict=True)


PROBLEM_KEYS = [
    *(f"schedule-problem-{problem.value}" for problem in ScheduleProblem),
    *(f"templates-problem-{problem.value}" for problem in TemplateProblem),
    *(f"personal-{problem.value}" for problem in TableProblem),
]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("key", PROBLEM_KEYS)
def test_every_refusal_has_a_message_in_both_locales(i18n, locale, key):
    assert key in i18n.keys(locale)


def strip(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "")


def test_the_out_of_hours_warning_shows_both_times_in_jalali_persian_digits(i18n):
    result = parse_schedule_time("امشب ۲۳:۳۰", now=NOW)

    text = i18n.t("schedule-outside-hours", locale="fa", time=result.at, next=result.next_allowed)

    assert "۱۴۰۵/۰۹/۱۰ ۲۳:۳۰" in strip(text)
    assert "۱۴۰۵/۰۹/۱۱ ۰۸:۰۰" in strip(text)


def test_a_passed_time_alone_shows_the_suggested_time_tomorrow(i18n):
    result = parse_schedule_time("۹:۱۵", now=NOW)

    text = i18n.t("schedule-problem-past-suggest", locale="fa", suggestion=result.suggestion)

    assert "۱۴۰۵/۰۹/۱۱ ۰۹:۱۵" in strip(text)


@pytest.mark.parametrize(("count", "verb"), [(1, "نگرفته است"), (5, "نگرفته‌اند")])
def test_the_resend_summary_agrees_with_its_count(i18n, count, verb):
    assert verb in i18n.t("resend-summary", locale="fa", count=count)
