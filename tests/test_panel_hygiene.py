"""Panel data is cleaned at the edge (bot/panel) and never reaches an error log."""

from __future__ import annotations

import io
import logging

import pytest

from bot.logging_setup import configure_logging
from bot.panel import sanitize
from bot.panel.fake.state import InboxMessage
from tests.reports_helpers import fa, plain, send_bulk
from tests.send_helpers import numbers_and_text, start_send, wait_text

CANARY = "کد ورود شما ۴۴۲۱ CANARY-7731"


@pytest.fixture
def debug_log():
    """Production logging at DEBUG, written to a buffer; restored afterwards."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    buffer = io.StringIO()
    configure_logging("DEBUG", stream=buffer)
    yield buffer
    root.handlers[:], root.level = saved


def inbox_of(bot_env, *texts: str) -> None:
    bot_env.fake.state.accounts["demo"].inbox = [
        InboxMessage("09121234567", text, f"2026-11-2{index} 10:00:00")
        for index, text in enumerate(texts, 1)
    ]


async def test_a_lone_surrogate_in_one_received_sms_does_not_break_inbox(bot_env):
    await bot_env.login()
    inbox_of(bot_env, "سلام \ud83d دنیا", "پیام سالم دوم", "بوق\x07 و \x00 صفر")
    reply = await bot_env.say("/inbox")
    text = plain(reply.text)
    assert "سلام \ufffd دنیا" in text
    assert "پیام سالم دوم" in text
    assert "بوق و  صفر" in text  # control characters removed
    again = await bot_env.say("/inbox")  # and the next /inbox works as well
    assert "پیام سالم دوم" in plain(again.text)


def test_clean_text_keeps_persian_and_bounds_length():
    persian = "می‌خواهم\u200f «سلام»\nخط دوم\tستون"
    assert sanitize.clean_text(persian) == persian  # ZWNJ, RLM, line breaks, tabs stay
    assert sanitize.clean_text("a\r\nb\rc") == "a\nb\nc"
    long = sanitize.clean_text("x" * 10_000)
    assert len(long) == sanitize.MAX_TEXT and long.endswith("…")


async def test_no_panel_text_reaches_the_log_at_debug(bot_env, debug_log, monkeypatch):
    await bot_env.login()
    inbox_of(bot_env, CANARY, "دومی \ud83d")
    shown = await bot_env.say("/inbox")
    assert "CANARY-7731" in shown.text  # the user sees their SMS

    bulk_id = await send_bulk(bot_env, 2)
    report = await bot_env.say(f"/delivery {bulk_id}")
    assert f"گزارش تحویل ارسال {fa(bulk_id)}" in plain(report.text)

    # A defect whose exception quotes panel data: the log keeps the traceback, not the data.
    from bot.services import reports_views

    def broken_view(fmt, messages, page, owner):
        raise ValueError(f"cannot render {[m.text for m in messages]!r}")

    monkeypatch.setattr(reports_views, "inbox_view", broken_view)
    failed = await bot_env.say("/inbox")
    assert failed.text == bot_env.app.services.i18n.t("internal-error", "fa")
    await bot_env.stub.wait_idle()

    await start_send(bot_env)
    await numbers_and_text(bot_env, "09121234567", CANARY)
    bot_env.fake.state.inject("send", code=12)  # the panel refuses the send
    await bot_env.tap("ارسال")
    await wait_text(bot_env, "CANARY-7731")  # the retry preview shows the text again
    await bot_env.stub.wait_idle()

    log = debug_log.getvalue()
    assert "ValueError" in log and "broken_view" in log  # the traceback is there
    for secret in (CANARY, "CANARY-7731", "۴۴۲۱", "\ud83d", "دومی"):
        assert secret not in log, f"{secret!r} reached the log"
