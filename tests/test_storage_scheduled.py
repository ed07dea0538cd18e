"""Scheduled jobs in storage: the start is claimed exactly once, a cancelled or pending job is
never resumed as a running one, and a bulk leads back to its list job only in its own chat."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from storage import BatchState, JobState, OperationKind

pytest_plugins = (f"{__package__}.storage_fixtures" if __package__ else "storage_fixtures",)

DUE = datetime(2026, 12, 1, 7, 0, tzinfo=UTC)


async def _scheduled(store, key: str = "k1", chat: int = 1001) -> int:
    job_id = await store.jobs.create(
        operation_key=key,
        chat_id=chat,
        user_id=chat,
        operation=OperationKind.SEND,
        sender="3000505",
        text="متن",
        target=None,
        params={},
        parts=1,
        recipients=["09121234567", "09121234568"],
        estimated_count=2,
        batch_size=500,
        locale="fa",
        due_at=DUE,
    )
    assert job_id is not None
    return job_id


async def test_a_scheduled_job_waits_and_its_start_is_claimed_once(store):
    job_id = await _scheduled(store)
    job = await store.jobs.get(job_id)
    assert job is not None and job.state == JobState.SCHEDULED and job.due_at == DUE
    assert await store.jobs.to_resume() == []  # not started: nothing for the worker
    assert await store.jobs.scheduled_times() == [(job_id, DUE)]
    claims = await asyncio.gather(*(store.jobs.claim_scheduled(job_id) for _ in range(5)))
    assert sorted(claims) == [False, False, False, False, True]
    assert [j.id for j in await store.jobs.to_resume()] == [job_id]  # now running
    assert not await store.jobs.cancel_scheduled(job_id)  # too late to cancel
    assert not await store.jobs.reschedule(job_id, DUE + timedelta(hours=1))
    assert await store.jobs.scheduled_times() == []


async def test_a_cancelled_job_never_starts_nor_resumes(store):
    job_id = await _scheduled(store)
    assert await store.jobs.reschedule(job_id, DUE + timedelta(hours=2))
    assert await store.jobs.scheduled_times() == [(job_id, DUE + timedelta(hours=2))]
    assert await store.jobs.cancel_scheduled(job_id)
    assert not await store.jobs.claim_scheduled(job_id)
    assert await store.jobs.to_resume() == []
    assert await store.jobs.scheduled() == []
    job = await store.jobs.get(job_id)
    assert job is not None and job.state == JobState.CANCELLED


async def test_only_the_operators_own_scheduled_jobs_are_listed_for_them(store):
    mine = await _scheduled(store, "a", chat=1001)
    theirs = await _scheduled(store, "b", chat=2002)
    assert [j.id for j in await store.jobs.scheduled(1001)] == [mine]
    assert {j.id for j in await store.jobs.scheduled()} == {mine, theirs}


async def test_a_bulk_leads_to_its_list_job_only_in_its_chat(store):
    job_id = await _scheduled(store)
    assert await store.jobs.claim_scheduled(job_id)
    batch = await store.jobs.start(job_id, max_count=100, batch_total=1)
    assert batch is not None
    await store.jobs.finish(batch, BatchState.SENT, bulk_id="777")
    assert await store.jobs.list_job_of_bulk("777", 1001) == job_id
    assert await store.jobs.list_job_of_bulk("777", 2002) is None
    (with_numbers,) = await store.jobs.batches_with_numbers(job_id)
    assert with_numbers.numbers == ["09121234567", "09121234568"]
