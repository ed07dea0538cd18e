"""Every message of every locale file, as source text and rendered with sample variables."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from fluent.syntax import FluentParser
from fluent.syntax import ast as ftl
from fluent.syntax.visitor import Visitor

from bot.i18n import DEFAULT_LOCALES_DIR, I18n

INSTANT = datetime(2026, 11, 25, 10, 30, tzinfo=UTC)
NUMBERS = {
    "amount": Decimal("1234567.5"),
    "credit": Decimal("250000"),
    "bulk_id": 10929800,
    "user_id": 123456789,
    "id": 12,
    "code": 1110,
}
STRINGS = {
    "sender": "+983000505",
    "line": "+983000505",
    "example": "3000505",
    "bulk_ids": "10929800, 10929801",
    "token": "021-88881234",
    "percent": "100%",
    "bar": "▓▓▓▓▓",
    "time": "14:05",
    "raw": "weird-42",
    "username": "ali.k",
    "kind": "docx",
}
DATES = {"when", "added", "date"}


@dataclass(frozen=True)
class Source:
    """One message (or term) of one .ftl file: its key and every piece of literal text."""

    path: Path
    key: str
    text: str


class _Texts(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def visit_TextElement(self, node: ftl.TextElement) -> None:
        self.parts.append(node.value)

    def visit_StringLiteral(self, node: ftl.StringLiteral) -> None:
        self.parts.append(node.value)


def locale_files(locale: str) -> list[Path]:
    """Every .ftl file of a locale, including files added later."""
    return sorted((DEFAULT_LOCALES_DIR / locale).glob("*.ftl"))


def sources(locale: str) -> Iterator[Source]:
    """Literal text (variants and attributes included, comments excluded) of every entry."""
    for path in locale_files(locale):
        for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ftl.Message | ftl.Term):
                texts = _Texts()
                texts.visit(entry)
                yield Source(path, entry.id.name, " ".join(texts.parts))


def sample(name: str, count: int) -> Any:
    """A plausible value for a variable, chosen by its name; other names get a mixed run."""
    if name in NUMBERS:
        return NUMBERS[name]
    if name in STRINGS:
        return STRINGS[name]
    if name in DATES:
        return INSTANT
    if name in {"title", "name", "query", "job", "trends", "area", "target", "label", "value"}:
        return "Mehr Co 2"
    if name in {"status", "validation", "state", "reason", "operator", "gender", "network"}:
        return "Delivered"
    if name in {"language", "text"}:
        return "Hello 2"
    return count


def rendered(i18n: I18n, locale: str, count: int) -> Iterator[tuple[str, str]]:
    """(key, text) of every message and attribute in `locale`, with sample variables."""
    for key in sorted(k for k in i18n.keys(locale) if not k.startswith("-")):
        names = i18n.message_variables(locale, key)
        text = i18n.t(key, locale, **{name: sample(name, count) for name in names})
        yield key, text
