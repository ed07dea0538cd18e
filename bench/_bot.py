"""Shared set-up for the bot benchmarks: fake panel, Bot API stand-in and the real bot."""

from __future__ import annotations

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

TOKEN = "123456:" + "B" * 35
warnings.filterwarnings("ignore")  # PTB's per_message advice is not a figure
ADMIN_ID = 1


@dataclass
class Rig:
    stub: BotApiStub
    fake: FakePanel
    app: PanelApplication


@asynccontextmanager
async def bot_rig(*, staff: list[int], concurrent_updates: bool = True) -> AsyncIterator[Rig]:
    """The real bot on a temporary database; every id in `staff` is an admin, logged in."""
    with tempfile.TemporaryDirectory() as folder:
        async with running_fake_panel() as fake, running_botapi_stub(TOKEN) as stub:
            settings = Settings(  # type: ignore[call-arg]
                _env_file=None,
                telegram_bot_token=TOKEN,
                panel_url=fake.url,
                database_url=f"sqlite:///{Path(folder) / 'bench.db'}",
                secret_keys=Fernet.generate_key().decode(),
                admin_ids=",".join(str(i) for i in staff),
                telegram_api_base_url=stub.base_url,
                log_level="WARNING",
            )
            async with running_bot(
                settings,
                base_file_url=stub.base_file_url,
                poll_timeout=1,
                concurrent_updates=concurrent_updates,
            ) as app:
                for user_id in staff:
                    stub.add_user(user_id, f"Staff {user_id}")
                    await app.services.storage.set_credentials(
                        user_id, username="demo", password="demo", sender="3000505"
                    )
                yield Rig(stub, fake, app)


def report(title: str, rows: list[tuple[str, str]]) -> None:
    """Print a figure table: one line per (label, value)."""
    print(f"\n== {title}")
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"  {label.ljust(width)}  {value}")
