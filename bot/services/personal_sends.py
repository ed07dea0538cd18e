"""Personalised sends (issue 17): a .csv or spreadsheet with a header row whose columns fill the
`{نام}`-style placeholders of the text, per recipient (rendering: bot.services.personal_texts).

The table is read with the recipients, in the same worker process, and kept on the draft
(bounded: `MAX_PERSONAL_ROWS`). A draft is personal when it has a table and its text names a
placeholder; it is then ONE job whose batches carry the rendered texts. The panel has no
operation taking a different text per number (see ../shared/spec/panel-api.md), so the
numbers whose rendered text is the same share a `send` request (up to the batch size); every
other recipient is a request of their own.
"""

from __future__ import annotations

from bot.panel.numbers import ParsedRecipients
from bot.panel.recipients_file import UploadLimits, read_first_table
from bot.services import recipients
from bot.services.offload import WorkFailed, WorkTimedOut, run_in_process
from bot.services.personal_texts import (
    PersonalPreview,
    PersonalTable,
    preview,
    read_table,
    texts_by_message,
)
from bot.services.sending import SendDraft

MAX_PERSONAL_ROWS = 20_000
"""Larger tables are plain recipient lists (one panel request per recipient is the cost of a
personalised send: 20,000 requests is already a long job)."""


def read_upload(
    filename: str, data: bytes, limits: UploadLimits | None = None
) -> tuple[ParsedRecipients, PersonalTable | None]:
    """The file's numbers, and its table when it has a header row (CPU-bound)."""
    parsed = recipients.from_file(filename, data, limits)
    rows = read_first_table(filename, data, max_rows=MAX_PERSONAL_ROWS + 1, limits=limits)
    table = read_table(rows) if rows else None
    return parsed, table if isinstance(table, PersonalTable) else None


async def read_upload_off_loop(
    filename: str, data: bytes, *, seconds: float
) -> tuple[ParsedRecipients, PersonalTable | None]:
    """`read_upload` in a worker process, stopped after `seconds`."""
    try:
        return await run_in_process(read_upload, filename, data, None, timeout=seconds)
    except WorkTimedOut as error:
        raise recipients.RecipientFileProblem(
            "send-file-too-slow", seconds=round(seconds)
        ) from error
    except WorkFailed as error:
        raise recipients.RecipientFileProblem("send-file-unreadable") from error


def preview_of(draft: SendDraft) -> PersonalPreview | None:
    """What the preview shows of a personal draft (None for any other draft)."""
    if not draft.is_personal:
        return None
    assert draft.personal is not None
    return preview(draft.text, draft.personal)


def texts_of(draft: SendDraft) -> list[tuple[str, list[str]]]:
    """Each rendered text with its numbers (empty for a draft that is not personal)."""
    if not draft.is_personal:
        return []
    assert draft.personal is not None
    return list(texts_by_message(draft.text, draft.personal).items())


def longest_parts(draft: SendDraft) -> int | None:
    shown = preview_of(draft)
    return shown.longest_parts if shown else None
