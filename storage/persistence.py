"""`DatabasePersistence`: python-telegram-bot's conversation and data store in our database.

Every `update_*` call writes through at once, so `await application.update_persistence()` at an
important step makes that step survive a crash. The writes PTB starts together (one per changed
chat, user and conversation) are committed together: one transaction in a worker thread for all
of them, not one each competing for the database (see `_write`).
user/chat/bot/callback data are pickled and then encrypted with SECRET_KEYS: they may hold a
username typed mid-login or a message draft, and a database file alone must reveal neither.
Conversation states are stored as JSON.

An entry that cannot be read back (a class renamed or removed since it was pickled, a corrupt
blob, a state that is not JSON) is dropped with a warning and remembered in `dropped`, so that
the bot tells those users their flow was reset: it never stops the bot from starting.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import logging
import pickle
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlmodel import Session, select
from telegram.ext import BasePersistence, ContextTypes, PersistenceInput

from storage.crypto import Cipher
from storage.db import create_engine_for, upgrade, usable
from storage.maintenance import check_keys
from storage.models import ConversationState, PersistedData

LOGGER = logging.getLogger(__name__)
T = TypeVar("T")
ConversationKey = tuple[int | str, ...]
ConversationDict = dict[ConversationKey, object]
CDCData = tuple[list[tuple[str, float, dict[str, Any]]], dict[str, str]]
USER, CHAT, BOT, CALLBACK = "user", "chat", "bot", "callback"
SINGLETON_ID = 0
_BOT_PLACEHOLDER = "panelbot:bot"


class DatabasePersistence(BasePersistence[Any, Any, Any]):
    """PTB persistence on DATABASE_URL; the database is opened (and migrated) on first use.

    Pass `engine=storage.engine` to share an opened Storage's engine (needed for an in-memory
    SQLite database); the engine then stays the caller's to dispose.
    """

    def __init__(
        self,
        database_url: str,
        secret_keys: Sequence[str],
        *,
        store_data: PersistenceInput | None = None,
        update_interval: float = 10,
        context_types: ContextTypes[Any, Any, Any, Any] | None = None,
        engine: Engine | None = None,
    ) -> None:
        super().__init__(store_data=store_data, update_interval=update_interval)
        self._database_url = database_url
        self._cipher = Cipher(secret_keys)
        self._context_types = context_types or ContextTypes()
        self._engine: Engine | None = engine
        self._owns_engine = engine is None
        self._open_lock = asyncio.Lock()
        self._written: dict[tuple[str, int], bytes] = {}
        self._pending: list[tuple[Callable[..., Any], dict[str, Any], asyncio.Future[Any]]] = []
        self._committing: set[asyncio.Future[None]] = set()
        self.dropped: dict[str, set[int]] = {}
        """Owners (user or chat ids) of unreadable entries dropped at start-up, by kind."""

    # --- reading at start-up ------------------------------------------------------------------

    async def get_user_data(self) -> dict[int, Any]:
        return await self._load_all(USER)

    async def get_chat_data(self) -> dict[int, Any]:
        return await self._load_all(CHAT)

    async def get_bot_data(self) -> Any:
        stored = await self._load_all(BOT)
        return stored.get(SINGLETON_ID, self._context_types.bot_data())

    async def get_callback_data(self) -> CDCData | None:
        return (await self._load_all(CALLBACK)).get(SINGLETON_ID)

    async def get_conversations(self, name: str) -> ConversationDict:
        rows = await self._run(_conversation_rows, name=name)
        loaded: ConversationDict = {}
        for key, state in rows:
            try:
                loaded[tuple(json.loads(key))] = json.loads(state)
            except (ValueError, TypeError):
                LOGGER.warning("Dropped an unreadable state of conversation %s", name)
                await self._run(_save_conversation, name=name, key=key, state=None)
        return loaded

    # --- writing through ----------------------------------------------------------------------

    async def update_user_data(self, user_id: int, data: Any) -> None:
        await self._store(USER, user_id, data)

    async def update_chat_data(self, chat_id: int, data: Any) -> None:
        await self._store(CHAT, chat_id, data)

    async def update_bot_data(self, data: Any) -> None:
        await self._store(BOT, SINGLETON_ID, data)

    async def update_callback_data(self, data: CDCData) -> None:
        await self._store(CALLBACK, SINGLETON_ID, data)

    async def update_conversation(
        self, name: str, key: ConversationKey, new_state: object | None
    ) -> None:
        state = None if new_state is None else json.dumps(new_state)
        await self._write(_save_conversation, name=name, key=json.dumps(list(key)), state=state)

    async def drop_user_data(self, user_id: int) -> None:
        await self._drop(USER, user_id)

    async def drop_chat_data(self, chat_id: int) -> None:
        await self._drop(CHAT, chat_id)

    async def refresh_user_data(self, user_id: int, user_data: Any) -> None:
        """Nothing to refresh: only this process writes these rows."""

    async def refresh_chat_data(self, chat_id: int, chat_data: Any) -> None:
        """Nothing to refresh: only this process writes these rows."""

    async def refresh_bot_data(self, bot_data: Any) -> None:
        """Nothing to refresh: only this process writes these rows."""

    async def flush(self) -> None:
        """Nothing is buffered (every update is written at once); release the connections."""
        if self._engine is not None and self._owns_engine:
            await asyncio.to_thread(self._engine.dispose)

    # --- plumbing -----------------------------------------------------------------------------

    async def _load_all(self, kind: str) -> dict[int, Any]:
        rows = await self._run(_data_rows, kind=kind)
        loaded: dict[int, Any] = {}
        for owner_id, blob in rows:
            plain = self._cipher.decrypt_bytes(blob)  # a wrong SECRET_KEYS is no reason to drop
            try:
                loaded[owner_id] = self._loads(plain)
            except Exception as error:  # any unreadable entry: drop it, never refuse to start
                LOGGER.warning("Dropped unreadable %s data (%s)", kind, type(error).__name__)
                self.dropped.setdefault(kind, set()).add(owner_id)
                await self._drop(kind, owner_id)
                continue
            self._written[(kind, owner_id)] = hashlib.sha256(plain).digest()
        return loaded

    async def _store(self, kind: str, owner_id: int, data: Any) -> None:
        if isinstance(data, dict) and not data:  # empty data is no row (strangers leave none)
            await self._drop(kind, owner_id)
            return
        plain = self._dumps(data)
        digest = hashlib.sha256(plain).digest()
        if self._written.get((kind, owner_id)) == digest:
            return
        blob = self._cipher.encrypt_bytes(plain)
        await self._write(_save_data, kind=kind, owner_id=owner_id, blob=blob)
        self._written[(kind, owner_id)] = digest

    async def _drop(self, kind: str, owner_id: int) -> None:
        if (kind, owner_id) not in self._written:
            return  # never loaded nor written here: there is no row (only this process writes)
        await self._write(_save_data, kind=kind, owner_id=owner_id, blob=None)
        self._written.pop((kind, owner_id), None)

    def _dumps(self, data: Any) -> bytes:
        buffer = io.BytesIO()
        _BotPickler(buffer, self.bot).dump(data)
        return buffer.getvalue()

    def _loads(self, plain: bytes) -> Any:
        return _BotUnpickler(io.BytesIO(plain), self.bot).load()

    async def _run(self, function: Callable[..., T], **kwargs: Any) -> T:
        engine = await self._opened_engine()
        return await asyncio.to_thread(_in_transaction, engine, function, kwargs)

    async def _write(self, function: Callable[..., None], **kwargs: Any) -> None:
        """Queue one write; the writes queued in the same turn of the event loop share one
        transaction. Each caller returns once its write is committed (or raises its error)."""
        done: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pending.append((function, kwargs, done))
        if len(self._pending) == 1:
            asyncio.get_running_loop().call_soon(self._commit_pending)
        await done

    def _commit_pending(self) -> None:
        writes, self._pending = self._pending, []
        task = asyncio.ensure_future(self._commit(writes))
        self._committing.add(task)  # held until done (the loop keeps only weak references)
        task.add_done_callback(self._committing.discard)

    async def _commit(self, writes: list[tuple[Callable[..., Any], dict[str, Any], Any]]) -> None:
        try:
            engine = await self._opened_engine()
            await asyncio.to_thread(_all_in_one_transaction, engine, writes)
        except Exception:  # one bad write must not fail the others: each alone, its own error
            for function, kwargs, done in writes:
                try:
                    done.set_result(await self._run(function, **kwargs))
                except Exception as error:
                    done.set_exception(error)
            return
        for _, _, done in writes:
            done.set_result(None)

    async def _opened_engine(self) -> Engine:
        async with self._open_lock:
            if self._engine is None:
                self._engine = await asyncio.to_thread(self._open)
            return self._engine

    def _open(self) -> Engine:
        with usable(self._database_url):
            engine = create_engine_for(self._database_url)
        try:
            with usable(self._database_url):
                upgrade(engine)
                _in_transaction(engine, check_keys, {"cipher": self._cipher})
        except BaseException:
            engine.dispose()
            raise
        return engine


class _BotPickler(pickle.Pickler):
    """Pickles the live Bot as a placeholder (PTB's advice: never store Bot instances)."""

    def __init__(self, file: io.BytesIO, bot: object) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._bot = bot

    def persistent_id(self, obj: object) -> str | None:
        return _BOT_PLACEHOLDER if self._bot is not None and obj is self._bot else None


class _BotUnpickler(pickle.Unpickler):
    """Puts the current Bot back where a placeholder was pickled."""

    def __init__(self, file: io.BytesIO, bot: object) -> None:
        super().__init__(file)
        self._bot = bot

    def persistent_load(self, pid: object) -> object:
        if pid == _BOT_PLACEHOLDER:
            return self._bot
        raise pickle.UnpicklingError(f"unknown persistent id {pid!r}")


def _in_transaction(engine: Engine, function: Callable[..., T], kwargs: dict[str, Any]) -> T:
    with Session(engine) as session:
        result = function(session=session, **kwargs)
        session.commit()
        return result


def _all_in_one_transaction(engine: Engine, writes: list[tuple[Any, ...]]) -> None:
    with Session(engine) as session:
        for function, kwargs, _ in writes:
            function(session=session, **kwargs)
            session.flush()  # the next write of the same row sees this one
        session.commit()


def _data_rows(*, session: Session, kind: str) -> list[tuple[int, bytes]]:
    rows = session.exec(select(PersistedData).where(PersistedData.kind == kind)).all()
    return [(row.owner_id, row.blob) for row in rows]


def _save_data(*, session: Session, kind: str, owner_id: int, blob: bytes | None) -> None:
    row = session.get(PersistedData, (kind, owner_id))
    if blob is None:
        if row is not None:
            session.delete(row)
        return
    row = row or PersistedData(kind=kind, owner_id=owner_id, blob=b"")
    row.blob = blob
    session.add(row)


def _conversation_rows(*, session: Session, name: str) -> list[tuple[str, str]]:
    query = select(ConversationState).where(ConversationState.name == name)
    return [(row.key, row.state) for row in session.exec(query).all()]


def _save_conversation(*, session: Session, name: str, key: str, state: str | None) -> None:
    row = session.get(ConversationState, (name, key))
    if state is None:
        if row is not None:
            session.delete(row)
        return
    row = row or ConversationState(name=name, key=key, state=state)
    row.state = state
    session.add(row)
