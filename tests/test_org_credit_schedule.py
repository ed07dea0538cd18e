"""The low-credit alert on a schedule, through the real Application: every watched account is
checked (each panel user once), the admin group hears once per crossing, and a scheduled check
after a send that already alerted stays quiet."""

from __future__ import annotations

import asyncio
from decimal import Decimal

from bot.formatting import strip_isolates
from bot.services.org_jobs import check_credits
from storage.org import OrgStore
from storage.org_records import Alerts
from tests.conftest import OPERATOR_ID
from tests.test_org_job_wiring import (
    ACCOUNT_NAME,
    ADMIN_GROUP,
    SHARED_LOGIN,
    next_text,
    operator_preview,
    share_with_operator,
)
from tests.texts import fa, fa_head

GROUP_CHAT = -100888


def low_alerts(bot_env) -> list[str]:
    low = fa_head("org-alert-low-credit")
    return [
        strip_isolates(m.text or "")
        for m in bot_env.stub.messages(ADMIN_GROUP)
        if low in strip_isolates(m.text or "")
    ]


async def watch(bot_env, threshold: int) -> None:
    bot_env.stub.add_group(ADMIN_GROUP, "مدیران", admins=[bot_env.admin.user_id])
    await OrgStore.of(bot_env.storage).set_alerts(
        Alerts(admin_chat_id=ADMIN_GROUP, credit_threshold_rials=threshold)
    )


async def test_the_scheduled_check_alerts_once_per_crossing_for_each_account(bot_env):
    await share_with_operator(bot_env)  # the admin's chat and «خط فروش»: one panel user
    await bot_env.login(chat_id=GROUP_CHAT)  # the demo account, another panel user
    await watch(bot_env, threshold=1_000_000)
    shared = bot_env.fake.state.accounts[SHARED_LOGIN]
    demo = bot_env.fake.state.accounts["demo"]
    assert bot_env.app.job_queue.get_jobs_by_name("org:credit-check")

    shared.credit, demo.credit = Decimal(400_000), Decimal(5_000_000)
    assert [o.value for o in await check_credits(bot_env.app)] == ["fire", "quiet"]
    assert [o.value for o in await check_credits(bot_env.app)] == ["quiet", "quiet"]
    (alert,) = low_alerts(bot_env)
    assert alert == strip_isolates(
        fa(
            "org-alert-low-credit",
            account=fa("org-account-shared", name=ACCOUNT_NAME),
            amount=bot_env.app.services.i18n.for_locale("fa").credit(Decimal(400_000)),
            threshold=1_000_000,
        )
    )
    assert SHARED_LOGIN not in alert

    demo.credit = Decimal(10)  # the group's account crosses now
    shared.credit = Decimal(2_000_000)  # «خط فروش» recovers: re-armed silently
    await check_credits(bot_env.app)
    assert len(low_alerts(bot_env)) == 2
    shared.credit = Decimal(300_000)  # and crosses again
    await check_credits(bot_env.app)
    assert len(low_alerts(bot_env)) == 3


async def test_a_scheduled_check_after_a_send_that_alerted_stays_quiet(bot_env):
    _, operator = await share_with_operator(bot_env)
    shared = bot_env.fake.state.accounts[SHARED_LOGIN]
    await watch(bot_env, threshold=int(shared.credit) + 1)  # the send leaves it below
    preview = await operator_preview(bot_env, operator)
    await bot_env.tap(fa("button-send"), user=operator, message=preview)
    await next_text(bot_env, OPERATOR_ID, "sendjob-summary-done")
    low = fa_head("org-alert-low-credit")
    await bot_env.stub.wait_for_message(ADMIN_GROUP, lambda m: low in strip_isolates(m.text))

    assert [o.value for o in await check_credits(bot_env.app)] == ["quiet"]
    await asyncio.sleep(0.2)
    assert len(low_alerts(bot_env)) == 1


async def test_no_threshold_means_no_scheduled_panel_calls(bot_env):
    await share_with_operator(bot_env)
    before = len(bot_env.panel_received("credit"))
    assert await check_credits(bot_env.app) == []
    assert len(bot_env.panel_received("credit")) == before
