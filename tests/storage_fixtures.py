"""Fixtures of the storage tests (import them explicitly: `from storage_fixtures import ...`).

`database_url` (tests/conftest.py) is SQLite, or PostgreSQL when TEST_DATABASE_URL is set.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from cryptography.fernet import Fernet

from storage import Storage

FIRST_ADMIN = 1001


@pytest.fixture
def sqlite_path(tmp_path):
    """A SQLite file path, for tests that read the raw file with `sqlite3`."""
    return tmp_path / "panelbot.db"


@pytest.fixture
def secret_key() -> str:
    return Fernet.generate_key().decode()


@pytest.fixture
def admin_id() -> int:
    """The one id of ADMIN_IDS that `store` was opened with."""
    return FIRST_ADMIN


@pytest.fixture
async def store(migrated_database_url: str, secret_key: str) -> AsyncIterator[Storage]:
    """An opened storage whose only admin is FIRST_ADMIN."""
    opened = await Storage.open(migrated_database_url, [secret_key], [FIRST_ADMIN])
    yield opened
    await opened.close()
