"""Logging that never carries secrets or message texts.

python-telegram-bot logs whole API calls and updates at DEBUG (a password typed by a user is in
the update; an SMS text is in our preview message). Those records keep their message but lose
their arguments. Tracebacks keep their frames and exception types but never the exceptions'
messages: a message may quote what caused it (a panel answer, a received SMS, a message text).
Known secrets registered at run time are masked in every record as a second line of defence.
"""

from __future__ import annotations

import logging
import threading
import traceback
from typing import TextIO

REDACTED = "<redacted>"
# Logger prefixes whose DEBUG/INFO records carry request/response payloads or URLs (the bot
# token is part of every Bot API URL).
_PAYLOAD_LOGGERS = ("telegram", "httpx", "httpcore", "hpack", "aiohttp")


class SecretRegistry:
    """Strings that must never appear in a log line (passwords, usernames, message texts)."""

    def __init__(self) -> None:
        self._secrets: set[str] = set()
        self._lock = threading.Lock()

    def add(self, *values: str | None) -> None:
        with self._lock:
            self._secrets.update(v for v in values if v and len(v) >= 3)

    def mask(self, text: str) -> str:
        with self._lock:
            secrets = sorted(self._secrets, key=len, reverse=True)
        for secret in secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        return text


SECRETS = SecretRegistry()


class RedactingFilter(logging.Filter):
    """Drops payload arguments from library DEBUG records and masks registered secrets."""

    def filter(self, record: logging.LogRecord) -> bool:
        is_payload = record.levelno <= logging.INFO and record.name.startswith(_PAYLOAD_LOGGERS)
        if is_payload and record.args:
            _redact_arguments(record)
        message = record.getMessage()
        masked = SECRETS.mask(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = SECRETS.mask(redacted_traceback(record.exc_info[1]))
        return True


def redacted_traceback(error: BaseException) -> str:
    """The traceback of `error` and of what caused it: frames and types, no messages."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    parts: list[str] = []
    for index, exc in enumerate(reversed(chain)):
        if index:
            parts.append("\nThe above exception led to the following one:\n\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(exc.__traceback__))
        kind = type(exc)
        hidden = len(str(exc)) if exc.args else 0
        parts.append(f"{kind.__module__}.{kind.__qualname__}: <message hidden, {hidden} chars>\n")
    return "".join(parts).rstrip("\n")


def _redact_arguments(record: logging.LogRecord) -> None:
    """Keep numbers (ids, counts, durations); replace every other argument with a marker."""
    args = record.args if isinstance(record.args, tuple) else (record.args,)
    kept = tuple(a if isinstance(a, int | float) else REDACTED for a in args)
    try:
        record.msg, record.args = str(record.msg) % kept, ()
    except (TypeError, ValueError, KeyError):
        record.msg, record.args = f"{record.msg} [{REDACTED}]", ()


def configure_logging(level: str = "INFO", stream: TextIO | None = None) -> None:
    """Root logging with the redacting filter on its handler; quiet chatty libraries."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    if level != "DEBUG":
        logging.getLogger("httpx").setLevel(logging.WARNING)
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
        logging.getLogger("alembic").setLevel(logging.WARNING)
