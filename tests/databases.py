"""The database every test runs on: SQLite by default, PostgreSQL when TEST_DATABASE_URL is set.

`TEST_DATABASE_URL` names a PostgreSQL server and a maintenance database on it, e.g.
`postgresql+psycopg://postgres@127.0.0.1:5433/postgres` (`.ci/run` starts such a server). Each
test then gets a database of its own, created empty and dropped afterwards, so tests stay
independent (and may run in parallel workers).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

SERVER_ENV = "TEST_DATABASE_URL"


def server_url() -> URL | None:
    """The PostgreSQL server the suite runs on, or None for SQLite."""
    value = os.environ.get(SERVER_ENV, "").strip()
    return make_url(value) if value else None


def backend_name() -> str:
    url = server_url()
    return "sqlite" if url is None else url.get_backend_name()


@contextmanager
def fresh_database(tmp_path: Path, name: str = "panelbot") -> Iterator[str]:
    """The URL of a new, empty database (not yet migrated), removed after the block."""
    server = server_url()
    if server is None:
        yield f"sqlite:///{tmp_path / f'{name}.db'}"
        return
    database = f"test_{uuid.uuid4().hex[:16]}"
    _admin(server, f'CREATE DATABASE "{database}"')
    try:
        yield server.set(database=database).render_as_string(hide_password=False)
    finally:
        _admin(server, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def _admin(server: URL, statement: str) -> None:
    engine = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()
