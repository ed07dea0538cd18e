"""Shared set-up for the bot benchmarks: fake panel, Bot API stand-in and the real bot."""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import warnings
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
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


@dataclass
class Rig:
    stub: BotApiStub
    fake: FakePanel
    app: PanelApplication | None  # None when the bot runs in its own process


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
    *, staff: list[int], concurrent_updates: bool = True, own_process: bool = False
) -> AsyncIterator[Rig]:
    """The real bot on a temporary database; every id in `staff` is an admin, logged in.

    `own_process`: the bot runs in a process of its own, as in production, so that the fake
    panel and the Bot API stand-in (in this process) do not share its CPU core."""
    with tempfile.TemporaryDirectory() as folder:
        async with running_fake_panel() as fake, running_botapi_stub(TOKEN) as stub:
            environment = _environment(folder, fake, stub, staff)
            settings = Settings(  # type: ignore[call-arg]
                _env_file=None, **{k.lower(): v for k, v in environment.items()}
            )
            for user_id in staff:
                stub.add_user(user_id, f"Staff {user_id}")
            if own_process:
                await _log_in(settings, staff)
                async with _bot_process(environment, stub, concurrent_updates):
                    yield Rig(stub, fake, None)
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


@asynccontextmanager
async def _bot_process(
    environment: dict, stub: BotApiStub, concurrent_updates: bool
) -> AsyncIterator[None]:
    """`python -m bench._bot_process` until the block ends; ready once it polls the stub."""
    arguments = [] if concurrent_updates else ["--sequential"]
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bench._bot_process",
        *arguments,
        env={**os.environ, **environment},
    )
    try:
        async with asyncio.timeout(30):
            while not stub.calls_for("getUpdates"):
                await asyncio.sleep(0.05)
        yield
    finally:
        process.terminate()
        try:
            await asyncio.wait_for(process.wait(), 10)
        except TimeoutError:
            process.kill()


def report(title: str, rows: list[tuple[str, str]]) -> None:
    """Print a figure table: one line per (label, value)."""
    print(f"\n== {title}")
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"  {label.ljust(width)}  {value}")
