"""Recipients of a send: from pasted text or an uploaded file (parsed in a worker process,
bounded by bytes, rows and seconds); the one-shot syntax is bot.services.one_shot."""

from __future__ import annotations

from dataclasses import dataclass

from bot.panel.numbers import ParsedRecipients, Rejected, parse_recipients
from bot.panel.recipients_file import (
    MAX_FILE_BYTES,
    FileTooLargeError,
    UnsupportedFileError,
    UploadLimits,
    UploadRefused,
    read_recipients_file,
)
from bot.services.offload import WorkFailed, WorkTimedOut, run_in_process

READING_NOTICE_BYTES = 64 * 1024
"""Larger uploads are announced ("reading the list…") before they are parsed."""
UPLOAD_SECONDS = 60.0
"""Time cap on parsing one upload (the worker process is killed past it)."""

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

    def __reduce__(self) -> tuple:  # sent back from the parsing process
        return (_problem, (self.locale_key, self.variables))


def _problem(locale_key: str, variables: dict[str, object]) -> RecipientFileProblem:
    return RecipientFileProblem(locale_key, **variables)


def from_text(text: str) -> ParsedRecipients:
    return parse_recipients(text)


def check_file_size(size: int | None) -> None:
    """Refuse a file before downloading it when Telegram says it is too large."""
    if size is not None and size > MAX_FILE_BYTES:
        raise RecipientFileProblem("send-file-too-large", megabytes=MAX_FILE_BYTES // 2**20)


def from_file(filename: str, data: bytes, limits: UploadLimits | None = None) -> ParsedRecipients:
    """Numbers of an uploaded list file; RecipientFileProblem for anything else."""
    try:
        return read_recipients_file(filename, data, limits=limits)
    except UploadRefused as error:
        raise RecipientFileProblem(
            f"send-file-{error.reason.value}", limit=_shown_limit(error)
        ) from error
    except UnsupportedFileError as error:
        raise RecipientFileProblem("send-file-unsupported-kind", kind=error.kind) from error
    except FileTooLargeError as error:
        raise RecipientFileProblem(
            "send-file-too-large", megabytes=error.limit_bytes // 2**20
        ) from error
    except (ValueError, KeyError, OSError) as error:  # a broken zip, a bad encoding…
        raise RecipientFileProblem("send-file-unreadable") from error


def _shown_limit(error: UploadRefused) -> int:
    """The refusal's limit as a person reads it: MiB for bytes, KiB for a cell, else as is."""
    if error.reason.value == "inflates-too-much":
        return error.limit // 2**20
    if error.reason.value == "cell-too-long":
        return error.limit // 2**10
    return error.limit


async def from_file_off_loop(
    filename: str,
    data: bytes,
    *,
    seconds: float = UPLOAD_SECONDS,
    limits: UploadLimits | None = None,
) -> ParsedRecipients:
    """from_file in a worker process, stopped after ``seconds`` (the event loop keeps going)."""
    try:
        return await run_in_process(from_file, filename, data, limits, timeout=seconds)
    except WorkTimedOut as error:
        raise RecipientFileProblem("send-file-too-slow", seconds=round(seconds)) from error
    except WorkFailed as error:
        raise RecipientFileProblem("send-file-unreadable") from error


@dataclass(frozen=True)
class RejectedShown:
    """The rejected tokens to list, and how many more were left out."""

    items: list[Rejected]
    more: int


def rejected_to_show(parsed: ParsedRecipients, limit: int = REJECTED_SHOWN) -> RejectedShown:
    items = [Rejected(_cut(item.token), item.reason) for item in parsed.rejected[: max(0, limit)]]
    return RejectedShown(items, max(0, len(parsed.rejected) - len(items)))


_CONTROL = dict.fromkeys([*range(0x20), 0x7F])


def _cut(token: str) -> str:
    """A rejected token as typed, without control characters (NUL …), cut to a short length."""
    token = token.translate(_CONTROL)
    return token if len(token) <= TOKEN_SHOWN_CHARS else token[: TOKEN_SHOWN_CHARS - 1] + "…"
