"""Scheduled company work: expire approvals (telling each operator), the daily summary to the
admin group, and the low-credit alert after a credit check (after each send, and every
`CREDIT_EVERY_SECONDS` for every watched account).

Each function takes the Application (JobQueue callbacks wrap them: `schedule(job_queue)`), so
they can run from a job, after a send or from a test. Messages that cannot be delivered are
logged and skipped; the decision they report is already stored.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from telegram.error import TelegramError
from telegram.ext import Application, CallbackContext, JobQueue

from bot.panel import PanelClient, PanelError
from bot.services import staff_names
from bot.services.alerts import Alerts, CreditAlert, low_credit_text, summary_due
from bot.services.approval_views import operator_outcome
from bot.services.approvals import Approvals
from bot.services.company_report import aggregate
from bot.services.company_report_view import account_label, report_text
from bot.services.report_ranges import today
from bot.services.sending import PART_PRICE_RIALS
from bot.services.shared_accounts import SharedAccounts
from storage.org import OrgStore

if TYPE_CHECKING:
    from bot.context import Services

LOGGER = logging.getLogger(__name__)
EXPIRY_EVERY_SECONDS = 60
SUMMARY_EVERY_SECONDS = 300
CREDIT_EVERY_SECONDS = 15 * 60


def _services(application: Application) -> Services:
    return application.services  # type: ignore[attr-defined]


async def _say(application: Application, chat_id: int, text: str) -> bool:
    try:
        await application.bot.send_message(chat_id, text)
    except TelegramError as error:
        LOGGER.warning("Company notice to chat %s not sent (%s)", chat_id, error)
        return False
    return True


async def expire_approvals(application: Application, now: datetime | None = None) -> int:
    """Expire overdue requests; tell each one's operator once. Returns how many expired."""
    services = _services(application)
    expired = await Approvals(OrgStore.of(services.storage)).expire_due(now)
    names = await _names(services)
    for record in expired:
        fmt = services.i18n.for_locale(services.settings.locale)
        await _say(application, record.chat_id, operator_outcome(fmt, record, names.display_name))
    return len(expired)


async def daily_summary(application: Application, now: datetime | None = None) -> bool:
    """At the set hour, send today's company report to the admin group once a day (claimed
    like an operation, so two runs or a restart never send it twice)."""
    services = _services(application)
    store = OrgStore.of(services.storage)
    settings = await store.get_alerts()
    moment = now or datetime.now(UTC)
    if settings.admin_chat_id is None or not summary_due(moment, settings.summary_hour, None):
        return False
    period = today(moment)
    key = f"daily-summary:{period.first_day.isoformat()}"
    chat = settings.admin_chat_id
    if not await services.storage.claim_operation(key, chat_id=chat, user_id=0):
        return False
    records = await store.send_records(period.start, period.end)
    deliveries = await store.deliveries(r.bulk_id for r in records if r.bulk_id)
    report = aggregate(period, records, deliveries, PART_PRICE_RIALS)
    fmt = services.i18n.for_locale(services.settings.locale)
    names = await _names(services)
    accounts = await SharedAccounts(services.storage, store, services.panels).names()
    text = fmt.t("org-alert-summary-title") + "\n\n"
    text += report_text(fmt, report, names.display_name, accounts.get)
    return await _say(application, chat, text)


async def alert_low_credit(
    application: Application, account_key: str, account_label: str, client: PanelClient
) -> CreditAlert:
    """Check the account's credit (after a send, or on a schedule); on the crossing below the
    threshold, tell the admin group once."""
    services = _services(application)
    alerts = Alerts(OrgStore.of(services.storage))
    settings = await alerts.settings()
    if settings.credit_threshold_rials is None or settings.admin_chat_id is None:
        return CreditAlert.OFF
    credit: Decimal = await client.credit()
    outcome = await alerts.check_credit(account_key, credit)
    if outcome is CreditAlert.FIRE:
        fmt = services.i18n.for_locale(services.settings.locale)
        text = low_credit_text(fmt, account_label, credit, settings.credit_threshold_rials)
        await _say(application, settings.admin_chat_id, text)
    return outcome


async def check_credits(application: Application) -> list[CreditAlert]:
    """The scheduled credit check: every watched account once (each panel user once); the
    alert fires only on a crossing, shared with the after-send check. A panel that does not
    answer is skipped (no answer is no crossing)."""
    services = _services(application)
    store = OrgStore.of(services.storage)
    settings = await store.get_alerts()
    if settings.credit_threshold_rials is None or settings.admin_chat_id is None:
        return []
    fmt = services.i18n.for_locale(services.settings.locale)
    names = await _names(services)
    outcomes = []
    for account in await store.watched_accounts():
        client = services.panels.client(account.secret.username, account.secret.password)
        shared = {account.key: account.name} if account.name else {}
        label = account_label(fmt, account.key, shared.get, names.display_name)
        try:
            outcomes.append(await alert_low_credit(application, account.key, label, client))
        except PanelError as error:
            LOGGER.info("credit of %s not checked (%s)", account.key, type(error).__name__)
    return outcomes


async def _names(services: Services) -> staff_names.StaffNames:
    names = staff_names.of(services)
    await names.load()
    return names


def schedule(job_queue: JobQueue) -> None:
    """Plan the repeating company jobs (call from post_init)."""

    async def expiry(context: CallbackContext) -> None:
        await expire_approvals(context.application)

    async def summary(context: CallbackContext) -> None:
        await daily_summary(context.application)

    async def credits(context: CallbackContext) -> None:
        await check_credits(context.application)

    job_queue.run_repeating(credits, interval=CREDIT_EVERY_SECONDS, name="org:credit-check")
    job_queue.run_repeating(expiry, interval=EXPIRY_EVERY_SECONDS, name="org:expire-approvals")
    job_queue.run_repeating(summary, interval=SUMMARY_EVERY_SECONDS, name="org:daily-summary")
