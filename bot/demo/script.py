"""`panelbot demo --script FILE`: replay one user action per line, print the transcript."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path

from bot.demo.actions import (
    Action,
    ActionError,
    Performed,
    Say,
    TapLabel,
    TapNumber,
    Upload,
    Wait,
    find_button,
    parse_action,
    perform,
)
from bot.demo.render import Renderer
from bot.demo.session import DemoSession, running_demo
from bot.demo.tracker import ChatTracker

Emit = Callable[[str], None]


class ScriptError(Exception):
    """A step failed; the message names the line."""


def read_script(path: Path) -> list[tuple[int, Action]]:
    """The script's actions with their line numbers; ScriptError on unreadable lines."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ScriptError(f"cannot read {path}: {exc.strerror}") from None
    actions = []
    for number, line in enumerate(text.splitlines(), start=1):
        try:
            action = parse_action(line, base=path.parent)
        except ActionError as exc:
            raise ScriptError(f"{path.name}:{number}: {exc}") from None
        if action is not None:
            actions.append((number, action))
    return actions


def echo(renderer: Renderer, action: Action, tracker: ChatTracker) -> str:
    """The transcript line for what the user is about to do (a tap shows the full label)."""
    match action:
        case Say(text):
            return renderer.said(text)
        case Upload(path):
            size = path.stat().st_size if path.is_file() else 0
            return renderer.uploaded(path, size)
        case Wait(seconds):
            return renderer.waited(seconds)
        case TapLabel(label):
            pass
        case TapNumber(number):
            label = f"#{number}"
    with contextlib.suppress(ActionError):
        label = find_button(tracker, action)[1]  # type: ignore[arg-type]
    return renderer.tapped(label)


def show_outcome(renderer: Renderer, tracker: ChatTracker, done: Performed, emit: Emit) -> None:
    """Print the bot's answer to a tap and every message it sent or changed."""
    if done.answer is not None and (line := renderer.answered(done.answer)):
        emit(line)
    for change in tracker.changes():
        emit(renderer.change(change))


async def replay(
    session: DemoSession, actions: list[tuple[int, Action]], renderer: Renderer, emit: Emit
) -> None:
    """Perform every action in order, printing the transcript; ScriptError on the first failure."""
    tracker = ChatTracker(session.stub, session.chat_id)
    for change in tracker.changes():  # anything the bot said on its own at start-up
        emit(renderer.change(change))
    for number, action in actions:
        emit(echo(renderer, action, tracker))
        try:
            done = await perform(session, tracker, action)
        except ActionError as exc:
            for change in tracker.changes():
                emit(renderer.change(change))
            raise ScriptError(f"line {number}: {exc}") from None
        show_outcome(renderer, tracker, done, emit)


async def run_script(path: Path, *, plain: bool, logged_out: bool) -> int:
    """Replay the script against a fresh demo; 0 when every step worked, 1 otherwise."""
    try:
        actions = read_script(path)
    except ScriptError as exc:
        print(f"panelbot demo: {exc}", file=sys.stderr)
        return 1
    renderer = Renderer(plain=plain)

    def emit(text: str) -> None:
        print(text, flush=True)

    async with running_demo(logged_out=logged_out, frozen_clock=True) as session:
        try:
            await replay(session, actions, renderer, emit)
        except ScriptError as exc:
            print(f"panelbot demo: {path.name}: {exc}", file=sys.stderr)
            return 1
    return 0
