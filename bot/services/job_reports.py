"""Reports over a whole send job: the combined delivery report of all its bulk ids, and the
per-batch table. Spreadsheets are written in a worker thread (the event loop only waits)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.keyboards import button, pager_row, paginate
from bot.localizer import Localizer
from bot.panel import PanelClient, PanelError
from bot.panel.models import DeliveryItem
from bot.services.job_views import View, paged
from bot.services.reports import delivery_xlsx, parse_bulk_id, summarize
from bot.services.reports_views import DELIVERY_PER_PAGE, summary_lines
from bot.services.reports_xlsx import write_table
from storage import BatchRecord, BatchState, Storage

REPORT_CONCURRENCY = 4  # delivery requests at once


@dataclass(frozen=True)
class JobDelivery:
    """Delivery items of every sent batch of a job, and how many bulks the panel did not give."""

    items: list[DeliveryItem]
    bulks: int
    failed: int


async def job_delivery(panel: PanelClient, storage: Storage, job_id: int) -> JobDelivery:
    """Fetch the delivery report of each bulk of the job, a few at a time."""
    batches = await storage.jobs.batches(job_id)
    bulk_ids = [
        bulk
        for batch in batches
        if batch.state == BatchState.SENT and (bulk := parse_bulk_id(batch.bulk_id)) is not None
    ]
    gate = asyncio.Semaphore(REPORT_CONCURRENCY)

    async def one(bulk_id: int) -> list[DeliveryItem] | None:
        async with gate:
            try:
                return await panel.delivery(bulk_id)
            except PanelError:
                return None

    parts = await asyncio.gather(*(one(bulk) for bulk in bulk_ids))
    items = [item for part in parts if part for item in part]
    return JobDelivery(items, len(bulk_ids), sum(part is None for part in parts))


def delivery_view(
    fmt: Localizer, job_id: int, report: JobDelivery, page: int, owner: int, *, resend: bool = False
) -> View:
    """Counts per status over the whole job, one page of numbers, ◀ ▶, the .xlsx, and (with
    `resend`: a job with its own list) «ارسال دوباره به ناموفق‌ها»."""
    if not report.bulks:
        return fmt.t("sendjob-report-none"), None
    lines = [fmt.t("sendjob-report-title", bulks=report.bulks)]
    lines += summary_lines(fmt, 0, summarize(report.items))[1:]
    if report.failed:
        lines.append(fmt.t("sendjob-report-failed", failed=report.failed))
    shown = paginate(report.items, page, DELIVERY_PER_PAGE)
    if report.items:
        lines += ["", fmt.t("report-delivery-numbers")]
        first = shown.number * DELIVERY_PER_PAGE + 1
        lines += [
            fmt.t(
                "report-delivery-line",
                index=first + offset,
                number=fmt.digits(item.number),
                status=fmt.vocabulary(item.status, item.raw_status),
            )
            for offset, item in enumerate(shown.items)
        ]
    keyboard: list[list[InlineKeyboardButton]] = []
    if nav := pager_row(shown, "job.report_page", fmt.t, owner):
        keyboard.append(paged(nav, job_id, "job.report_page"))
    actions = [
        button(fmt.t("report-button-refresh"), "job.report_page", (job_id, shown.number), owner)
    ]
    if report.items:
        actions.insert(0, button(fmt.t("sendjob-button-xlsx"), "job.report_xlsx", job_id, owner))
    keyboard.append(actions)
    if resend and report.items:
        keyboard.append([button(fmt.t("resend-button"), "job.resend_failed", job_id, owner)])
    return "\n".join(lines), InlineKeyboardMarkup(keyboard)


async def delivery_file(fmt: Localizer, report: JobDelivery, right_to_left: bool) -> bytes:
    headers = (fmt.t("report-xlsx-number"), fmt.t("report-xlsx-status"), fmt.t("report-xlsx-code"))
    return await asyncio.to_thread(
        delivery_xlsx,
        report.items,
        fmt.vocabulary,
        headers,
        sheet_name=fmt.t("report-xlsx-sheet"),
        right_to_left=right_to_left,
    )


async def batches_file(
    fmt: Localizer, batches: Sequence[BatchRecord], right_to_left: bool
) -> bytes:
    """One row per batch: index, recipients, state, bulk id, code or the panel's answer."""
    headers = tuple(
        fmt.t(key)
        for key in (
            "sendjob-xlsx-index",
            "sendjob-xlsx-count",
            "sendjob-xlsx-state",
            "sendjob-xlsx-bulk",
            "sendjob-xlsx-code",
        )
    )
    words = {state: fmt.t(f"sendjob-state-{state.value}") for state in BatchState}
    rows = [
        (
            str(batch.index),
            str(batch.count),
            words[batch.state],
            batch.bulk_id or "",
            batch.error_code or batch.detail or "",
        )
        for batch in batches
    ]
    return await asyncio.to_thread(
        write_table,
        headers,
        rows,
        sheet_name=fmt.t("sendjob-xlsx-sheet"),
        widths=(8, 12, 22, 14, 30),
        right_to_left=right_to_left,
    )
