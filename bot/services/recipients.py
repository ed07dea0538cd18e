"""Recipients of a send: from pasted text, an uploaded file, or a one-shot /send message.

One-shot rule (``split_one_shot``): after the ``/send`` command, leading lines that consist of
numbers only (every token on the line is a valid mobile number; blank lines are skipped) are
recipients; the first line that is not becomes the start of the message text, which runs to
the end of the message with its line breaks kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.panel.numbers import ParsedRecipients, Rejected, parse_recipients
from bot.panel.recipients_file import (
    MAX_FILE_BYTES,
    FileTooLargeError,
    UnsupportedFileError,
    read_recipients_file,
)

REJECTED_SHOWN = 20
"""How many rejected tokens the summary lists (the rest are counted)."""
TOKEN_SHOWN_CHARS = 40
"""Rejected tokens are cut to this many characters in the summary."""


class RecipientFileProblem(Exception):
    """An uploaded list cannot be used; `locale_key` and `args` explain why to the user."""

    def __init__(self, locale_key: str, **args: object) -> None:
        super().__init__(locale_key)
        self.locale_key = locale_key
        self.variables = args


def from_text(text: str) -> ParsedRecipients:
    return parse_recipients(text)


def check_file_size(size: int | None) -> None:
    """Refuse a file before downloading it when Telegram says it is too large."""
    if size is not None and size > MAX_FILE_BYTES:
        raise RecipientFileProblem("send-file-too-large", megabytes=MAX_FILE_BYTES // 2**20)


def from_file(filename: str, data: bytes) -> ParsedRecipients:
    """Numbers of an uploaded .txt/.csv/.xlsx; RecipientFileProblem for anything else."""
    try:
        return read_recipients_file(filename, data)
    except UnsupportedFileError as error:
        raise RecipientFileProblem("send-file-unsupported", kind=error.kind) from error
    except FileTooLargeError as error:
        raise RecipientFileProblem(
            "send-file-too-large", megabytes=error.limit_bytes // 2**20
        ) from error
    except (ValueError, KeyError, OSError) as error:  # a broken zip, a bad encoding…
        raise RecipientFileProblem("send-file-unreadable") from error


@dataclass(frozen=True)
class RejectedShown:
    """The rejected tokens to list, and how many more were left out."""

    items: list[Rejected]
    more: int


def rejected_to_show(parsed: ParsedRecipients, limit: int = REJECTED_SHOWN) -> RejectedShown:
    items = [Rejected(_cut(item.token), item.reason) for item in parsed.rejected[: max(0, limit)]]
    return RejectedShown(items, max(0, len(parsed.rejected) - len(items)))


def _cut(token: str) -> str:
    return token if len(token) <= TOKEN_SHOWN_CHARS else token[: TOKEN_SHOWN_CHARS - 1] + "…"


def split_one_shot(body: str) -> tuple[list[str], str]:
    """(numbers, text) of a one-shot message body (the part after ``/send``)."""
    lines = body.split("\n")
    numbers: list[str] = []
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        parsed = parse_recipients(line)
        if parsed.rejected or not parsed.valid:
            return list(dict.fromkeys(numbers)), "\n".join(lines[index:]).strip()
        numbers.extend(parsed.valid)
    return list(dict.fromkeys(numbers)), ""
