"""The real bot in a process of its own, for benchmarks that load it from outside.

Settings come from the environment (as for `panelbot run`); `--sequential` turns concurrent
updates off. Stops on SIGTERM. With BENCH_PROFILE=<file> the process runs under cProfile and
writes its statistics there when it stops (read them with `python -m pstats <file>`).
"""

from __future__ import annotations

import asyncio
import cProfile
import os
import signal
import sys
import warnings

from bot.config import load_settings
from bot.runtime import running_bot

PROFILE_ENV = "BENCH_PROFILE"


async def serve(sequential: bool) -> None:
    settings = load_settings(env_file=None)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    async with running_bot(settings, poll_timeout=1, concurrent_updates=not sequential):
        await stop.wait()


def main() -> None:
    warnings.filterwarnings("ignore")
    sequential = "--sequential" in sys.argv
    target = os.environ.get(PROFILE_ENV)
    if not target:
        asyncio.run(serve(sequential))
        return
    profile = cProfile.Profile()
    profile.enable()
    try:
        asyncio.run(serve(sequential))
    finally:
        profile.disable()
        profile.dump_stats(target)


if __name__ == "__main__":
    main()
