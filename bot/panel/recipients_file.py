"""Read recipient numbers from an uploaded .txt, .csv or spreadsheet (.xlsx, .xlsm, .xls, .xlsb,
.ods) file, bounded by what it really costs.

Size is checked before anything is parsed; content must match the extension (an image or a
program renamed .xlsx is refused). Zip-based workbooks are inflated once, streaming, with a
counter (bot.panel.zip_guard) before calamine reads them; rows are capped for every kind. Each
refusal is an UploadRefused with a reason a person can be told. For tables (.csv and every
sheet of a workbook):

* columns where most sampled cells are mobiles are read, and only those;
* else columns whose header names a mobile column (``mobile``, ``موبایل``, ``شماره`` …);
* else every cell is scanned, and cells without any digit (names, titles) are skipped.

Spreadsheet numbers may be ints, floats (``9121234567.0``, ``9.12e9``: converted exactly) or
strings; non-integral floats are rejected.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePath

from bot.panel.numbers import (
    ParsedRecipients,
    RecipientCollector,
    RejectReason,
    normalize_mobile,
    parse_recipients,
)
from bot.panel.spreadsheet import SpreadsheetError, TooManyRowsError, read_sheets
from bot.panel.zip_guard import ZipRefused, check_zip

__all__ = [
    "MAX_FILE_BYTES",
    "SUPPORTED_EXTENSIONS",
    "FileTooLargeError",
    "RefusalReason",
    "UnsupportedFileError",
    "UploadLimits",
    "UploadRefused",
    "read_first_table",
    "read_recipients_file",
]

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_INFLATED_BYTES = 200 * 1024 * 1024
MAX_ROWS = 2_000_000
ZIP_WORKBOOKS = ("xlsx", "xlsm", "xlsb", "ods")
SUPPORTED_EXTENSIONS = ("txt", "csv", *ZIP_WORKBOOKS, "xls")


@dataclass(frozen=True, slots=True)
class UploadLimits:
    """What one upload may cost: bytes as sent, bytes once inflated, rows (lines or cells)."""

    file_bytes: int = MAX_FILE_BYTES
    inflated_bytes: int = MAX_INFLATED_BYTES
    rows: int = MAX_ROWS


class RefusalReason(StrEnum):
    """Why a list file is refused (values double as locale key suffixes)."""

    EMPTY = "empty"
    BROKEN = "broken"
    ENCRYPTED = "encrypted"
    COMPRESSION = "compression"
    INFLATES_TOO_MUCH = "inflates-too-much"
    TOO_MANY_ROWS = "too-many-rows"
    CELL_TOO_LONG = "cell-too-long"


class UploadRefused(ValueError):
    """The file is a list kind we read, but this one cannot be used (see ``reason``)."""

    def __init__(self, reason: RefusalReason, limit: int = 0) -> None:
        super().__init__(reason.value)
        self.reason = reason
        self.limit = limit


_SAMPLE_ROWS = 50
_HEADER_WORDS = re.compile(r"mobile|phone|cell|number|tel|موبایل|همراه|شماره|تلفن", re.I)
_DIGIT = re.compile(r"[0-9۰-۹٠-٩]")
_CSV_DELIMITERS = ",;\t|:،؛"
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
    (b"%PDF", "pdf"),
    (b"MZ", "exe"),
    (b"\x7fELF", "elf"),
    (b"\xd0\xcf\x11\xe0", "xls"),
    (b"PK\x03\x04", "zip"),
    (b"Rar!", "rar"),
    (b"\x1f\x8b", "gzip"),
)


class UnsupportedFileError(ValueError):
    """The file is not a .txt, .csv or .xlsx, or its content is something else."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"unsupported file: {kind}")
        self.kind = kind


class FileTooLargeError(ValueError):
    def __init__(self, limit_bytes: int) -> None:
        super().__init__(f"file larger than {limit_bytes} bytes")
        self.limit_bytes = limit_bytes


def read_recipients_file(
    filename: str,
    data: bytes,
    *,
    limit_bytes: int = MAX_FILE_BYTES,
    limits: UploadLimits | None = None,
) -> ParsedRecipients:
    """Numbers found in an uploaded file (CPU-bound: run it off the event loop)."""
    limits = limits or UploadLimits(file_bytes=limit_bytes)
    if len(data) > limits.file_bytes:
        raise FileTooLargeError(limits.file_bytes)
    extension = PurePath(filename).suffix.lower().lstrip(".")
    if extension not in SUPPORTED_EXTENSIONS:
        raise UnsupportedFileError(extension or "unknown")
    if not data.strip():
        raise UploadRefused(RefusalReason.EMPTY)
    detected = _sniff(data)
    if extension in ZIP_WORKBOOKS or extension == "xls":
        expected = "xls" if extension == "xls" else "zip"
        if detected != expected:
            raise UnsupportedFileError(detected or "text")
        return _non_empty(_read_rows(_workbook_sheets(data, extension, limits)))
    if detected is not None:
        raise UnsupportedFileError(detected)
    text = _decode(data)
    if text.count("\n") >= limits.rows:
        raise UploadRefused(RefusalReason.TOO_MANY_ROWS, limits.rows)
    if extension == "txt":
        return _non_empty(parse_recipients(text))
    return _non_empty(_read_rows([_csv_rows(text)]))


