"""Turn chat events into terminal lines: bubbles, numbered buttons, edits, files.

Plain mode prints the bot's text as it is (logical order; for transcripts, files and terminals
that lay out right-to-left text themselves). Otherwise each line is put in display order
(bot.demo.rtl) and Persian lines are right-aligned inside the bubble.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from prompt_toolkit.utils import get_cwidth

from bot.botapi_stub import BotMessage, CallbackAnswer
from bot.demo.rtl import is_rtl, visual
from bot.demo.tracker import Change, ChangeKind

DEFAULT_WIDTH = 72
_COLORS = {"you": "1;32", "bot": "1;36", "edit": "1;33", "gone": "2", "error": "1;31", "note": "2"}


class Renderer:
    """Formats what happens in the chat; ``color`` adds ANSI colours (interactive only)."""

    def __init__(self, *, plain: bool, width: int = DEFAULT_WIDTH, color: bool = False) -> None:
        self.plain = plain
        self.width = max(width, 20)
        self.color = color and not plain

    # -- the user's side ---------------------------------------------------------------------
    def said(self, text: str) -> str:
        lines = text.split("\n")
        head = self._paint("you", "you ›")
        rest = [f"      {self._visual(line)}" for line in lines[1:]]
        return "\n".join([f"{head} {self._visual(lines[0])}", *rest])

    def tapped(self, label: str) -> str:
        return f"{self._paint('you', 'you ›')} [{self._visual(label)}]"

    def uploaded(self, path: Path, size: int) -> str:
        return f"{self._paint('you', 'you ›')} 📎 {path.name} ({size:,} bytes)"

    def waited(self, seconds: float) -> str:
        return self._paint("note", f"⏱ {seconds:g} s pass on the panel clock")

    # -- the bot's side ----------------------------------------------------------------------
    def change(self, change: Change) -> str:
        message = change.message
        if change.kind is ChangeKind.DELETED:
            return self._paint("gone", f"bot #{message.message_id} ✗ deleted")
        if change.kind is ChangeKind.EDITED:
            head = self._paint("edit", f"bot #{message.message_id} ✎ edited")
        else:
            head = self._paint("bot", f"bot #{message.message_id} ›")
        lines = [head]
        if change.saved is not None:
            size = (message.document or message.photo).size  # type: ignore[union-attr]
            lines.append(f"  📎 saved to {change.saved.as_posix()} ({size:,} bytes)")
        if message.text:
            lines.extend(self._bubble(message.text))
        lines.extend(self._buttons(message))
        return "\n".join(lines)

    def answered(self, answer: CallbackAnswer) -> str | None:
        """A toast or alert the bot showed for a tap, if it said anything."""
        if not answer.text:
            return None
        kind = "alert" if answer.show_alert else "toast"
        return f"{self._paint('bot', f'bot ({kind}) ›')} {self._visual(answer.text)}"

    def notice(self, text: str) -> str:
        return self._paint("note", f"· {text}")

    def error(self, text: str) -> str:
        return self._paint("error", f"! {text}")

    # -- pieces --------------------------------------------------------------------------------
    def _bubble(self, text: str) -> list[str]:
        if self.plain:
            return [f"  {line}" if line else "" for line in text.split("\n")]
        logical: list[str] = []
        for paragraph in text.split("\n"):
            logical.extend(textwrap.wrap(paragraph, self.width - 4) or [""])
        inner = max(get_cwidth(line) for line in logical)
        bubble = []
        for line in logical:
            shown = self._visual(line)
            pad = " " * (inner - get_cwidth(shown))
            bubble.append(f"  │ {pad}{shown}" if is_rtl(line) else f"  │ {shown}".rstrip())
        return bubble

    def _buttons(self, message: BotMessage) -> list[str]:
        rows, number = [], 0
        for row in message.buttons:
            cells = []
            for label, _ in row:
                number += 1
                cells.append(f"[{number}] {self._visual(label)}")
            rows.append("    " + "   ".join(cells))
        return rows

    def _visual(self, line: str) -> str:
        return line if self.plain else visual(line)

    def _paint(self, role: str, text: str) -> str:
        return f"\x1b[{_COLORS[role]}m{text}\x1b[0m" if self.color else text
