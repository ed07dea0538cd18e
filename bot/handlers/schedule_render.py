"""What «ارسال در زمانی دیگر» shows: the question with its quick choices, and the answer to a
typed or tapped time (a refusal, or the sending-hours warning with the next allowed time).

Render only: the step that reads the input and the job that keeps the time are wired into the
preview once the send job lands. Times in buttons travel as UTC epoch seconds (plain data).
"""

from __future__ import annotations

from datetime import UTC, datetime

from telegram import InlineKeyboardMarkup

from bot.keyboards import Translate, button
from bot.services.schedule_time import (
    QuickChoice,
    ScheduledTime,
    ScheduleProblem,
    ScheduleRefusal,
    ScheduleResult,
    quick_choices,
)

QUICK_ACTION = "schedule.quick"
AT_ACTION = "schedule.at"
OTHER_ACTION = "schedule.other"
_QUICK_KEYS = {
    QuickChoice.IN_ONE_HOUR: "schedule-quick-hour",
    QuickChoice.TONIGHT: "schedule-quick-tonight",
    QuickChoice.TOMORROW_MORNING: "schedule-quick-tomorrow",
}


def as_epoch(moment: datetime) -> int:
    return int(moment.timestamp())


def from_epoch(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def ask_when(t: Translate, now: datetime, owner: int) -> tuple[str, InlineKeyboardMarkup]:
    """The question and the quick choices still in the future, then Cancel."""
    rows = [
        [button(t(_QUICK_KEYS[choice]), QUICK_ACTION, choice.value, owner)]
        for choice, _ in quick_choices(now)
    ]
    rows.append([button(t("button-cancel"), "cancel", owner=owner)])
    return t("schedule-ask"), InlineKeyboardMarkup(rows)


def refusal_text(t: Translate, refusal: ScheduleRefusal) -> str:
    if refusal.problem is ScheduleProblem.PAST and refusal.suggestion is not None:
        return t("schedule-problem-past-suggest", suggestion=refusal.suggestion)
    return t(f"schedule-problem-{refusal.problem.value}")


def outside_hours(
    t: Translate, scheduled: ScheduledTime, owner: int
) -> tuple[str, InlineKeyboardMarkup]:
    """The warning, with «ارسال در …» at the next allowed time and «زمانی دیگر»."""
    assert scheduled.next_allowed is not None
    text = t("schedule-outside-hours", time=scheduled.at, next=scheduled.next_allowed)
    at_next = button(
        t("schedule-button-next-allowed", next=scheduled.next_allowed),
        AT_ACTION,
        as_epoch(scheduled.next_allowed),
        owner,
    )
    other = button(t("schedule-button-other-time"), OTHER_ACTION, owner=owner)
    return text, InlineKeyboardMarkup([[at_next], [other]])


def answer_to(
    t: Translate, result: ScheduleResult, owner: int
) -> tuple[str, InlineKeyboardMarkup | None] | None:
    """What to say about a time; None when it is accepted as is (the step goes on)."""
    if isinstance(result, ScheduleRefusal):
        return refusal_text(t, result), None
    if result.outside_hours:
        return outside_hours(t, result, owner)
    return None
