"""Schedule-time parsing and rules: what a staff member types, and the moment it becomes.

`NOW` is Tuesday 1405/09/10 (2026-12-01) 10:00 Tehran = 06:30 UTC. Expected moments are written
in UTC by hand (Tehran is UTC+03:30), so the table does not reuse the code's own conversion.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.services.schedule_time import (
    MAX_INPUT_CHARS,
    QuickChoice,
    ScheduledTime,
    ScheduleProblem,
    ScheduleRefusal,
    SendingHours,
    check_quick_choice,
    check_time,
    parse_schedule_time,
    quick_choices,
)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


NOW = utc(2026, 12, 1, 6, 30)  # 10:00 Tehran, 1405/09/10

ACCEPTED = [
    ("۱۴۰۵/۰۹/۱۲ ۱۰:۳۰", utc(2026, 12, 3, 7, 0)),
    ("1405/09/12 10:30", utc(2026, 12, 3, 7, 0)),
    ("١٤٠٥/٠٩/١٢ ١٠:٣٠", utc(2026, 12, 3, 7, 0)),
    ("۱۴۰۵-۹-۱۲ ۱۰:۳۰", utc(2026, 12, 3, 7, 0)),
    ("1405.09.12 10:30", utc(2026, 12, 3, 7, 0)),
    ("۱۰:۳۰ ۱۴۰۵/۰۹/۱۲", utc(2026, 12, 3, 7, 0)),
    ("۰۵/۰۹/۱۲ ۱۰:۳۰", utc(2026, 12, 3, 7, 0)),
    ("۹/۱۲ ۱۰:۳۰", utc(2026, 12, 3, 7, 0)),
    ("تاریخ ۱۴۰۵/۰۹/۱۲، ساعت ۱۰:۳۰", utc(2026, 12, 3, 7, 0)),
    ("فردا ۹:۳۰", utc(2026, 12, 2, 6, 0)),
    ("فردا ساعت ۹:۳۰", utc(2026, 12, 2, 6, 0)),
    ("tomorrow 9:30", utc(2026, 12, 2, 6, 0)),
    ("امروز ۱۸", utc(2026, 12, 1, 14, 30)),
    ("امروز ۱۸:۰۵", utc(2026, 12, 1, 14, 35)),
    ("۱۸:۰۰", utc(2026, 12, 1, 14, 30)),
    ("۱۸", utc(2026, 12, 1, 14, 30)),
    ("10.30 فردا", utc(2026, 12, 2, 7, 0)),
    ("۱۰٫۳۰ فردا", utc(2026, 12, 2, 7, 0)),
    ("پس‌فردا ۸", utc(2026, 12, 3, 4, 30)),
    ("پس فردا ۸", utc(2026, 12, 3, 4, 30)),
    ("امشب ۹", utc(2026, 12, 1, 17, 30)),
    ("امشب ۲۱:۳۰", utc(2026, 12, 1, 18, 0)),
    ("۹ شب", utc(2026, 12, 1, 17, 30)),
    ("فردا ۴ عصر", utc(2026, 12, 2, 12, 30)),
    ("فردا ۹ صبح", utc(2026, 12, 2, 5, 30)),
    ("فردا ۱ ظهر", utc(2026, 12, 2, 9, 30)),
    ("فردا ۱۲ ظهر", utc(2026, 12, 2, 8, 30)),
    ("  فردا   ۹:۳۰  ", utc(2026, 12, 2, 6, 0)),
    # The Jalali year ends on 1405/12/29 (1405 is not a leap year): 1406/01/01 is 2027-03-21.
    ("1406/01/01 09:00", utc(2027, 3, 21, 5, 30)),
]


@pytest.mark.parametrize(("typed", "expected"), ACCEPTED, ids=[row[0] for row in ACCEPTED])
def test_typed_time_is_read_as_tehran_time(typed, expected):
    result = parse_schedule_time(typed, now=NOW)

    assert isinstance(result, ScheduledTime)
    assert result.at == expected
    assert result.at.tzinfo is not None


REFUSED = [
    ("", ScheduleProblem.EMPTY),
    ("   ", ScheduleProblem.EMPTY),
    ("۱" * (MAX_INPUT_CHARS + 1), ScheduleProblem.TOO_LONG),
    ("یه وقتی", ScheduleProblem.UNREADABLE),
    ("فردا ۹ ۱۰", ScheduleProblem.UNREADABLE),
    ("فردا ۱۴۰۵/۰۹/۱۲ ۹:۰۰", ScheduleProblem.UNREADABLE),
    ("فردا", ScheduleProblem.MISSING_TIME),
    ("۱۴۰۵/۰۹/۱۲", ScheduleProblem.MISSING_TIME),
    ("فردا ۲۴:۰۰", ScheduleProblem.BAD_TIME),
    ("فردا ۹:۷۵", ScheduleProblem.BAD_TIME),
    ("فردا ۹:۵", ScheduleProblem.BAD_TIME),
    ("فردا ۱۵ شب", ScheduleProblem.BAD_TIME),
    ("۱۴۰۵/۱۳/۰۱ ۱۰:۰۰", ScheduleProblem.BAD_DATE),
    ("۱۴۰۵/۱۲/۳۰ ۱۰:۰۰", ScheduleProblem.BAD_DATE),  # 1405 has no 30 Esfand
    ("۱۴۰۵/۰۷/۳۱ ۱۰:۰۰", ScheduleProblem.BAD_DATE),  # the second half-year has 30 days
    ("۱۲۰۰/۰۱/۰۱ ۱۰:۰۰", ScheduleProblem.BAD_DATE),
    ("2026/12/03 10:30", ScheduleProblem.GREGORIAN),
    ("۱۴۰۵/۰۹/۰۹ ۱۰:۳۰", ScheduleProblem.PAST),
    ("امروز ۱۰:۰۰", ScheduleProblem.PAST),  # the current minute is not the future
    ("امروز ۹", ScheduleProblem.PAST),
    ("۱۴۰۷/۰۱/۰۱ ۱۰:۰۰", ScheduleProblem.TOO_FAR),
]


@pytest.mark.parametrize(("typed", "problem"), REFUSED, ids=[row[0][:20] for row in REFUSED])
def test_bad_or_past_times_are_refused_with_their_reason(typed, problem):
    result = parse_schedule_time(typed, now=NOW)

    assert isinstance(result, ScheduleRefusal)
    assert result.problem is problem


def test_a_passed_time_alone_suggests_the_same_time_tomorrow():
    result = parse_schedule_time("۹:۱۵", now=NOW)

    assert result == ScheduleRefusal(ScheduleProblem.PAST, suggestion=utc(2026, 12, 2, 5, 45))


def test_a_passed_dated_time_suggests_nothing():
    result = parse_schedule_time("امروز ۹:۱۵", now=NOW)

    assert result == ScheduleRefusal(ScheduleProblem.PAST)


OUT_OF_HOURS = [
    # typed, accepted moment, next allowed (08:00 Tehran = 04:30 UTC)
    ("امشب ۲۳:۳۰", utc(2026, 12, 1, 20, 0), utc(2026, 12, 2, 4, 30)),
    ("امروز ۲۳:۰۰", utc(2026, 12, 1, 19, 30), utc(2026, 12, 2, 4, 30)),
    ("فردا ۷:۵۹", utc(2026, 12, 2, 4, 29), utc(2026, 12, 2, 4, 30)),
    ("فردا ۰:۳۰", utc(2026, 12, 1, 21, 0), utc(2026, 12, 2, 4, 30)),
]


@pytest.mark.parametrize(("typed", "at", "allowed"), OUT_OF_HOURS, ids=[r[0] for r in OUT_OF_HOURS])
def test_a_time_outside_sending_hours_is_kept_with_the_next_allowed_time(typed, at, allowed):
    result = parse_schedule_time(typed, now=NOW)

    assert result == ScheduledTime(at, next_allowed=allowed)
    assert result.outside_hours


@pytest.mark.parametrize("typed", ["فردا ۸:۰۰", "امروز ۲۲:۵۹"])
def test_the_edges_of_the_sending_hours_are_inside(typed):
    result = parse_schedule_time(typed, now=NOW)

    assert isinstance(result, ScheduledTime) and not result.outside_hours


def test_sending_hours_can_be_other_than_the_panel_default():
    evenings_off = SendingHours(end=datetime(2000, 1, 1, 18, 0).time())

    result = parse_schedule_time("امروز ۱۸:۳۰", now=NOW, hours=evenings_off)

    assert result == ScheduledTime(utc(2026, 12, 1, 15, 0), next_allowed=utc(2026, 12, 2, 4, 30))


def test_quick_choices_in_the_morning_are_all_offered():
    choices = dict(quick_choices(NOW))

    assert choices == {
        QuickChoice.IN_ONE_HOUR: utc(2026, 12, 1, 7, 30),
        QuickChoice.TONIGHT: utc(2026, 12, 1, 16, 30),
        QuickChoice.TOMORROW_MORNING: utc(2026, 12, 2, 5, 30),
    }


def test_in_one_hour_rounds_up_to_the_minute():
    now = NOW + timedelta(seconds=20)

    assert dict(quick_choices(now))[QuickChoice.IN_ONE_HOUR] == utc(2026, 12, 1, 7, 31)


def test_tonight_is_not_offered_after_twenty_oclock():
    evening = utc(2026, 12, 1, 17, 0)  # 20:30 Tehran

    assert [choice for choice, _ in quick_choices(evening)] == [
        QuickChoice.IN_ONE_HOUR,
        QuickChoice.TOMORROW_MORNING,
    ]


def test_an_old_tonight_button_tapped_after_twenty_oclock_is_refused():
    evening = utc(2026, 12, 1, 16, 31)  # 20:01 Tehran

    result = check_quick_choice(QuickChoice.TONIGHT, now=evening)

    assert result == ScheduleRefusal(ScheduleProblem.PAST)


def test_in_one_hour_late_at_night_warns_with_tomorrow_morning():
    late = utc(2026, 12, 1, 19, 0)  # 22:30 Tehran

    result = check_quick_choice(QuickChoice.IN_ONE_HOUR, now=late)

    assert result == ScheduledTime(utc(2026, 12, 1, 20, 0), next_allowed=utc(2026, 12, 2, 4, 30))


def test_the_jalali_year_is_the_one_of_tehran_not_of_utc():
    # 1405/12/29 23:00 UTC is already 1406/01/01 02:30 in Tehran: «۱/۱ ۱۰:۰۰» is that same day.
    now = utc(2027, 3, 20, 23, 0)

    result = parse_schedule_time("۱/۱ ۱۰:۰۰", now=now)

    assert result == ScheduledTime(utc(2027, 3, 21, 6, 30))


def test_check_time_accepts_any_timezone_and_answers_in_utc():
    from bot.formatting import TEHRAN

    local = datetime(2026, 12, 1, 12, 0, tzinfo=TEHRAN)

    assert check_time(local, now=NOW) == ScheduledTime(utc(2026, 12, 1, 8, 30))
