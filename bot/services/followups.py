"""Delivery follow-ups: poll a send's reports on a back-off schedule and say once they settled.

After a send job, `schedule_job()` plans ONE JobQueue job for all its bulk ids (`schedule()`
for a single bulk) that polls `delivery(bulk_id)` of each with the chat's stored panel account,
waiting `SCHEDULE[n]` seconds before poll n (the last delay repeats). When every number has a
final status the chat gets ONE message with the summary and a report button, and the audit
rows are marked settled. Panel errors are retried on the same schedule; after `MAX_FAILURES`
failures in a row, or `MAX_POLLS` polls without settling, the chat is told once that the
follow-up stopped, and the rows are marked done too. JobQueue jobs are not persisted, so
`resume()` (post_init) rebuilds them from the audit trail.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from telegram import InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application, JobQueue

from bot.keyboards import button
from bot.panel import PanelClient, PanelError
from bot.services.reports import DeliverySummary, parse_bulk_id, summarize
from bot.services.reports_views import View, gave_up_view, settled_view, summary_lines

if TYPE_CHECKING:
    from bot.context import BotContext, Services
    from bot.localizer import Localizer

LOGGER = logging.getLogger(__name__)

# Seconds before each poll; the last one repeats. Tests shorten it (monkeypatch).
SCHEDULE: tuple[float, ...] = (30, 60, 120, 300, 600, 1200, 1800, 3600)
MAX_POLLS = 60  # about two days at the cap, then the follow-up gives up
MAX_FAILURES = 8  # panel errors in a row before giving up
REPORT_CONCURRENCY = 4  # delivery requests at once for a send of many bulks


@dataclass
class FollowUp:
    """What one follow-up carries between its polls: one bulk, or every bulk of a send job."""

    chat_id: int
    audit_id: int
    bulk_id: int
    locale: str
    polls: int = 0
    failures: int = 0
    send_job_id: int | None = None
    more: tuple[tuple[int, int], ...] = ()  # (audit id, bulk id) of the job's other bulks
    account: tuple[str, int] | None = None  # the job's (account key, operator); None: the chat's

    @property
    def job_name(self) -> str:
        if self.send_job_id is not None:
            return f"followup-job:{self.send_job_id}"
        return job_name(self.audit_id)

    @property
    def bulks(self) -> list[tuple[int, int]]:
        return [(self.audit_id, self.bulk_id), *self.more]


def job_name(audit_id: int) -> str:
    return f"followup:{audit_id}"


def delay_before(poll: int) -> float:
    """Seconds to wait before poll number `poll` (0-based)."""
    return SCHEDULE[min(poll, len(SCHEDULE) - 1)]


def schedule(
    job_queue: JobQueue,
    *,
    chat_id: int,
    audit_id: int,
    bulk_id: int,
    locale: str,
    account: tuple[str, int] | None = None,
) -> None:
    """Start following a sent bulk (once per audit row: a second call is ignored).

    `bulk_id` may also be the audit trail's numeric str; anything else is logged and ignored."""
    bulk = parse_bulk_id(str(bulk_id))
    if bulk is None:
        LOGGER.warning("No follow-up for audit row %s: bulk id %r", audit_id, bulk_id)
        return
    if job_queue.get_jobs_by_name(job_name(audit_id)):
        return
    _plan(job_queue, FollowUp(chat_id, audit_id, bulk, locale, account=account))


async def schedule_job(application: Application, job: object) -> None:
    """Follow every sent bulk of a finished send job with one follow-up (one message)."""
    services: Services = application.services  # type: ignore[attr-defined]
    if application.job_queue is None:
        return
    batches = await services.storage.jobs.batches(job.id)  # type: ignore[attr-defined]
    bulks = tuple(
        (batch.audit_id, bulk)
        for batch in batches
        if batch.audit_id is not None and (bulk := parse_bulk_id(batch.bulk_id)) is not None
    )
    locale = job.locale or services.settings.locale  # type: ignore[attr-defined]
    account = (job.account, job.user_id)  # type: ignore[attr-defined]
    _follow_bulks(application.job_queue, job.chat_id, job.id, bulks, locale, account)  # type: ignore[attr-defined]


