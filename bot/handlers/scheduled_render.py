"""What /scheduled shows: the paged list of pending sends and one send with its buttons.

Render only (no storage, no panel). A line says when (Jalali, Tehran time), the target, the
recipient count and who scheduled it; buttons carry the job id (plain data).
"""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardMarkup

from bot.keyboards import button, pager_row, paginate
from bot.localizer import Localizer
from bot.services.staff_names import StaffNames
from storage import JobRecord

PER_PAGE = 8
OPENS_PER_ROW = 4
_ITEM_BUTTONS = (("cancel", "cancel"), ("change-time", "change"), ("send-now", "now"))


def line(fmt: Localizer, job: JobRecord, names: StaffNames) -> str:
    who = names.display_name(job.user_id) or fmt.digits(str(job.user_id))
    return fmt.t(
        "scheduled-line",
        when=job.due_at,
        target=job.target or fmt.t("scheduled-target-numbers"),
        count=job.recipient_count,
        who=who,
    )


def list_view(
    fmt: Localizer,
    jobs: Sequence[JobRecord],
    page: int,
    owner: int,
    names: StaffNames,
    *,
    more: bool = False,
) -> tuple[str, InlineKeyboardMarkup]:
    """The title, one numbered line per send of the page, its number buttons, ◀ ▶."""
    shown = paginate(jobs, page, PER_PAGE)
    first = shown.number * PER_PAGE + 1
    lines = [fmt.t("scheduled-title")]
    opens = []
    for index, job in enumerate(shown.items, first):
        lines.append(f"{fmt.number(index)}. {line(fmt, job, names)}")
        opens.append(button(fmt.number(index), "scheduled.open", job.id, owner))
    if more:
        lines.append(fmt.t("scheduled-more"))
    keyboard = [opens[i : i + OPENS_PER_ROW] for i in range(0, len(opens), OPENS_PER_ROW)]
    if nav := pager_row(shown, "scheduled.page", fmt.t, owner):
        keyboard.append(nav)
    return "\n".join(lines), InlineKeyboardMarkup(keyboard)


def item_view(
    fmt: Localizer, job: JobRecord, owner: int, names: StaffNames
) -> tuple[str, InlineKeyboardMarkup]:
    """One pending send with cancel, change time and «ارسال فوری»."""
    rows = [
        [button(fmt.t(f"scheduled-button-{key}"), f"scheduled.{name}", job.id, owner)]
        for key, name in _ITEM_BUTTONS
    ]
    return line(fmt, job, names), InlineKeyboardMarkup(rows)
