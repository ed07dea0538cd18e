"""`panelbot demo`: the terminal is the Telegram app; the bot's messages appear as they come."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
import sys
from collections.abc import Iterator

from prompt_toolkit import PromptSession
from prompt_toolkit.history import InMemoryHistory
from prompt_toolkit.patch_stdout import patch_stdout

from bot.demo.actions import ActionError, TapLabel, TapNumber, find_button, parse_action, perform
from bot.demo.render import Renderer
from bot.demo.session import DEMO_PASSWORD, DEMO_USERNAME, DemoSession, running_demo
from bot.demo.tracker import DOWNLOADS, ChatTracker

PROMPT = "you › "
WATCH_EVERY = 0.1  # seconds between looks for new bot messages
PATIENCE = 3.0  # seconds to wait for the bot before giving the prompt back
TOOLBAR = " 1-9 tap a button · >text send as text · /upload PATH · #wait N · #help · Ctrl-D quit"
HELP = f"""\
Offline demo: the real bot, a fake SMS panel and a stand-in for Telegram, all on this machine.
You are staff (admin) in a private chat with the bot. Type as you would in Telegram:
  /start, /help, /send …     commands and messages go to the bot (paste several lines at once)
  1, 2, …                    tap a button of the bot's last message (when it has that many)
  #3   or   [Button text]    tap a button of the newest message that has buttons / that label
  >12                        send "12" as text even when it could tap a button
  /upload PATH               send a file (e.g. an Excel list of numbers)
  #wait 60                   let 60 s pass on the fake panel, so delivery reports move on
  #help                      this text; Ctrl-D or Ctrl-C leaves
Files the bot sends are saved in ./{DOWNLOADS.as_posix()}/. Panel account: {DEMO_USERNAME} / \
{DEMO_PASSWORD}."""


@contextlib.contextmanager
def _logs_to(stream: object) -> Iterator[None]:
    """Point the root log handlers at ``stream`` (the prompt-aware stderr) for a while."""
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, logging.StreamHandler)]
    previous = [h.setStream(stream) for h in handlers]  # type: ignore[arg-type]
    try:
        yield
    finally:
        for handler, old in zip(handlers, previous, strict=True):
            if old is not None:
                handler.setStream(old)


class TerminalChat:
    """Reads the user's lines, performs them and prints the bot's side of the chat."""

    def __init__(self, session: DemoSession, renderer: Renderer) -> None:
        self.session = session
        self.renderer = renderer
        self.tracker = ChatTracker(session.stub, session.chat_id)
        self.prompt: PromptSession[str] = PromptSession(history=InMemoryHistory())

    def flush(self) -> None:
        """Print every bot message sent, edited or deleted since the last look."""
        for change in self.tracker.changes():
            print(self.renderer.change(change), flush=True)

    async def watch(self) -> None:
        while True:
            self.flush()
            await asyncio.sleep(WATCH_EVERY)

    def _bare_buttons(self) -> int:
        last = self.tracker.last_message()
        return len(last.button_texts) if last is not None else 0

    async def handle(self, line: str) -> bool:
        """Perform one typed line; False when the user asked to leave."""
        if line.strip() in ("#quit", "#exit"):
            return False
        if line.strip() == "#help":
            print(HELP)
            return True
        try:
            action = parse_action(line, bare_buttons=self._bare_buttons())
            if isinstance(action, TapLabel | TapNumber):
                print(self.renderer.notice(f"tap [{find_button(self.tracker, action)[1]}]"))
            if action is not None:
                done = await asyncio.wait_for(perform(self.session, self.tracker, action), PATIENCE)
                if done.answer is not None and (text := self.renderer.answered(done.answer)):
                    print(text)
        except ActionError as exc:
            print(self.renderer.error(str(exc)))
        except TimeoutError:
            print(self.renderer.notice("the bot is still working…"))
        self.flush()
        return True

    async def run(self) -> None:
        """The read-perform-print loop, until Ctrl-D, Ctrl-C or #quit."""
        watcher = asyncio.create_task(self.watch())
        try:
            while True:
                try:
                    line = await self.prompt.prompt_async(PROMPT, bottom_toolbar=TOOLBAR)
                except (EOFError, KeyboardInterrupt):
                    break
                if not await self.handle(line):
                    break
        finally:
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher
            self.flush()


async def run_terminal(*, plain: bool, logged_out: bool) -> int:
    """Start the demo and chat until the user leaves; exit code 0."""
    width = min(shutil.get_terminal_size((80, 24)).columns - 2, 100)
    renderer = Renderer(plain=plain, width=width, color=sys.stdout.isatty())
    print(HELP)
    print(renderer.notice("starting the fake panel, the Telegram stand-in and the bot…"))
    async with running_demo(logged_out=logged_out) as session:
        state = "logged out: try /login" if logged_out else f"logged in as {DEMO_USERNAME}"
        print(renderer.notice(f"ready ({state}). Say /start."))
        chat = TerminalChat(session, renderer)
        with patch_stdout(raw=True), _logs_to(sys.stderr):
            await chat.run()
    print(renderer.notice("bye"))
    return 0
