"""The scheduler: starts each scheduled send at its time, exactly once, across restarts.

Owned by the Application (post_init → post_shutdown), beside the job worker. It reads the due
times from the database (so a restart loses nothing), asks :func:`plan_due` what is due by the
bot's clock (``services.clock``, injectable), and starts each due job:

1. credit is checked again (an estimate, as at the preview): too low → the job never starts
   and its chat is told; a panel that cannot say lets the job start (the panel has the last say);
2. the atomic claim ``scheduled → running`` (only one caller ever wins, whoever else tries);
3. a job found late (the bot was down at its time) says so in its chat;
4. the worker runs it like any confirmed send (a crash after the claim → resumed as usual).

While the panel is outside its sending hours a due job waits for the next allowed time (its
time is moved there) and its chat is told.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from bot.panel import PanelError
from bot.services import checkpoints
from bot.services.job_worker import JobWorker, worker_of
from bot.services.schedule_due import Scheduled, Start, plan_due
from bot.services.sending import PART_PRICE_RIALS
from storage import JobRecord, JobState

LOGGER = logging.getLogger(__name__)

SCHEDULER_KEY = "scheduler"
POLL_SECONDS = 1.0
"""Longest real sleep between two looks at the due times (the clock may be a test's)."""


class Started(StrEnum):
    """What one attempt to start a scheduled job did."""

    STARTED = "started"
    NO_CREDIT = "no-credit"  # cancelled; its chat was told
    GONE = "gone"  # not pending any more (started, cancelled): nothing done


class Scheduler:
    """Starts scheduled jobs of one Application when they are due."""

    def __init__(self, application: Any, worker: JobWorker) -> None:
        self.application = application
        self.worker = worker
        self.storage = application.services.storage
        self.clock = application.services.clock
        self.closing = False
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="scheduler")

    def wake(self) -> None:
        """Look at the due times now (a job was scheduled, moved or sent now)."""
        self._wake.set()

    async def _loop(self) -> None:
        while not self.closing:
            wake_at: datetime | None = None
            try:
                wake_at = await self.tick()
            except Exception:  # the database is down, a Telegram error: try again later
                LOGGER.exception("scheduler: could not look at the scheduled sends")
            await self._sleep(wake_at)

    async def _sleep(self, wake_at: datetime | None) -> None:
        seconds = POLL_SECONDS
        if wake_at is not None:
            seconds = min(seconds, max((wake_at - self.clock()).total_seconds(), 0.0))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), seconds)
        self._wake.clear()

    async def tick(self) -> datetime | None:
        """Start what is due now, hold what the sending hours forbid; the next wake-up."""
        times = await self.storage.jobs.scheduled_times()
        pending = [Scheduled(job_id, at) for job_id, at in times]
        plan = plan_due(pending, now=self.clock())
        for job_id in plan.held:
            if plan.held_until is not None:
                await self._hold(job_id, plan.held_until)
        for job_id, start in plan.start:
            if self.closing:
                break
            await self.start_job(job_id, late=start is Start.LATE)
        return plan.wake_at

    async def start_job(self, job_id: int, *, late: bool = False) -> Started:
        """Check credit, claim, say late, hand to the worker (see the module docstring)."""
        job = await self.storage.jobs.get(job_id)
        if job is None or job.due_at is None or job.state != JobState.SCHEDULED:
            return Started.GONE
        view = self.worker.view(job)
        if not await self._credit_suffices(job):
            if not await self.storage.jobs.cancel_scheduled(job.id):
                return Started.GONE
            await view.notice(view.fmt.t("schedule-no-credit", when=job.due_at))
            return Started.NO_CREDIT
        if not await self.storage.jobs.claim_scheduled(job.id):
            return Started.GONE  # another start (a tap, a second look) won: it runs once
        checkpoints.reached("scheduled-claimed")
        LOGGER.info("scheduled job %d started%s", job.id, " late" if late else "")
        if late:
            await view.notice(view.fmt.t("schedule-started-late", when=job.due_at))
        await self.worker.submit_id(job.id)
        return Started.STARTED

    async def _credit_suffices(self, job: JobRecord) -> bool:
        panel = await self.worker.panel_for(job)
        if panel is None:
            return True  # the worker halts it and says nobody is logged in
        try:
            credit = await panel.credit()
        except PanelError:
            return True  # the panel cannot say now; it refuses the send itself if it must
        return credit >= Decimal(job.parts * job.recipient_count) * PART_PRICE_RIALS

    async def _hold(self, job_id: int, until: datetime) -> None:
        job = await self.storage.jobs.get(job_id)
        if job is None or job.due_at is None:
            return
        if await self.storage.jobs.reschedule(job.id, until):
            view = self.worker.view(job)
            await view.notice(view.fmt.t("schedule-held", when=job.due_at, next=until))

    async def shutdown(self) -> None:
        self.closing = True
        self.wake()
        if self._task is not None:
            with contextlib.suppress(BaseException):
                await asyncio.wait_for(self._task, 5.0)


def scheduler_of(application: Any) -> Scheduler:
    return application.services.extras[SCHEDULER_KEY]


async def start_scheduler(application: Any) -> Scheduler:
    """post_init, after the worker resumed its jobs: start watching the due times."""
    scheduler = Scheduler(application, worker_of(application))
    application.services.extras[SCHEDULER_KEY] = scheduler
    scheduler.start()
    return scheduler


async def stop_scheduler(application: Any) -> None:
    scheduler = application.services.extras.pop(SCHEDULER_KEY, None)
    if scheduler is not None:
        await scheduler.shutdown()
