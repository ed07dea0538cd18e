"""Logging that never carries secrets or message texts.

python-telegram-bot logs whole API calls and updates at DEBUG (a password typed by a user is in
the update; an SMS text is in our preview message). Those records keep their message but lose
their arguments. Known secrets registered at run time are masked in every record as a second line
of defence.
"""

from __future__ import annotations

import logging
import threading
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
            record.exc_text = SECRETS.mask(logging.Formatter().formatException(record.exc_info))
        return True


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
