"""One line the user types (or a script holds) → one action on the chat, and performing it.

Syntax, shared by the terminal and scripts:
    text             a message to the bot (``\\n`` inside it is a line break)
    >text            a message even if it looks like something below
    [Button text]    tap that button on the newest message that has it
    #3               tap the 3rd button (reading order) of the newest message with buttons
    /upload PATH     send a file as a document
    #wait 60         let 60 seconds pass on the fake panel's clock
    ;; comment       ignored
In the terminal a bare number (``3``) also taps, when the bot's last message has that many buttons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bot.botapi_stub import CallbackAnswer
from bot.demo.session import DemoSession
from bot.demo.tracker import ChatTracker


@dataclass(frozen=True)
class Say:
    text: str


@dataclass(frozen=True)
class TapLabel:
    label: str


@dataclass(frozen=True)
class TapNumber:
    number: int


@dataclass(frozen=True)
class Upload:
    path: Path


@dataclass(frozen=True)
class Wait:
    seconds: float


Action = Say | TapLabel | TapNumber | Upload | Wait

_TAP_LABEL = re.compile(r"^\[(.+)\]$")
_TAP_NUMBER = re.compile(r"^#(\d+)$")
_WAIT = re.compile(r"^#wait\s+(\d+(?:\.\d+)?)$")
_UPLOAD = re.compile(r"^/upload(?:\s+(.*))?$")


class ActionError(Exception):
    """The action cannot be done (no such button, no file, bot silent); says why."""


def parse_action(line: str, *, base: Path | None = None, bare_buttons: int = 0) -> Action | None:
    """The action a line stands for, or None for blank lines and comments.

    ``base``: folder that relative upload paths start from (a script's own folder).
    ``bare_buttons``: how many buttons the last bot message has, so a bare number in that range
    taps one (0 = bare numbers are text, as in scripts)."""
    line = line.strip()
    if not line or line.startswith(";;"):
        return None
    if line.startswith(">"):
        return Say(_unescape(line[1:].strip()))
    if match := _TAP_LABEL.match(line):
        return TapLabel(match.group(1).strip())
    if match := _TAP_NUMBER.match(line):
        return TapNumber(int(match.group(1)))
    if match := _WAIT.match(line):
        return Wait(float(match.group(1)))
    if match := _UPLOAD.match(line):
        return Upload(_resolve(match.group(1), base))
    if line.isdigit() and 1 <= int(line) <= bare_buttons:
        return TapNumber(int(line))
    return Say(_unescape(line))


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n")


def _resolve(raw: str | None, base: Path | None) -> Path:
    if not raw or not raw.strip():
        raise ActionError("/upload needs a file: /upload PATH")
    path = Path(raw.strip().strip("'\"")).expanduser()
    if not path.is_absolute() and base is not None and (base / path).exists():
        return base / path
    return path


@dataclass(frozen=True)
class Performed:
    """How the bot answered a tap (toast or alert), if the action was a tap."""

    answer: CallbackAnswer | None = None


async def perform(session: DemoSession, tracker: ChatTracker, action: Action) -> Performed:
    """Do the action and wait until the bot has answered and gone quiet.

    Raises ActionError when there is no such button or file, or the bot did not answer."""
    match action:
        case Say(text):
            await session.say(text)
            await _expect_reply(session, f"the bot did not answer {text!r}")
            return Performed()
        case Upload(path):
            if not path.is_file():
                raise ActionError(f"no such file: {path}")
            await session.upload(path)
            await _expect_reply(session, f"the bot did not answer the file {path.name}")
            return Performed()
        case Wait(seconds):
            session.advance_panel_clock(seconds)
            await session.settle()
            return Performed()
        case TapLabel() | TapNumber():
            return await _tap(session, tracker, action)
    raise ActionError(f"unknown action {action!r}")


async def _tap(
    session: DemoSession, tracker: ChatTracker, action: TapLabel | TapNumber
) -> Performed:
    message_id, label, is_inline = find_button(tracker, action)
    if not is_inline:  # a reply-keyboard button just sends its text
        await session.say(label)
        await _expect_reply(session, f"the bot did not answer {label!r}")
        return Performed()
    try:
        answer = await session.tap(message_id, label)
    except LookupError as exc:
        raise ActionError(str(exc)) from None
    except TimeoutError:
        raise ActionError(f"the bot did not answer the tap on [{label}]") from None
    if not answer.text:
        await _expect_reply(session, f"the bot showed nothing after the tap on [{label}]")
    else:
        await session.settle()
    return Performed(answer)


def find_button(tracker: ChatTracker, action: TapLabel | TapNumber) -> tuple[int, str, bool]:
    """(message id, full label, is an inline callback button) of the button meant."""
    if isinstance(action, TapLabel):
        found = tracker.newest_with_button(action.label)
        if found is None:
            raise ActionError(f"no bot message has a button [{action.label}]")
        message, label = found
    else:
        message = tracker.newest_with_buttons()
        if message is None:
            raise ActionError("no bot message has buttons")
        labels = message.button_texts
        if not 1 <= action.number <= len(labels):
            raise ActionError(
                f"message #{message.message_id} has {len(labels)} button(s), not #{action.number}"
            )
        label = labels[action.number - 1]
    inline = [b for row in message.inline_keyboard for b in row if b["text"] == label]
    if inline and "callback_data" not in inline[0]:
        raise ActionError(f"[{label}] opens a link ({inline[0].get('url')}), not a chat action")
    return message.message_id, label, bool(inline)


async def _expect_reply(session: DemoSession, silence: str) -> None:
    try:
        await session.wait_reply()
    except TimeoutError:
        raise ActionError(f"{silence} within {session.reply_timeout:g} s") from None
    await session.settle()
