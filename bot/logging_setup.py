"""Logging that never carries secrets or message texts.

python-telegram-bot logs whole API calls and updates at DEBUG (a password typed by a user is in
the update; an SMS text is in our preview message). Those records keep their message but lose
their arguments. Known secrets registered at run time are masked in every record as a second line
of defence.
"""

from __future__ import annotations

import logging
import threading

REDACTED = "<redacted>"
# Logger prefixes whose DEBUG records carry request/response payloads.
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
        is_payload = record.levelno <= logging.DEBUG and record.name.startswith(_PAYLOAD_LOGGERS)
        if is_payload and record.args:
            count = len(record.args) if isinstance(record.args, tuple) else 1
            record.args = (REDACTED,) * count if isinstance(record.args, tuple) else None
            if record.args is None:
                record.msg = f"{record.msg} {REDACTED}"
        message = record.getMessage()
        masked = SECRETS.mask(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = SECRETS.mask(logging.Formatter().formatException(record.exc_info))
        return True


def configure_logging(level: str = "INFO") -> None:
    """Root logging with the redacting filter on every handler; quiet chatty libraries."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    if level != "DEBUG":
        logging.getLogger("httpx").setLevel(logging.WARNING)
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
