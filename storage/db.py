"""Engines and migrations: DATABASE_URL picks SQLite (default) or PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import StaticPool

from storage.errors import DatabaseUnavailableError
from storage.sqlite_writes import serialise_writes

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 10_000


def create_engine_for(database_url: str) -> Engine:
    """An engine for `database_url`; a SQLite file (and its folder) is created on first use."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    in_memory = url.database in (None, "", ":memory:")
    if not in_memory:
        Path(url.database).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
        poolclass=StaticPool if in_memory else None,
    )
    event.listen(engine, "connect", _sqlite_pragmas)
    if not in_memory:
        serialise_writes(engine, str(Path(url.database).expanduser().resolve()))
    return engine


def create_synced_engine(engine: Engine) -> Engine:
    """An engine on the same database whose every commit is on disk before it returns.

    SQLite runs in WAL mode with synchronous=NORMAL: a commit survives the process being
    killed, not a power cut. This engine's connections run with synchronous=FULL (the WAL,
    with every frame written before, is fsynced at each commit), set once per connection
    rather than toggled per transaction. PostgreSQL and in-memory SQLite: `engine` itself
    (a PostgreSQL commit is already durable)."""
    url = engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return engine
    synced = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(synced, "connect", _sqlite_synced_pragmas)
    serialise_writes(synced, str(Path(url.database).expanduser().resolve()))  # the same lock
    return synced


@contextmanager
def usable(database_url: str) -> Iterator[None]:
    """Around opening a database: 'cannot connect / open / write' becomes one line naming
    DATABASE_URL (DatabaseUnavailableError) instead of a driver traceback."""
    try:
        yield
    except (OperationalError, DBAPIError, OSError) as exc:
        reason = _first_line(exc)
        shown = make_url(database_url).render_as_string(hide_password=True)
        raise DatabaseUnavailableError(
            f"DATABASE_URL {shown} cannot be used: {reason}. Check DATABASE_URL, that the"
            " database server is running and that the bot may write there."
        ) from None


def _first_line(exc: BaseException) -> str:
    original = getattr(exc, "orig", None) or exc
    text = str(original).strip().splitlines()
    return (text[0] if text else type(original).__name__)[:200]


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


def _sqlite_synced_pragmas(dbapi_connection: Any, record: Any) -> None:
    _sqlite_pragmas(dbapi_connection, record)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def upgrade(engine: Engine) -> None:
    """Apply every pending migration on `engine` (a no-op when up to date)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def migrate(database_url: str) -> None:
    """Create or upgrade the database at `database_url` (used by `panelbot migrate`)."""
    with usable(database_url):
        engine = create_engine_for(database_url)
        try:
            upgrade(engine)
        finally:
            engine.dispose()
