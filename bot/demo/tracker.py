"""Notice what the bot changed in the chat since the last look: new, edited, deleted messages."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from bot.botapi_stub import BotApiStub, BotMessage
from bot.formatting import strip_isolates
from bot.panel.digits import to_latin_digits

DOWNLOADS = Path("demo-downloads")


class ChangeKind(Enum):
    NEW = "new"
    EDITED = "edited"
    DELETED = "deleted"


@dataclass(frozen=True)
class Change:
    """One thing the user would notice in the chat; ``saved`` is where a document went."""

    kind: ChangeKind
    message: BotMessage
    saved: Path | None = None


def _fingerprint(message: BotMessage) -> tuple[object, ...]:
    """What the user sees of a message; a different fingerprint means it was edited."""
    markup = json.dumps(message.reply_markup, sort_keys=True, ensure_ascii=False)
    media = message.document or message.photo
    return (message.text, markup, media.file_id if media else None, len(message.edits))


class ChatTracker:
    """Diffs the bot's messages in one chat against what was already shown."""

    def __init__(self, stub: BotApiStub, chat_id: int, downloads: Path = DOWNLOADS) -> None:
        self._stub = stub
        self._chat_id = chat_id
        self._downloads = downloads
        self._seen: dict[int, tuple[object, ...]] = {}
        self._deleted: set[int] = set()
        self._saved_names: set[str] = set()

    def changes(self) -> list[Change]:
        """Everything new since the previous call, in message order."""
        found: list[Change] = []
        for message in self._stub.messages(self._chat_id):
            change = self._change_of(message)
            if change is not None:
                found.append(change)
        return found

    def _change_of(self, message: BotMessage) -> Change | None:
        message_id = message.message_id
        if message.deleted:
            if message_id in self._deleted or message_id not in self._seen:
                self._deleted.add(message_id)
                return None
            self._deleted.add(message_id)
            return Change(ChangeKind.DELETED, message)
        fingerprint = _fingerprint(message)
        previous = self._seen.get(message_id)
        if previous == fingerprint:
            return None
        self._seen[message_id] = fingerprint
        kind = ChangeKind.NEW if previous is None else ChangeKind.EDITED
        media_changed = previous is None or previous[2] != fingerprint[2]
        saved = self._save(message) if media_changed else None
        return Change(kind, message, saved)

    def _save(self, message: BotMessage) -> Path | None:
        """Write a document the bot sent into the downloads folder; its path, else None."""
        stored = message.document or message.photo
        if stored is None:
            return None
        name = Path(stored.filename or stored.file_path).name
        stem, suffix = Path(name).stem, Path(name).suffix
        counter = 1
        while name in self._saved_names:
            counter += 1
            name = f"{stem}-{counter}{suffix}"
        self._saved_names.add(name)
        self._downloads.mkdir(parents=True, exist_ok=True)
        path = self._downloads / name
        path.write_bytes(stored.content)
        return path

    def newest_with_buttons(self) -> BotMessage | None:
        """The newest message still in the chat that carries buttons."""
        for message in reversed(self._stub.messages(self._chat_id)):
            if not message.deleted and message.buttons:
                return message
        return None

    def newest_with_button(self, text: str) -> tuple[BotMessage, str] | None:
        """The newest message with a button labelled ``text`` (exactly, else the one button
        whose label contains it) and that button's full label. Labels are compared as read:
        without bidi isolates, Persian and Latin digits alike (``[+983000505]`` taps
        ``+۹۸۳۰۰۰۵۰۵``)."""
        wanted = _as_read(text)
        alive = [m for m in reversed(self._stub.messages(self._chat_id)) if not m.deleted]
        for message in alive:
            for label in message.button_texts:
                if _as_read(label) == wanted:
                    return message, label
        for message in alive:
            partial = [label for label in message.button_texts if wanted in _as_read(label)]
            if len(partial) == 1:
                return message, partial[0]
        return None

    def last_message(self) -> BotMessage | None:
        alive = [m for m in self._stub.messages(self._chat_id) if not m.deleted]
        return alive[-1] if alive else None


def _as_read(label: str) -> str:
    return to_latin_digits(strip_isolates(label))