def read_first_table(
    filename: str, data: bytes, *, max_rows: int, limits: UploadLimits | None = None
) -> list[Sequence[object]] | None:
    """The rows of a .csv or of a workbook's first sheet (a table with a possible header row),
    or None: a .txt, or more than `max_rows` rows. Call after `read_recipients_file` accepted
    the same file (its checks are not repeated here)."""
    limits = UploadLimits(limits.file_bytes if limits else MAX_FILE_BYTES, rows=max_rows + 1)
    extension = PurePath(filename).suffix.lower().lstrip(".")
    try:
        if extension in ZIP_WORKBOOKS or extension == "xls":
            sheets = _workbook_sheets(data, extension, limits)
            rows: list[Sequence[object]] | None = list(sheets[0]) if sheets else None
        elif extension == "csv":
            rows = list(_csv_rows(_decode(data)))
        else:
            return None
    except UploadRefused:
        return None
    return rows if rows is not None and len(rows) <= max_rows else None


def _non_empty(parsed: ParsedRecipients) -> ParsedRecipients:
    if not parsed.valid and not parsed.rejected:
        raise UploadRefused(RefusalReason.EMPTY)
    return parsed


def _sniff(data: bytes) -> str | None:
    """The kind of binary file ``data`` starts like, or None."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    return None


def _decode(data: bytes) -> str:
    """Text from UTF-8 (BOM or not), UTF-16 (BOM or not) or cp1256."""
    return _decode_any(data).replace("\x00", "")  # a stray NUL is never a digit nor shown


def _decode_any(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace")
    if b"\x00" in data[:4096]:
        return _decode_utf16_without_bom(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1256", "replace")


def _decode_utf16_without_bom(data: bytes) -> str:
    sample = data[:4096]
    odd_zeros = sample[1::2].count(0)
    even_zeros = sample[0::2].count(0)
    if max(odd_zeros, even_zeros) * 4 < len(sample):
        try:  # UTF-8 text with a few stray NULs
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise UnsupportedFileError("binary") from None
    encoding = "utf-16-le" if odd_zeros >= even_zeros else "utf-16-be"
    return data.decode(encoding, "replace")


def _csv_rows(text: str) -> list[list[str]]:
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, _CSV_DELIMITERS)
    except csv.Error:
        dialect = csv.excel
    try:
        return list(csv.reader(io.StringIO(text, newline=""), dialect))
    except csv.Error as error:  # mostly a field over csv.field_size_limit() (128 KiB)
        if "larger than field limit" in str(error):
            raise UploadRefused(RefusalReason.CELL_TOO_LONG, csv.field_size_limit()) from error
        raise UploadRefused(RefusalReason.BROKEN) from error


def _workbook_sheets(data: bytes, extension: str, limits: UploadLimits) -> list[list[list[object]]]:
    try:
        if extension in ZIP_WORKBOOKS:
            check_zip(data, max_inflated=limits.inflated_bytes)
        return read_sheets(data, max_rows=limits.rows)
    except ZipRefused as error:
        limit = limits.inflated_bytes if error.problem.value == "inflates-too-much" else 0
        raise UploadRefused(RefusalReason(error.problem.value), limit) from error
    except TooManyRowsError as error:
        raise UploadRefused(RefusalReason.TOO_MANY_ROWS, limits.rows) from error
    except SpreadsheetError as error:
        reason = RefusalReason.ENCRYPTED if error.protected else RefusalReason.BROKEN
        raise UploadRefused(reason) from error


def _read_rows(tables: Iterable[Sequence[Sequence[object]]]) -> ParsedRecipients:
    collector = RecipientCollector()
    for rows in tables:
        columns = _number_columns(rows)
        if columns:
            _collect_columns(collector, rows, columns)
        else:
            _collect_every_cell(collector, rows)
    return collector.result()


def _number_columns(rows: Sequence[Sequence[object]]) -> list[int]:
    """Columns holding numbers: by content first, then by header; [] means scan every cell."""
    width = max((len(row) for row in rows[:_SAMPLE_ROWS]), default=0)
    filled = [0] * width
    mobiles = [0] * width
    for row in rows[:_SAMPLE_ROWS]:
        for index, value in enumerate(row):
            text = _cell_text(value)
            if text:
                filled[index] += 1
                mobiles[index] += normalize_mobile(text) is not None
    by_content = [i for i in range(width) if mobiles[i] and mobiles[i] * 2 >= filled[i]]
    if by_content or not rows:
        return by_content
    header = rows[0]
    return [i for i, value in enumerate(header) if _HEADER_WORDS.search(_cell_text(value) or "")]


def _collect_columns(
    collector: RecipientCollector, rows: Sequence[Sequence[object]], columns: list[int]
) -> None:
    for row_number, row in enumerate(rows):
        for index in columns:
            value = row[index] if index < len(row) else None
            text = _cell_text(value)
            is_header = row_number == 0 and text and _DIGIT.search(text) is None
            if is_header:
                continue
            _collect_cell(collector, value, text)


def _collect_every_cell(collector: RecipientCollector, rows: Sequence[Sequence[object]]) -> None:
    for row in rows:
        for value in row:
            text = _cell_text(value)
            if text and _DIGIT.search(text):
                _collect_cell(collector, value, text)


def _collect_cell(collector: RecipientCollector, value: object, text: str | None) -> None:
    if isinstance(value, float) and not value.is_integer():
        collector.reject(repr(value), RejectReason.INVALID_CHARS)
    elif text:
        collector.add_cell(text)


def _cell_text(value: object) -> str | None:
    """A cell as text; floats without their fraction; None for empty or non-numeric types."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e18:
            return str(int(value))
        return repr(value)
    return None
