"""Errors the storage raises; each message is one line a person can act on."""

from __future__ import annotations


class StorageError(Exception):
    """Base class of every error raised by `storage`."""


class StorageKeyError(StorageError):
    """SECRET_KEYS is missing, malformed, or cannot decrypt what the database holds."""


class LastAdminError(StorageError):
    """Removing or demoting this member would leave the bot without any admin."""


class BotRunningError(StorageError):
    """A bot is running on this database; the operation needs it stopped first."""


class DatabaseUnavailableError(StorageError):
    """DATABASE_URL cannot be opened or written (unreachable server, read-only file…)."""


class NameTakenError(StorageError):
    """Another saved text of the same account already has this name."""


class LimitReachedError(StorageError):
    """The account already keeps as many saved texts as allowed."""
