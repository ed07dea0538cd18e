"""Panel credentials: encrypted at rest, rotatable keys, clear errors for wrong keys."""

from __future__ import annotations

import base64
import sqlite3

import pytest
from cryptography.fernet import Fernet

from storage import Credentials, OperationKind, Storage, StorageKeyError
from storage.maintenance import rotate_keys
from storage.persistence import DatabasePersistence

# tests/ may or may not be a package; the fixtures module sits beside this file either way.
pytest_plugins = (f"{__package__}.storage_fixtures" if __package__ else "storage_fixtures",)

GROUP = -1001234567890
USERNAME = "acme-marketing"
PASSWORD = "S3cret-Passw0rd!"
WRONG_KEY_MESSAGE = "SECRET_KEYS cannot decrypt"


async def test_credentials_round_trip_per_chat(store):
    await store.set_credentials(GROUP, username=USERNAME, password=PASSWORD, sender="3000505")
    await store.set_credentials(42, username="private-user", password="pw2")

    assert await store.get_credentials(GROUP) == Credentials(USERNAME, PASSWORD, "3000505")
    assert await store.get_credentials(42) == Credentials("private-user", "pw2", None)
    assert await store.get_credentials(7) is None


async def test_second_login_replaces_the_account(store):
    await store.set_credentials(GROUP, username=USERNAME, password=PASSWORD, sender="3000505")
    await store.set_credentials(GROUP, username="other", password="pw")

    assert await store.get_credentials(GROUP) == Credentials("other", "pw", None)


async def test_delete_credentials_logs_the_chat_out(store):
    await store.set_credentials(GROUP, username=USERNAME, password=PASSWORD)

    assert await store.delete_credentials(GROUP) is True
    assert await store.get_credentials(GROUP) is None
    assert await store.delete_credentials(GROUP) is False


async def test_default_sender_and_locale_are_chat_settings(store):
    assert await store.set_default_sender(GROUP, "3000") is False  # no account yet
    await store.set_credentials(GROUP, username=USERNAME, password=PASSWORD)
    assert await store.set_default_sender(GROUP, "3000505") is True
    await store.set_locale(GROUP, "en")

    settings = await store.get_chat_settings(GROUP)
    assert (settings.locale, settings.default_sender) == ("en", "3000505")
    assert (await store.get_credentials(GROUP)).sender == "3000505"
    other = await store.get_chat_settings(42)
    assert (other.locale, other.default_sender) == (None, None)


def test_repr_of_credentials_hides_the_secrets():
    shown = repr(Credentials(USERNAME, PASSWORD, "3000"))
    assert USERNAME not in shown
    assert PASSWORD not in shown


def _secret_forms(*secrets: str) -> list[bytes]:
    forms: list[bytes] = []
    for secret in secrets:
        raw = secret.encode()
        forms += [raw, base64.b64encode(raw), base64.urlsafe_b64encode(raw).rstrip(b"=")]
        forms += [raw.hex().encode()]
    return forms


async def test_database_file_alone_reveals_no_credential(sqlite_path, secret_key):
    storage = await Storage.open(f"sqlite:///{sqlite_path}", [secret_key], [1])
    await storage.set_credentials(GROUP, username=USERNAME, password=PASSWORD)
    await storage.close()

    with sqlite3.connect(sqlite_path) as connection:
        rows = connection.execute("SELECT * FROM panel_accounts").fetchall()
    assert len(rows) == 1
    row_text = repr(rows).encode()
    file_bytes = b"".join(path.read_bytes() for path in sqlite_path.parent.glob("panelbot.db*"))
    for form in _secret_forms(USERNAME, PASSWORD):
        assert form not in row_text
        assert form not in file_bytes


async def test_rotation_moves_every_row_to_the_new_key(database_url, secret_key):
    old_key, new_key = secret_key, Fernet.generate_key().decode()
    storage = await Storage.open(database_url, [old_key], [1])
    await storage.set_credentials(GROUP, username=USERNAME, password=PASSWORD)
    await storage.set_credentials(42, username="u2", password="p2")
    await storage.close()

    both = await Storage.open(database_url, [new_key, old_key], [1])  # new key first, old second
    assert (await both.get_credentials(GROUP)).password == PASSWORD
    await both.close()
    assert rotate_keys(database_url, [new_key, old_key])["panel_accounts"] == 2

    only_new = await Storage.open(database_url, [new_key], [1])
    assert await only_new.get_credentials(GROUP) == Credentials(USERNAME, PASSWORD, None)
    assert await only_new.get_credentials(42) == Credentials("u2", "p2", None)
    await only_new.close()
    with pytest.raises(StorageKeyError):
        await Storage.open(database_url, [old_key], [1])