def _follow_bulks(
    job_queue: JobQueue,
    chat_id: int,
    send_job_id: int,
    bulks: tuple[tuple[int, int], ...],
    locale: str,
    account: tuple[str, int] | None = None,
) -> None:
    if not bulks:
        return
    (audit_id, bulk_id), more = bulks[0], bulks[1:]
    if not more:
        schedule(
            job_queue,
            chat_id=chat_id,
            audit_id=audit_id,
            bulk_id=bulk_id,
            locale=locale,
            account=account,
        )
        return
    follow_up = FollowUp(
        chat_id, audit_id, bulk_id, locale, send_job_id=send_job_id, more=more, account=account
    )
    if not job_queue.get_jobs_by_name(follow_up.job_name):
        _plan(job_queue, follow_up)


def _plan(job_queue: JobQueue, follow_up: FollowUp) -> None:
    job_queue.run_once(
        _poll,
        when=delay_before(follow_up.polls),
        data=follow_up,
        name=follow_up.job_name,
        chat_id=follow_up.chat_id,
    )


async def _poll(context: BotContext) -> None:
    """One poll: tell the chat if the bulk settled, else plan the next poll (or give up)."""
    assert context.job is not None
    follow_up: FollowUp = context.job.data  # type: ignore[assignment]
    follow_up.polls += 1
    services = context.application.services  # type: ignore[attr-defined]
    fmt = services.i18n.for_locale(follow_up.locale)
    client = await _client_of(services, follow_up)
    if client is None:
        reason = fmt.t("report-followup-no-account")
        await _finish(context, follow_up, gave_up_view(fmt, follow_up.bulk_id, reason))
        return
    try:
        summary = summarize(await _items(client, follow_up))
    except PanelError as error:
        await _failed(context, follow_up, fmt.panel_error(error), str(error))
        return
    follow_up.failures = 0
    await _after_poll(context, follow_up, summary)


async def _items(client: PanelClient, follow_up: FollowUp) -> list:
    """Every delivery item of the follow-up's bulks, a few requests at a time."""
    gate = asyncio.Semaphore(REPORT_CONCURRENCY)

    async def one(bulk_id: int) -> list:
        async with gate:
            return await client.delivery(bulk_id)

    parts = await asyncio.gather(*(one(bulk) for _, bulk in follow_up.bulks))
    return [item for part in parts for item in part]


async def _after_poll(context: BotContext, follow_up: FollowUp, summary: DeliverySummary) -> None:
    services = context.application.services  # type: ignore[attr-defined]
    fmt = services.i18n.for_locale(follow_up.locale)
    if summary.settled:
        await _finish(context, follow_up, _settled(fmt, follow_up, summary))
    elif follow_up.polls >= MAX_POLLS:
        reason = fmt.t("report-followup-still-open")
        await _finish(context, follow_up, gave_up_view(fmt, follow_up.bulk_id, reason))
    else:
        _plan(context.job_queue, follow_up)  # type: ignore[arg-type]


def _settled(fmt: Localizer, follow_up: FollowUp, summary: DeliverySummary) -> View:
    if follow_up.send_job_id is None:
        return settled_view(fmt, follow_up.bulk_id, summary)
    lines = [fmt.t("sendjob-followup-settled", bulks=len(follow_up.bulks)), ""]
    lines += summary_lines(fmt, follow_up.bulk_id, summary)[1:]
    report = button(fmt.t("sendjob-button-report"), "job.report", follow_up.send_job_id, None)
    return "\n".join(lines), InlineKeyboardMarkup([[report]])


