"""Fixtures of the storage tests (import them explicitly: `from storage_fixtures import ...`).

`database_url` runs each test on SQLite and, when TEST_DATABASE_URL points at a reachable
PostgreSQL (postgresql+psycopg://...), on PostgreSQL too; otherwise that case is skipped.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import create_engine, text
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (table definitions, to drop them between tests)
from storage import Storage

POSTGRES_ENV = "TEST_DATABASE_URL"
FIRST_ADMIN = 1001


def _backends() -> list[object]:
    no_postgres = not os.environ.get(POSTGRES_ENV)
    reason = f"PostgreSQL not tested: set {POSTGRES_ENV}=postgresql+psycopg://user:pw@host/db"
    return [
        pytest.param("sqlite", id="sqlite"),
        pytest.param(
            "postgresql",
            id="postgresql",
            marks=pytest.mark.skipif(no_postgres, reason=reason),
        ),
    ]


def _empty_postgres(url: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            SQLModel.metadata.drop_all(connection)
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
    finally:
        engine.dispose()


@pytest.fixture(params=_backends())
def database_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """A fresh, empty database (not yet migrated)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'panelbot.db'}"
    url = os.environ[POSTGRES_ENV]
    _empty_postgres(url)
    return url


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
async def store(database_url: str, secret_key: str) -> AsyncIterator[Storage]:
    """An opened storage whose only admin is FIRST_ADMIN."""
    opened = await Storage.open(database_url, [secret_key], [FIRST_ADMIN])
    yield opened
    await opened.close()
