"""«ارسال در زمانی دیگر» as the user sees it: the question, quick choices, refusals, warning."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.callbacks import Action
from bot.handlers.schedule_render import (
    AT_ACTION,
    answer_to,
    ask_when,
    from_epoch,
)
from bot.i18n import I18n
from bot.services.schedule_time import QuickChoice, parse_schedule_time

NOW = datetime(2026, 12, 1, 6, 30, tzinfo=UTC)  # 1405/09/10 10:00 Tehran
OWNER = 1001


@pytest.fixture(scope="module")
def t():
    i18n = I18n.load(strict=True)
    return lambda key, **variables: i18n.t(key, locale="fa", **variables)


def labels(markup) -> list[str]:
    return [b.text for row in markup.inline_keyboard for b in row]


def test_the_question_offers_the_quick_choices_and_cancel(t):
    text, markup = ask_when(t, NOW, OWNER)

    assert text == t("schedule-ask")
    assert labels(markup) == [
        t("schedule-quick-hour"),
        t("schedule-quick-tonight"),
        t("schedule-quick-tomorrow"),
        t("button-cancel"),
    ]
    first = markup.inline_keyboard[0][0].callback_data
    assert first == Action("schedule.quick", QuickChoice.IN_ONE_HOUR.value, OWNER)


def test_after_twenty_oclock_tonight_is_not_offered(t):
    _, markup = ask_when(t, datetime(2026, 12, 1, 17, 0, tzinfo=UTC), OWNER)

    assert t("schedule-quick-tonight") not in labels(markup)


def test_a_refused_time_gets_its_own_message_and_no_buttons(t):
    answer = answer_to(t, parse_schedule_time("۱۴۰۵/۱۳/۰۱ ۱۰:۰۰", now=NOW), OWNER)

    assert answer == (t("schedule-problem-bad-date"), None)


def test_a_passed_time_alone_suggests_tomorrow(t):
    result = parse_schedule_time("۹:۱۵", now=NOW)

    text, markup = answer_to(t, result, OWNER)

    assert text == t("schedule-problem-past-suggest", suggestion=result.suggestion)
    assert markup is None


def test_out_of_hours_warns_and_offers_the_next_allowed_time(t):
    result = parse_schedule_time("امشب ۲۳:۳۰", now=NOW)

    text, markup = answer_to(t, result, OWNER)

    assert text == t("schedule-outside-hours", time=result.at, next=result.next_allowed)
    assert labels(markup) == [
        t("schedule-button-next-allowed", next=result.next_allowed),
        t("schedule-button-other-time"),
    ]
    at = markup.inline_keyboard[0][0].callback_data
    assert at.name == AT_ACTION and at.owner == OWNER
    assert from_epoch(at.value) == datetime(2026, 12, 2, 4, 30, tzinfo=UTC)


def test_an_accepted_time_inside_the_hours_needs_no_answer(t):
    assert answer_to(t, parse_schedule_time("فردا ۹:۳۰", now=NOW), OWNER) is None