async def test_wrong_key_fails_at_open_with_one_clear_line(database_url, secret_key):
    storage = await Storage.open(database_url, [secret_key], [1])
    await storage.set_credentials(GROUP, username=USERNAME, password=PASSWORD)
    await storage.close()

    with pytest.raises(StorageKeyError) as caught:
        await Storage.open(database_url, [Fernet.generate_key().decode()], [1])
    message = str(caught.value)
    assert message.startswith(WRONG_KEY_MESSAGE)
    assert "put the old key after the new one" in message
    assert "\n" not in message


async def test_wrong_key_is_caught_even_before_any_credential_exists(database_url, secret_key):
    await (await Storage.open(database_url, [secret_key], [1])).close()

    with pytest.raises(StorageKeyError, match=WRONG_KEY_MESSAGE):
        await Storage.open(database_url, [Fernet.generate_key().decode()], [1])


@pytest.mark.parametrize("keys", [[], [""], ["  "]])
async def test_missing_keys_are_a_clear_error(database_url, keys):
    with pytest.raises(StorageKeyError, match=r"^SECRET_KEYS is empty: run `panelbot genkey`"):
        await Storage.open(database_url, keys, [1])


async def test_malformed_key_names_its_position(database_url, secret_key):
    with pytest.raises(StorageKeyError, match="SECRET_KEYS key number 2 is not a Fernet key"):
        await Storage.open(database_url, [secret_key, "not-a-key"], [1])


def test_rotate_keys_on_a_wrong_key_changes_nothing(database_url, secret_key):
    rotate_keys(database_url, [secret_key])  # creates the database, stores the key check

    with pytest.raises(StorageKeyError):
        rotate_keys(database_url, [Fernet.generate_key().decode()])
    assert rotate_keys(database_url, [secret_key])["panel_accounts"] == 0


async def test_rotation_also_covers_message_texts_and_bot_data(database_url, secret_key):
    old_key, new_key = secret_key, Fernet.generate_key().decode()
    storage = await Storage.open(database_url, [old_key], [1])
    audit_id = await storage.audit_start(
        operation_key="k",
        chat_id=GROUP,
        user_id=1,
        operation=OperationKind.SEND,
        sender="3000",
        recipient_count=1,
        text="کد تخفیف: 1234",
    )
    await storage.close()
    await DatabasePersistence(database_url, [old_key]).update_user_data(1, {"draft": "hello"})

    counts = rotate_keys(database_url, [new_key, old_key])
    assert counts["audit_log"] == 1 and counts["ptb_data"] == 1

    only_new = await Storage.open(database_url, [new_key], [1])
    assert (await only_new.audit(audit_id)).text == "کد تخفیف: 1234"
    await only_new.close()
    persistence = DatabasePersistence(database_url, [new_key])
    assert await persistence.get_user_data() == {1: {"draft": "hello"}}


async def test_cached_credentials_follow_every_change_made_through_the_store(store):
    """Credentials are kept in memory a few seconds; a login, a new line or a logout made
    through the store is seen by the very next read."""
    assert await store.get_credentials(GROUP) is None  # a cached "nobody logged in"
    await store.set_credentials(GROUP, username=USERNAME, password=PASSWORD)
    assert await store.get_credentials(GROUP) == Credentials(USERNAME, PASSWORD, None)
    assert await store.set_default_sender(GROUP, "3000505")
    assert await store.get_credentials(GROUP) == Credentials(USERNAME, PASSWORD, "3000505")
    await store.set_credentials(GROUP, username="other", password="pw")
    assert await store.get_credentials(GROUP) == Credentials("other", "pw", None)
    assert await store.delete_credentials(GROUP)
    assert await store.get_credentials(GROUP) is None
