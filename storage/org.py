"""`OrgStore`: the async face of the company tables (names, sharing, approvals, alerts).

Built on the engine and cipher of an opened `Storage` (`OrgStore.of(storage)`); each call is
one short transaction in a worker thread, like `Storage`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlmodel import Session

from storage import org_approvals as approvals
from storage import org_crud as crud
from storage import org_reports as reports
from storage.crypto import Cipher
from storage.facade import Storage
from storage.org_records import (
    AccountSecret,
    Alerts,
    ApprovalRecord,
    Delivery,
    Grant,
    GranteeKind,
    Profile,
    Rule,
    SharedAccountInfo,
    WatchedAccount,
)
from storage.org_reports import HistoryFilter, SendRecord, SendSummary

T = TypeVar("T")


class OrgStore:
    """Company-wide data of one database."""

    def __init__(self, engine: Engine, cipher: Cipher) -> None:
        self._engine = engine
        self._cipher = cipher

    @classmethod
    def of(cls, storage: Storage) -> OrgStore:
        return cls(storage.engine, storage.cipher)

    # --- staff names --------------------------------------------------------------------------

    async def save_profile(self, profile: Profile) -> None:
        await self._run(crud.save_profile, profile=profile)

    async def all_profiles(self) -> list[Profile]:
        return await self._run(crud.all_profiles)

    async def profiles_of(self, user_ids: Iterable[int]) -> list[Profile]:
        return await self._run(crud.profiles_of, user_ids=list(user_ids))

    # --- shared accounts ----------------------------------------------------------------------

    async def share_account(
        self, source_chat_id: int, name: str, *, created_by: int
    ) -> SharedAccountInfo:
        """Raises `storage.org_crud.ShareRefused` ("no-account", "name-taken")."""
        return await self._run(
            crud.share_account,
            cipher=self._cipher,
            source_chat_id=source_chat_id,
            name=name,
            created_by=created_by,
        )

    async def revoke_account(self, account_id: int) -> bool:
        return await self._run(crud.revoke_account, account_id=account_id)

    async def grant(
        self, account_id: int, kind: GranteeKind, grantee_id: int, *, granted_by: int
    ) -> bool:
        return await self._run(
            crud.grant,
            account_id=account_id,
            kind=kind,
            grantee_id=grantee_id,
            granted_by=granted_by,
        )

    async def ungrant(self, account_id: int, kind: GranteeKind, grantee_id: int) -> bool:
        return await self._run(
            crud.ungrant, account_id=account_id, kind=kind, grantee_id=grantee_id
        )

    async def grants_of(self, account_id: int) -> list[Grant]:
        return await self._run(crud.grants_of, account_id=account_id)

    async def list_shared(self, *, include_revoked: bool = False) -> list[SharedAccountInfo]:
        return await self._run(crud.list_shared, include_revoked=include_revoked)

    async def get_shared(self, account_id: int) -> SharedAccountInfo | None:
        return await self._run(crud.get_shared, account_id=account_id)

    async def accounts_for(self, chat_id: int, user_id: int) -> list[SharedAccountInfo]:
        return await self._run(crud.accounts_for, chat_id=chat_id, user_id=user_id)

    async def account_secret(
        self, account_id: int, *, chat_id: int, user_id: int
    ) -> AccountSecret | None:
        return await self._run(
            crud.account_secret,
            cipher=self._cipher,
            account_id=account_id,
            chat_id=chat_id,
            user_id=user_id,
        )

    async def watched_accounts(self) -> list[WatchedAccount]:
        """Accounts whose credit is watched, with their credentials (for the scheduler only)."""
        return await self._run(crud.watched_accounts, cipher=self._cipher)

    async def set_choice(self, chat_id: int, user_id: int, account_key: str) -> None:
        await self._run(crud.set_choice, chat_id=chat_id, user_id=user_id, account_key=account_key)

    async def get_choice(self, chat_id: int, user_id: int) -> str | None:
        return await self._run(crud.get_choice, chat_id=chat_id, user_id=user_id)

    # --- approvals ----------------------------------------------------------------------------

    async def set_rule(self, account_key: str, rule: Rule, *, set_by: int) -> None:
        await self._run(approvals.set_rule, account_key=account_key, rule=rule, set_by=set_by)

    async def get_rule(self, account_key: str) -> Rule | None:
        return await self._run(approvals.get_rule, account_key=account_key)

    async def delete_rule(self, account_key: str) -> bool:
        return await self._run(approvals.delete_rule, account_key=account_key)

    async def create_request(
        self,
        *,
        account_key: str,
        chat_id: int,
        requested_by: int,
        operation: str,
        recipient_count: int,
        cost_rials: int,
        payload: str,
        ttl: timedelta,
        now: datetime | None = None,
    ) -> ApprovalRecord:
        return await self._run(
            approvals.create_request,
            cipher=self._cipher,
            account_key=account_key,
            chat_id=chat_id,
            requested_by=requested_by,
            operation=operation,
            recipient_count=recipient_count,
            cost_rials=cost_rials,
            payload=payload,
            ttl=ttl,
            now=now,
        )

    async def decide(
        self,
        request_id: int,
        *,
        approve: bool,
        decided_by: int,
        reason: str | None = None,
        now: datetime | None = None,
    ) -> bool:
        """True for exactly one caller per request (see `storage.org_approvals.decide`)."""
        return await self._run(
            approvals.decide,
            cipher=self._cipher,
            request_id=request_id,
            approve=approve,
            decided_by=decided_by,
            reason=reason,
            now=now,
        )

    async def expire_due(self, now: datetime | None = None) -> list[int]:
        return await self._run(approvals.expire_due, now=now)

    async def get_request(self, request_id: int) -> ApprovalRecord | None:
        return await self._run(approvals.get_request, cipher=self._cipher, request_id=request_id)

    async def pending_requests(self) -> list[ApprovalRecord]:
        return await self._run(approvals.pending_requests, cipher=self._cipher)

    # --- alerts and delivery tallies ----------------------------------------------------------

    async def get_alerts(self) -> Alerts:
        return await self._run(approvals.get_alerts)

    async def set_alerts(self, alerts: Alerts) -> None:
        await self._run(approvals.set_alerts, alerts=alerts)

    async def flip_credit_state(self, account_key: str, *, below: bool) -> bool:
        return await self._run(approvals.flip_credit_state, account_key=account_key, below=below)

    async def save_delivery(self, delivery: Delivery) -> None:
        await self._run(approvals.save_delivery, delivery=delivery)

    async def deliveries(self, bulk_ids: Iterable[str]) -> dict[str, Delivery]:
        return await self._run(approvals.deliveries, bulk_ids=list(bulk_ids))

    async def send_records(
        self,
        start: datetime,
        end: datetime,
        *,
        chat_ids: Sequence[int] | None = None,
        user_id: int | None = None,
    ) -> list[SendRecord]:
        return await self._run(
            reports.send_records, start=start, end=end, chat_ids=chat_ids, user_id=user_id
        )

    async def history_page(
        self, filters: HistoryFilter, *, offset: int, limit: int
    ) -> tuple[list[SendSummary], int]:
        """A page of sends (newest first, text included) and the number matching."""
        return await self._run(
            reports.history_page,
            cipher=self._cipher,
            filters=filters,
            offset=offset,
            limit=limit,
        )

    # --- plumbing -----------------------------------------------------------------------------

    async def _run(self, function: Callable[..., T], **kwargs: Any) -> T:
        return await asyncio.to_thread(self._transaction, function, kwargs)

    def _transaction(self, function: Callable[..., T], kwargs: dict[str, Any]) -> T:
        with Session(self._engine, expire_on_commit=False) as session:
            result = function(session=session, **kwargs)
            session.commit()
            return result
