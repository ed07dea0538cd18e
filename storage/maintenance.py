"""Opening checks and key rotation: everything that touches every encrypted value.

Encrypted columns are found by their mark (`storage.models.sealed_text` / `sealed_bytes`), so
both cover every table that uses them, present and future.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Column, Engine, Table, and_, select
from sqlmodel import Session, SQLModel, col

from storage import heartbeat, org_models  # noqa: F401  (org tables hold encrypted columns)
from storage.crypto import Cipher
from storage.db import create_engine_for, upgrade, usable
from storage.errors import BotRunningError, StorageKeyError
from storage.models import ENCRYPTED, EncryptionKey, KeyCheck, utc_now

KEY_CHECK_VALUE = "panelbot-key-check"


@dataclass
class Census:
    """Encrypted values per table: how many there are and how many SECRET_KEYS cannot read."""

    total: int = 0
    unreadable: dict[str, int] = field(default_factory=dict)

    @property
    def unreadable_count(self) -> int:
        return sum(self.unreadable.values())


def sealed_columns() -> Iterator[tuple[Table, list[Column]]]:
    """Every table with encrypted columns, with those columns."""
    for table in SQLModel.metadata.sorted_tables:
        columns = [column for column in table.columns if column.info.get(ENCRYPTED)]
        if columns:
            yield table, columns


def check_keys(*, session: Session, cipher: Cipher) -> None:
    """Raise StorageKeyError now, at open, unless SECRET_KEYS reads every encrypted value.

    The message says how many values are unreadable, where, and which key (by fingerprint)
    encrypted data here and is missing from SECRET_KEYS. On success, the newest key is
    recorded as used.
    """
    if session.get(KeyCheck, 1) is None:
        session.add(KeyCheck(id=1, token=cipher.encrypt(KEY_CHECK_VALUE)))
        session.flush()
    census = take_census(session=session, cipher=cipher)
    if census.unreadable_count:
        raise StorageKeyError(_unreadable_message(session, cipher, census))
    _record_key_use(session, cipher.fingerprints[0])


def take_census(*, session: Session, cipher: Cipher) -> Census:
    census = Census()
    for table, columns in sealed_columns():
        for row in session.execute(select(*columns)):
            for value in row:
                if value is None:
                    continue
                census.total += 1
                if not _readable(cipher, value):
                    census.unreadable[table.name] = census.unreadable.get(table.name, 0) + 1
    return census


def rotate_keys(database_url: str, secret_keys: Sequence[str]) -> dict[str, int]:
    """Re-encrypt every encrypted value with the newest key; return rows changed per table.

    Refuses (BotRunningError) while a bot is running on the database.
    """
    cipher = Cipher(secret_keys)
    with usable(database_url):
        engine = create_engine_for(database_url)
    try:
        with usable(database_url):
            upgrade(engine)
        return rotate_all(engine=engine, cipher=cipher)
    finally:
        engine.dispose()


def rotate_all(*, engine: Engine, cipher: Cipher) -> dict[str, int]:
    """One transaction: either every value is re-encrypted or none is."""
    with Session(engine) as session:
        _refuse_while_running(session)
        check_keys(session=session, cipher=cipher)
        counts = {
            table.name: _rotate_table(session, cipher, table, columns)
            for table, columns in sealed_columns()
        }
        session.commit()
    return counts


def _rotate_table(session: Session, cipher: Cipher, table: Table, columns: list[Column]) -> int:
    keys = list(table.primary_key.columns)
    changed = 0
    for row in session.execute(select(*keys, *columns)).mappings().all():
        values = {
            column.name: _rotate(cipher, row[column.name])
            for column in columns
            if row[column.name] is not None
        }
        if values:
            where = and_(*(key == row[key.name] for key in keys))
            session.execute(table.update().where(where).values(**values))
            changed += 1
    return changed


def _refuse_while_running(session: Session) -> None:
    running = heartbeat.running(session=session)
    if running is not None:
        seconds = int((utc_now() - running.beat_at).total_seconds())
        raise BotRunningError(
            f"panelbot is running on this database ({running.instance}, last heartbeat"
            f" {seconds} s ago): stop the bot first, then run rotate-keys again."
        )


def _readable(cipher: Cipher, value: str | bytes) -> bool:
    try:
        if isinstance(value, str):
            cipher.decrypt(value)
        else:
            cipher.decrypt_bytes(value)
    except StorageKeyError:
        return False
    return True


def _rotate(cipher: Cipher, value: str | bytes) -> str | bytes:
    return cipher.rotate(value) if isinstance(value, str) else cipher.rotate_bytes(value)


def _record_key_use(session: Session, fingerprint: str) -> None:
    row = session.get(EncryptionKey, fingerprint) or EncryptionKey(fingerprint=fingerprint)
    row.last_used_at = utc_now()
    session.add(row)


def _unreadable_message(session: Session, cipher: Cipher, census: Census) -> str:
    where = ", ".join(f"{table} {count}" for table, count in sorted(census.unreadable.items()))
    used = session.scalars(
        select(EncryptionKey).order_by(col(EncryptionKey.last_used_at).desc())
    ).all()
    missing = [row for row in used if row.fingerprint not in cipher.fingerprints]
    if missing:
        wanted = ", ".join(
            f"{row.fingerprint} (last used {row.last_used_at:%Y-%m-%d})" for row in missing
        )
        hint = f"add the key with fingerprint {wanted} to SECRET_KEYS, after the new one"
    else:
        hint = "add the key that encrypted them to SECRET_KEYS, after the new one"
    configured = ", ".join(cipher.fingerprints)
    return (
        f"SECRET_KEYS cannot decrypt {census.unreadable_count} of {census.total} stored"
        f" encrypted values ({where}): the key that encrypted them is missing (put the old key"
        f" after the new one): {hint}. SECRET_KEYS has fingerprints {configured};"
        " `panelbot key-fingerprints` prints them."
    )
