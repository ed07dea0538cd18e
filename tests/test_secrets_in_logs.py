"""A whole scenario at DEBUG (PTB, httpx and ours): no password, username, token or SMS text
reaches the log."""

from __future__ import annotations

import io
import logging

import pytest

from bot.logging_setup import configure_logging
from tests.conftest import ADMIN_ID, TOKEN
from tests.send_helpers import final_result, numbers_and_text, start_send, wait_text

USERNAME = "sara.karimi-1404"
PASSWORD = "S3cret&Pass!word"
SMS_TEXT = "کد تخفیف محرمانه: ZX-9911"


@pytest.fixture
def debug_log():
    """Production logging set-up at DEBUG, written to a buffer; restored afterwards."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    buffer = io.StringIO()
    configure_logging("DEBUG", stream=buffer)
    yield buffer
    root.handlers[:], root.level = saved


async def test_debug_logs_hold_no_secret_and_no_message_text(bot_env, debug_log):
    bot_env.fake.state.add_account(USERNAME, PASSWORD, credit=500000, lines=["+983000505"])
    await bot_env.say("/login")
    await bot_env.say(USERNAME)
    await bot_env.stub.send_text(bot_env.admin, PASSWORD)
    await wait_text(bot_env, "ورود انجام شد")
    await bot_env.tap("+۹۸۳۰۰۰۵۰۵")  # the default sender line, offered by the panel

    await start_send(bot_env)
    await numbers_and_text(bot_env, "09121234567\n09351112233", SMS_TEXT)
    await bot_env.tap("ارسال")
    result = await final_result(bot_env)
    await bot_env.stub.wait_idle()
    (send,) = bot_env.panel_received("send")
    assert send.fields["uname"] == USERNAME and send.fields["message"] == SMS_TEXT
    shown = [t for m in bot_env.stub.messages(ADMIN_ID) for t in [*m.edits, m.text or ""]]
    assert any("ZX-9911" in text for text in shown)  # the preview showed the text to the user
    assert result.text

    log = debug_log.getvalue()
    assert "telegram" in log and "DEBUG" in log  # the scenario really logged at DEBUG
    for secret in (USERNAME, PASSWORD, SMS_TEXT, "ZX-9911", TOKEN):
        assert secret not in log, f"{secret!r} leaked into the log"
