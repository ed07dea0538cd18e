"""The worker's view of scheduled sends: start now, late, held outside hours, next wake-up."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.services.schedule_due import LATE_AFTER, DuePlan, Scheduled, Start, plan_due


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


NOON = utc(2026, 12, 1, 8, 30)  # 12:00 Tehran


def test_nothing_pending_means_nothing_to_do():
    assert plan_due([], now=NOON) == DuePlan((), (), None, None)


def test_a_job_at_its_time_starts_on_time_and_the_next_one_sets_the_wake_up():
    plan = plan_due([Scheduled(2, NOON + timedelta(hours=1)), Scheduled(1, NOON)], now=NOON)

    assert plan == DuePlan(((1, Start.ON_TIME),), (), None, NOON + timedelta(hours=1))


def test_a_job_found_well_past_its_time_starts_late_oldest_first():
    pending = [
        Scheduled(3, NOON - timedelta(seconds=30)),
        Scheduled(1, NOON - timedelta(hours=3)),
        Scheduled(2, NOON - LATE_AFTER),
    ]

    plan = plan_due(pending, now=NOON)

    assert plan.start == ((1, Start.LATE), (2, Start.ON_TIME), (3, Start.ON_TIME))
    assert plan.wake_at is None


def test_late_jobs_found_outside_sending_hours_wait_for_the_next_allowed_time():
    night = utc(2026, 12, 1, 20, 0)  # 23:30 Tehran: the bot came back after the panel closed
    morning = utc(2026, 12, 2, 4, 30)  # 08:00 Tehran
    pending = [Scheduled(1, utc(2026, 12, 1, 18, 0)), Scheduled(2, utc(2026, 12, 2, 6, 0))]

    plan = plan_due(pending, now=night)

    assert plan == DuePlan((), (1,), morning, morning)


def test_after_being_held_the_job_starts_at_the_opening_and_counts_as_late():
    morning = utc(2026, 12, 2, 4, 30)

    plan = plan_due([Scheduled(1, utc(2026, 12, 1, 18, 0))], now=morning)

    assert plan.start == ((1, Start.LATE),)
