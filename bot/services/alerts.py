"""Alerts to the admin group: settings, low credit once per crossing, the daily summary time.

`credit_is_low` is the pure comparison; `Alerts.check_credit` stores the account's state and
answers True only on the check that crosses from "enough" to "low" (race-safe: one conditional
UPDATE), so a scheduled check and an after-send check never both fire. Going back above the
threshold re-arms the alert silently.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from bot.formatting import to_tehran
from bot.localizer import Localizer
from bot.panel import PanelClient
from bot.services.approvals import parse_limit
from storage.org import OrgStore
from storage.org_records import Alerts as AlertSettings

MAX_THRESHOLD_RIALS = 10**13


class CreditAlert(StrEnum):
    FIRE = "fire"  # the credit just went below the threshold: tell the admins once
    QUIET = "quiet"  # nothing new
    OFF = "off"  # no threshold or no admin group set


def credit_is_low(credit: Decimal, threshold_rials: int) -> bool:
    return credit < threshold_rials


def parse_threshold(text: str | None) -> int | None:
    """Rials typed with any digits (`۵۰۰٬۰۰۰`, `500000`); None if not a sane amount."""
    value = parse_limit(text)
    return value if value is not None and 0 < value <= MAX_THRESHOLD_RIALS else None


def parse_hour(text: str | None) -> int | None:
    """An hour of the day 0–23 (any digits, `8` or `08:00`); None otherwise."""
    raw = (text or "").strip()
    hour_text, _, minutes = raw.partition(":")
    if minutes and parse_limit(minutes) != 0:
        return None
    hour = parse_limit(hour_text)
    return hour if hour is not None and 0 <= hour <= 23 else None


def summary_due(now: datetime, hour: int | None, last_sent: datetime | None) -> bool:
    """Whether the daily summary should go now: the set hour (Tehran) has come today and the
    last summary was sent before today's hour."""
    if hour is None:
        return False
    local = to_tehran(now)
    today_at = local.replace(hour=hour, minute=0, second=0, microsecond=0)
    if local < today_at:
        return False
    return last_sent is None or to_tehran(last_sent) < today_at


class Alerts:
    """Alert settings and low-credit state of one database."""

    def __init__(self, store: OrgStore) -> None:
        self._store = store

    async def settings(self) -> AlertSettings:
        return await self._store.get_alerts()

    async def update(self, **changes: int | None) -> AlertSettings:
        """Change some settings (admin_chat_id, credit_threshold_rials, summary_hour)."""
        current = await self._store.get_alerts()
        values = {
            "admin_chat_id": current.admin_chat_id,
            "credit_threshold_rials": current.credit_threshold_rials,
            "summary_hour": current.summary_hour,
        }
        unknown = set(changes) - set(values)
        if unknown:
            raise TypeError(f"unknown alert settings: {sorted(unknown)}")
        values.update(changes)
        updated = AlertSettings(**values)
        await self._store.set_alerts(updated)
        return updated

    async def check_account(self, account_key: str, client: PanelClient) -> CreditAlert:
        """Ask the panel for the account's credit (scheduled, or after a send), then decide.
        A panel error is raised to the caller: no answer is no crossing."""
        settings = await self._store.get_alerts()
        if settings.credit_threshold_rials is None or settings.admin_chat_id is None:
            return CreditAlert.OFF
        return await self.check_credit(account_key, await client.credit())

    async def check_credit(self, account_key: str, credit: Decimal) -> CreditAlert:
        """Record the account's credit; FIRE once when it crosses below the threshold."""
        settings = await self._store.get_alerts()
        threshold = settings.credit_threshold_rials
        if threshold is None or settings.admin_chat_id is None:
            return CreditAlert.OFF
        low = credit_is_low(credit, threshold)
        changed = await self._store.flip_credit_state(account_key, below=low)
        return CreditAlert.FIRE if changed and low else CreditAlert.QUIET


def low_credit_text(fmt: Localizer, account: str, credit: Decimal, threshold_rials: int) -> str:
    """The admin group's message when `account` (a shown name) crossed below the threshold."""
    return fmt.t(
        "org-alert-low-credit",
        account=account,
        amount=fmt.credit(credit),
        threshold=threshold_rials,
    )
