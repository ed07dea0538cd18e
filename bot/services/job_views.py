"""Texts and keyboards about a send job: progress, pause, summary, restart notice, batch detail.

Pure: a `Localizer` and plain data in, `(text, keyboard)` out. Every view has a fixed size
whatever the number of recipients (counts, one page, at most a handful of buttons).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.keyboards import Page, button, pager_row
from bot.localizer import Localizer
from bot.services.reports import bar
from storage import BatchRecord, BatchState, JobCounts, JobState

View = tuple[str, InlineKeyboardMarkup | None]
BATCHES_PER_PAGE = 20
_CODE_DETAIL = re.compile(r"code (-?\d+)")
_HTTP_DETAIL = re.compile(r"HTTP \d+")


@dataclass
class Tally:
    """What a running job did so far, kept in memory (the database may be unreachable)."""

    total: int
    batches: int
    sent: int = 0
    sent_batches: int = 0
    unknown: int = 0
    done_batches: int = 0

    @classmethod
    def of(cls, counts: JobCounts) -> Tally:
        done = counts.total_batches - counts.batches_of(BatchState.NEW)
        return cls(
            total=counts.total,
            batches=counts.total_batches,
            sent=counts.of(BatchState.SENT),
            sent_batches=counts.batches_of(BatchState.SENT),
            unknown=counts.of(BatchState.UNKNOWN),
            done_batches=done,
        )


@dataclass(frozen=True)
class SummaryFacts:
    """What the summary says beyond the counts: the first refusal, the first unknown answer."""

    refusal: str | None = None  # the panel's sentence for the first refused batch
    unknown_detail: str | None = None  # code or snippet of the first unknown batch
    single_bulk_id: str | None = None  # shown when the job went out in one request
    retry_count: int = 0  # recipients that surely got nothing and may be sent again


def duration(fmt: Localizer, seconds: float) -> str:
    whole = max(0, int(seconds))
    return fmt.t("sendjob-duration", minutes=whole // 60, seconds=fmt.digits(f"{whole % 60:02d}"))


def progress_view(
    fmt: Localizer, tally: Tally, elapsed: float, eta: float | None, job_id: int, owner: int
) -> View:
    done = tally.sent + tally.unknown
    text = fmt.t(
        "sendjob-progress",
        bar=bar(done, tally.total or 1),
        percent=fmt.percent(100.0 * done / tally.total if tally.total else 0.0),
        done=tally.sent,
        total=tally.total,
        batch=min(tally.done_batches + 1, tally.batches),
        batches=tally.batches,
        elapsed=duration(fmt, elapsed),
        eta=duration(fmt, eta) if eta is not None else fmt.t("sendjob-eta-unknown"),
    )
    stop = button(fmt.t("sendjob-button-stop"), "job.stop", job_id, owner)
    return text, InlineKeyboardMarkup([[stop]])


def paused_text(fmt: Localizer, tally: Tally) -> str:
    return fmt.t(
        "sendjob-paused", sent=tally.sent, batches=tally.sent_batches, unknown=tally.unknown
    )


def held_view(fmt: Localizer, tally: Tally, run: int, job_id: int, owner: int) -> View:
    """A job held after `run` unclear answers in a row: counts so far, Continue and Stop."""
    text = fmt.t(
        "sendjob-held",
        run=run,
        sent=tally.sent,
        unknown=tally.unknown,
        left=max(tally.total - tally.sent - tally.unknown, 0),
    )
    keyboard = [
        [button(fmt.t("sendjob-button-continue"), "job.continue", job_id, owner)],
        [button(fmt.t("sendjob-button-stop"), "job.stop", job_id, owner)],
    ]
    return text, InlineKeyboardMarkup(keyboard)


_TITLES = {
    JobState.DONE: "sendjob-summary-done",
    JobState.STOPPED: "sendjob-summary-stopped",
    JobState.HALTED: "sendjob-summary-halted",
    JobState.RUNNING: "sendjob-summary-running",
    JobState.HELD: "sendjob-summary-running",
}
SUMMARY_STATES = frozenset(_TITLES)


def summary_view(
    fmt: Localizer,
    state: JobState,
    counts: JobCounts,
    facts: SummaryFacts,
    job_id: int,
    owner: int,
) -> View:
    """Title, one line per non-empty state, the reason or the panel's answer, ≤ 3 buttons."""
    lines = [fmt.t(_TITLES[state])]
    lines.append(fmt.t("sendjob-summary-total", total=counts.total, batches=counts.total_batches))
    lines += _count_lines(fmt, counts, facts)
    return "\n".join(lines), _summary_keyboard(fmt, counts, facts, job_id, owner)


