"""Migrations: `panelbot migrate` and `panelbot rotate-keys` on fresh and existing databases."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from cryptography.fernet import Fernet
from sqlalchemy import create_engine, inspect
from sqlmodel import SQLModel

from storage import Credentials, Storage
from storage.db import migrate

# tests/ may or may not be a package; the fixtures module sits beside this file either way.
pytest_plugins = (f"{__package__}.storage_fixtures" if __package__ else "storage_fixtures",)

TABLES = {
    "alembic_version",
    "audit_log",
    "bot_heartbeat",
    "encryption_keys",
    "chat_settings",
    "claimed_operations",
    "key_check",
    "panel_accounts",
    "ptb_conversations",
    "ptb_data",
    "send_batches",
    "send_jobs",
    "staff",
}


def _tables_and_drift(database_url: str) -> tuple[set[str], list[object]]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            drift = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    finally:
        engine.dispose()
    return tables, drift


def test_migrate_creates_the_schema_of_the_models_and_is_idempotent(database_url):
    migrate(database_url)
    migrate(database_url)

    tables, drift = _tables_and_drift(database_url)
    assert tables >= TABLES
    assert drift == []


async def test_open_keeps_the_data_of_an_existing_database(database_url, secret_key):
    storage = await Storage.open(database_url, [secret_key], [1])
    await storage.set_credentials(5, username="u", password="p")
    await storage.close()
    await asyncio.to_thread(migrate, database_url)

    reopened = await Storage.open(database_url, [secret_key], [1])
    assert await reopened.get_credentials(5) == Credentials("u", "p", None)
    await reopened.close()


def panelbot(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **env},
    )


def test_cli_migrate_on_a_fresh_and_an_existing_database(tmp_path):
    url = f"sqlite:///{tmp_path / 'data' / 'panelbot.db'}"
    for _ in range(2):
        result = panelbot("migrate", cwd=tmp_path, DATABASE_URL=url)
        assert result.returncode == 0, result.stderr
        assert f"Database is up to date: {url}" in result.stdout

    tables, drift = _tables_and_drift(url)
    assert tables >= TABLES and drift == []


def test_cli_migrate_uses_the_default_database_in_the_working_folder(tmp_path):
    result = panelbot("migrate", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert (tmp_path / "panelbot.db").is_file()


def test_cli_rotate_keys_on_a_fresh_and_an_existing_database(tmp_path, database_url):
    url = database_url
    old_key, new_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    fresh = panelbot("rotate-keys", cwd=tmp_path, DATABASE_URL=url, SECRET_KEYS=old_key)
    assert fresh.returncode == 0, fresh.stderr
    assert "panel_accounts 0" in fresh.stdout

    async def store_one() -> None:
        storage = await Storage.open(url, [old_key], [1])
        await storage.set_credentials(-100, username="acme", password="pw", sender="3000")
        await storage.close()

    asyncio.run(store_one())
    both = f"{new_key},{old_key}"
    rotated = panelbot("rotate-keys", cwd=tmp_path, DATABASE_URL=url, SECRET_KEYS=both)
    assert rotated.returncode == 0, rotated.stderr
    assert "with the newest key" in rotated.stdout and "panel_accounts 1" in rotated.stdout
    assert "remove them from SECRET_KEYS" in rotated.stdout

    async def read_with_new_key_only() -> Credentials | None:
        storage = await Storage.open(url, [new_key], [1])
        try:
            return await storage.get_credentials(-100)
        finally:
            await storage.close()

    assert asyncio.run(read_with_new_key_only()) == Credentials("acme", "pw", "3000")
