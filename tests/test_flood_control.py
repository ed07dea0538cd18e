"""Flood control is on in `panelbot run`: a 429 from Telegram is waited out, nothing is lost."""

from __future__ import annotations

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
    await bot_env.tap("ارسال")
    result = await final_result(bot_env)
    assert result.message_id == preview.message_id
    assert "۱٬۲۰۰ گیرنده" in strip_isolates(result.text)
    assert len(bot_env.panel_received("send")) == 3  # no batch sent twice
    assert bot_env.stub.flood_refused >= 1
    assert errors_logged(caplog) == []
