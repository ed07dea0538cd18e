"""Company tables: shared accounts encrypted and only for grantees, one approval decision even
for two connections at once, expiry, low-credit crossings, key rotation."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from datetime import UTC, datetime, timedelta

from cryptography.fernet import Fernet
from sqlmodel import Session

from storage import Storage
from storage.crypto import Cipher
from storage.db import create_engine_for
from storage.maintenance import rotate_keys
from storage.org import OrgStore
from storage.org_approvals import create_request, decide, get_request
from storage.org_crud import ShareRefused
from storage.org_records import ApprovalState, GranteeKind, Profile

# tests/ may or may not be a package; the fixtures module sits beside this file either way.
pytest_plugins = (f"{__package__}.storage_fixtures" if __package__ else "storage_fixtures",)

ADMIN = 1001
OPERATOR = 2002
GROUP = -100500
SECRET_USER, SECRET_PASS = "acme-sales-user", "S3cret-pass!"


async def _shared(store: Storage) -> tuple[OrgStore, int]:
    await store.set_credentials(ADMIN, username=SECRET_USER, password=SECRET_PASS, sender="3000")
    org = OrgStore.of(store)
    info = await org.share_account(ADMIN, "خط فروش", created_by=ADMIN)
    return org, info.id


async def test_a_shared_account_is_given_only_to_its_grantees(store):
    org, account_id = await _shared(store)
    assert await org.grant(account_id, GranteeKind.USER, OPERATOR, granted_by=ADMIN) is True
    assert await org.grant(account_id, GranteeKind.USER, OPERATOR, granted_by=ADMIN) is False
    await org.grant(account_id, GranteeKind.CHAT, GROUP, granted_by=ADMIN)

    mine = await org.accounts_for(OPERATOR, OPERATOR)
    assert [(a.name, a.sender) for a in mine] == [("خط فروش", "3000")]
    assert [a.name for a in await org.accounts_for(GROUP, 7777)] == ["خط فروش"]
    assert await org.accounts_for(7777, 7777) == []
    secret = await org.account_secret(account_id, chat_id=OPERATOR, user_id=OPERATOR)
    assert (secret.username, secret.password) == (SECRET_USER, SECRET_PASS)
    assert SECRET_PASS not in repr(secret) and SECRET_USER not in repr(mine)
    assert await org.account_secret(account_id, chat_id=7777, user_id=7777) is None


async def test_revoking_ends_every_grant_and_frees_the_name(store):
    org, account_id = await _shared(store)
    await org.grant(account_id, GranteeKind.USER, OPERATOR, granted_by=ADMIN)

    assert await org.revoke_account(account_id) is True
    assert await org.revoke_account(account_id) is False
    assert await org.account_secret(account_id, chat_id=OPERATOR, user_id=OPERATOR) is None
    assert await org.accounts_for(OPERATOR, OPERATOR) == []
    assert await org.grant(account_id, GranteeKind.USER, OPERATOR, granted_by=ADMIN) is False
    again = await org.share_account(ADMIN, "خط فروش", created_by=ADMIN)
    assert again.id != account_id


async def test_sharing_needs_a_logged_in_chat_and_a_free_name(store):
    org, _ = await _shared(store)
    for chat, name, reason in ((999, "x", "no-account"), (ADMIN, "خط فروش", "name-taken")):
        try:
            await org.share_account(chat, name, created_by=ADMIN)
        except ShareRefused as refused:
            assert str(refused) == reason
        else:
            raise AssertionError("sharing was not refused")


async def test_credentials_and_send_texts_are_stored_only_encrypted(sqlite_path, secret_key):
    store = await Storage.open(f"sqlite:///{sqlite_path}", [secret_key], [ADMIN])
    org, _ = await _shared(store)
    await org.create_request(
        account_key="shared:1",
        chat_id=OPERATOR,
        requested_by=OPERATOR,
        operation="send",
        recipient_count=3,
        cost_rials=300,
        payload='{"text": "تخفیف ویژهٔ یلدا"}',
        ttl=timedelta(hours=1),
    )
    await store.close()
    raw = sqlite3.connect(sqlite_path)
    dump = "\n".join(raw.iterdump())
    raw.close()
    for secret in (SECRET_USER, SECRET_PASS, "تخفیف ویژهٔ یلدا"):
        assert secret not in dump


def _request(session: Session, cipher: Cipher, *, minutes: int = 60, now=None) -> int:
    record = create_request(
        session=session,
        cipher=cipher,
        account_key="chat:1",
        chat_id=OPERATOR,
        requested_by=OPERATOR,
        operation="send",
        recipient_count=50_000,
        cost_rials=5_000_000,
        payload="{}",
        ttl=timedelta(minutes=minutes),
        now=now,
    )
    session.commit()
    return record.id


def _tap_together(engines, cipher: Cipher, request_id: int, taps) -> list[tuple[bool, int]]:
    """Each (approve, admin) of `taps` decides on its own connection, released together."""
    barrier, results = threading.Barrier(len(taps)), []

    def tap(engine, approve: bool, admin: int) -> None:
        with Session(engine) as session:
            barrier.wait(timeout=10)
            won = decide(
                session=session,
                cipher=cipher,
                request_id=request_id,
                approve=approve,
                decided_by=admin,
            )
            results.append((won, admin))

    threads = [
        threading.Thread(target=tap, args=(engine, approve, admin))
        for engine, (approve, admin) in zip(engines, taps, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    return results


def test_two_connections_deciding_at_once_count_once(database_url, secret_key):
    asyncio.run(Storage.open(database_url, [secret_key], [ADMIN])).engine.dispose()
    cipher = Cipher([secret_key])
    engines = [create_engine_for(database_url) for _ in range(2)]
    try:
        with Session(engines[0]) as session:
            request_id = _request(session, cipher)
        first = _tap_together(engines, cipher, request_id, [(True, ADMIN), (False, 3003)])
        winners = [admin for won, admin in first if won]
        assert len(first) == 2 and len(winners) == 1
        again = _tap_together(engines, cipher, request_id, [(True, ADMIN), (True, ADMIN)])
        assert [won for won, _ in again] == [False, False]
        with Session(engines[1]) as session:
            record = get_request(session=session, cipher=cipher, request_id=request_id)
    finally:
        for engine in engines:
            engine.dispose()
    expected = ApprovalState.APPROVED if winners == [ADMIN] else ApprovalState.REJECTED
    assert record.state is expected and record.decided_by == winners[0]


async def test_a_request_past_its_time_expires_once_and_cannot_be_approved(store):
    org = OrgStore.of(store)
    start = datetime(2026, 12, 1, 8, tzinfo=UTC)
    record = await org.create_request(
        account_key="chat:1",
        chat_id=OPERATOR,
        requested_by=OPERATOR,
        operation="send",
        recipient_count=10,
        cost_rials=1000,
        payload="{}",
        ttl=timedelta(minutes=30),
        now=start,
    )
    late = start + timedelta(minutes=31)
    assert await org.decide(record.id, approve=True, decided_by=ADMIN, now=late) is False
    assert await org.expire_due(now=start + timedelta(minutes=29)) == []
    assert await org.expire_due(now=late) == [record.id]
    assert await org.expire_due(now=late) == []
    assert (await org.get_request(record.id)).state is ApprovalState.EXPIRED


async def test_low_credit_state_flips_once_per_crossing(store):
    org = OrgStore.of(store)
    seen = [
        await org.flip_credit_state("chat:1", below=below)
        for below in (False, True, True, False, False, True)
    ]
    assert seen == [False, True, False, True, False, True]


async def test_profiles_are_kept_and_updated(store):
    org = OrgStore.of(store)
    await org.save_profile(Profile(OPERATOR, "Ali", "Rezaei", "ali"))
    await org.save_profile(Profile(OPERATOR, "علی", None, None))
    assert await org.profiles_of([OPERATOR, 5]) == [Profile(OPERATOR, "علی", None, None)]


def test_rotate_keys_re_encrypts_shared_accounts_and_requests(tmp_path):
    url = f"sqlite:///{tmp_path / 'panelbot.db'}"
    old_key, new_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()

    async def prepare() -> int:
        store = await Storage.open(url, [old_key], [ADMIN])
        org, account_id = await _shared(store)
        await org.grant(account_id, GranteeKind.USER, OPERATOR, granted_by=ADMIN)
        await store.close()
        return account_id

    account_id = asyncio.run(prepare())
    rotate_keys(url, [new_key, old_key])

    async def read_with_new_key_only():
        store = await Storage.open(url, [new_key], [ADMIN])
        try:
            return await OrgStore.of(store).account_secret(
                account_id, chat_id=OPERATOR, user_id=OPERATOR
            )
        finally:
            await store.close()

    secret = asyncio.run(read_with_new_key_only())
    assert (secret.username, secret.password) == (SECRET_USER, SECRET_PASS)
