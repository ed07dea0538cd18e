"""BASELINE ONLY (bench/recipients_xlsx.py): the hand-written regex .xlsx reader the bot used
before python-calamine, kept here unchanged to be measured against. The bot never imports it: it
loses rich-text runs with a colour, phonetic runs and CDATA cells (tests/test_recipients_file.py).

A small, fast reader of cell values from .xlsx workbooks (Office Open XML spreadsheets).

openpyxl (even read-only) builds an object per cell: 200,000 rows take 6-16 s on the target
machine. Only values are needed here: the small workbook parts are read with ElementTree, the
sheets and shared strings are scanned with regular expressions (well-formedness is not checked;
a broken part yields no or odd values, which the number parser rejects). Values are plain
Python: shared and inline strings, ints, floats; booleans, errors and dates are None.
"""

from __future__ import annotations

import functools
import html
import io
import posixpath
import re
import zipfile
from collections.abc import Callable
from xml.etree.ElementTree import ParseError, iterparse

__all__ = ["XlsxError", "read_xlsx_rows"]

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_STRICT_MAIN = "{http://purl.oclc.org/ooxml/spreadsheetml/main}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_STRICT_REL_ID = "{http://purl.oclc.org/ooxml/officeDocument/relationships}id"
_INTEGER = re.compile(r"-?[0-9]+")
# Sheets are scanned with one regular expression over start tags inside <sheetData> (an
# element tree costs ~3 s per 200k rows here). A token is: tag, the cell's column letters and
# type when written as Excel and openpyxl write them (` r="B7" s="1" t="s"`), the remaining
# attributes, then the text after the tag; for a cell, the text of a <v> or <is><t> right after
# it (one token per cell in the common case). Other spellings fall back to _REFERENCE and _KIND.
# Some generators write a namespace prefix (``<x:c>``): it is found once per part, since an
# optional prefix group in the pattern makes the scan 2.5 times slower.
_PREFIX = re.compile(r"<([\w.-]+:)?(?:sheetData|sst)\b")


@functools.cache
def _sheet_token(prefix: str) -> re.Pattern[str]:
    p = re.escape(prefix)
    return re.compile(
        rf"<{p}(row|c|v|t)"
        r"""(?: r="([A-Z]*)[0-9]*")?(?: s="[0-9]*")?(?: t="(\w*)")?"""
        rf"([^>]*)>(?:<{p}v>|<{p}is><{p}t>)?([^<]*)"
    )


@functools.cache
def _shared_token(prefix: str) -> re.Pattern[str]:
    p = re.escape(prefix)
    return re.compile(rf"<{p}(si|t)\b[^>]*>([^<]*)")


def _tokens(pattern_for: Callable[[str], re.Pattern[str]], xml: str) -> list[tuple[str, ...]]:
    found = _PREFIX.search(xml)
    prefix = (found[1] or "") if found else ""
    if pattern_for is _sheet_token:  # only the cells: tags such as <cols> are left outside
        start = found.end() if found else 0
        end = xml.find(f"</{prefix}sheetData>", start)
        xml = xml[start : end if end >= 0 else len(xml)]
    return pattern_for(prefix).findall(xml)


_REFERENCE = re.compile(r"""\br\s*=\s*["']\$?([A-Z]+)""")
_KIND = re.compile(r"""\bt\s*=\s*["'](\w+)""")

Row = list[object]


class XlsxError(ValueError):
    """Not a readable .xlsx workbook."""


def read_xlsx_rows(data: bytes, *, max_uncompressed: int) -> list[list[Row]]:
    """Every sheet's rows of cell values, sheets in workbook order."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise XlsxError("not a zip archive") from error
    with archive:
        if sum(info.file_size for info in archive.infolist()) > max_uncompressed:
            raise XlsxError("archive expands too much")
        try:
            targets = _workbook_targets(archive)
            shared = _shared_strings(archive, targets.get("sharedStrings"))
            return [_sheet_rows(archive, path, shared) for path in targets["sheets"]]
        except (KeyError, ParseError, ValueError, zipfile.BadZipFile) as error:
            raise XlsxError("not a spreadsheet") from error


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _workbook_targets(archive: zipfile.ZipFile) -> dict:
    """Paths of the sheets (in order) and of the shared strings part."""
    relations: dict[str, tuple[str, str]] = {}
    with archive.open("xl/_rels/workbook.xml.rels") as part:
        for _, element in iterparse(part):
            if element.tag == _RELS + "Relationship":
                target = element.get("Target", "")
                path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
                kind = element.get("Type", "").rpartition("/")[2]
                relations[element.get("Id", "")] = (kind, posixpath.normpath(path))
    sheets: list[str] = []
    with archive.open("xl/workbook.xml") as part:
        for _, element in iterparse(part):
            if _local(element.tag) == "sheet":
                rel_id = element.get(_REL_ID) or element.get(_STRICT_REL_ID) or ""
                kind, path = relations.get(rel_id, ("", ""))
                if kind == "worksheet":
                    sheets.append(path)
    targets: dict = {"sheets": sheets}
    for kind, path in relations.values():
        if kind == "sharedStrings":
            targets["sharedStrings"] = path
    return targets


def _unescape(text: str) -> str:
    return html.unescape(text) if "&" in text else text


def _shared_strings(archive: zipfile.ZipFile, path: str | None) -> list[str]:
    if path is None or path not in archive.namelist():
        return []
    strings: list[str] = []
    for tag, text in _tokens(_shared_token, _part_text(archive, path)):
        if tag == "si":
            strings.append("")
        elif strings:
            strings[-1] += _unescape(text)
    return strings


def _sheet_rows(archive: zipfile.ZipFile, path: str, shared: list[str]) -> list[Row]:
    """Rows from the sheet's tokens: row, then per cell c (maybe with its value), v or t."""
    rows: list[Row] = []
    row: Row = []
    kind = "n"
    for tag, letters, kind_attribute, attributes, text in _tokens(
        _sheet_token, _part_text(archive, path)
    ):
        if tag == "c":
            column = _column_index(letters) if letters else _reference_column(attributes)
            if column > len(row):
                row.extend([None] * (column - len(row)))
            kind = kind_attribute or _cell_kind(attributes)
            if kind == "n" and text.isascii() and text.isdigit():  # common cases, no call
                row.append(int(text))
            elif kind == "inlineStr" and "&" not in text:
                row.append(text.strip() or None)
            else:
                row.append(_cell_value(kind, text, shared) if text else None)
        elif tag == "v":
            if row:
                row[-1] = _cell_value(kind, text, shared)
        elif tag == "t":
            if row and kind == "inlineStr":
                row[-1] = (row[-1] or "") + _unescape(text)
        else:
            row = []
            rows.append(row)
    return rows


def _part_text(archive: zipfile.ZipFile, path: str) -> str:
    return archive.read(path).decode("utf-8")


def _reference_column(attributes: str) -> int:
    """Column of a cell whose ``r`` is not its first attribute (-1 when it has none)."""
    reference = _REFERENCE.search(attributes)
    return -1 if reference is None else _column_index(reference[1])


def _cell_kind(attributes: str) -> str:
    """The type of a cell whose ``t`` is not where usually written; "n" (number) by default."""
    if "t" not in attributes:
        return "n"
    kind = _KIND.search(attributes)
    return "n" if kind is None else kind[1]


@functools.cache
def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def _cell_value(kind: str, raw: str, shared: list[str]) -> object:
    raw = raw.strip()
    if not raw:
        return None
    try:
        if kind == "n":
            return int(raw) if _INTEGER.fullmatch(raw) else float(raw)
        if kind == "s":
            return shared[int(raw)]
    except (ValueError, IndexError):
        return None
    return _unescape(raw) if kind in ("str", "inlineStr") else None