def _count_lines(fmt: Localizer, counts: JobCounts, facts: SummaryFacts) -> list[str]:
    lines: list[str] = []
    if sent_batches := counts.batches_of(BatchState.SENT):
        key = "sendjob-summary-sent" if counts.total_batches > 1 else "sendjob-summary-sent-one"
        lines.append(fmt.t(key, count=counts.of(BatchState.SENT), batches=sent_batches))
        if facts.single_bulk_id:
            lines.append(fmt.t("sendjob-summary-bulk", bulk_id=_shown(facts.single_bulk_id)))
    if counts.batches_of(BatchState.REFUSED):
        lines.append(
            fmt.t(
                "sendjob-summary-refused",
                count=counts.of(BatchState.REFUSED),
                batches=counts.batches_of(BatchState.REFUSED),
            )
        )
        if facts.refusal:
            lines.append(fmt.t("sendjob-summary-refused-reason", reason=facts.refusal))
    unknown_batches = counts.batches_of(BatchState.UNKNOWN) + counts.batches_of(
        BatchState.IN_FLIGHT
    )
    if unknown_batches:
        lines.append(
            fmt.t(
                "sendjob-summary-unknown",
                count=counts.of(BatchState.UNKNOWN) + counts.of(BatchState.IN_FLIGHT),
                batches=unknown_batches,
                detail=answer_detail(fmt, facts.unknown_detail),
            )
        )
        lines.append(fmt.t("sendjob-summary-unknown-advice"))
    if counts.batches_of(BatchState.NEW):
        lines.append(
            fmt.t(
                "sendjob-summary-not-attempted",
                count=counts.of(BatchState.NEW),
                batches=counts.batches_of(BatchState.NEW),
            )
        )
    return lines


def _summary_keyboard(
    fmt: Localizer, counts: JobCounts, facts: SummaryFacts, job_id: int, owner: int
) -> InlineKeyboardMarkup | None:
    keyboard: list[list[InlineKeyboardButton]] = []
    if facts.single_bulk_id and facts.single_bulk_id.isdigit():  # one request: its own report
        bulk = int(facts.single_bulk_id)
        keyboard.append(
            [
                button(fmt.t("send-button-delivery", bulk_id=bulk), "report.delivery", bulk, owner),
                button(fmt.t("send-button-status", bulk_id=bulk), "report.status", bulk, owner),
            ]
        )
    elif counts.batches_of(BatchState.SENT):
        keyboard.append([button(fmt.t("sendjob-button-report"), "job.report", job_id, owner)])
    if counts.total_batches > 1:
        keyboard.append(
            [button(fmt.t("sendjob-button-batches"), "job.batches", (job_id, 0), owner)]
        )
    if facts.retry_count:
        label = fmt.t("sendjob-button-retry", count=facts.retry_count)
        keyboard.append([button(label, "job.retry", job_id, owner)])
    return InlineKeyboardMarkup(keyboard) if keyboard else None


def recovered_text(fmt: Localizer, counts: JobCounts, resumes: bool) -> str:
    unknown_batches = counts.batches_of(BatchState.UNKNOWN)
    text = fmt.t(
        "sendjob-recovered",
        sent=counts.of(BatchState.SENT),
        sent_batches=counts.batches_of(BatchState.SENT),
        unknown=counts.of(BatchState.UNKNOWN),
        unknown_batches=unknown_batches,
        resumed=counts.of(BatchState.NEW) if resumes else 0,
        resumed_batches=counts.batches_of(BatchState.NEW) if resumes else 0,
    )
    if not resumes or not counts.batches_of(BatchState.NEW):
        text += "\n" + fmt.t("sendjob-recovered-nothing-left")
    return text


def batch_line(fmt: Localizer, batch: BatchRecord) -> str:
    key = f"sendjob-batch-{batch.state.value}"
    return fmt.t(
        key,
        index=batch.index,
        count=batch.count,
        bulk_id=_shown(batch.bulk_id),
        code=_shown(batch.error_code),
        detail=answer_detail(fmt, batch.detail or batch.error_code),
    )


def answer_detail(fmt: Localizer, detail: str | None) -> str:
    """The panel's unclear answer as the user reads it: `کد ۴۲۴۲`, `HTTP ۵۰۴` or its snippet."""
    if not detail:
        return "?"
    if detail == "restart":
        return fmt.t("sendjob-detail-restart")
    if match := _CODE_DETAIL.fullmatch(detail):
        return fmt.t("sendjob-detail-code", code=int(match.group(1)))
    if _HTTP_DETAIL.fullmatch(detail):
        return fmt.digits(detail)
    return detail


def batches_view(
    fmt: Localizer,
    job_id: int,
    batches: Sequence[BatchRecord],
    page: Page,
    total: int,
    owner: int,
) -> View:
    """One page of the job's batches, ◀ ▶ and the .xlsx of them all."""
    lines = [fmt.t("sendjob-batches-title", batches=total)]
    lines += [batch_line(fmt, batch) for batch in batches]
    keyboard: list[list[InlineKeyboardButton]] = []
    if nav := pager_row(page, "job.batches_page", fmt.t, owner):
        keyboard.append(paged(nav, job_id, "job.batches_page"))
    keyboard.append([button(fmt.t("sendjob-button-xlsx"), "job.batches_xlsx", job_id, owner)])
    return "\n".join(lines), InlineKeyboardMarkup(keyboard)


def paged(nav: list[InlineKeyboardButton], job_id: int, name: str) -> list[InlineKeyboardButton]:
    """Pager buttons whose value is `(job_id, page)` instead of the bare page."""
    result = []
    for key in nav:
        action = key.callback_data
        value = (job_id, action.value) if action.name == name else action.value
        result.append(button(key.text, action.name, value, action.owner))
    return result


def _shown(value: str | None) -> int | str:
    text = value or "?"
    return int(text) if text.isdigit() else text
