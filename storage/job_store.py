"""`JobStore`: the async face of send jobs (`storage.jobs`), one short transaction per call."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine
from sqlmodel import Session

from storage import job_steps, jobs
from storage.crypto import Cipher
from storage.db import create_synced_engine
from storage.records import (
    BatchRecord,
    BatchState,
    JobCounts,
    JobEnding,
    JobOverview,
    JobRecord,
    JobState,
    OperationKind,
)

T = TypeVar("T")


class JobStore:
    """Jobs and batches of one database; every call commits before it returns."""

    def __init__(self, engine: Engine, cipher: Cipher) -> None:
        self._engine = engine
        self._synced = create_synced_engine(engine)  # in-flight marks (see _synced_transaction)
        self._cipher = cipher
        self._audit_bases: dict[int, dict[str, Any]] = {}  # per job: columns its audit rows repeat
        self._unsure_starts: set[int] = set()  # jobs whose last start failed (see start_next)

    async def create(
        self,
        *,
        operation_key: str,
        chat_id: int,
        user_id: int,
        operation: OperationKind,
        sender: str,
        text: str,
        target: str | None,
        params: dict[str, Any],
        parts: int,
        recipients: Sequence[str],
        estimated_count: int,
        batch_size: int,
        locale: str | None,
        progress_message_id: int | None = None,
        due_at: datetime | None = None,
        account_key: str | None = None,
        confirmed_by: int | None = None,
        target_counts: Sequence[int] = (),
        texts: Sequence[tuple[str, Sequence[str]]] = (),
    ) -> int | None:
        """Claim the key and store the job (scheduled when `due_at`); None when claimed before.

        A job without recipients has one batch per panel request (`target_counts`: the numbers
        each was counted to hold), or one of `estimated_count`. `texts`: a personalised send's
        rendered texts, each with its numbers (see jobs)."""
        return await self._run(
            jobs.create_job,
            cipher=self._cipher,
            operation_key=operation_key,
            chat_id=chat_id,
            user_id=user_id,
            operation=operation,
            sender=sender,
            text=text,
            target=target,
            params=params,
            parts=parts,
            recipients=recipients,
            estimated_count=estimated_count,
            batch_size=batch_size,
            locale=locale,
            progress_message_id=progress_message_id,
            due_at=due_at,
            account_key=account_key,
            confirmed_by=confirmed_by,
            target_counts=list(target_counts),
            texts=texts,
        )

    async def scheduled_times(self) -> list[tuple[int, datetime]]:
        return await self._run(jobs.scheduled_times)

    async def scheduled(self, user_id: int | None = None, *, limit: int = 50) -> list[JobRecord]:
        return await self._run(
            jobs.scheduled_jobs, cipher=self._cipher, user_id=user_id, limit=limit
        )

    async def claim_scheduled(self, job_id: int) -> bool:
        """scheduled → running, atomically: True for exactly one caller."""
        return await self._run(jobs.claim_scheduled, job_id=job_id)

    async def cancel_scheduled(self, job_id: int) -> bool:
        return await self._run(jobs.cancel_scheduled, job_id=job_id)

    async def reschedule(self, job_id: int, due_at: datetime) -> bool:
        return await self._run(jobs.reschedule, job_id=job_id, due_at=due_at)

    async def list_job_of_bulk(self, bulk_id: str, chat_id: int) -> int | None:
        return await self._run(jobs.list_job_of_bulk, bulk_id=bulk_id, chat_id=chat_id)

    async def batches_with_numbers(self, job_id: int) -> list[BatchRecord]:
        return await self._run(jobs.batches_with_numbers, cipher=self._cipher, job_id=job_id)

    async def get(self, job_id: int) -> JobRecord | None:
        return await self._run(jobs.get_job, cipher=self._cipher, job_id=job_id)

    async def by_key(self, key: str) -> JobRecord | None:
        return await self._run(jobs.job_by_key, cipher=self._cipher, key=key)

    async def to_resume(self) -> list[JobRecord]:
        return await self._run(jobs.jobs_to_resume, cipher=self._cipher)

    async def next_batch(self, job_id: int) -> BatchRecord | None:
        return await self._run(jobs.next_batch, cipher=self._cipher, job_id=job_id)

    async def split(self, batch_id: int, size: int) -> None:
        await self._run(jobs.split_batch, cipher=self._cipher, batch_id=batch_id, size=size)

    async def set_batch_size(self, job_id: int, size: int) -> None:
        await self._run(jobs.set_batch_size, job_id=job_id, size=size)

    async def start(
        self, job_id: int, *, max_count: int, batch_total: int, flying: Sequence[int] = ()
    ) -> BatchRecord | None:
        """Put the job's next batch in flight (committed) and return it with its numbers; None
        when none is left or it is over `max_count` (then `next_batch` / `split` first).
        `flying`: the ids of the batches the caller has in flight already."""
        return await asyncio.to_thread(self._start, job_id, max_count, batch_total, tuple(flying))

    async def finish(self, batch: BatchRecord, state: BatchState, **answer: str | None) -> None:
        """Commit the panel's answer (`bulk_id`, `error_code`, `detail`) of an in-flight batch."""
        await asyncio.to_thread(self._finish, batch, state, answer)

    async def finish_then_start(
        self,
        batch: BatchRecord,
        state: BatchState,
        *,
        max_count: int,
        batch_total: int,
        between: Callable[[], None] = lambda: None,
        flying: Sequence[int] = (),
        **answer: str | None,
    ) -> BatchRecord | None:
        """`finish` then `start` (two commits, one trip to a worker thread); `between` runs
        after the first commit (the crash-test checkpoint)."""

        def both() -> BatchRecord | None:
            self._finish(batch, state, answer)
            between()
            return self._start(batch.job_id, max_count, batch_total, tuple(flying))

        return await asyncio.to_thread(both)

    def _start(
        self, job_id: int, max_count: int, batch_total: int, flying: tuple[int, ...] = ()
    ) -> BatchRecord | None:
        unsure = job_id in self._unsure_starts or job_id not in self._audit_bases
        try:
            with self._synced_transaction() as connection:
                base = self._audit_bases.get(job_id)
                if base is None:
                    base = self._audit_bases[job_id] = job_steps.audit_base(connection, job_id)
                started = job_steps.start_next(
                    connection,
                    self._cipher,
                    job_id=job_id,
                    base=base,
                    max_count=max_count,
                    batch_total=batch_total,
                    flying=flying,
                    unsure=unsure,
                )
        except BaseException:
            self._unsure_starts.add(job_id)  # its commit may have gone through: look next time
            raise
        self._unsure_starts.discard(job_id)
        return started

    def _synced_transaction(self) -> AbstractContextManager[Connection]:
        """A transaction whose commit is on disk before it returns, even on SQLite.

        The database runs SQLite in WAL mode with synchronous=NORMAL: a commit survives the
        process being killed, but the last ones may be lost if the machine loses power. That is
        harmless for a batch's answer (the batch falls back to in flight, i.e. unknown), but an
        in-flight mark lost after its panel call would let a restart send the batch again: that
        one commit goes through the synced engine (synchronous=FULL: the WAL, the answer's
        frames included, is fsynced before the panel is called).
        """
        return self._synced.begin()

    def _finish(self, batch: BatchRecord, state: BatchState, answer: dict[str, Any]) -> None:
        with self._engine.begin() as connection:
            job_steps.finish(
                connection,
                batch=batch,
                state=state,
                bulk_id=answer.get("bulk_id"),
                error_code=answer.get("error_code"),
                detail=answer.get("detail"),
            )

    async def in_flight_to_unknown(self, job_id: int) -> int:
        return await self._run(jobs.in_flight_to_unknown, job_id=job_id)

    async def set_state(self, job_id: int, state: JobState) -> None:
        await self._run(jobs.set_job_state, job_id=job_id, state=state)

    async def end(self, job_id: int, state: JobState | None) -> JobEnding:
        """Record the job's end `state` (None: leave it as it is) and read what its summary
        shows, in one trip."""

        def ending(*, session: Session) -> JobEnding:
            if state is not None:
                jobs.set_job_state(session=session, job_id=job_id, state=state)
            job = jobs.get_job(session=session, cipher=self._cipher, job_id=job_id)
            assert job is not None
            counts = jobs.job_counts(session=session, job_id=job_id)
            return JobEnding(job, counts, jobs.job_batches(session=session, job_id=job_id))

        return await self._run(ending)

    async def stop(self, job_id: int) -> bool:
        return await self._run(jobs.stop_job, job_id=job_id)

    async def hold(self, job_id: int) -> bool:
        return await self._run(jobs.hold_job, job_id=job_id)

    async def resume_held(self, job_id: int) -> bool:
        return await self._run(jobs.resume_held, job_id=job_id)

    async def set_progress_message(self, job_id: int, message_id: int | None) -> None:
        await self._run(jobs.set_progress_message, job_id=job_id, message_id=message_id)

    async def mark_summary_done(self, job_id: int) -> None:
        await self._run(jobs.mark_summary_done, job_id=job_id)

    async def counts(self, job_id: int) -> JobCounts:
        return await self._run(jobs.job_counts, job_id=job_id)

    async def recent(self, chat_id: int, *, limit: int = 10) -> list[JobOverview]:
        """The chat's latest jobs, newest first, with their counts."""
        return await self._run(jobs.recent_jobs, cipher=self._cipher, chat_id=chat_id, limit=limit)

    async def batches(
        self, job_id: int, *, offset: int = 0, limit: int | None = None
    ) -> list[BatchRecord]:
        return await self._run(jobs.job_batches, job_id=job_id, offset=offset, limit=limit)

    async def numbers_in(self, job_id: int, states: Sequence[BatchState]) -> list[str]:
        return await self._run(
            jobs.numbers_in, cipher=self._cipher, job_id=job_id, states=list(states)
        )

    def dispose(self) -> None:
        """Close the synced engine's connections (the shared engine is the caller's)."""
        if self._synced is not self._engine:
            self._synced.dispose()

    async def _run(self, function: Callable[..., T], **kwargs: Any) -> T:
        return await asyncio.to_thread(self._transaction, function, kwargs)

    def _transaction(self, function: Callable[..., T], kwargs: dict[str, Any]) -> T:
        with Session(self._engine, expire_on_commit=False) as session:
            result = function(session=session, **kwargs)
            session.commit()
            return result
