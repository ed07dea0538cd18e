"""The one worker that runs send jobs, owned by the Application (post_init → post_shutdown).

Each running job is one asyncio task, independent of the handler that confirmed it: nothing a
chat does (another command, a deleted message) reaches it except the Stop button, which goes
through `stop()`. At start the worker resumes unfinished jobs (see bot.services.recovery); at
shutdown it lets each job finish its current batch, then ends (the job stays `running` and is
resumed at the next start).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from bot.panel import PanelClient
from bot.services.job_view import JobView
from bot.services.send_execution import JobRun
from storage import JobRecord

LOGGER = logging.getLogger(__name__)

WORKER_KEY = "job_worker"
SHUTDOWN_GRACE_SECONDS = 10.0


class JobWorker:
    """Runs every job of one Application."""

    def __init__(self, application: Any) -> None:
        self.application = application
        self.storage = application.services.storage
        self.closing = False
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._stopped: set[int] = set()
        self._locks: dict[int, asyncio.Lock] = {}

    def submit(self, job: JobRecord, shown: asyncio.Event | None = None) -> None:
        """Run `job` (once: a job already running is left alone). `shown`: set once the
        handler that confirmed it has shown the job's first view; the job's own views wait
        for it (its batches do not)."""
        if job.id in self._tasks or self.closing:
            return
        task = asyncio.create_task(self._run(job, shown), name=f"send-job-{job.id}")
        self._tasks[job.id] = task

    async def submit_id(self, job_id: int, shown: asyncio.Event | None = None) -> None:
        job = await self.storage.jobs.get(job_id)
        if job is not None:
            self.submit(job, shown)

    @property
    def requests_in_flight(self) -> int:
        """Panel requests one job keeps at the panel at once (SEND_REQUESTS_IN_FLIGHT)."""
        return max(1, self.application.services.settings.send_requests_in_flight)

    def is_running(self, job_id: int) -> bool:
        return job_id in self._tasks

    @property
    def running(self) -> int:
        """How many jobs are running now."""
        return len(self._tasks)

    def is_stopped(self, job_id: int) -> bool:
        return job_id in self._stopped

    def lock(self, job_id: int) -> asyncio.Lock:
        return self._locks.setdefault(job_id, asyncio.Lock())

    async def stop(self, job_id: int) -> bool:
        """Stop a running or held job: True when no batch will be sent after this returns.
        A held job has no task to show its summary: one is started for it."""
        async with self.lock(job_id):
            stopped = await self.storage.jobs.stop(job_id)
            if stopped:
                self._stopped.add(job_id)
            if stopped and job_id not in self._tasks:
                task = asyncio.create_task(self._end_held(job_id), name=f"held-job-{job_id}")
                self._tasks[job_id] = task
        return stopped

    async def resume(self, job_id: int) -> bool:
        """Continue a held job (True for exactly one tap); its batches not attempted go out."""
        if not await self.storage.jobs.resume_held(job_id):
            return False
        self._stopped.discard(job_id)
        task = self._tasks.get(job_id)
        if task is not None:  # the run that held it is still returning
            await asyncio.wait([task], timeout=SHUTDOWN_GRACE_SECONDS)
        await self.submit_id(job_id)
        return True

    async def _end_held(self, job_id: int) -> None:
        from bot.services.job_summary import show_summary

        try:
            job = await self.storage.jobs.get(job_id)
            if job is not None:
                await show_summary(self, job, self.view(job))
                await self.after_job(job_id, await self.panel_for(job))
        except Exception:
            LOGGER.exception("summary of stopped job %d failed; shown at the next start", job_id)
        finally:
            self._tasks.pop(job_id, None)

    async def panel_for(self, job: JobRecord) -> PanelClient | None:
        """The client of the job's account, if its chat and staff member may still use it (a
        revoked shared account stops the job before its next batch)."""
        from bot.services.job_accounts import client_of

        services = self.application.services
        return await client_of(services, job.account, chat_id=job.chat_id, user_id=job.user_id)

    async def after_job(self, job_id: int, panel: PanelClient | None) -> None:
        """The company alerts of an ended job (never breaks the job)."""
        from bot.services.job_alerts import after_job

        try:
            await after_job(self.application, job_id, panel)
        except Exception:
            LOGGER.exception("alerts after job %d failed", job_id)

    def view(self, job: JobRecord, shown: asyncio.Event | None = None) -> JobView:
        return JobView(self.application, job, shown)

    async def follow_up(self, job: JobRecord) -> None:
        from bot.services import followups

        try:
            await followups.schedule_job(self.application, job)
        except Exception:  # a follow-up must never break a finished send
            LOGGER.exception("could not schedule the delivery follow-up of job %d", job.id)

    async def _run(self, job: JobRecord, shown: asyncio.Event | None = None) -> None:
        try:
            await JobRun(self, job, self.view(job, shown)).run()
        except asyncio.CancelledError:
            raise
        except Exception:
            LOGGER.exception("job %d failed; it is resumed at the next start", job.id)
        finally:
            self._tasks.pop(job.id, None)
            self._locks.pop(job.id, None)

    async def shutdown(self) -> None:
        """Let each job finish its current batch, then end every task."""
        self.closing = True
        tasks = list(self._tasks.values())
        if not tasks:
            return
        _, pending = await asyncio.wait(tasks, timeout=SHUTDOWN_GRACE_SECONDS)
        for task in pending:
            task.cancel()
        for task in pending:
            with contextlib.suppress(BaseException):
                await task


def worker_of(application: Any) -> JobWorker:
    """The Application's worker (created in post_init)."""
    return application.services.extras[WORKER_KEY]


async def start_worker(application: Any) -> JobWorker:
    """post_init: create the worker and resume what a stop or a crash interrupted."""
    from bot.services.recovery import resume_jobs

    worker = JobWorker(application)
    application.services.extras[WORKER_KEY] = worker
    await resume_jobs(worker)
    return worker


async def stop_worker(application: Any) -> None:
    worker = application.services.extras.pop(WORKER_KEY, None)
    if worker is not None:
        await worker.shutdown()
