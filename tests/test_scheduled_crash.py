"""SIGKILL of the real `panelbot run` around a scheduled send's start, then a restart: the panel
gets the send exactly once (the claim is atomic; a claimed job is resumed like any job)."""

from __future__ import annotations

import asyncio
import json
import os
import signal
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.fernet import Fernet

from bot.botapi_stub import running_botapi_stub
from bot.panel.fake import running_fake_panel
from storage import OperationKind, Storage
from tests.conftest import ADMIN_ID, DEMO_SENDER, TOKEN
from tests.crash_run import ANY_HOUR
from tests.test_send_crash import panelbot, said, t

NUMBERS = ["09121110001", "09121110002"]
# Seconds from now to the send's time (real time: `panelbot run` keeps the system clock); the
# process is killed before it (at its start-up) or at its claim.
NO_CRASH = "never"  # tests/crash_run.py without a crash (for its CRASH_RUN_ANY_HOUR)
DUE_IN = {"before-its-time": 15.0, "scheduled-claimed": 3.0}


async def _environment(
    database: str, panel_url: str, base_url: str, due: datetime
) -> dict[str, str]:
    """Settings of the process, with a send scheduled at `due` in its database."""
    keys = Fernet.generate_key().decode()
    storage = await Storage.open(database, [keys], [ADMIN_ID])
    await storage.set_credentials(ADMIN_ID, username="demo", password="demo", sender=DEMO_SENDER)
    await storage.jobs.create(
        operation_key="scheduled-crash",
        chat_id=ADMIN_ID,
        user_id=ADMIN_ID,
        operation=OperationKind.SEND,
        sender=DEMO_SENDER,
        text="زمان‌بندی‌شده",
        target=None,
        params={},
        parts=1,
        recipients=NUMBERS,
        estimated_count=len(NUMBERS),
        batch_size=500,
        locale="fa",
        due_at=due,
    )
    await storage.close()
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": base_url,
        "PANEL_URL": panel_url,
        "DATABASE_URL": database,
        "SECRET_KEYS": keys,
        "ADMIN_IDS": str(ADMIN_ID),
        "LOCALE": "fa",
        ANY_HOUR: "1",  # the test passes at night too (the process keeps the system clock)
    }


@pytest.mark.timeout(120)
@pytest.mark.parametrize("point", DUE_IN)
async def test_sigkill_around_a_scheduled_start_then_restart_sends_once(
    tmp_path, database_url, point
):
    async with running_fake_panel() as fake, running_botapi_stub(TOKEN) as stub:
        stub.add_user(ADMIN_ID, "Admin")
        due = datetime.now(UTC) + timedelta(seconds=DUE_IN[point])
        env = await _environment(database_url, fake.url, stub.base_url, due)
        crash_at = point if point == "scheduled-claimed" else NO_CRASH
        async with panelbot(env, tmp_path, crash_at) as first:
            if crash_at == NO_CRASH:
                await stub.send_text(stub.users[ADMIN_ID], "/start")
                await stub.wait_for_message(ADMIN_ID, timeout=30)
                first.kill()  # before the send's time
            await asyncio.wait_for(first.wait(), 30)
            assert first.returncode == -signal.SIGKILL
        assert fake.state.requests_for("send") == []
        wait = (due - datetime.now(UTC)).total_seconds()
        await asyncio.sleep(max(0.0, wait))  # its time passes while the bot is down
        async with panelbot(env, tmp_path, NO_CRASH):
            await said(stub, t("sendjob-summary-done"))
        (send,) = fake.state.requests_for("send")
        assert json.loads(send.fields["to"]) == NUMBERS
        assert send.fields["message"] == "زمان‌بندی‌شده"
