"""SIGKILL of the real `panelbot run` at each point of a send, then a restart: the panel gets
each number exactly once (an in-flight batch is never retried) and the chat is told once."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from collections import Counter
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot.botapi_stub import running_botapi_stub
from bot.formatting import strip_isolates
from bot.i18n import I18n
from bot.panel.fake import running_fake_panel
from storage import Storage
from tests.conftest import ADMIN_ID, DEMO_SENDER, TOKEN

NUMBERS = [f"0912{index:07d}" for index in range(10)]  # 5 batches of 2
I18N = I18n.load(default_locale="fa")
CRASH_RUN = Path(__file__).with_name("crash_run.py")


def t(key: str, **variables) -> str:
    return strip_isolates(I18N.t(key, locale="fa", **variables))


@asynccontextmanager
async def panelbot(env: dict[str, str], cwd, crash_at: str | None = None):
    """`panelbot run` as a process (SIGKILLed by itself at `crash_at`, see tests/crash_run.py);
    killed at the end if still running."""
    start = [str(CRASH_RUN), crash_at] if crash_at else ["-m", "bot"]
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        *start,
        "run",
        cwd=cwd,
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        yield process
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGINT)
            try:
                await asyncio.wait_for(process.wait(), 20)
            except TimeoutError:
                process.kill()
                await process.wait()


async def said(stub, fragment: str, timeout: float = 30):
    return await stub.wait_for_message(
        ADMIN_ID, lambda m: fragment in strip_isolates(m.text or ""), timeout=timeout
    )


async def confirm(stub) -> None:
    admin = stub.users[ADMIN_ID]
    await stub.send_text(admin, "/send\n" + "\n".join(NUMBERS) + "\nسلام")
    preview = await said(stub, "پیش‌نمایش")
    await stub.tap(admin, preview.message_id, text="ارسال")


def received(fake) -> Counter:
    return Counter(n for s in fake.state.requests_for("send") for n in json.loads(s.fields["to"]))


CASES = {
    # crash point: (sent batches, unknown batches, resumed batches) as the restart notice says
    "claimed": (0, 0, 5),
    "after-batch-2": (2, 0, 3),
    "in-flight-3": (2, 1, 2),
    "before-summary": None,  # everything went out: the restart shows the summary only
}


SENT_BEFORE_THE_KILL = {"claimed": 0, "after-batch-2": 2, "in-flight-3": 3, "before-summary": 5}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("point", CASES)
async def test_sigkill_at_any_point_then_restart_sends_each_number_once(
    tmp_path, database_url, point
):
    async with running_fake_panel() as fake, running_botapi_stub(TOKEN) as stub:
        stub.add_user(ADMIN_ID, "Admin")
        env = await _environment(database_url, fake.url, stub.base_url)
        hold = point == "in-flight-3"
        if hold:  # the panel records batch 3 (it goes out) and never answers
            fake.state.inject("send", hang=True, after=2)
        async with panelbot(env, tmp_path, None if hold else point) as first:
            await confirm(stub)
            if hold:
                while len(fake.state.requests_for("send")) < 3:
                    await asyncio.sleep(0.02)
                first.kill()
            await asyncio.wait_for(first.wait(), 30)
            assert first.returncode == -signal.SIGKILL
        sends_before = len(fake.state.requests_for("send"))
        async with panelbot(env, tmp_path):
            expected = CASES[point]
            if expected is not None:
                sent, unknown, resumed = expected
                notice = await said(stub, t("sendjob-recovered", **_notice(sent, unknown, resumed)))
                assert notice.text
            summary = await said(stub, t("sendjob-summary-done"))
        counts = received(fake)
        assert len(counts) == 10 and set(counts.values()) == {1}  # each number exactly once
        assert len(fake.state.requests_for("send")) == 5
        assert sends_before == SENT_BEFORE_THE_KILL[point]
        if hold:
            assert t("sendjob-summary-unknown", count=2, batches=1, detail="")[:20] in (
                strip_isolates(summary.text)
            )


def _notice(sent: int, unknown: int, resumed: int) -> dict[str, int]:
    return {
        "sent": 2 * sent,
        "sent_batches": sent,
        "unknown": 2 * unknown,
        "unknown_batches": unknown,
        "resumed": 2 * resumed,
        "resumed_batches": resumed,
    }


async def _environment(database: str, panel_url: str, base_url: str) -> dict[str, str]:
    """The process's settings; the chat's panel account stored beforehand (as /login would)."""
    keys = Fernet.generate_key().decode()
    storage = await Storage.open(database, [keys], [ADMIN_ID])
    await storage.set_credentials(ADMIN_ID, username="demo", password="demo", sender=DEMO_SENDER)
    await storage.close()
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": base_url,
        "PANEL_URL": panel_url,
        "DATABASE_URL": database,
        "SECRET_KEYS": keys,
        "ADMIN_IDS": str(ADMIN_ID),
        "SEND_BATCH_SIZE": "2",
    }


@pytest.mark.timeout(120)
async def test_sigkill_with_two_batches_at_the_panel_then_restart_sends_each_number_once(
    tmp_path, database_url
):
    """SEND_REQUESTS_IN_FLIGHT=2: batch 3 hangs at the panel, batch 4 went out beside it (and
    was answered, not yet recorded); killed then. Both are unknown after the restart, never
    sent again; batch 5, never attempted, is sent."""
    async with running_fake_panel() as fake, running_botapi_stub(TOKEN) as stub:
        stub.add_user(ADMIN_ID, "Admin")
        env = await _environment(database_url, fake.url, stub.base_url)
        env["SEND_REQUESTS_IN_FLIGHT"] = "2"
        fake.state.inject("send", hang=True, after=2)
        async with panelbot(env, tmp_path) as first:
            await confirm(stub)
            while len(fake.state.requests_for("send")) < 4:
                await asyncio.sleep(0.02)
            first.kill()
            await asyncio.wait_for(first.wait(), 30)
        assert len(fake.state.requests_for("send")) == 4  # the window was full: 5 waited
        async with panelbot(env, tmp_path):
            await said(stub, t("sendjob-recovered", **_notice(2, 2, 1)))
            summary = await said(stub, t("sendjob-summary-done"))
        counts = received(fake)
        assert len(counts) == 10 and set(counts.values()) == {1}  # each number exactly once
        assert len(fake.state.requests_for("send")) == 5
        assert t("sendjob-summary-unknown", count=4, batches=2, detail="")[:20] in (
            strip_isolates(summary.text)
        )
