"""Approvals: which sends need an admin's yes, the request, and its one decision.

`needs_approval` is the pure rule (admins never need approval). `Approvals.request` stores the
send's draft (encrypted) with an expiry; `Approvals.decide` returns what the tap achieved:
exactly one of any number of concurrent or repeated decisions is `DECIDED`, the others learn
who decided first, or that the request expired.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from bot.panel.digits import to_latin_digits
from storage import Role
from storage.org import OrgStore
from storage.org_records import ApprovalRecord, ApprovalState, Rule

MAX_TTL_MINUTES = 7 * 24 * 60
MAX_REASON = 200


class Outcome(StrEnum):
    DECIDED = "decided"  # this call's decision counts
    ALREADY = "already"  # someone decided first (see the record)
    EXPIRED = "expired"
    MISSING = "missing"


@dataclass(frozen=True, slots=True)
class Decision:
    outcome: Outcome
    record: ApprovalRecord | None


def needs_approval(rule: Rule | None, role: Role | None, recipients: int, cost_rials: int) -> bool:
    """Whether an operator's send of `recipients` costing `cost_rials` needs approval."""
    if rule is None or role is Role.ADMIN:
        return False
    if rule.every_send:
        return True
    if rule.above_recipients is not None and recipients > rule.above_recipients:
        return True
    return rule.above_cost_rials is not None and cost_rials > rule.above_cost_rials


def parse_limit(text: str | None) -> int | None:
    """A non-negative whole number typed with any digits and separators (٬ , space); None if
    not one. Bounded: at most 15 digits."""
    cleaned = to_latin_digits(text or "")
    for mark in ("٬", ",", " ", "_", "\u066c"):
        cleaned = cleaned.replace(mark, "")
    if not cleaned.isdigit() or len(cleaned) > 15:
        return None
    return int(cleaned)


class Approvals:
    """Approval rules and requests of one database."""

    def __init__(self, store: OrgStore) -> None:
        self._store = store

    async def rule(self, account_key: str) -> Rule | None:
        rule = await self._store.get_rule(account_key)
        return rule if rule is not None and rule.active else None

    async def set_rule(self, account_key: str, rule: Rule, *, admin_id: int) -> None:
        """Store the rule; a rule that asks for nothing (with the default time limit) removes
        the account's rule, so a time limit set before any condition is kept."""
        if not 1 <= rule.ttl_minutes <= MAX_TTL_MINUTES:
            raise ValueError("ttl_minutes out of range")
        if rule.active or rule.ttl_minutes != Rule().ttl_minutes:
            await self._store.set_rule(account_key, rule, set_by=admin_id)
        else:
            await self._store.delete_rule(account_key)

    async def request(
        self,
        *,
        account_key: str,
        chat_id: int,
        requested_by: int,
        operation: str,
        recipient_count: int,
        cost_rials: int,
        payload: str,
        now: datetime | None = None,
    ) -> ApprovalRecord:
        """Store a pending request that expires after the account rule's time."""
        rule = await self._store.get_rule(account_key)
        ttl = timedelta(minutes=rule.ttl_minutes if rule else Rule().ttl_minutes)
        return await self._store.create_request(
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
        admin_id: int,
        reason: str | None = None,
        now: datetime | None = None,
    ) -> Decision:
        """Claim the decision; only the `DECIDED` caller may act on it (run the job, tell)."""
        reason = (reason or "").strip()[:MAX_REASON] or None
        won = await self._store.decide(
            request_id, approve=approve, decided_by=admin_id, reason=reason, now=now
        )
        record = await self._store.get_request(request_id)
        if won:
            return Decision(Outcome.DECIDED, record)
        if record is None:
            return Decision(Outcome.MISSING, None)
        if record.state is ApprovalState.PENDING or record.state is ApprovalState.EXPIRED:
            return Decision(Outcome.EXPIRED, record)
        return Decision(Outcome.ALREADY, record)

    async def expire_due(self, now: datetime | None = None) -> list[ApprovalRecord]:
        """Expire overdue requests; each is returned once (to tell its operator)."""
        expired = []
        for request_id in await self._store.expire_due(now):
            record = await self._store.get_request(request_id)
            if record is not None:
                expired.append(record)
        return expired

    async def get(self, request_id: int) -> ApprovalRecord | None:
        return await self._store.get_request(request_id)

    async def pending(self) -> list[ApprovalRecord]:
        return await self._store.pending_requests()
