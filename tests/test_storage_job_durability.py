"""A batch's in-flight mark is on disk before its panel call, even on SQLite: it commits on a
connection with synchronous=FULL (the rest of the database runs synchronous=NORMAL)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url

from storage import BatchState, OperationKind

pytest_plugins = (f"{__package__}.storage_fixtures" if __package__ else "storage_fixtures",)

FULL = 2


@pytest.fixture
def sqlite_file(database_url: str) -> str:
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        pytest.skip("synchronous=FULL is SQLite's; a PostgreSQL commit is durable already")
    return str(url.database)


@pytest.fixture
def statements_with_sync_mode():
    """(statement, PRAGMA synchronous of its connection) of every statement run meanwhile."""
    seen: list[tuple[str, int]] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith(("UPDATE", "INSERT")):
            mode = cursor.connection.execute("PRAGMA synchronous").fetchone()[0]
            seen.append((" ".join(statement.split()), mode))

    event.listen(Engine, "before_cursor_execute", record)
    yield seen
    event.remove(Engine, "before_cursor_execute", record)


async def test_in_flight_marks_commit_fully_synced_and_answers_are_on_disk(
    store, sqlite_file, statements_with_sync_mode
):
    numbers = [f"0912{index:07d}" for index in range(4)]
    job_id = await store.jobs.create(
        operation_key="k1",
        chat_id=1001,
        user_id=1001,
        operation=OperationKind.SEND,
        sender="3000505",
        text="متن",
        target=None,
        params={},
        parts=1,
        recipients=numbers,
        estimated_count=4,
        batch_size=2,
        locale="fa",
    )
    assert job_id is not None
    statements_with_sync_mode.clear()
    first = await store.jobs.start(job_id, max_count=2, batch_total=2)
    assert first is not None and first.numbers == numbers[:2]
    second = await store.jobs.finish_then_start(
        first, BatchState.SENT, max_count=2, batch_total=2, bulk_id="41"
    )
    assert second is not None and second.numbers == numbers[2:]

    in_flight = [
        mode
        for statement, mode in statements_with_sync_mode
        if statement.startswith(("INSERT INTO audit", "UPDATE send_batches SET state=?, audit_id"))
    ]
    assert in_flight == [FULL] * 4  # two audit rows, two in-flight marks
    with sqlite3.connect(sqlite_file) as raw:  # what a restarted process would read
        rows = raw.execute(
            "SELECT batch_index, state, bulk_id FROM send_batches WHERE job_id = ?"
            " ORDER BY batch_index",
            (job_id,),
        ).fetchall()
    assert rows == [(1, BatchState.SENT.value, "41"), (2, BatchState.IN_FLIGHT.value, None)]
