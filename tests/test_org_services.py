"""Company services on the real Application's storage and the fake panel: shared accounts used
without their credentials, approval rules and one decision, low-credit alerts, settings input."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from bot.panel.codes import DeliveryStatus
from bot.panel.models import DeliveryItem
from bot.services.alerts import (
    Alerts,
    CreditAlert,
    low_credit_text,
    parse_hour,
    parse_threshold,
    summary_due,
)
from bot.services.approvals import Approvals, Outcome, needs_approval, parse_limit
from bot.services.company_report import delivery_of
from bot.services.reports import summarize
from bot.services.shared_accounts import SharedAccounts, SharingError, picker_view
from storage import Role
from storage.org import OrgStore
from storage.org_records import AccountRef, ApprovalState, Delivery, GranteeKind, Rule
from tests.conftest import ADMIN_ID, OPERATOR_ID

SALES_USER, SALES_PASS = "sales-team", "Pa55-sales"
GROUP_ID = -100777


def _sharing(bot_env) -> SharedAccounts:
    services = bot_env.app.services
    return SharedAccounts(services.storage, OrgStore.of(services.storage), services.panels)


async def _share_sales(bot_env) -> tuple[SharedAccounts, int]:
    bot_env.fake.state.add_account(SALES_USER, SALES_PASS, credit=Decimal(480_000))
    await bot_env.storage.set_credentials(ADMIN_ID, username=SALES_USER, password=SALES_PASS)
    await bot_env.add_operator()
    sharing = _sharing(bot_env)
    info = await sharing.share(ADMIN_ID, "  خط   فروش ", admin_id=ADMIN_ID)
    await sharing.grant(info.id, GranteeKind.USER, OPERATOR_ID, admin_id=ADMIN_ID)
    return sharing, info.id


async def test_an_operator_uses_a_shared_account_without_its_credentials(bot_env):
    sharing, account_id = await _share_sales(bot_env)

    options = await sharing.available(OPERATOR_ID, OPERATOR_ID)
    assert [(o.key, o.name) for o in options] == [(AccountRef.shared(account_id).key, "خط فروش")]
    for option in options:
        assert SALES_USER not in repr(option) and SALES_PASS not in repr(option)
    client = await sharing.client(options[0].key, chat_id=OPERATOR_ID, user_id=OPERATOR_ID)
    assert await client.credit() == Decimal(480_000)
    asked = bot_env.panel_received("credit")[-1].fields
    assert (asked["uname"], asked["pass"]) == (SALES_USER, SALES_PASS)


async def test_revoking_or_leaving_the_staff_stops_the_next_use(bot_env):
    sharing, account_id = await _share_sales(bot_env)
    key = AccountRef.shared(account_id).key
    assert await sharing.client(key, chat_id=OPERATOR_ID, user_id=OPERATOR_ID) is not None

    await bot_env.storage.remove_staff(OPERATOR_ID)
    assert await sharing.client(key, chat_id=OPERATOR_ID, user_id=OPERATOR_ID) is None
    assert await sharing.available(OPERATOR_ID, OPERATOR_ID) == []
    await bot_env.storage.add_staff(OPERATOR_ID, Role.OPERATOR, added_by=ADMIN_ID)

    assert await sharing.revoke(account_id, admin_id=ADMIN_ID) is True
    assert await sharing.client(key, chat_id=OPERATOR_ID, user_id=OPERATOR_ID) is None
    assert await sharing.available(OPERATOR_ID, OPERATOR_ID) == []


async def test_a_group_grant_serves_every_staff_member_in_that_group(bot_env):
    sharing, account_id = await _share_sales(bot_env)
    await sharing.grant(account_id, GranteeKind.CHAT, GROUP_ID, admin_id=ADMIN_ID)
    await bot_env.storage.add_staff(3003, Role.OPERATOR, added_by=ADMIN_ID)
    key = AccountRef.shared(account_id).key

    assert await sharing.client(key, chat_id=GROUP_ID, user_id=3003) is not None
    assert await sharing.client(key, chat_id=3003, user_id=3003) is None  # not in private
    assert await sharing.client(key, chat_id=GROUP_ID, user_id=5005) is None  # a stranger


async def test_a_chat_remembers_its_chosen_account(bot_env):
    sharing, account_id = await _share_sales(bot_env)
    await bot_env.storage.set_credentials(OPERATOR_ID, username="demo", password="demo")
    own, shared = AccountRef.chat(OPERATOR_ID).key, AccountRef.shared(account_id).key

    assert (await sharing.default(OPERATOR_ID, OPERATOR_ID)).key == own
    assert await sharing.choose(OPERATOR_ID, OPERATOR_ID, shared) is True
    assert (await sharing.default(OPERATOR_ID, OPERATOR_ID)).key == shared
    assert await sharing.choose(OPERATOR_ID, OPERATOR_ID, "shared:999") is False
    await sharing.revoke(account_id, admin_id=ADMIN_ID)
    assert (await sharing.default(OPERATOR_ID, OPERATOR_ID)).key == own


async def test_only_admins_share_and_only_with_staff(bot_env):
    sharing, account_id = await _share_sales(bot_env)
    refusals = [
        sharing.share(ADMIN_ID, "x", admin_id=OPERATOR_ID),
        sharing.share(ADMIN_ID, "خط فروش", admin_id=ADMIN_ID),
        sharing.share(ADMIN_ID, "ن" * 41, admin_id=ADMIN_ID),
        sharing.share(4242, "خط دیگر", admin_id=ADMIN_ID),
        sharing.grant(account_id, GranteeKind.USER, 5005, admin_id=ADMIN_ID),
        sharing.revoke(account_id, admin_id=OPERATOR_ID),
    ]
    reasons = []
    for attempt in refusals:
        with pytest.raises(SharingError) as refused:
            await attempt
        reasons.append(refused.value.reason)
    assert reasons == [
        "admins-only",
        "name-taken",
        "bad-name",
        "no-account",
        "not-staff",
        "admins-only",
    ]
    for reason in set(reasons):
        assert bot_env.app.services.i18n.t(f"org-share-error-{reason}", locale="fa")


@pytest.mark.parametrize(
    ("rule", "role", "recipients", "cost", "expected"),
    [
        (None, Role.OPERATOR, 10**6, 10**9, False),
        (Rule(every_send=True), Role.OPERATOR, 1, 100, True),
        (Rule(every_send=True), Role.ADMIN, 10**6, 10**9, False),
        (Rule(above_recipients=1000), Role.OPERATOR, 1000, 100, False),
        (Rule(above_recipients=1000), Role.OPERATOR, 1001, 100, True),
        (Rule(above_cost_rials=500_000), Role.OPERATOR, 10, 500_000, False),
        (Rule(above_cost_rials=500_000), Role.OPERATOR, 10, 500_001, True),
    ],
)
def test_which_sends_need_approval(rule, role, recipients, cost, expected):
    assert needs_approval(rule, role, recipients, cost) is expected


async def _request(approvals: Approvals, now: datetime | None = None):
    return await approvals.request(
        account_key="chat:1",
        chat_id=OPERATOR_ID,
        requested_by=OPERATOR_ID,
        operation="send",
        recipient_count=40_000,
        cost_rials=4_000_000,
        payload='{"text": "..."}',
        now=now,
    )


async def test_two_admins_deciding_at_once_count_once(bot_env):
    approvals = Approvals(OrgStore.of(bot_env.storage))
    await approvals.set_rule("chat:1", Rule(above_recipients=100), admin_id=ADMIN_ID)
    request = await _request(approvals)

    decisions = await asyncio.gather(
        approvals.decide(request.id, approve=True, admin_id=ADMIN_ID),
        approvals.decide(request.id, approve=False, admin_id=3003, reason="زیاد است"),
        approvals.decide(request.id, approve=True, admin_id=ADMIN_ID),
    )
    outcomes = sorted(decision.outcome for decision in decisions)
    assert outcomes == [Outcome.ALREADY, Outcome.ALREADY, Outcome.DECIDED]
    winner = next(d for d in decisions if d.outcome is Outcome.DECIDED).record
    for decision in decisions:
        assert decision.record.state is winner.state
        assert decision.record.decided_by == winner.decided_by
    later = await approvals.decide(request.id, approve=True, admin_id=ADMIN_ID)
    assert later.outcome is Outcome.ALREADY


async def test_an_approval_expires_after_the_rules_time(bot_env):
    approvals = Approvals(OrgStore.of(bot_env.storage))
    await approvals.set_rule("chat:1", Rule(every_send=True, ttl_minutes=30), admin_id=ADMIN_ID)
    start = datetime.now(UTC) - timedelta(minutes=31)
    request = await _request(approvals, now=start)
    assert request.expires_at == start + timedelta(minutes=30)

    tap = await approvals.decide(request.id, approve=True, admin_id=ADMIN_ID)
    assert tap.outcome is Outcome.EXPIRED
    expired = await approvals.expire_due()
    assert [record.id for record in expired] == [request.id]
    assert expired[0].state is ApprovalState.EXPIRED
    assert await approvals.expire_due() == []
    assert (await approvals.decide(request.id, approve=True, admin_id=1)).outcome is Outcome.EXPIRED


async def test_a_rule_that_asks_nothing_is_removed(bot_env):
    approvals = Approvals(OrgStore.of(bot_env.storage))
    await approvals.set_rule("chat:1", Rule(above_cost_rials=10), admin_id=ADMIN_ID)
    assert (await approvals.rule("chat:1")).above_cost_rials == 10
    await approvals.set_rule("chat:1", Rule(), admin_id=ADMIN_ID)
    assert await approvals.rule("chat:1") is None
    with pytest.raises(ValueError):
        await approvals.set_rule("chat:1", Rule(every_send=True, ttl_minutes=0), admin_id=1)


async def test_low_credit_fires_once_per_crossing(bot_env):
    alerts = Alerts(OrgStore.of(bot_env.storage))
    credits = [900_000, 400_000, 300_000, 350_000, 600_000, 200_000, 100_000]
    assert await alerts.check_credit("chat:1", Decimal(100)) is CreditAlert.OFF
    await alerts.update(admin_chat_id=GROUP_ID, credit_threshold_rials=500_000)

    seen = [await alerts.check_credit("chat:1", Decimal(credit)) for credit in credits]
    fired = [
        credit for credit, alert in zip(credits, seen, strict=True) if alert is CreditAlert.FIRE
    ]
    assert fired == [400_000, 200_000]
    concurrent = await asyncio.gather(
        alerts.check_credit("chat:2", Decimal(10)), alerts.check_credit("chat:2", Decimal(10))
    )
    assert sorted(concurrent) == [CreditAlert.FIRE, CreditAlert.QUIET]


async def test_alert_settings_keep_what_was_not_changed(bot_env):
    alerts = Alerts(OrgStore.of(bot_env.storage))
    await alerts.update(admin_chat_id=GROUP_ID, summary_hour=21)
    updated = await alerts.update(credit_threshold_rials=250_000)
    assert (updated.admin_chat_id, updated.summary_hour) == (GROUP_ID, 21)
    assert await alerts.settings() == updated
    with pytest.raises(TypeError):
        await alerts.update(colour=1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("۵۰۰٬۰۰۰", 500_000),
        ("500,000", 500_000),
        ("٣٠٠٠", 3000),
        ("0", None),
        ("-5", None),
        ("ده هزار", None),
        ("9" * 16, None),
        ("", None),
    ],
)
def test_threshold_input(text, expected):
    assert parse_threshold(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("8", 8), ("۲۱:۰۰", 21), ("0", 0), ("23", 23), ("24", None), ("8:30", None), ("x", None)],
)
def test_hour_input(text, expected):
    assert parse_hour(text) == expected


def test_limit_input_takes_any_digits():
    assert parse_limit("۱٬۰۰۰") == 1000 and parse_limit("1 000") == 1000
    assert parse_limit("1.5") is None


def test_the_daily_summary_is_due_once_a_day_at_its_hour():
    # 2026-12-01 17:00 UTC is 20:30 in Tehran.
    now = datetime(2026, 12, 1, 17, 0, tzinfo=UTC)
    assert summary_due(now, 20, None) is True
    assert summary_due(now, 21, None) is False
    assert summary_due(now, None, None) is False
    assert summary_due(now, 20, now - timedelta(minutes=5)) is False
    assert summary_due(now, 20, now - timedelta(days=1)) is True


async def test_the_panel_credit_crossing_the_threshold_alerts_once(bot_env):
    account = bot_env.fake.state.add_account(SALES_USER, SALES_PASS, credit=Decimal(600_000))
    client = bot_env.app.services.panels.client(SALES_USER, SALES_PASS)
    alerts = Alerts(OrgStore.of(bot_env.storage))
    await alerts.update(admin_chat_id=GROUP_ID, credit_threshold_rials=500_000)

    seen = []
    for credit in (600_000, 450_000, 420_000, 800_000, 100_000):
        account.credit = Decimal(credit)
        seen.append(await alerts.check_account("shared:1", client))
    assert seen == [
        CreditAlert.QUIET,
        CreditAlert.FIRE,
        CreditAlert.QUIET,
        CreditAlert.QUIET,
        CreditAlert.FIRE,
    ]
    assert len(bot_env.panel_received("credit")) == 5
    fa = bot_env.app.services.i18n.for_locale("fa")
    text = low_credit_text(fa, "خط فروش", Decimal(100_000), 500_000)
    assert fa.credit(Decimal(100_000)) in text and fa.number(500_000) in text


def test_a_polled_delivery_report_becomes_the_reports_tally():
    statuses = ["delivered"] * 7 + ["failed", "discarded", "pending"]
    items = [
        DeliveryItem(f"+98912000000{n}", DeliveryStatus(status), status)
        for n, status in enumerate(statuses)
    ]
    tally = delivery_of(10929800, summarize(items))
    assert tally == Delivery("10929800", total=10, delivered=7, failed=2)


async def test_shared_account_names_for_reports_include_revoked_ones(bot_env):
    sharing, account_id = await _share_sales(bot_env)
    await sharing.revoke(account_id, admin_id=ADMIN_ID)
    assert await sharing.names() == {AccountRef.shared(account_id).key: "خط فروش"}


async def test_a_chats_own_account_serves_only_that_chat(bot_env):
    await bot_env.login()
    sharing = _sharing(bot_env)
    own = AccountRef.chat(ADMIN_ID).key
    assert await sharing.client(own, chat_id=ADMIN_ID, user_id=ADMIN_ID) is not None
    assert await sharing.client(own, chat_id=OPERATOR_ID, user_id=ADMIN_ID) is None
    assert await sharing.client("garbage", chat_id=ADMIN_ID, user_id=ADMIN_ID) is None


async def test_a_chat_with_several_accounts_picks_one_by_button(bot_env):
    sharing, account_id = await _share_sales(bot_env)
    await bot_env.storage.set_credentials(OPERATOR_ID, username="demo", password="demo")
    shared = AccountRef.shared(account_id).key
    await sharing.choose(OPERATOR_ID, OPERATOR_ID, shared)
    options = await sharing.available(OPERATOR_ID, OPERATOR_ID)
    fa = bot_env.app.services.i18n.for_locale("fa")

    text, markup = picker_view(fa, options, shared, OPERATOR_ID)
    labels = [row[0].text for row in markup.inline_keyboard]
    assert text == fa.t("org-account-choose")
    assert labels == [
        fa.t("org-account-own"),
        fa.t("org-account-chosen", label=fa.t("org-account-shared", name="خط فروش")),
    ]
    values = [row[0].callback_data.value for row in markup.inline_keyboard]
    assert values == [AccountRef.chat(OPERATOR_ID).key, shared]
    assert all(SALES_USER not in str(row[0].callback_data) for row in markup.inline_keyboard)
