"""Audit trail and exactly-once claims of sending operations."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from storage import AuditState, OperationKind, Storage

# tests/ may or may not be a package; the fixtures module sits beside this file either way.
pytest_plugins = (f"{__package__}.storage_fixtures" if __package__ else "storage_fixtures",)

CHAT, USER = -100777, 555


async def _start(store: Storage, key: str = "op-1", batch: int = 1, total: int = 1) -> int:
    return await store.audit_start(
        operation_key=key,
        chat_id=CHAT,
        user_id=USER,
        operation=OperationKind.SEND,
        sender="3000505",
        recipient_count=250,
        target=None,
        parts=2,
        batch_index=batch,
        batch_total=total,
        text="سلام، تخفیف امروز",
    )


async def test_a_pending_row_holds_everything_about_the_request(store):
    before = datetime.now(UTC)
    audit_id = await _start(store)

    row = await store.audit(audit_id)
    assert row.state is AuditState.PENDING
    assert (row.chat_id, row.user_id, row.operation) == (CHAT, USER, OperationKind.SEND)
    assert (row.sender, row.recipient_count, row.parts) == ("3000505", 250, 2)
    assert (row.batch_index, row.batch_total, row.operation_key) == (1, 1, "op-1")
    assert row.text == "سلام، تخفیف امروز"
    assert row.created_at.tzinfo is not None
    assert before - timedelta(seconds=1) <= row.created_at <= datetime.now(UTC)
    assert "تخفیف" not in repr(row)
    assert [r.id for r in await store.unfinished_audits()] == [audit_id]


@pytest.mark.parametrize(
    ("state", "bulk_id", "error_code"),
    [
        (AuditState.SENT, "987654", None),
        (AuditState.FAILED, None, 962),
        (AuditState.UNKNOWN, None, None),
    ],
)
async def test_pending_row_reaches_each_final_state(store, state, bulk_id, error_code):
    audit_id = await _start(store)

    await store.audit_finish(audit_id, state=state, bulk_id=bulk_id, error_code=error_code)

    row = await store.audit(audit_id)
    assert row.state is state
    assert row.bulk_id == bulk_id
    assert row.error_code == (str(error_code) if error_code is not None else None)
    assert row.finished_at is not None and row.finished_at >= row.created_at
    assert await store.unfinished_audits() == []


async def test_finish_refuses_pending_as_an_outcome(store):
    audit_id = await _start(store)
    with pytest.raises(ValueError, match="final state"):
        await store.audit_finish(audit_id, state=AuditState.PENDING)


async def test_sent_rows_wait_for_follow_up_until_settled(store):
    sent, failed = await _start(store, "a"), await _start(store, "b")
    await store.audit_finish(sent, state=AuditState.SENT, bulk_id="1")
    await store.audit_finish(failed, state=AuditState.FAILED, error_code=12)

    assert [row.id for row in await store.unsettled_sent_audits()] == [sent]
    await store.mark_settled(sent)
    assert await store.unsettled_sent_audits() == []
    row = await store.audit(sent)
    assert row.follow_up_done is True and row.settled_at is not None


async def test_batches_of_one_operation_share_its_key(store):
    ids = [await _start(store, "big", batch, 3) for batch in (1, 2, 3)]
    await store.audit_finish(ids[0], state=AuditState.SENT, bulk_id="11")

    rows = await store.audits_for_operation("big")
    assert [(r.batch_index, r.batch_total) for r in rows] == [(1, 3), (2, 3), (3, 3)]
    assert [r.state for r in rows] == [AuditState.SENT, AuditState.PENDING, AuditState.PENDING]
    with pytest.raises(IntegrityError):
        await _start(store, "big", 2, 3)  # a batch is written once


async def test_recent_and_since_queries_are_per_chat(store):
    first = await _start(store, "x")
    middle = datetime.now(UTC)
    await asyncio.sleep(0.01)
    second = await _start(store, "y")
    await store.audit_start(
        operation_key="other",
        chat_id=1,
        user_id=USER,
        operation=OperationKind.POSTAL,
        sender=None,
        recipient_count=None,
        target="postal code 1234567890",
        parts=1,
    )

    assert [r.id for r in await store.recent_audits(CHAT)] == [second, first]
    assert [r.id for r in await store.recent_audits(CHAT, limit=1)] == [second]
    assert [r.id for r in await store.audits_since(CHAT, middle)] == [second]
    other = await store.recent_audits(1)
    assert (other[0].operation, other[0].target, other[0].text) == (
        OperationKind.POSTAL,
        "postal code 1234567890",
        None,
    )


async def test_an_operation_is_claimed_once(store):
    assert await store.claim_operation("preview-1", chat_id=CHAT, user_id=USER) is True
    assert await store.claim_operation("preview-1", chat_id=CHAT, user_id=USER) is False
    assert await store.claim_operation("preview-2", chat_id=CHAT, user_id=USER) is True


async def test_concurrent_taps_claim_an_operation_exactly_once(store):
    taps = [store.claim_operation("preview-9", chat_id=CHAT, user_id=USER) for _ in range(8)]

    results = await asyncio.gather(*taps)

    assert sorted(results) == [False] * 7 + [True]


async def test_two_processes_claim_an_operation_exactly_once(database_url, secret_key):
    """Two Storage objects (two engines, as two bot processes would have) race on one key."""
    first = await Storage.open(database_url, [secret_key], [1])
    second = await Storage.open(database_url, [secret_key], [1])
    try:
        taps = [
            storage.claim_operation(f"op-{n}", chat_id=CHAT, user_id=USER)
            for n in range(5)
            for storage in (first, second, first, second)
        ]
        results = await asyncio.gather(*taps)
        audit_id = await _start(first, "op-0")
        await second.audit_finish(audit_id, state=AuditState.SENT, bulk_id="77")
        seen_by_first = await first.audit(audit_id)
    finally:
        await first.close()
        await second.close()
    assert [results[n * 4 : n * 4 + 4].count(True) for n in range(5)] == [1] * 5
    assert seen_by_first is not None and seen_by_first.state == AuditState.SENT


async def test_a_pending_row_outlives_a_crash_before_the_panel_answers(database_url, secret_key):
    storage = await Storage.open(database_url, [secret_key], [1])
    assert await storage.claim_operation("crash", chat_id=CHAT, user_id=USER) is True
    audit_id = await _start(storage, "crash")
    await storage.close()  # the process dies here, before audit_finish

    restarted = await Storage.open(database_url, [secret_key], [1])
    pending = await restarted.unfinished_audits()
    claimed_again = await restarted.claim_operation("crash", chat_id=CHAT, user_id=USER)
    await restarted.close()

    assert [(row.id, row.operation_key, row.state) for row in pending] == [
        (audit_id, "crash", AuditState.PENDING)
    ]
    assert claimed_again is False  # a tap after the restart cannot send it twice
