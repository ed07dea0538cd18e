"""End-to-end fixtures: the real Application, a local Bot API stand-in and the fake panel.

A test reads like a staff member's session::

    async def test_credit(bot_env):
        await bot_env.login()
        reply = await bot_env.say("/credit")
        assert "۲۵۰٬۰۰۰" in reply.text
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot.botapi_stub import BotApiStub, running_botapi_stub
from bot.botapi_stub.records import WAIT_BOUND, BotMessage, User
from bot.botapi_stub.user_side import visible
from bot.config import Settings
from bot.context import PanelApplication
from bot.panel.fake import FakePanel, running_fake_panel
from bot.runtime import running_bot
from storage import Storage
from tests.databases import SchemaTemplate, fresh_database

ADMIN_ID = 1001
OPERATOR_ID = 1002
STRANGER_ID = 5005
TOKEN = "123456:" + "T" * 35
DEMO_SENDER = "3000505"


def make_settings(
    database_url: str, panel_url: str, base_url: str, **overrides: object
) -> Settings:
    values: dict[str, object] = {
        "telegram_bot_token": TOKEN,
        "panel_url": panel_url,
        "database_url": database_url,
        "secret_keys": Fernet.generate_key().decode(),
        "admin_ids": str(ADMIN_ID),
        "telegram_api_base_url": base_url,
        "locale": "fa",
        "log_level": "DEBUG",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@dataclass
class BotEnv:
    """One running bot with its Bot API stand-in and fake panel, seen from the user's side."""

    stub: BotApiStub
    fake: FakePanel
    app: PanelApplication
    settings: Settings
    admin: User
    users: dict[int, User] = field(default_factory=dict)

    @property
    def storage(self) -> Storage:
        return self.app.services.storage

    def user(self, user_id: int, first_name: str = "User") -> User:
        if user_id not in self.users:
            self.users[user_id] = self.stub.add_user(user_id, first_name)
        return self.users[user_id]

    async def add_operator(self, user_id: int = OPERATOR_ID) -> User:
        from storage import Role

        await self.storage.add_staff(user_id, Role.OPERATOR, added_by=ADMIN_ID)
        return self.user(user_id, "Operator")

    async def login(self, user: User | None = None, chat_id: int | None = None) -> None:
        """Store the demo panel account for a chat, as /login would."""
        target = chat_id if chat_id is not None else (user or self.admin).user_id
        await self.storage.set_credentials(
            target, username="demo", password="demo", sender=DEMO_SENDER
        )

    async def say(
        self,
        text: str,
        user: User | None = None,
        chat: int | None = None,
        timeout: float = WAIT_BOUND,
    ) -> BotMessage:
        """Type `text` and return the bot's next message (new or edited) in that chat."""
        user = user or self.admin
        await self.stub.send_text(user, text, chat=chat)
        return await self.stub.wait_for_message(chat or user.user_id, timeout=timeout)

    async def tap(
        self,
        button_text: str,
        user: User | None = None,
        chat: int | None = None,
        message: BotMessage | None = None,
        timeout: float = WAIT_BOUND,
    ) -> BotMessage:
        """Tap a button (on `message`, else the newest bot message that has it) and return the
        bot's next message or edit in that chat."""
        user = user or self.admin
        chat_id = chat or user.user_id
        target = message or self.message_with_button(chat_id, button_text)
        await self.stub.tap(user, target.message_id, text=button_text, chat=chat)
        return await self.stub.wait_for_message(chat_id, timeout=timeout)

    def message_with_button(self, chat_id: int, button_text: str) -> BotMessage:
        for message in reversed(self.stub.messages(chat_id)):
            if not message.deleted and visible(button_text) in map(visible, message.button_texts):
                return message
        raise LookupError(f"no bot message in chat {chat_id} has a button {button_text!r}")

    def last(self, chat_id: int | None = None) -> BotMessage:
        return self.stub.last_message(chat_id or self.admin.user_id)

    def panel_received(self, op: str) -> list:
        return self.fake.state.requests_for(op)


@pytest.fixture
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database of the suite's backend (SQLite, or TEST_DATABASE_URL's server).

    In a test that also runs the bot (`bot_env`) or opens a storage (`store`), it is their
    database (already migrated), so the test sees what they wrote."""
    if "migrated_database_url" in request.fixturenames:
        yield request.getfixturevalue("migrated_database_url")
        return
    with fresh_database(tmp_path) as url:
        yield url


@pytest.fixture(scope="session")
def schema_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SchemaTemplate]:
    """The current schema, migrated once per test process (per xdist worker)."""
    template = SchemaTemplate(tmp_path_factory.mktemp("schema"))
    yield template
    template.drop()


@pytest.fixture
def migrated_database_url(tmp_path: Path, schema_template: SchemaTemplate) -> Iterator[str]:
    """A new database of the suite's backend holding the current schema (a template's copy)."""
    with schema_template.copy(tmp_path) as url:
        yield url


@asynccontextmanager
async def running_bot_env(database_url: str, **overrides: object) -> AsyncIterator[BotEnv]:
    """A fake panel, the Bot API stand-in and the bot on them; `overrides` change settings."""
    async with (
        running_fake_panel() as fake,
        running_botapi_stub(TOKEN) as stub,
    ):
        settings = make_settings(database_url, fake.url, stub.base_url, **overrides)
        async with running_bot(
            settings, base_file_url=stub.base_file_url, poll_timeout=1, strict_i18n=True
        ) as app:
            admin = stub.add_user(ADMIN_ID, "Admin", "admin")
            yield BotEnv(stub, fake, app, settings, admin, {ADMIN_ID: admin})


@pytest.fixture
async def bot_env(migrated_database_url: str) -> AsyncIterator[BotEnv]:
    async with running_bot_env(migrated_database_url) as env:
        yield env
