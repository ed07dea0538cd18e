"""Flood control is on in `panelbot run`: a 429 from Telegram is waited out, nothing is lost;
what the bot pushes on its own is spaced to Telegram's limits, a direct answer is not held back."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.formatting import strip_isolates
from bot.services import followups
from tests.conftest import ADMIN_ID
from tests.reports_helpers import audit_send, fa, plain, send_bulk
from tests.send_helpers import final_result, preview_of

SETTLED = "به پایان رسید"


@pytest.fixture(autouse=True)
def quick_schedule(monkeypatch):
    monkeypatch.setattr(followups, "SCHEDULE", (0.05, 0.1))


def errors_logged(caplog) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]


def test_flood_control_is_on_by_default(bot_env):
    assert bot_env.settings.telegram_flood_control
    assert bot_env.app.bot.rate_limiter is not None


async def test_a_settled_notification_answered_429_is_sent_after_retry_after(bot_env, caplog):
    await bot_env.login()
    bulk_id = await send_bulk(bot_env, 3)
    audit_id = await audit_send(bot_env.storage, bulk_id=bulk_id, recipients=3)
    bot_env.fake.state.advance(120)
    bot_env.stub.flood_refuse_next = 1
    followups.schedule(
        bot_env.app.job_queue, chat_id=ADMIN_ID, audit_id=audit_id, bulk_id=bulk_id, locale="fa"
    )
    told = await bot_env.stub.wait_for_message(
        ADMIN_ID, lambda m: SETTLED in plain(m.text), timeout=10
    )
    assert f"ارسال {fa(bulk_id)} به پایان رسید" in plain(told.text)
    assert bot_env.stub.flood_refused == 1
    assert errors_logged(caplog) == []


async def test_progress_edits_answered_429_still_end_in_the_result(bot_env, caplog):
    numbers = "\n".join(f"0912{index:07d}" for index in range(1200))
    preview = await preview_of(bot_env, numbers)
    bot_env.stub.flood_limit = 1  # one call per chat per second, then 429 retry_after 1
    bot_env.stub.flood_refuse_next = 1  # the job's first view is refused, whatever the spacing
    await bot_env.tap("ارسال")
    result = await final_result(bot_env)
    assert result.message_id == preview.message_id
    assert "۱٬۲۰۰ گیرنده" in strip_isolates(result.text)
    assert len(bot_env.panel_received("send")) == 3  # no batch sent twice
    assert bot_env.stub.flood_refused >= 1
    assert errors_logged(caplog) == []


def settled_told(bot_env, bulks: list[int]) -> set[int]:
    texts = [plain(m.text) for m in bot_env.stub.messages(ADMIN_ID)]
    return {b for b in bulks if any(f"ارسال {fa(b)} به پایان رسید" in t for t in texts)}


def calls_to(bot_env, method: str, chat_id: int) -> list:
    return [c for c in bot_env.stub.calls_for(method) if int(c.params["chat_id"]) == chat_id]


async def test_a_direct_answer_answered_429_is_sent_again_after_retry_after(bot_env, caplog):
    await bot_env.login()
    bot_env.stub.flood_refuse_next = 1
    before = len(calls_to(bot_env, "sendMessage", ADMIN_ID))
    await bot_env.stub.send_text(bot_env.admin, "/credit")
    credit = await bot_env.stub.wait_for_message(
        ADMIN_ID, lambda m: "اعتبار" in plain(m.text), timeout=10
    )
    assert "اعتبار حساب پنل" in plain(credit.text)
    refused, sent = calls_to(bot_env, "sendMessage", ADMIN_ID)[before:]
    assert bot_env.stub.flood_refused == 1
    assert sent.at - refused.at >= bot_env.stub.flood_retry_after  # retry_after obeyed
    assert errors_logged(caplog) == []


async def test_settled_notifications_to_one_chat_are_spaced_to_its_limit(bot_env, caplog):
    """Three bulks settle at once: the bot pushes three messages into one chat, spaced so that
    the stand-in (at most 2 calls a chat a second, like Telegram) never refuses one."""
    await bot_env.login()
    bulks = [await send_bulk(bot_env, 2, start=10 * index) for index in range(3)]
    audits = [await audit_send(bot_env.storage, bulk_id=bulk, recipients=2) for bulk in bulks]
    bot_env.fake.state.advance(120)
    bot_env.stub.flood_limit = 2
    before = len(calls_to(bot_env, "sendMessage", ADMIN_ID))
    for bulk_id, audit_id in zip(bulks, audits, strict=True):
        followups.schedule(
            bot_env.app.job_queue, chat_id=ADMIN_ID, audit_id=audit_id, bulk_id=bulk_id, locale="fa"
        )
    async with asyncio.timeout(15):  # they settle in any order
        while len(settled_told(bot_env, bulks)) < len(bulks):
            await asyncio.sleep(0.05)
    pushed = calls_to(bot_env, "sendMessage", ADMIN_ID)[before:]
    assert len(pushed) == 3
    assert bot_env.stub.flood_refused == 0  # throttled before Telegram had to refuse
    assert errors_logged(caplog) == []


async def _pushed_waits(monkeypatch, endpoint: str, chats: int) -> list[float]:
    """How long flood control holds each of `chats` bot-initiated `endpoint` calls, one per chat,
    made at the same moment (its waits recorded instead of slept)."""
    from bot import flood_control

    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(flood_control, "_sleep", record)
    limiter = flood_control.FloodControl()

    async def call() -> bool:
        return True

    for chat in range(1, chats + 1):
        await limiter.process_request(call, (), {}, endpoint, {"chat_id": chat}, None)
    return waits


async def test_new_messages_to_many_chats_keep_to_the_overall_limit(monkeypatch):
    waits = await _pushed_waits(monkeypatch, "sendMessage", 40)
    held = [seconds for seconds in waits if seconds > 0]
    assert len(held) == 10  # 30 go at once (one second's worth), the other ten wait their turn
    assert max(held) == pytest.approx(10 / 30, abs=0.05)


async def test_edits_in_many_chats_wait_for_their_own_chat_only(monkeypatch):
    """50 jobs ending together: their summaries are edits, which notify nobody."""
    waits = await _pushed_waits(monkeypatch, "editMessageText", 50)
    assert waits and max(waits) == 0
