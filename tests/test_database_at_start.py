"""A database that cannot be opened or written at start: one line naming DATABASE_URL."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys

import pytest
from cryptography.fernet import Fernet

from tests.conftest import ADMIN_ID, TOKEN


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def read_only_sqlite(tmp_path) -> str:
    path = tmp_path / "bot.db"
    sqlite3.connect(path).close()
    return f"sqlite:///file:{path}?mode=ro&uri=true"  # read-only, even for root


def run_panelbot(tmp_path, database_url: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{closed_port()}/bot",
        "PANEL_URL": "fake",
        "DATABASE_URL": database_url,
        "SECRET_KEYS": Fernet.generate_key().decode(),
        "ADMIN_IDS": str(ADMIN_ID),
    }
    return subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("kind", ["read-only", "unreachable", "no folder"])
def test_panelbot_run_says_in_one_line_that_the_database_is_unusable(tmp_path, kind):
    url = {
        "read-only": lambda: read_only_sqlite(tmp_path),
        "unreachable": lambda: f"postgresql+psycopg://bot:pw@127.0.0.1:{closed_port()}/panelbot",
        "no folder": lambda: "sqlite:////proc/panelbot/bot.db",
    }[kind]()
    finished = run_panelbot(tmp_path, url)
    assert finished.returncode == 2, finished.stderr[-2000:]
    lines = finished.stderr.strip().splitlines()
    assert "Traceback" not in finished.stderr
    assert lines[-1].startswith("panelbot: DATABASE_URL")
    assert [line for line in lines if "DATABASE_URL" in line] == lines[-1:]
    assert ":pw@" not in finished.stderr  # the password is never printed
