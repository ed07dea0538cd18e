"""`Storage`: the async face of the database that the bot uses.

Every call runs a short synchronous transaction in a worker thread (`asyncio.to_thread`),
so database work never blocks the event loop.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlmodel import Session

from storage import audit, crud, heartbeat, templates
from storage.crypto import Cipher
from storage.db import create_engine_for, upgrade, usable
from storage.job_store import JobStore
from storage.maintenance import check_keys
from storage.records import (
    AuditRecord,
    AuditState,
    ChatSettings,
    Credentials,
    OperationKind,
    Role,
    StaffMember,
    TemplateRecord,
)

T = TypeVar("T")
ROLE_CACHE_SECONDS = 5.0
CREDENTIALS_CACHE_SECONDS = 5.0


class Storage:
    """Credentials, settings, staff, operation claims and the audit trail of one database."""

    def __init__(self, engine: Engine, cipher: Cipher) -> None:
        self._engine = engine
        self._cipher = cipher
        self._staff_lock = asyncio.Lock()
        # Roles are read on every update (the access gate): keep them in memory for a few
        # seconds; this process's own changes clear the cache at once.
        self._roles: dict[int, tuple[float, Role | None]] = {}
        # Credentials are read by most updates (context.panel(), the menus): the same few
        # seconds of memory, decrypted once; this process's own changes clear the chat's entry.
        self._credentials: dict[int, tuple[float, Credentials | None]] = {}
        self.jobs = JobStore(engine, cipher)

    @classmethod
    async def open(
        cls, database_url: str, secret_keys: Sequence[str], admin_ids: Sequence[int] = ()
    ) -> Storage:
        """Migrate, check SECRET_KEYS against the stored data, and make ADMIN_IDS admins.

        Raises StorageKeyError (one-line message) when the keys are missing or wrong, and
        DatabaseUnavailableError when the database cannot be reached, opened or written.
        """
        cipher = Cipher(secret_keys)
        with usable(database_url):
            engine = create_engine_for(database_url)
        storage = cls(engine, cipher)
        try:
            with usable(database_url):
                await asyncio.to_thread(upgrade, engine)
                await storage._run(check_keys, cipher=cipher)
                await storage._run(crud.ensure_admins, admin_ids=list(admin_ids))
        except BaseException:
            engine.dispose()
            raise
        return storage

    async def close(self) -> None:
        await asyncio.to_thread(self.jobs.dispose)
        await asyncio.to_thread(self._engine.dispose)

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def cipher(self) -> Cipher:
        """The SECRET_KEYS cipher, for stores built on this database (storage.org)."""
        return self._cipher

    # --- credentials and chat settings --------------------------------------------------------

    async def get_credentials(self, chat_id: int) -> Credentials | None:
        cached = self._credentials.get(chat_id)
        now = time.monotonic()
        if cached is not None and now - cached[0] < CREDENTIALS_CACHE_SECONDS:
            return cached[1]
        credentials = await self._run(crud.get_credentials, cipher=self._cipher, chat_id=chat_id)
        self._credentials[chat_id] = (now, credentials)
        return credentials

    def forget_credentials(self, chat_id: int | None = None) -> None:
        """Drop cached credentials (of one chat, or all): after a change made elsewhere."""
        if chat_id is None:
            self._credentials.clear()
        else:
            self._credentials.pop(chat_id, None)

    async def set_credentials(
        self, chat_id: int, *, username: str, password: str, sender: str | None = None
    ) -> None:
        try:
            await self._run(
                crud.set_credentials,
                cipher=self._cipher,
                chat_id=chat_id,
                username=username,
                password=password,
                sender=sender,
            )
        finally:
            self._credentials.pop(chat_id, None)

    async def delete_credentials(self, chat_id: int) -> bool:
        try:
            return await self._run(crud.delete_credentials, chat_id=chat_id)
        finally:
            self._credentials.pop(chat_id, None)

    async def set_default_sender(self, chat_id: int, sender: str | None) -> bool:
        """Set the sender line of the chat's account; False if the chat has no account."""
        try:
            return await self._run(crud.set_default_sender, chat_id=chat_id, sender=sender)
        finally:
            self._credentials.pop(chat_id, None)

    async def get_chat_settings(self, chat_id: int) -> ChatSettings:
        return await self._run(crud.get_chat_settings, chat_id=chat_id)

    async def get_own_number(self, user_id: int) -> str | None:
        """The user's own mobile number (for test sends), if they gave it."""
        return await self._run(crud.get_own_number, cipher=self._cipher, user_id=user_id)

    async def set_own_number(self, user_id: int, number: str | None) -> None:
        await self._run(crud.set_own_number, cipher=self._cipher, user_id=user_id, number=number)

    async def set_locale(self, chat_id: int, locale: str | None) -> None:
        await self._run(crud.set_locale, chat_id=chat_id, locale=locale)

    # --- staff --------------------------------------------------------------------------------

    async def get_role(self, user_id: int) -> Role | None:
        cached = self._roles.get(user_id)
        now = time.monotonic()
        if cached is not None and now - cached[0] < ROLE_CACHE_SECONDS:
            return cached[1]
        role = await self._run(crud.get_role, user_id=user_id)
        self._roles[user_id] = (now, role)
        return role

    async def is_staff(self, user_id: int) -> bool:
        return await self.get_role(user_id) is not None

    async def list_staff(self) -> list[StaffMember]:
        return await self._run(crud.list_staff)

    async def count_admins(self) -> int:
        return await self._run(crud.count_admins)

    async def add_staff(self, user_id: int, role: Role, *, added_by: int | None) -> bool:
        """Add a member (True), or change an existing member's role (False)."""
        async with self._staff_lock:
            self._roles.clear()
            return await self._run(crud.add_staff, user_id=user_id, role=role, added_by=added_by)

    async def remove_staff(self, user_id: int) -> bool:
        """False if not staff; raises LastAdminError for the last admin."""
        async with self._staff_lock:
            self._roles.clear()
            return await self._run(crud.remove_staff, user_id=user_id)

    async def set_role(self, user_id: int, role: Role) -> bool:
        """False if not staff; raises LastAdminError when demoting the last admin."""
        async with self._staff_lock:
            self._roles.clear()
            return await self._run(crud.set_role, user_id=user_id, role=role)

    # --- operations and audit trail -----------------------------------------------------------

    async def claim_operation(self, key: str, *, chat_id: int, user_id: int) -> bool:
        """True exactly once per key, even for concurrent callers."""
        return await self._run(audit.claim_operation, key=key, chat_id=chat_id, user_id=user_id)

    async def audit_start(
        self,
        *,
        operation_key: str,
        chat_id: int,
        user_id: int,
        operation: OperationKind,
        sender: str | None,
        recipient_count: int | None,
        target: str | None = None,
        parts: int | None = None,
        batch_index: int = 1,
        batch_total: int = 1,
        text: str | None = None,
    ) -> int:
        """Write (and commit) a `pending` row before the panel is called; return its id."""
        return await self._run(
            audit.audit_start,
            cipher=self._cipher,
            operation_key=operation_key,
            chat_id=chat_id,
            user_id=user_id,
            operation=operation,
            sender=sender,
            recipient_count=recipient_count,
            target=target,
            parts=parts,
            batch_index=batch_index,
            batch_total=batch_total,
            text=text,
        )

    async def audit_finish(
        self,
        audit_id: int,
        *,
        state: AuditState,
        bulk_id: str | None = None,
        error_code: str | int | None = None,
    ) -> None:
        await self._run(
            audit.audit_finish,
            audit_id=audit_id,
            state=state,
            bulk_id=bulk_id,
            error_code=error_code,
        )

    async def mark_settled(self, audit_id: int) -> None:
        await self._run(audit.mark_settled, audit_id=audit_id)

    async def audit(self, audit_id: int) -> AuditRecord | None:
        return await self._run(audit.get_audit, cipher=self._cipher, audit_id=audit_id)

    async def audits_for_operation(self, key: str) -> list[AuditRecord]:
        return await self._run(audit.audits_for_operation, cipher=self._cipher, key=key)

    async def recent_audits(self, chat_id: int, limit: int = 10) -> list[AuditRecord]:
        return await self._run(
            audit.recent_audits, cipher=self._cipher, chat_id=chat_id, limit=limit
        )

    async def audits_since(self, chat_id: int, since: datetime) -> list[AuditRecord]:
        return await self._run(
            audit.audits_since, cipher=self._cipher, chat_id=chat_id, since=since
        )

    async def unfinished_audits(self) -> list[AuditRecord]:
        return await self._run(audit.unfinished_audits, cipher=self._cipher)

    async def unsettled_sent_audits(self) -> list[AuditRecord]:
        return await self._run(audit.unsettled_sent_audits, cipher=self._cipher)

    # --- heartbeat (rotate-keys refuses while it is fresh) -----------------------------------

    async def beat(self, instance: str) -> None:
        await self._run(heartbeat.beat, instance=instance)

    async def stop_beating(self, instance: str) -> None:
        await self._run(heartbeat.stop, instance=instance)

    # --- saved texts (templates) -------------------------------------------------------------

    async def count_templates(self, account_chat_id: int) -> int:
        return await self._run(templates.count_templates, account_chat_id=account_chat_id)

    async def list_templates(
        self, account_chat_id: int, *, offset: int, limit: int
    ) -> list[TemplateRecord]:
        """A page of the account's saved texts, newest first."""
        return await self._run(
            templates.list_templates,
            cipher=self._cipher,
            account_chat_id=account_chat_id,
            offset=offset,
            limit=limit,
        )

    async def get_template(self, account_chat_id: int, template_id: int) -> TemplateRecord | None:
        return await self._run(
            templates.get_template,
            cipher=self._cipher,
            account_chat_id=account_chat_id,
            template_id=template_id,
        )

    async def add_template(
        self, account_chat_id: int, *, name: str, text: str, created_by: int, max_count: int
    ) -> TemplateRecord:
        """Raises NameTakenError or LimitReachedError when the text cannot be kept."""
        return await self._run(
            templates.add_template,
            cipher=self._cipher,
            account_chat_id=account_chat_id,
            name=name,
            text=text,
            created_by=created_by,
            max_count=max_count,
        )

    async def rename_template(
        self, account_chat_id: int, template_id: int, name: str
    ) -> TemplateRecord | None:
        """None when the account has no such saved text; raises NameTakenError."""
        return await self._run(
            templates.rename_template,
            cipher=self._cipher,
            account_chat_id=account_chat_id,
            template_id=template_id,
            name=name,
        )

    async def delete_template(self, account_chat_id: int, template_id: int) -> bool:
        return await self._run(
            templates.delete_template, account_chat_id=account_chat_id, template_id=template_id
        )

    # --- plumbing -----------------------------------------------------------------------------

    async def _run(self, function: Callable[..., T], **kwargs: Any) -> T:
        return await asyncio.to_thread(self._transaction, function, kwargs)

    def _transaction(self, function: Callable[..., T], kwargs: dict[str, Any]) -> T:
        with Session(self._engine, expire_on_commit=False) as session:
            result = function(session=session, **kwargs)
            session.commit()
            return result
