"""`panelbot run` as a process: starts against a local Bot API, answers /start, stops on Ctrl-C."""

from __future__ import annotations

import asyncio
import os
import signal
import sys

from cryptography.fernet import Fernet

from bot.botapi_stub import running_botapi_stub
from tests.conftest import ADMIN_ID, TOKEN


async def test_run_answers_start_and_stops_cleanly_on_ctrl_c(tmp_path, database_url):
    async with running_botapi_stub(TOKEN) as stub:
        admin = stub.add_user(ADMIN_ID, "Admin")
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": stub.base_url,
            "PANEL_URL": "fake",
            "DATABASE_URL": database_url,
            "SECRET_KEYS": Fernet.generate_key().decode(),
            "ADMIN_IDS": str(ADMIN_ID),
        }
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            cwd=tmp_path,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            await stub.send_text(admin, "/start")
            answer = await stub.wait_for_message(ADMIN_ID, timeout=30)
            assert "/login" in answer.text
            process.send_signal(signal.SIGINT)
            _, stderr = await asyncio.wait_for(process.communicate(), timeout=20)
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
        assert process.returncode == 0, stderr.decode()[-2000:]
        assert b"Traceback" not in stderr
