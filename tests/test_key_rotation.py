"""Key rotation: refused while a bot runs on the database, complete when it is stopped, and a
start-up check that reads every encrypted value."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from cryptography.fernet import Fernet
from sqlmodel import SQLModel

from storage import Credentials, Storage, StorageKeyError
from storage.crypto import fingerprint
from storage.errors import BotRunningError
from storage.maintenance import rotate_keys
from storage.models import ENCRYPTED
from storage.persistence import DatabasePersistence
from tests.conftest import ADMIN_ID, running_bot_env


def panelbot(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **env}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )


async def test_rotate_keys_refuses_while_the_bot_runs_and_the_bot_keeps_working(database_url):
    old_key, new_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    async with running_bot_env(database_url, secret_keys=old_key) as env:
        await env.login()
        with pytest.raises(BotRunningError, match="stop the bot first"):
            rotate_keys(database_url, [new_key, old_key])
        refused = panelbot(
            "rotate-keys", DATABASE_URL=database_url, SECRET_KEYS=f"{new_key},{old_key}"
        )
        assert refused.returncode == 2
        assert "stop the bot first" in refused.stderr
        assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
        reply = await env.say("/credit")  # nothing changed under the running bot
        assert "۲۵۰٬۰۰۰" in reply.text


async def test_rotation_after_the_bot_stopped_moves_everything_to_the_new_key(database_url):
    old_key, new_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    async with running_bot_env(database_url, secret_keys=old_key) as env:
        await env.login()
        await env.say("/send")  # a conversation, persisted (encrypted) mid-flow
        await env.app.update_persistence()

    done = panelbot("rotate-keys", DATABASE_URL=database_url, SECRET_KEYS=f"{new_key},{old_key}")
    assert done.returncode == 0, done.stderr
    assert "panel_accounts 1" in done.stdout and "key_check 1" in done.stdout
    assert fingerprint(new_key) in done.stdout

    async with running_bot_env(database_url, secret_keys=new_key) as env:  # old key dropped
        assert await env.storage.get_credentials(ADMIN_ID) == Credentials("demo", "demo", "3000505")
        choose = await env.say("/send")
        assert "از کدام خط" in choose.text


async def test_start_up_names_how_many_values_are_unreadable_and_the_missing_key(database_url):
    old_key, new_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    storage = await Storage.open(database_url, [old_key], [1])
    await storage.set_credentials(7, username="u", password="p")
    await storage.close()
    await DatabasePersistence(database_url, [old_key]).update_user_data(9, {"draft": "x"})
    storage = await Storage.open(database_url, [new_key, old_key], [1])  # new key added first
    await storage.set_credentials(8, username="u2", password="p2")
    await storage.close()

    with pytest.raises(StorageKeyError) as caught:  # the old key dropped without rotating
        await Storage.open(database_url, [new_key], [1])
    message = str(caught.value)
    assert "cannot decrypt 4 of 6" in message  # key check, account 7 (2), the blob
    assert "key_check 1, panel_accounts 2, ptb_data 1" in message
    assert f"fingerprint {fingerprint(old_key)}" in message and "\n" not in message
    assert f"SECRET_KEYS has fingerprints {fingerprint(new_key)}" in message


def test_every_token_or_blob_column_is_marked_encrypted():
    for table in SQLModel.metadata.sorted_tables:
        for column in table.columns:
            if column.name.endswith(("_token", "_blob")) or column.name in ("token", "blob"):
                assert column.info.get(ENCRYPTED), f"{table.name}.{column.name}"


async def test_a_heartbeat_left_by_a_crashed_bot_does_not_block_rotation(database_url):
    from datetime import timedelta

    from sqlmodel import Session

    from storage.heartbeat import STALE_AFTER
    from storage.models import BotHeartbeat, utc_now

    key = Fernet.generate_key().decode()
    storage = await Storage.open(database_url, [key], [1])
    await storage.beat("pid 1 on crashed-host")
    with pytest.raises(BotRunningError, match="pid 1 on crashed-host"):
        rotate_keys(database_url, [key])
    with Session(storage.engine) as session:  # the bot died: its last beat grows old
        row = session.get(BotHeartbeat, 1)
        row.beat_at = utc_now() - STALE_AFTER - timedelta(seconds=1)
        session.add(row)
        session.commit()
    await storage.close()
    assert rotate_keys(database_url, [key])["key_check"] == 1