async def _failed(context: BotContext, follow_up: FollowUp, sentence: str, detail: str) -> None:
    """A poll failed: retry on the schedule, or give up (telling the chat) after too many."""
    follow_up.failures += 1
    LOGGER.warning(
        "Follow-up of bulk %s: poll %d failed (%s)", follow_up.bulk_id, follow_up.polls, detail
    )
    if follow_up.failures >= MAX_FAILURES:
        services = context.application.services  # type: ignore[attr-defined]
        fmt = services.i18n.for_locale(follow_up.locale)
        await _finish(context, follow_up, gave_up_view(fmt, follow_up.bulk_id, sentence))
    else:
        _plan(context.job_queue, follow_up)  # type: ignore[arg-type]


async def _finish(context: BotContext, follow_up: FollowUp, view: View) -> None:
    """Tell the chat once and mark the audit row done. A chat that cannot be reached (blocked,
    gone) ends the follow-up; a network hiccup is retried like a panel error."""
    text, markup = view
    try:
        await context.bot.send_message(follow_up.chat_id, text, reply_markup=markup)
    except (Forbidden, BadRequest) as error:
        LOGGER.info("Follow-up of bulk %s: chat unreachable (%s)", follow_up.bulk_id, error)
    except TelegramError as error:
        follow_up.failures += 1
        LOGGER.warning("Follow-up of bulk %s: message not sent (%s)", follow_up.bulk_id, error)
        if follow_up.failures < MAX_FAILURES:
            _plan(context.job_queue, follow_up)  # type: ignore[arg-type]
            return
    services = context.application.services  # type: ignore[attr-defined]
    for audit_id, _ in follow_up.bulks:
        await services.storage.mark_settled(audit_id)


async def _client_of(services: Services, follow_up: FollowUp) -> PanelClient | None:
    """The job's account (a shared one only while still granted), else the chat's own."""
    if follow_up.account is not None:
        from bot.services.job_accounts import client_of

        key, user = follow_up.account
        return await client_of(services, key, chat_id=follow_up.chat_id, user_id=user)
    credentials = await services.storage.get_credentials(follow_up.chat_id)
    if credentials is None:
        return None
    return services.panels.client(credentials.username, credentials.password)


async def resume(application: Application) -> None:
    """Rebuild follow-up jobs from the audit trail (JobQueue jobs are not persisted)."""
    job_queue = application.job_queue
    if job_queue is None:
        LOGGER.warning("No JobQueue: delivery follow-ups are off")
        return
    services: Services = application.services  # type: ignore[attr-defined]
    resumed = 0
    by_operation: dict[str, list] = {}
    for record in await services.storage.unsettled_sent_audits():
        if parse_bulk_id(record.bulk_id) is not None:
            by_operation.setdefault(record.operation_key, []).append(record)
    for key, records in by_operation.items():
        job = await services.storage.jobs.by_key(key)
        locale = await _locale_of(application, services, records[0].chat_id)
        bulks = tuple((r.id, parse_bulk_id(r.bulk_id) or 0) for r in records)
        if job is not None:
            account = (job.account, job.user_id)
            _follow_bulks(job_queue, job.chat_id, job.id, bulks, locale, account)
        else:  # the old send path: one follow-up per bulk
            for audit_id, bulk_id in bulks:
                schedule(
                    job_queue,
                    chat_id=records[0].chat_id,
                    audit_id=audit_id,
                    bulk_id=bulk_id,
                    locale=locale,
                )
        resumed += 1
    if resumed:
        LOGGER.info("Resumed %d delivery follow-up(s)", resumed)


async def _locale_of(application: Application, services: Services, chat_id: int) -> str:
    """The chat's language: its chat_data choice, else its stored setting, else the default."""
    chat_data = application.chat_data.get(chat_id) or {}
    if chat_data.get("locale"):
        return str(chat_data["locale"])
    stored = (await services.storage.get_chat_settings(chat_id)).locale
    return stored or services.settings.locale
