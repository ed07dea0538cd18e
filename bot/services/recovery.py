"""After a restart (clean, or a crash at any point): finish what the last run left.

For every job still running, or finished without its summary shown:
* a batch that was in flight becomes `unknown`: the panel may have sent it, so it is never
  retried;
* the chat gets ONE message saying what went out, what is unknown and what is resumed;
* batches never attempted are sent (the user confirmed the whole send), by the worker;
* a job that had ended only misses its summary: the summary is shown.
Audit rows of the old, job-less send path still `pending` become `unknown` too.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from storage import JobState

if TYPE_CHECKING:
    from bot.services.job_worker import JobWorker

LOGGER = logging.getLogger(__name__)


async def resume_after_restart(application) -> None:  # type: ignore[no-untyped-def]
    """post_init: resume the delivery follow-ups of sent bulks."""
    from bot.services import followups

    await followups.resume(application)


async def resume_jobs(worker: JobWorker) -> None:
    """Settle in-flight batches, tell each chat once, then hand the jobs to the worker."""
    from bot.services.job_summary import show_summary
    from bot.services.job_views import recovered_text

    storage = worker.storage
    await _settle_orphan_audits(worker)
    for job in await storage.jobs.to_resume():
        unknown = await storage.jobs.in_flight_to_unknown(job.id)
        view = worker.view(job)
        if job.state == JobState.RUNNING:
            counts = await storage.jobs.counts(job.id)
            await view.notice(recovered_text(view.fmt, counts, resumes=True))
            worker.submit(job)
        else:
            await show_summary(worker, job, view)
        LOGGER.info("job %d after restart: %d in-flight batch(es) now unknown", job.id, unknown)


async def _settle_orphan_audits(worker: JobWorker) -> None:
    """Pending audit rows without a job (the old send path): unknown, nothing re-sent."""
    from storage import AuditState

    storage = worker.storage
    for row in await storage.unfinished_audits():
        if await storage.jobs.by_key(row.operation_key) is None:
            await storage.audit_finish(row.id, state=AuditState.UNKNOWN)
