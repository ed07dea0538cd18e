"""The database every test runs on: SQLite by default, PostgreSQL when TEST_DATABASE_URL is set.

`TEST_DATABASE_URL` names a PostgreSQL server and a maintenance database on it, e.g.
`postgresql+psycopg://postgres@127.0.0.1:5433/postgres` (`.ci/run` starts such a server). Each
test then gets a database of its own, created empty and dropped afterwards, so tests stay
independent (and may run in parallel workers).

Migrating costs about half a second per database on PostgreSQL, so tests that only need the
current schema (the bot, an opened storage) get a copy of a template migrated once per test
process (`SchemaTemplate`): a file copy on SQLite, `CREATE DATABASE … TEMPLATE` on PostgreSQL.
The copy is what migrating an empty database gives, by construction.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
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
    with _server_database(server) as url:
        yield url


class SchemaTemplate:
    """A database migrated to the current head once, copied for each test that asks."""

    def __init__(self, folder: Path) -> None:
        from storage.db import migrate

        self._server = server_url()
        if self._server is None:
            self._source: str = str(folder / "template.db")
            migrate(f"sqlite:///{self._source}")
        else:
            self._source = f"template_{uuid.uuid4().hex[:16]}"
            _admin(self._server, f'CREATE DATABASE "{self._source}"')
            migrate(self._url_of(self._source))

    @contextmanager
    def copy(self, tmp_path: Path, name: str = "panelbot") -> Iterator[str]:
        """The URL of a new database holding the migrated schema, removed after the block."""
        if self._server is None:
            target = tmp_path / f"{name}.db"
            with _sqlite(self._source) as source, _sqlite(str(target)) as copy:
                source.backup(copy)
            yield f"sqlite:///{target}"
            return
        with _server_database(self._server, template=self._source) as url:
            yield url

    def drop(self) -> None:
        if self._server is not None:
            _admin(self._server, f'DROP DATABASE IF EXISTS "{self._source}" WITH (FORCE)')

    def _url_of(self, database: str) -> str:
        assert self._server is not None
        return self._server.set(database=database).render_as_string(hide_password=False)


@contextmanager
def _server_database(server: URL, template: str | None = None) -> Iterator[str]:
    database = f"test_{uuid.uuid4().hex[:16]}"
    copied = f' TEMPLATE "{template}"' if template else ""
    _admin(server, f'CREATE DATABASE "{database}"{copied}')
    try:
        yield server.set(database=database).render_as_string(hide_password=False)
    finally:
        _admin(server, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


@contextmanager
def _sqlite(path: str) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(path)
    try:
        yield connection
    finally:
        connection.close()


def _admin(server: URL, statement: str) -> None:
    with _admin_engine(server).connect() as connection:
        connection.execute(text(statement))


@cache
def _admin_engine(server: URL) -> Engine:
    """One engine per test process on the maintenance database (CREATE / DROP DATABASE)."""
    return create_engine(server, isolation_level="AUTOCOMMIT", pool_pre_ping=True)
