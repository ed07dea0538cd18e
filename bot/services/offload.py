"""CPU-bound work (parsing an upload, normalising a big list) in a child process.

A thread would keep the event loop answering other chats, but nothing can stop it: the time cap
is only real if the work can be killed. Each call therefore runs in its own process, forked
from a forkserver that has the parsing modules imported already (start-up cost: see
bench/recipients_xlsx.py); over its time cap the process is killed. The waiting happens in a
thread, so the event loop never blocks on the pipe.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import multiprocessing.connection
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

__all__ = ["WorkFailed", "WorkTimedOut", "run_in_process"]

T = TypeVar("T")
_PRELOAD = ["__main__", "bot.panel.recipients_file", "bot.services.recipients"]
"""Imported once in the forkserver (``__main__`` too: a child then skips re-running it)."""


class WorkTimedOut(Exception):
    """The work ran past its time cap and was stopped."""


class WorkFailed(Exception):
    """The worker process died or raised something that could not be sent back."""


@cache
def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def _child(connection: multiprocessing.connection.Connection, fn: Callable, args: tuple) -> None:
    try:
        outcome: tuple[bool, Any] = (True, fn(*args))
    except Exception as error:  # sent back and raised in the parent
        outcome = (False, error)
    try:
        connection.send(outcome)
    except Exception:  # the error itself cannot be pickled
        connection.send((False, WorkFailed(type(outcome[1]).__name__)))
    finally:
        connection.close()


def _run_blocking(fn: Callable[..., T], args: tuple, timeout: float) -> T:
    context = _context()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, fn, args), daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise WorkTimedOut
        ok, value = receiver.recv()
    except EOFError as error:
        raise WorkFailed("worker died") from error
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join(5)
    if not ok:
        raise value
    return value


async def run_in_process(fn: Callable[..., T], *args: object, timeout: float) -> T:
    """``fn(*args)`` in a child process, killed after ``timeout`` seconds (WorkTimedOut).

    ``fn`` must be importable at module level; exceptions it raises are re-raised here.
    """
    return await asyncio.to_thread(_run_blocking, fn, args, timeout)
