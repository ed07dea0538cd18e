"""Per-update cost of panelbot's Application vs a bare PTB echo bot on the same Bot API stand-in.

Both bots answer N messages from one user, one after another (send, wait for the answer). Ours
pays for the staff check, persistence, i18n and rendering; the echo bot for nothing but PTB.
Goal: ours ≤ 1.2 × the echo bot.

Run: .venv/bin/python -m bench.update_cost [N]
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time

from telegram import Update
from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

from bench._bot import ADMIN_ID, TOKEN, bot_rig, report
from bot.botapi_stub import BotApiStub, running_botapi_stub

GOAL = 1.2


async def _round_trips(stub: BotApiStub, text: str, count: int) -> float:
    """Seconds per update: send `text`, wait for the bot's answer, `count` times."""
    user = stub.users[ADMIN_ID]
    for _ in range(5):  # warm-up
        await stub.send_text(user, text)
        await stub.wait_for_message(ADMIN_ID, timeout=10)
    start = time.perf_counter()
    for _ in range(count):
        await stub.send_text(user, text)
        await stub.wait_for_message(ADMIN_ID, timeout=10)
    return (time.perf_counter() - start) / count


async def ours(count: int) -> float:
    async with bot_rig(staff=[ADMIN_ID]) as rig:
        return await _round_trips(rig.stub, "/help", count)


async def echo(count: int) -> float:
    async def answer(update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text(update.effective_message.text or "")

    async with running_botapi_stub(TOKEN) as stub:
        stub.add_user(ADMIN_ID, "Echo")
        app = (
            ApplicationBuilder()
            .token(TOKEN)
            .base_url(stub.base_url)
            .base_file_url(stub.base_file_url)
            .build()
        )
        app.add_handler(MessageHandler(filters.ALL, answer))
        async with app:
            await app.start()
            assert app.updater is not None
            await app.updater.start_polling(poll_interval=0, timeout=1)
            try:
                return await _round_trips(stub, "/help", count)
            finally:
                await app.updater.stop()
                await app.stop()


async def main(count: int) -> None:
    logging.disable(logging.WARNING)
    # Alternate the two, best of three each: other load on the machine hits both alike.
    baselines, figures = [], []
    for _ in range(3):
        baselines.append(await echo(count))
        figures.append(await ours(count))
    baseline, figure = min(baselines), min(figures)
    report(
        f"Per-update cost, best of 3 runs of {count} updates (lower is better)",
        [
            ("panelbot (/help: staff check, persistence, i18n)", f"{figure * 1000:.2f} ms"),
            ("baseline: bare PTB echo bot", f"{baseline * 1000:.2f} ms"),
            ("ratio", f"{figure / baseline:.2f}×"),
            ("goal", f"≤ {GOAL}×  →  {'met' if figure / baseline <= GOAL else 'NOT met'}"),
        ],
    )


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 300))
