"""The Telegram side of a job: its one progress message, pause notices and the summary.

A view never raises into the job: an edit refused, a 429, a deleted message are logged and
skipped (a deleted progress message is replaced by a new one). Progress edits run as their own
task, at most one at a time and at most every PROGRESS_INTERVAL seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from types import SimpleNamespace
from typing import Any

from telegram import InlineKeyboardMarkup
from telegram.error import BadRequest, RetryAfter

from bot.flood_control import CHAT_PER_SECOND
from bot.services import job_views
from bot.services.job_views import SummaryFacts, Tally
from storage import BatchRecord, JobCounts, JobRecord, JobState

LOGGER = logging.getLogger(__name__)

PROGRESS_INTERVAL = 3.0  # seconds between two progress edits (Telegram's guidance)
SUMMARY_SOON = 1.0 / CHAT_PER_SECOND
"""No progress edit when the job should end sooner than this: the summary would wait for it."""
SUMMARY_ATTEMPTS = 5
MAX_WAIT_SECONDS = 30.0


class JobView:
    """Messages about one job in its chat."""

    def __init__(
        self, application: Any, job: JobRecord, shown: asyncio.Event | None = None
    ) -> None:
        services = application.services
        self.bot = application.bot
        self.storage = services.storage
        self.fmt = services.i18n.for_locale(job.locale or services.settings.locale)
        self.job = job
        self.message_id = job.progress_message_id
        # The first edit comes an interval after the start: the tap's answer has just shown
        # the job's progress (and took the chat's token: an edit now would hold the next view).
        self._last = time.monotonic()
        self._blocked_until = 0.0
        self._task: asyncio.Task[bool] | None = None
        self._shown = shown  # the confirming handler's own view of the job, until it is shown

    def progress(self, tally: Tally, elapsed: float, eta: float | None) -> None:
        """Edit the progress message, unless one edit is under way, the last was recent or the
        summary is about to follow (it would have to wait for this edit in the chat)."""
        now = time.monotonic()
        if self._task is not None and not self._task.done():
            return
        if eta is not None and eta < SUMMARY_SOON:
            return
        if now - self._last < PROGRESS_INTERVAL or now < self._blocked_until:
            return
        self._last = now
        text, markup = job_views.progress_view(
            self.fmt, tally, elapsed, eta, self.job.id, self.job.user_id
        )
        self._task = asyncio.create_task(self._show(text, markup), name=f"job-{self.job.id}-view")

    async def paused(self, tally: Tally) -> None:
        await self._say(job_views.paused_text(self.fmt, tally))

    async def unpaused(self) -> None:
        await self._say(self.fmt.t("sendjob-unpaused"))

    async def notice(self, text: str) -> None:
        await self._say(text)

    def refusal_sentence(self, batch: BatchRecord) -> str:
        code = batch.error_code or ""
        args = {"code": int(code)} if code.isdigit() else {}
        key = batch.detail or (f"panel-error-{code}" if code.isdigit() else "panel-unreachable")
        return self.fmt.panel_error(SimpleNamespace(locale_key=key, locale_args=args))

    async def summary(self, state: JobState, counts: JobCounts, facts: SummaryFacts) -> bool:
        """Show the summary in the job's message (or a new one); True once Telegram has it."""
        text, markup = job_views.summary_view(
            self.fmt, state, counts, facts, self.job.id, self.job.user_id
        )
        return await self._deliver(text, markup)

    async def held(self, tally: Tally, run: int) -> bool:
        """The job waits for the user: what went out, with Continue and Stop."""
        text, markup = job_views.held_view(self.fmt, tally, run, self.job.id, self.job.user_id)
        return await self._deliver(text, markup)

    async def _deliver(self, text: str, markup: InlineKeyboardMarkup | None) -> bool:
        """A view that must arrive: after the progress edit under way, retried a few times."""
        if self._task is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._task, MAX_WAIT_SECONDS)
        for _ in range(SUMMARY_ATTEMPTS):
            wait = self._blocked_until - time.monotonic()
            if wait > 0:
                await asyncio.sleep(min(wait, MAX_WAIT_SECONDS))
            if await self._show(text, markup):
                return True
            if self.message_id is not None and time.monotonic() >= self._blocked_until:
                self.message_id = None  # the edit was refused: say it in a new message
        LOGGER.warning("job %d: a final view could not be shown", self.job.id)
        return False

    async def _after_the_handler(self) -> None:
        """Never overtake the view the confirming handler is showing (it would overwrite ours)."""
        if self._shown is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._shown.wait(), MAX_WAIT_SECONDS)
            self._shown = None

    async def _show(self, text: str, markup: InlineKeyboardMarkup | None) -> bool:
        chat = self.job.chat_id
        await self._after_the_handler()
        try:
            if self.message_id is None:
                message = await self.bot.send_message(chat, text, reply_markup=markup)
                self.message_id = message.message_id
                await self._remember_message()
            else:
                await self.bot.edit_message_text(
                    text, chat_id=chat, message_id=self.message_id, reply_markup=markup
                )
            return True
        except RetryAfter as error:
            self._blocked_until = time.monotonic() + _seconds(error.retry_after)
            LOGGER.info("job %d: view edit refused (429)", self.job.id)
        except BadRequest as error:
            reason = str(error).lower()
            if "not modified" in reason:
                return True
            if "not found" in reason or "can't be edited" in reason:
                self.message_id = None  # deleted by the user: the next view is a new message
            LOGGER.info("job %d: view edit refused (%s)", self.job.id, error)
        except Exception as error:  # network, a closed bot at shutdown: the job goes on
            LOGGER.warning("job %d: view not shown (%s)", self.job.id, type(error).__name__)
        return False

    async def _remember_message(self) -> None:
        try:
            await self.storage.jobs.set_progress_message(self.job.id, self.message_id)
        except Exception:  # the view is optional; the job must not care
            LOGGER.info("job %d: progress message id not stored", self.job.id)

    async def _say(self, text: str) -> None:
        await self._after_the_handler()
        try:
            await self.bot.send_message(self.job.chat_id, text)
        except Exception as error:
            LOGGER.warning("job %d: notice not sent (%s)", self.job.id, type(error).__name__)


def _seconds(value: Any) -> float:
    total = getattr(value, "total_seconds", None)
    return float(total()) if callable(total) else float(value)
