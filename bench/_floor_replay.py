"""Sends recorded batches to a panel through PanelClient, with or without the writes every
exactly-once sender needs, timed. Run by bench.send_floor in a process of its own.

Modes (argv[2]):
  bare          the panel requests one after another (the baseline of bench.send_million)
  writes        + the two writes per batch an exactly-once sender cannot skip: the batch
                marked in flight (committed) before its request, its answer (committed) after,
                in plain sqlite3 (WAL, synchronous=NORMAL: survives a kill), on the event loop
  fsync         + the in-flight commit on disk before the request (synchronous=FULL: survives
                a power cut too, as the bot does)
  fsync-thread  + those writes in a worker thread (asyncio.to_thread), so other chats are not
                blocked while the disk works, as the bot does
Prints the seconds the batches took.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bot.panel import PanelClient

MODES = ("bare", "writes", "fsync", "fsync-thread")


def _database(folder: str, count: int) -> sqlite3.Connection:
    connection = sqlite3.connect(
        Path(folder) / "floor.db", isolation_level=None, check_same_thread=False
    )
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("CREATE TABLE batch (id INTEGER PRIMARY KEY, state TEXT, bulk TEXT)")
    connection.executemany("INSERT INTO batch (state) VALUES (?)", [("new",)] * count)
    return connection


def _writes(connection: sqlite3.Connection, synced: bool) -> tuple[Callable, Callable]:
    def in_flight(batch: int) -> None:
        if synced:
            connection.execute("PRAGMA synchronous=FULL")
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE batch SET state='in_flight' WHERE id=?", (batch,))
        connection.execute("COMMIT")
        if synced:
            connection.execute("PRAGMA synchronous=NORMAL")

    def answered(batch: int, bulk_id: int) -> None:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE batch SET state='sent', bulk=? WHERE id=?", (bulk_id, batch))
        connection.execute("COMMIT")

    return in_flight, answered


async def replay(url: str, requests: list[dict[str, str]], mode: str) -> float:
    first = requests[0]
    with tempfile.TemporaryDirectory() as folder:
        connection = _database(folder, len(requests))
        in_flight, answered = _writes(connection, synced=mode != "writes")
        threaded = mode == "fsync-thread"

        async def write(function: Callable, *args: int) -> None:
            if mode == "bare":
                return
            if threaded:
                await asyncio.to_thread(function, *args)
            else:
                function(*args)

        async with PanelClient(url, first["uname"], first["pass"]) as panel:
            started = time.perf_counter()
            for batch, fields in enumerate(requests, start=1):
                await write(in_flight, batch)
                numbers = json.loads(fields["to"])
                bulk_id = await panel.send(fields["from"], numbers, fields["message"])
                await write(answered, batch, bulk_id)
            return time.perf_counter() - started


def main() -> None:
    plan = json.loads(Path(sys.argv[1]).read_text())
    mode = sys.argv[2]
    if mode not in MODES:
        raise SystemExit(f"mode: one of {', '.join(MODES)}")
    print(f"{asyncio.run(replay(plan['url'], plan['requests'], mode)):.6f}")


if __name__ == "__main__":
    main()
