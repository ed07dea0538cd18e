"""Shared set-up for the bot benchmarks: fake panel, Bot API stand-in and the real bot."""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import warnings
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from cryptography.fernet import Fernet

from bot.botapi_stub import BotApiStub, running_botapi_stub
from bot.config import Settings
from bot.context import PanelApplication
from bot.panel.fake import FakePanel, running_fake_panel
from bot.runtime import running_bot
from storage import Storage

TOKEN = "123456:" + "B" * 35
warnings.filterwarnings("ignore")  # PTB's per_message advice is not a figure
ADMIN_ID = 1
CHECKOUT = Path(__file__).resolve().parent.parent  # bench/ is not an installed package


@dataclass
class Rig:
    stub: BotApiStub
    fake: FakePanel
    app: PanelApplication | None  # None when the bot runs in its own process
    pid: int | None = None  # the bot's process, when it runs in its own

    def cpu_seconds(self) -> float:
        """CPU time (user + system) the bot's own process has used so far (Linux /proc)."""
        assert self.pid is not None, "the bot runs in this process"
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _environment(folder: str, fake: FakePanel, stub: BotApiStub, staff: list[int]) -> dict:
    return {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "PANEL_URL": fake.url,
        "DATABASE_URL": f"sqlite:///{Path(folder) / 'bench.db'}",
        "SECRET_KEYS": Fernet.generate_key().decode(),
        "ADMIN_IDS": ",".join(str(i) for i in staff),
        "TELEGRAM_API_BASE_URL": stub.base_url,
        "LOG_LEVEL": "WARNING",
    }


async def _log_in(settings: Settings, staff: list[int]) -> None:
    storage = await Storage.open(settings.database_url, settings.secret_keys, staff)
    try:
        for user_id in staff:
            await storage.set_credentials(
                user_id, username="demo", password="demo", sender="3000505"
            )
    finally:
        await storage.close()


@asynccontextmanager
async def bot_rig(
    *,
    staff: list[int],
    concurrent_updates: bool = True,
    own_process: bool = False,
    command: list[str] | None = None,
    extra_environment: dict[str, str] | None = None,
) -> AsyncIterator[Rig]:
    """The real bot on a temporary database; every id in `staff` is an admin, logged in.

    `own_process`: the bot runs in a process of its own, as in production, so that the fake
    panel and the Bot API stand-in (in this process) do not share its CPU core. `command`
    (implies own_process): what to start instead of bench._bot_process, e.g. `panelbot run`;
    `extra_environment` is added to its environment."""
    with tempfile.TemporaryDirectory() as folder:
        async with running_fake_panel() as fake, running_botapi_stub(TOKEN) as stub:
            environment = _environment(folder, fake, stub, staff)
            settings = Settings(  # type: ignore[call-arg]
                _env_file=None, **{k.lower(): v for k, v in environment.items()}
            )
            for user_id in staff:
                stub.add_user(user_id, f"Staff {user_id}")
            if own_process or command:
                await _log_in(settings, staff)
                argv = command or bot_process_command(concurrent_updates)
                environment.update(extra_environment or {})
                async with running_process(argv, environment, stub, cwd=folder) as pid:
                    yield Rig(stub, fake, None, pid)
                return
            async with running_bot(
                settings,
                base_file_url=stub.base_file_url,
                poll_timeout=1,
                concurrent_updates=concurrent_updates,
            ) as app:
                for user_id in staff:
                    await app.services.storage.set_credentials(
                        user_id, username="demo", password="demo", sender="3000505"
                    )
                yield Rig(stub, fake, app)


def bot_process_command(concurrent_updates: bool = True) -> list[str]:
    """`python -m bench._bot_process` (the real bot, optionally with sequential updates)."""
    arguments = [] if concurrent_updates else ["--sequential"]
    return [sys.executable, "-m", "bench._bot_process", *arguments]


def panelbot_command(source: Path | None = None) -> tuple[list[str], dict[str, str]]:
    """`panelbot run` as production starts it, from this checkout or from `source` (another
    checkout, with its own .venv when it has one); returns (argv, extra environment)."""
    if source is None:
        return [sys.executable, "-m", "bot", "run"], {}
    python = source / ".venv" / "bin" / "python"
    executable = str(python) if python.exists() else sys.executable
    return [executable, "-m", "bot", "run"], {"PYTHONPATH": str(source)}


@asynccontextmanager
async def running_process(
    argv: list[str], environment: dict, stub: BotApiStub, *, cwd: str
) -> AsyncIterator[int]:
    """Run `argv` until the block ends; ready (yields its pid) once it polls the stub. `cwd`
    keeps any .env of the checkout out of its settings."""
    defaults = {"PYTHONPATH": str(CHECKOUT), "PYTHONWARNINGS": "ignore"}
    process = await asyncio.create_subprocess_exec(
        *argv, env={**os.environ, **defaults, **environment}, cwd=cwd
    )
    try:
        async with asyncio.timeout(30):
            while not stub.calls_for("getUpdates"):
                if process.returncode is not None:
                    raise RuntimeError(f"{argv} exited with {process.returncode}")
                await asyncio.sleep(0.05)
        yield process.pid
    finally:
        with suppress(ProcessLookupError):
            process.terminate()
        try:
            await asyncio.wait_for(process.wait(), 10)
        except TimeoutError:
            process.kill()


async def wait_for_bot_messages(stub: BotApiStub, count: int, timeout: float) -> None:
    """Until the stand-in has recorded `count` bot messages (sent or edited) in all chats.

    Reads the stand-in's event log directly: waiting chat by chat would rescan it per chat."""
    async with asyncio.timeout(timeout):
        while len(stub._events) < count:
            await stub._changed.wait()


def report(title: str, rows: list[tuple[str, str]]) -> None:
    """Print a figure table: one line per (label, value)."""
    print(f"\n== {title}")
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"  {label.ljust(width)}  {value}")
