"""Approval rules and requests, alert settings and state, delivery tallies (keyword-only).

A request's decision is claimed by ONE conditional UPDATE (`WHERE state = 'pending' AND
expires_at > now`): two admins tapping at once, a double tap or a retry after a restart all run
that statement, and the database lets exactly one of them change the row.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from storage.crypto import Cipher
from storage.models import utc_now
from storage.org_models import (
    AlertSettings,
    ApprovalRequest,
    ApprovalRule,
    CreditAlertState,
    DeliveryCount,
)
from storage.org_records import Alerts, ApprovalRecord, ApprovalState, Delivery, Rule

# --- rules ------------------------------------------------------------------------------------


def set_rule(*, session: Session, account_key: str, rule: Rule, set_by: int) -> None:
    row = session.get(ApprovalRule, account_key) or ApprovalRule(
        account_key=account_key, set_by=set_by
    )
    row.every_send = rule.every_send
    row.above_recipients = rule.above_recipients
    row.above_cost_rials = rule.above_cost_rials
    row.ttl_minutes = rule.ttl_minutes
    row.set_by = set_by
    row.updated_at = utc_now()
    session.add(row)


def get_rule(*, session: Session, account_key: str) -> Rule | None:
    row = session.get(ApprovalRule, account_key)
    if row is None:
        return None
    return Rule(row.every_send, row.above_recipients, row.above_cost_rials, row.ttl_minutes)


def delete_rule(*, session: Session, account_key: str) -> bool:
    row = session.get(ApprovalRule, account_key)
    if row is None:
        return False
    session.delete(row)
    return True


# --- requests ---------------------------------------------------------------------------------


def create_request(
    *,
    session: Session,
    cipher: Cipher,
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
    """Store a pending request; `payload` (the send's draft, text included) is encrypted."""
    created = now or utc_now()
    row = ApprovalRequest(
        account_key=account_key,
        chat_id=chat_id,
        requested_by=requested_by,
        operation=operation,
        recipient_count=recipient_count,
        cost_rials=cost_rials,
        payload_token=cipher.encrypt(payload),
        state=ApprovalState.PENDING.value,
        created_at=created,
        expires_at=created + ttl,
    )
    session.add(row)
    session.flush()
    return _record(row, cipher)


def decide(
    *,
    session: Session,
    cipher: Cipher,
    request_id: int,
    approve: bool,
    decided_by: int,
    reason: str | None = None,
    now: datetime | None = None,
) -> bool:
    """Claim the decision of a pending, unexpired request: True for exactly one caller.

    Commits on its own, so the claim is visible to everyone before the caller acts on it.
    """
    moment = now or utc_now()
    state = ApprovalState.APPROVED if approve else ApprovalState.REJECTED
    statement = (
        update(ApprovalRequest)
        .where(
            col(ApprovalRequest.id) == request_id,
            col(ApprovalRequest.state) == ApprovalState.PENDING.value,
            col(ApprovalRequest.expires_at) > moment,
        )
        .values(
            state=state.value,
            decided_by=decided_by,
            decided_at=moment,
            reason_token=cipher.encrypt(reason) if reason else None,
        )
        .execution_options(synchronize_session=False)
    )
    won = session.execute(statement).rowcount == 1  # type: ignore[attr-defined]
    session.commit()
    return won


def expire_due(*, session: Session, now: datetime | None = None) -> list[int]:
    """Mark every pending request past its time `expired`; return the ids this call expired."""
    moment = now or utc_now()
    due = select(ApprovalRequest.id).where(
        col(ApprovalRequest.state) == ApprovalState.PENDING.value,
        col(ApprovalRequest.expires_at) <= moment,
    )
    expired = []
    for request_id in session.exec(due).all():
        statement = (
            update(ApprovalRequest)
            .where(
                col(ApprovalRequest.id) == request_id,
                col(ApprovalRequest.state) == ApprovalState.PENDING.value,
            )
            .values(state=ApprovalState.EXPIRED.value, decided_at=moment)
            .execution_options(synchronize_session=False)
        )
        if session.execute(statement).rowcount == 1:  # type: ignore[attr-defined]
            expired.append(request_id)
    return expired


def get_request(*, session: Session, cipher: Cipher, request_id: int) -> ApprovalRecord | None:
    row = session.get(ApprovalRequest, request_id)
    if row is None:
        return None
    session.refresh(row)
    return _record(row, cipher)


def pending_requests(*, session: Session, cipher: Cipher) -> list[ApprovalRecord]:
    query = select(ApprovalRequest).where(col(ApprovalRequest.state) == ApprovalState.PENDING.value)
    rows = session.exec(query.order_by(col(ApprovalRequest.id))).all()
    return [_record(row, cipher) for row in rows]


def rotate_requests(*, session: Session, cipher: Cipher) -> None:
    for row in session.exec(select(ApprovalRequest)).all():
        row.payload_token = cipher.rotate(row.payload_token)
        if row.reason_token:
            row.reason_token = cipher.rotate(row.reason_token)
        session.add(row)


def _record(row: ApprovalRequest, cipher: Cipher) -> ApprovalRecord:
    assert row.id is not None
    return ApprovalRecord(
        id=row.id,
        account_key=row.account_key,
        chat_id=row.chat_id,
        requested_by=row.requested_by,
        operation=row.operation,
        recipient_count=row.recipient_count,
        cost_rials=row.cost_rials,
        state=ApprovalState(row.state),
        created_at=row.created_at,
        expires_at=row.expires_at,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        payload=cipher.decrypt(row.payload_token),
        reason=cipher.decrypt(row.reason_token) if row.reason_token else None,
    )


# --- alerts -----------------------------------------------------------------------------------


def get_alerts(*, session: Session) -> Alerts:
    row = session.get(AlertSettings, 1)
    if row is None:
        return Alerts()
    return Alerts(row.admin_chat_id, row.credit_threshold_rials, row.summary_hour)


def set_alerts(*, session: Session, alerts: Alerts) -> None:
    row = session.get(AlertSettings, 1) or AlertSettings(id=1)
    row.admin_chat_id = alerts.admin_chat_id
    row.credit_threshold_rials = alerts.credit_threshold_rials
    row.summary_hour = alerts.summary_hour
    row.updated_at = utc_now()
    session.add(row)


def flip_credit_state(*, session: Session, account_key: str, below: bool) -> bool:
    """Record whether the account's credit is below the threshold; True only when this call
    changed it (the one moment of a crossing). Commits on its own, race-safe like `decide`."""
    if session.get(CreditAlertState, account_key) is None:
        session.add(CreditAlertState(account_key=account_key, below=False))
        try:
            session.commit()
        except IntegrityError:  # a concurrent first check inserted it: the UPDATE below decides
            session.rollback()
    statement = (
        update(CreditAlertState)
        .where(
            col(CreditAlertState.account_key) == account_key,
            col(CreditAlertState.below) == (not below),
        )
        .values(below=below, checked_at=utc_now())
        .execution_options(synchronize_session=False)
    )
    changed = session.execute(statement).rowcount == 1  # type: ignore[attr-defined]
    session.commit()
    return changed


# --- delivery tallies -------------------------------------------------------------------------


def save_delivery(*, session: Session, delivery: Delivery) -> None:
    row = session.get(DeliveryCount, delivery.bulk_id) or DeliveryCount(bulk_id=delivery.bulk_id)
    row.total, row.delivered, row.failed = delivery.total, delivery.delivered, delivery.failed
    row.updated_at = utc_now()
    session.add(row)


def deliveries(*, session: Session, bulk_ids: Iterable[str]) -> dict[str, Delivery]:
    ids = list(set(bulk_ids))
    found: dict[str, Delivery] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = select(DeliveryCount).where(col(DeliveryCount.bulk_id).in_(chunk))
        for row in session.exec(query).all():
            found[row.bulk_id] = Delivery(row.bulk_id, row.total, row.delivered, row.failed)
    return found
