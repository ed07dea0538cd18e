"""The real bot in a process of its own, for benchmarks that load it from outside.

Settings come from the environment (as for `panelbot run`); `--sequential` turns concurrent
updates off. Stops on SIGTERM.
"""

from __future__ import annotations

import asyncio
import signal
import sys
import warnings

from bot.config import load_settings
from bot.runtime import running_bot


async def serve(sequential: bool) -> None:
    settings = load_settings(env_file=None)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    async with running_bot(settings, poll_timeout=1, concurrent_updates=not sequential):
        await stop.wait()


if __name__ == "__main__":
    warnings.filterwarnings("ignore")
    asyncio.run(serve("--sequential" in sys.argv))
