"""Scheduled company work through the real Application: expired approvals tell the operator
once, the daily summary reaches the admin group once a day, a low credit alerts once per
crossing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from bot.services.alerts import Alerts, CreditAlert
from bot.services.approval_views import ApprovalSummary
from bot.services.approvals import Approvals
from bot.services.org_jobs import alert_low_credit, daily_summary, expire_approvals
from storage import AuditState, OperationKind
from storage.org import OrgStore
from tests.conftest import ADMIN_ID, OPERATOR_ID

ADMIN_GROUP = -100555
SALES_USER, SALES_PASS = "sales-team", "Pa55-sales"


def fa(bot_env):
    return bot_env.app.services.i18n.for_locale("fa")


def group_texts(bot_env) -> list[str]:
    return [m.text for m in bot_env.stub.messages(ADMIN_GROUP)]


async def _admin_group(bot_env, **settings) -> Alerts:
    bot_env.stub.add_group(ADMIN_GROUP, "مدیران", admins=[ADMIN_ID])
    alerts = Alerts(OrgStore.of(bot_env.storage))
    await alerts.update(admin_chat_id=ADMIN_GROUP, **settings)
    return alerts


async def test_an_expired_approval_is_told_to_its_operator_once(bot_env):
    operator = await bot_env.add_operator()
    summary = ApprovalSummary("send", "3000", None, 10, 1000, "متن", "خط فروش")
    await Approvals(OrgStore.of(bot_env.storage)).request(
        account_key="chat:1",
        chat_id=operator.user_id,
        requested_by=operator.user_id,
        operation="send",
        recipient_count=10,
        cost_rials=1000,
        payload=summary.to_payload(),
        now=datetime.now(UTC) - timedelta(days=2),
    )

    assert await expire_approvals(bot_env.app) == 1
    told = await bot_env.stub.wait_for_message(OPERATOR_ID)
    assert told.text == fa(bot_env).t("org-approval-expired")
    assert await expire_approvals(bot_env.app) == 0
    assert len(bot_env.stub.messages(OPERATOR_ID)) == 1


async def test_the_daily_summary_reaches_the_admin_group_once(bot_env):
    await _admin_group(bot_env, summary_hour=0)
    for user, recipients in ((ADMIN_ID, 120), (OPERATOR_ID, 30)):
        audit_id = await bot_env.storage.audit_start(
            operation_key=f"k{user}",
            chat_id=user,
            user_id=user,
            operation=OperationKind.SEND,
            sender="3000",
            recipient_count=recipients,
            parts=1,
        )
        await bot_env.storage.audit_finish(audit_id, state=AuditState.SENT, bulk_id=str(user))

    assert await daily_summary(bot_env.app) is True
    assert await daily_summary(bot_env.app) is False
    (text,) = group_texts(bot_env)
    f = fa(bot_env)
    assert text.startswith(f.t("org-alert-summary-title"))
    assert f.number(150) in text and f.t("org-report-section-operator") in text


async def test_no_summary_without_an_admin_group_or_before_its_hour(bot_env):
    assert await daily_summary(bot_env.app) is False
    await _admin_group(bot_env, summary_hour=23)
    before = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)  # 13:30 in Tehran
    assert await daily_summary(bot_env.app, now=before) is False
    assert group_texts(bot_env) == []


async def test_low_credit_alerts_the_admin_group_once_per_crossing(bot_env):
    account = bot_env.fake.state.add_account(SALES_USER, SALES_PASS, credit=Decimal(900_000))
    client = bot_env.app.services.panels.client(SALES_USER, SALES_PASS)
    assert await alert_low_credit(bot_env.app, "shared:1", "خط فروش", client) is CreditAlert.OFF
    await _admin_group(bot_env, credit_threshold_rials=500_000)

    for credit in (900_000, 300_000, 250_000, 700_000, 100_000, 90_000):
        account.credit = Decimal(credit)
        await alert_low_credit(bot_env.app, "shared:1", "خط فروش", client)

    f = fa(bot_env)
    expected = [
        f.t("org-alert-low-credit", account="خط فروش", amount=f.credit(credit), threshold=500_000)
        for credit in (Decimal(300_000), Decimal(100_000))
    ]
    assert group_texts(bot_env) == expected
