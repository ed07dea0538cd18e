"""Errors the storage raises; each message is one line a person can act on."""

from __future__ import annotations


class StorageError(Exception):
    """Base class of every error raised by `storage`."""


class StorageKeyError(StorageError):
    """SECRET_KEYS is missing, malformed, or cannot decrypt what the database holds."""


class LastAdminError(StorageError):
    """Removing or demoting this member would leave the bot without any admin."""


class NameTakenError(StorageError):
    """Another saved text of the same account already has this name."""


class LimitReachedError(StorageError):
    """The account already keeps as many saved texts as allowed."""
