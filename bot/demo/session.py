"""Start everything the offline demo needs in one process: fake panel, Bot API stand-in, bot."""

from __future__ import annotations

import asyncio
import logging
import mimetypes
import tempfile
import warnings
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from cryptography.fernet import Fernet

from bot.botapi_stub import BotApiStub, CallbackAnswer, User, running_botapi_stub
from bot.config import Settings
from bot.context import PanelApplication
from bot.panel.fake import FakePanel, FakePanelState, running_fake_panel
from bot.runtime import running_bot

DEMO_USER_ID = 1001
DEMO_TOKEN = "424242:offline-demo-token-not-for-telegram"
DEMO_USERNAME = "demo"
DEMO_PASSWORD = "demo"
DEMO_SENDER = "3000505"
REPLY_TIMEOUT = 10.0  # seconds the bot gets to react to one action
IDLE_QUIET = 0.3  # seconds the bot must stay with nothing to do to count as done
IDLE_TIMEOUT = 30.0
IDLE_PROBE = 0.01  # seconds between two looks at what the bot is doing


@dataclass
class DemoSession:
    """The running demo seen from the one staff member typing in the terminal."""

    stub: BotApiStub
    fake: FakePanel
    app: PanelApplication
    user: User
    reply_timeout: float = REPLY_TIMEOUT

    @property
    def chat_id(self) -> int:
        return self.user.user_id

    async def say(self, text: str) -> None:
        """Type a message (or command) to the bot."""
        await self.stub.send_text(self.user, text)

    async def upload(self, path: Path) -> None:
        """Send a file from disk as a document, as the Telegram app would."""
        mime_type = mimetypes.guess_type(path.name)[0]
        await self.stub.send_document(self.user, path.name, path.read_bytes(), mime_type)

    async def tap(self, message_id: int, button_text: str) -> CallbackAnswer:
        """Tap an inline button; returns the bot's answer (toast or alert text, if any)."""
        return await self.stub.tap(
            self.user, message_id, text=button_text, timeout=self.reply_timeout
        )

    def advance_panel_clock(self, seconds: float) -> None:
        """Let `seconds` pass on the fake panel, so delivery reports progress."""
        self.fake.state.advance(seconds)

    async def wait_reply(self) -> None:
        """Wait for the bot's next new or edited message; TimeoutError when it stays silent."""
        await self.stub.wait_for_message(self.chat_id, timeout=self.reply_timeout)

    async def settle(self) -> None:
        """Wait until the bot is done: every update fetched and handled, no send job running,
        no Bot API call in flight, and so for IDLE_QUIET seconds on end. TimeoutError after
        IDLE_TIMEOUT. (Silence alone is not enough: a handler waiting on the panel or the
        database of a loaded machine makes no call for a while, yet will answer.)"""
        await settled(self.stub, self.app, IDLE_QUIET, IDLE_TIMEOUT)


def busy(stub: BotApiStub, app: PanelApplication) -> bool:
    """Whether the bot still has work it was given: updates, handlers, send jobs, API calls."""
    from bot.services.job_worker import WORKER_KEY

    worker = app.services.extras.get(WORKER_KEY)
    return bool(
        stub.unanswered
        or app.update_queue.qsize()
        or app.update_processor.current_concurrent_updates
        or (worker is not None and worker.running)
    )


async def settled(stub: BotApiStub, app: PanelApplication, quiet: float, timeout: float) -> None:
    """Return once `busy` stayed false for `quiet` seconds; TimeoutError after `timeout`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    idle_since: float | None = None
    while True:
        now = loop.time()
        if busy(stub, app):
            idle_since = None
        elif idle_since is None:
            idle_since = now
        elif now - idle_since >= quiet:
            return
        if now >= deadline:
            raise TimeoutError(f"the bot was still at work after {timeout:g} s")
        await asyncio.sleep(IDLE_PROBE)


def demo_settings(fake: FakePanel, stub: BotApiStub, folder: Path) -> Settings:
    """Settings built in code (no .env): the demo user is the only admin."""
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        telegram_bot_token=stub.token,
        panel_url=fake.url,
        database_url=f"sqlite:///{folder / 'demo.db'}",
        secret_keys=Fernet.generate_key().decode(),
        admin_ids=str(DEMO_USER_ID),
        telegram_api_base_url=stub.base_url,
        locale="fa",
        log_level="WARNING",
    )


def quiet_logging() -> None:
    """Only warnings and errors, through the project's redacting setup; no library chatter."""
    from bot.logging_setup import configure_logging

    configure_logging("WARNING")
    logging.getLogger("telegram").setLevel(logging.ERROR)
    from telegram.warnings import PTBUserWarning

    warnings.filterwarnings("ignore", category=PTBUserWarning)


@asynccontextmanager
async def running_demo(
    *, logged_out: bool = False, frozen_clock: bool = False
) -> AsyncIterator[DemoSession]:
    """Fake panel + Bot API stand-in + the real bot on a throw-away database.

    ``frozen_clock``: the panel's time moves only when told (scripts advance it explicitly, so
    their transcripts do not depend on how fast the machine is)."""
    state = FakePanelState.demo()
    state.clock.runs = not frozen_clock
    with tempfile.TemporaryDirectory(prefix="panelbot-demo-") as folder:
        async with (
            running_fake_panel(state) as fake,
            running_botapi_stub(DEMO_TOKEN, bot_username="panelbot_demo_bot") as stub,
        ):
            settings = demo_settings(fake, stub, Path(folder))
            async with running_bot(
                settings, base_file_url=stub.base_file_url, poll_timeout=1
            ) as app:
                user = stub.add_user(DEMO_USER_ID, "Demo", "demo_staff", language_code="fa")
                if not logged_out:
                    await app.services.storage.set_credentials(
                        user.user_id,
                        username=DEMO_USERNAME,
                        password=DEMO_PASSWORD,
                        sender=DEMO_SENDER,
                    )
                await settled(stub, app, IDLE_QUIET, IDLE_TIMEOUT)
                yield DemoSession(stub, fake, app, user)
