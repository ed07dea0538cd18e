"""`panelbot demo`: the real bot, the fake panel and a Bot API stand-in, chatted with in the
terminal (or replayed from a script) — no token, no panel account, no network."""

from __future__ import annotations

import asyncio
from pathlib import Path


def run_demo(script: str | None, plain: bool, logged_out: bool) -> int:
    """Run the interactive demo, or replay ``script``; the process exit code."""
    from bot.demo.session import quiet_logging

    quiet_logging()
    if script is not None:
        from bot.demo.script import run_script

        return asyncio.run(run_script(Path(script), plain=plain, logged_out=logged_out))
    from bot.demo.terminal import run_terminal

    return asyncio.run(run_terminal(plain=plain, logged_out=logged_out))
