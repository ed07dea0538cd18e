"""Saved texts («متن‌های آماده») of a chat's panel account: list by pages, save, rename, delete.

`account_chat_id` is the chat whose panel account the texts belong to (today the chat itself).
Names are tidied (spaces, Arabic ي/ك) and bounded; texts are bounded like any SMS text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from bot.panel.sms import is_too_long, message_parts
from storage import LimitReachedError, NameTakenError, TemplateRecord

if TYPE_CHECKING:
    from storage import Storage

PAGE_SIZE = 8
MAX_TEMPLATES = 200
MAX_NAME_CHARS = 40
FIRST_WORDS = 6
FIRST_WORDS_MAX_CHARS = 40
ELLIPSIS = "…"


class TemplateProblem(StrEnum):
    """Why a save or rename was refused; each has a message in locales/*/templates.ftl."""

    EMPTY_NAME = "empty-name"
    NAME_TOO_LONG = "name-too-long"
    NAME_TAKEN = "name-taken"
    LIMIT_REACHED = "limit-reached"
    EMPTY_TEXT = "empty-text"
    TEXT_TOO_LONG = "text-too-long"
    NOT_FOUND = "not-found"


@dataclass(frozen=True, slots=True)
class TemplateLine:
    """One line of the list: the name, the first words of the text and its part count."""

    id: int
    name: str
    first_words: str
    parts: int


@dataclass(frozen=True, slots=True)
class TemplatePage:
    lines: tuple[TemplateLine, ...]
    page: int  # 0-based, clamped to the pages there are
    pages: int
    total: int


def tidy_name(name: str) -> str:
    """A name as kept: one space between words, Persian ی and ک."""
    return " ".join(name.replace("ي", "ی").replace("ك", "ک").split())


def first_words(text: str) -> str:
    """The opening of a text for a list line: a few words, on one line, with «…» if cut."""
    words = text.split()
    opening = " ".join(words[:FIRST_WORDS])
    if len(opening) > FIRST_WORDS_MAX_CHARS:
        opening = opening[:FIRST_WORDS_MAX_CHARS].rstrip()
    cut = len(words) > FIRST_WORDS or opening != " ".join(words[:FIRST_WORDS])
    return opening + ELLIPSIS if cut else opening


def name_problem(name: str) -> TemplateProblem | None:
    tidy = tidy_name(name)
    if not tidy:
        return TemplateProblem.EMPTY_NAME
    return TemplateProblem.NAME_TOO_LONG if len(tidy) > MAX_NAME_CHARS else None


def text_problem(text: str) -> TemplateProblem | None:
    if not text.strip():
        return TemplateProblem.EMPTY_TEXT
    return TemplateProblem.TEXT_TOO_LONG if is_too_long(text) else None


class TemplateService:
    """The saved texts of panel accounts, over the bot's storage."""

    def __init__(self, storage: Storage) -> None:
        self._storage = storage

    async def page(self, account_chat_id: int, page: int = 0) -> TemplatePage:
        """One page of the list, newest first; a page past the end shows the last one."""
        total = await self._storage.count_templates(account_chat_id)
        pages = max(1, math.ceil(total / PAGE_SIZE))
        page = min(max(page, 0), pages - 1)
        records = await self._storage.list_templates(
            account_chat_id, offset=page * PAGE_SIZE, limit=PAGE_SIZE
        )
        return TemplatePage(tuple(map(_line, records)), page, pages, total)

    async def get(self, account_chat_id: int, template_id: int) -> TemplateRecord | None:
        return await self._storage.get_template(account_chat_id, template_id)

    async def save(
        self, account_chat_id: int, *, name: str, text: str, user_id: int
    ) -> TemplateRecord | TemplateProblem:
        problem = name_problem(name) or text_problem(text)
        if problem is not None:
            return problem
        try:
            return await self._storage.add_template(
                account_chat_id,
                name=tidy_name(name),
                text=text,
                created_by=user_id,
                max_count=MAX_TEMPLATES,
            )
        except NameTakenError:
            return TemplateProblem.NAME_TAKEN
        except LimitReachedError:
            return TemplateProblem.LIMIT_REACHED

    async def rename(
        self, account_chat_id: int, template_id: int, name: str
    ) -> TemplateRecord | TemplateProblem:
        problem = name_problem(name)
        if problem is not None:
            return problem
        try:
            renamed = await self._storage.rename_template(
                account_chat_id, template_id, tidy_name(name)
            )
        except NameTakenError:
            return TemplateProblem.NAME_TAKEN
        return renamed if renamed is not None else TemplateProblem.NOT_FOUND

    async def delete(self, account_chat_id: int, template_id: int) -> bool:
        """False when the account has no such saved text (already deleted, or another's)."""
        return await self._storage.delete_template(account_chat_id, template_id)


def _line(record: TemplateRecord) -> TemplateLine:
    return TemplateLine(
        record.id, record.name, first_words(record.text), message_parts(record.text).parts
    )
