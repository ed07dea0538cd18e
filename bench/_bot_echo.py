"""A bare PTB echo bot in a process of its own: the baseline of bench/update_cost.py.

Default ApplicationBuilder, one MessageHandler; every message is answered with the text in
ECHO_ANSWER (the bench passes panelbot's /help answer, so both bots send the same characters).
Settings from the environment: TELEGRAM_BOT_TOKEN, TELEGRAM_API_BASE_URL. Stops on SIGTERM.
"""

from __future__ import annotations

import os

from telegram import Update
from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters


def main() -> None:
    answer_text = os.environ["ECHO_ANSWER"]

    async def answer(update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text(answer_text)

    application = (
        ApplicationBuilder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(os.environ["TELEGRAM_API_BASE_URL"])
        .build()
    )
    application.add_handler(MessageHandler(filters.ALL, answer))
    application.run_polling(poll_interval=0, timeout=10)


if __name__ == "__main__":
    main()
