"""One writer at a time per SQLite file, handed over in turn instead of by SQLite's busy sleeps.

SQLite lets one transaction write at a time. A second writer gets SQLITE_BUSY and its busy
handler sleeps (1, 2, 5 … 100 ms) before it looks again, so under concurrent writes from the
worker threads (50 chats confirming a send at once) most of a write's time is spent asleep while
the file is free. Here a transaction takes a per-file lock at its first write (when pysqlite
begins the transaction, so the same moment SQLite takes its own write lock) and gives it back at
commit or rollback: writers of this process queue on the lock and start the moment the file is
free. Reads never take it (WAL lets them run beside the writer). Other processes on the file
still meet SQLite's busy timeout.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import Engine, event

_HOLDS = "panelbot_write_lock"
_READS = ("select", "pragma", "with", "explain")
_locks: dict[str, threading.RLock] = {}
_locks_guard = threading.Lock()


def serialise_writes(engine: Engine, path: str) -> None:
    """Make every write transaction on `engine` take the lock of the SQLite file `path`."""
    with _locks_guard:
        lock = _locks.setdefault(path, threading.RLock())

    def before_execute(connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if connection.info.get(_HOLDS) or statement.lstrip()[:7].lower().startswith(_READS):
            return
        lock.acquire()
        connection.info[_HOLDS] = True

    def release(info: dict[str, Any]) -> None:
        if info.pop(_HOLDS, False):
            lock.release()

    event.listen(engine, "before_cursor_execute", before_execute)
    event.listen(engine, "commit", lambda connection: release(connection.info))
    event.listen(engine, "rollback", lambda connection: release(connection.info))
    event.listen(engine.pool, "checkin", lambda _dbapi, record: release(record.info))
