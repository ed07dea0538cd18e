"""jobs handlers (being written)."""

from telegram.ext import BaseHandler


def build_jobs_handlers() -> list[BaseHandler]:
    return []
