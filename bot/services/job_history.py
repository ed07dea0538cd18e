"""/history of one chat: one line per send job (whatever its batches), with its counts and its
end, and one button per job to its summary. Fixed size: at most `HISTORY_LIMIT` jobs."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from telegram import InlineKeyboardMarkup

from bot.keyboards import button, rows
from bot.localizer import Localizer
from storage import BatchState, JobOverview, JobState

View = tuple[str, InlineKeyboardMarkup | None]
HISTORY_LIMIT = 10
SUMMARY_ACTION = "job.summary"
_NO_SUMMARY = frozenset({JobState.SCHEDULED, JobState.CANCELLED})  # /scheduled shows those
_COUNTED = (
    BatchState.SENT,
    BatchState.REFUSED,
    BatchState.UNKNOWN,
    BatchState.IN_FLIGHT,
    BatchState.NEW,
)


def history_view(
    fmt: Localizer,
    jobs: Sequence[JobOverview],
    owner: int | None,
    name_of: Callable[[int], str | None] = lambda _user_id: None,
) -> View:
    """Newest first: a block per job; a summary button for each job that has one."""
    if not jobs:
        return fmt.t("report-history-empty"), None
    blocks = [fmt.t("report-history-title")]
    buttons = []
    for index, overview in enumerate(jobs, 1):
        blocks.append(job_block(fmt, index, overview, name_of(overview.job.user_id)))
        if overview.job.state not in _NO_SUMMARY:
            label = fmt.t("history-job-button", index=index)
            buttons.append(button(label, SUMMARY_ACTION, overview.job.id, owner))
    return "\n\n".join(blocks), InlineKeyboardMarkup(rows(buttons, 2)) if buttons else None


def job_block(fmt: Localizer, index: int, overview: JobOverview, name: str | None) -> str:
    job, counts = overview.job, overview.counts
    who = name or fmt.t("history-job-who-id", user_id=job.user_id)
    head = fmt.t("history-job-head", index=index, when=fmt.datetime(job.created_at), who=who)
    line = fmt.t(
        "history-job-line",
        kind=fmt.t(f"report-operation-{job.operation.value}"),
        recipients=counts.total or job.recipient_count,
        state=fmt.t(f"history-job-state-{job.state.value}"),
    )
    details = [
        fmt.t(f"history-job-{state.value}", count=counts.of(state))
        for state in _COUNTED
        if counts.batches_of(state) and job.state not in _NO_SUMMARY
    ]
    if overview.single_bulk_id and overview.single_bulk_id.isdigit():
        details.append(fmt.t("history-job-bulk", bulk_id=int(overview.single_bulk_id)))
    separator = fmt.t("report-history-separator")
    return "\n".join([head, line, *([separator.join(details)] if details else [])])
