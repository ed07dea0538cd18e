"""Personalised texts: a table with a header row fills `{نام}`-style placeholders per recipient.

Pure: takes the rows a CSV or spreadsheet reader produced (cells as str, int, float, date …)
and the text; never reads a file. Column names and placeholder names match loosely: spaces,
half-spaces, Arabic ي/ك and letter case do not matter («{نام خانوادگی}» fits «نام‌خانوادگی»).
A placeholder naming no column is reported, never sent as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

import jdatetime

from bot.panel.numbers import normalize_mobile
from bot.panel.sms import MAX_PARTS, message_parts

PLACEHOLDER = re.compile(r"\{([^{}\n]{1,40})\}")
_SAMPLE_ROWS = 50
_NUMBER_HEADER = re.compile(r"mobile|phone|cell|number|tel|موبایل|همراه|شماره|تلفن", re.I)


class TableProblem(StrEnum):
    """Why a table cannot personalise a text; each has a message in locales/*/send."""

    NO_HEADER = "no-header"
    NO_NUMBER_COLUMN = "no-number-column"
    NO_RECIPIENTS = "no-recipients"


@dataclass(frozen=True, slots=True)
class PersonalRecipient:
    number: str  # 09…
    values: Mapping[str, str]  # normalised column name → cell text


@dataclass(frozen=True, slots=True)
class PersonalTable:
    """The recipients of a table with their values; rows without a mobile are counted."""

    columns: tuple[str, ...]  # header names as written, number column included
    recipients: tuple[PersonalRecipient, ...]
    rows_without_number: int
    duplicates: int


@dataclass(frozen=True, slots=True)
class RenderedText:
    number: str
    text: str
    parts: int


@dataclass(frozen=True, slots=True)
class PersonalPreview:
    """What the preview shows: two examples (the first and the longest), the longest part
    count, the parts of the whole send, and what is wrong with the text, if anything."""

    examples: tuple[RenderedText, ...]
    longest_parts: int
    total_parts: int
    unknown_names: tuple[str, ...]
    empty_values: int  # recipients with an empty cell for a placeholder of the text
    too_long: int  # recipients whose text would exceed MAX_PARTS

    @property
    def can_send(self) -> bool:
        return not self.unknown_names and self.too_long == 0


def column_key(name: str) -> str:
    """The form in which a column name and a placeholder name are compared."""
    text = name.replace("ي", "ی").replace("ك", "ک").replace("\u200c", " ")
    return " ".join(text.split()).casefold()


def placeholder_names(text: str) -> tuple[str, ...]:
    """Placeholder names of `text` as written, each once, in order."""
    return tuple(dict.fromkeys(match.group(1).strip() for match in PLACEHOLDER.finditer(text)))


def has_placeholders(text: str) -> bool:
    return PLACEHOLDER.search(text) is not None


def unknown_names(text: str, columns: Iterable[str]) -> tuple[str, ...]:
    """Placeholders of `text` that name no column."""
    known = {column_key(column) for column in columns}
    return tuple(name for name in placeholder_names(text) if column_key(name) not in known)


def restricted_to(table: PersonalTable, numbers: Iterable[str]) -> PersonalTable | None:
    """`table` with only the rows of `numbers` (after numbers were removed from its list);
    None when no row is left."""
    keep = set(numbers)
    rows = tuple(recipient for recipient in table.recipients if recipient.number in keep)
    if not rows:
        return None
    return PersonalTable(table.columns, rows, table.rows_without_number, table.duplicates)


def render(text: str, values: Mapping[str, str]) -> str:
    """`text` with each known placeholder replaced by its value; unknown ones are kept."""

    def value_of(match: re.Match[str]) -> str:
        return values.get(column_key(match.group(1)), match.group(0))

    return PLACEHOLDER.sub(value_of, text)


def read_table(rows: Sequence[Sequence[object]]) -> PersonalTable | TableProblem:
    """Read the header row, find the number column and collect one recipient per number."""
    body = [row for row in rows if any(_cell(value) for value in row)]
    if not body:
        return TableProblem.NO_RECIPIENTS
    header = [_cell(value) for value in body[0]]
    if any(normalize_mobile(name) for name in header if name):
        return TableProblem.NO_HEADER
    number_column = _number_column(header, body[1:])
    if number_column is None:
        return TableProblem.NO_NUMBER_COLUMN
    table = _collect(header, body[1:], number_column)
    return table if table.recipients else TableProblem.NO_RECIPIENTS


def preview(text: str, table: PersonalTable) -> PersonalPreview:
    """Render the text for every recipient and sum up what the preview must show."""
    rendered = [_rendered(text, recipient) for recipient in table.recipients]
    used = {column_key(name) for name in placeholder_names(text)}
    longest = max(rendered, key=lambda item: (item.parts, len(item.text)))
    examples = (rendered[0], longest) if longest is not rendered[0] else tuple(rendered[:2])
    return PersonalPreview(
        examples=examples,
        longest_parts=longest.parts,
        total_parts=sum(item.parts for item in rendered),
        unknown_names=unknown_names(text, table.columns),
        empty_values=sum(1 for r in table.recipients if any(not r.values.get(k) for k in used)),
        too_long=sum(1 for item in rendered if item.parts > MAX_PARTS),
    )


def texts_by_message(text: str, table: PersonalTable) -> dict[str, list[str]]:
    """Numbers grouped by their rendered text: one panel request can carry each group."""
    groups: dict[str, list[str]] = {}
    for recipient in table.recipients:
        groups.setdefault(render(text, recipient.values), []).append(recipient.number)
    return groups


# --- reading the table ------------------------------------------------------------------------


def _cell(value: object) -> str:
    """A cell as the text a recipient would read; dates in Jalali."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return str(int(value))
    if isinstance(value, datetime):
        return jdatetime.datetime.fromgregorian(datetime=value).strftime("%Y/%m/%d %H:%M")
    if isinstance(value, date):
        return jdatetime.date.fromgregorian(date=value).strftime("%Y/%m/%d")
    return str(value).strip()


def _number_column(header: list[str], rows: Sequence[Sequence[object]]) -> int | None:
    """The column most of whose sampled cells are mobiles; else one whose header says so."""
    mobiles = [0] * len(header)
    filled = [0] * len(header)
    for row in rows[:_SAMPLE_ROWS]:
        for index, value in enumerate(row[: len(header)]):
            text = _cell(value)
            filled[index] += bool(text)
            mobiles[index] += bool(text) and normalize_mobile(text) is not None
    best = max(range(len(header)), key=lambda index: mobiles[index], default=None)
    if best is not None and mobiles[best] and mobiles[best] * 2 >= filled[best]:
        return best
    named = [index for index, name in enumerate(header) if _NUMBER_HEADER.search(name)]
    return named[0] if named else None


def _collect(
    header: list[str], rows: Sequence[Sequence[object]], number_column: int
) -> PersonalTable:
    keys = [column_key(name) for name in header]
    recipients: dict[str, PersonalRecipient] = {}
    without_number = duplicates = 0
    for row in rows:
        cells = [_cell(value) for value in row[: len(header)]]
        cells += [""] * (len(header) - len(cells))
        number = normalize_mobile(cells[number_column])
        if number is None:
            without_number += 1
        elif number in recipients:
            duplicates += 1
        else:
            recipients[number] = PersonalRecipient(number, _values(keys, cells))
    return PersonalTable(
        columns=tuple(name for name in header if name),
        recipients=tuple(recipients.values()),
        rows_without_number=without_number,
        duplicates=duplicates,
    )


def _values(keys: list[str], cells: list[str]) -> dict[str, str]:
    """Named columns only; of two columns with the same name the first counts."""
    values: dict[str, str] = {}
    for key, cell in zip(keys, cells, strict=True):
        if key and key not in values:
            values[key] = cell
    return values


def _rendered(text: str, recipient: PersonalRecipient) -> RenderedText:
    rendered = render(text, recipient.values)
    return RenderedText(recipient.number, rendered, message_parts(rendered).parts)
