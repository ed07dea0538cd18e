"""Fernet encryption over SECRET_KEYS (newest first), so keys can rotate."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from storage.errors import StorageKeyError

MISSING_KEYS = "SECRET_KEYS is empty: run `panelbot genkey` and put the key in SECRET_KEYS."
WRONG_KEY = (
    "SECRET_KEYS cannot decrypt the stored credentials: the key that encrypted them is missing"
    " (put the old key after the new one)."
)


class Cipher:
    """Encrypts with the newest key, decrypts with any key of SECRET_KEYS."""

    def __init__(self, secret_keys: Sequence[str]) -> None:
        keys = [key.strip() for key in secret_keys if key and key.strip()]
        if not keys:
            raise StorageKeyError(MISSING_KEYS)
        self._fernet = MultiFernet([_fernet(key, position) for position, key in enumerate(keys, 1)])
        self.fingerprints = [fingerprint(key) for key in keys]  # newest (the encrypting) first

    def encrypt(self, plain: str) -> str:
        return self.encrypt_bytes(plain.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        return self.decrypt_bytes(token.encode("ascii")).decode("utf-8")

    def encrypt_bytes(self, plain: bytes) -> bytes:
        return self._fernet.encrypt(plain)

    def decrypt_bytes(self, token: bytes) -> bytes:
        """Decrypt, or raise StorageKeyError if no key of SECRET_KEYS fits."""
        try:
            return self._fernet.decrypt(token)
        except InvalidToken:
            raise StorageKeyError(WRONG_KEY) from None

    def rotate(self, token: str) -> str:
        """Re-encrypt a token with the newest key."""
        return self.rotate_bytes(token.encode("ascii")).decode("ascii")

    def rotate_bytes(self, token: bytes) -> bytes:
        try:
            return self._fernet.rotate(token)
        except InvalidToken:
            raise StorageKeyError(WRONG_KEY) from None


def fingerprint(key: str) -> str:
    """A short public name of a key (12 hex digits of its SHA-256), safe to print and store."""
    return hashlib.sha256(key.strip().encode("ascii", "replace")).hexdigest()[:12]


def _fernet(key: str, position: int) -> Fernet:
    try:
        return Fernet(key.encode("ascii"))
    except (ValueError, TypeError, UnicodeEncodeError):
        raise StorageKeyError(
            f"SECRET_KEYS key number {position} is not a Fernet key"
            " (44 url-safe base64 characters): make one with `panelbot genkey`."
        ) from None
