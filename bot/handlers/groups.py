"""groups handlers (being written)."""

from telegram.ext import BaseHandler


def build_groups_handlers() -> list[BaseHandler]:
    return []
