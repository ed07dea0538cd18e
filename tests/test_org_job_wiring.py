"""Company features wired into send jobs, through the real Application (Bot API stand-in + fake
panel), as staff would use them:

* an operator sends through an account an admin shared: the panel gets the shared login, and no
  message, log line or stored column the operator can read holds it; the job records the
  account and the operator; revoking stops the next send, at the tap and at the job's start;
* an approval rule routes a send to the admin group; two admins approving at once make one job
  (one panel request); a rejection tells the operator and sends nothing;
* after a job: one low-credit alert per crossing, and an alert for unknown batches;
* the company /report reads account and operator from the jobs.
"""

from __future__ import annotations

import asyncio
import json
import logging
from decimal import Decimal

from sqlalchemy import text as sql

from bot.formatting import strip_isolates
from bot.services.job_accounts import shared_accounts
from bot.services.org_jobs import alert_low_credit
from storage import Role
from storage.org import OrgStore
from storage.org_records import Alerts, GranteeKind, Rule
from tests.conftest import ADMIN_ID, DEMO_SENDER, OPERATOR_ID
from tests.texts import fa

SHARED_LOGIN = "sales-login-7731"
SHARED_PASSWORD = "Pw-9qX!shared-4410"
ACCOUNT_NAME = "خط فروش"
ADMIN_GROUP = -100777
SECOND_ADMIN = 1003
NUMBERS = ["09120000001", "09120000002", "09120000003"]


async def share_with_operator(bot_env) -> tuple[int, object]:
    """The admin's chat is logged in to the sales account, shared with the operator."""
    bot_env.fake.state.add_account(
        SHARED_LOGIN, SHARED_PASSWORD, credit=Decimal(5_000_000), lines=["+98" + DEMO_SENDER]
    )
    await bot_env.storage.set_credentials(
        ADMIN_ID, username=SHARED_LOGIN, password=SHARED_PASSWORD, sender=DEMO_SENDER
    )
    operator = await bot_env.add_operator()
    sharing = shared_accounts(bot_env.app.services)
    info = await sharing.share(ADMIN_ID, ACCOUNT_NAME, admin_id=ADMIN_ID)
    await sharing.grant(info.id, GranteeKind.USER, OPERATOR_ID, admin_id=ADMIN_ID)
    return info.id, operator


async def next_text(bot_env, chat: int, key: str, timeout: float = 10.0, **variables):
    wanted = fa(key, **variables)
    return await bot_env.stub.wait_for_message(
        chat, lambda m: wanted in strip_isolates(m.text or ""), timeout=timeout
    )


async def operator_preview(bot_env, operator, numbers=NUMBERS, text="حراج پاییزه"):
    """The operator goes from /send to the preview in their private chat."""
    chat = operator.user_id
    choose = await bot_env.say("/send", user=operator)
    assert strip_isolates(choose.text) == fa("send-choose-sender")
    line = next(label for label in choose.button_texts if label != fa("button-cancel"))
    await bot_env.tap(line, user=operator)  # the shared account's line
    await bot_env.stub.send_text(operator, "\n".join(numbers))
    await next_text(bot_env, chat, "recipients-button-continue")
    return await bot_env.say(text, user=operator)


def sent_to(bot_env) -> list[tuple[str, list[str]]]:
    return [
        (request.fields["uname"], json.loads(request.fields["to"]))
        for request in bot_env.panel_received("send")
    ]


def everything_shown(bot_env, chat: int) -> str:
    parts = []
    for message in bot_env.stub.messages(chat):
        parts.append(message.text or "")
        parts.extend(message.button_texts)
        parts.extend(edit or "" for edit in message.edits)
    return "\n".join(str(part) for part in parts)


def job_rows(bot_env) -> list[dict]:
    with bot_env.storage.engine.connect() as connection:
        rows = connection.execute(sql("SELECT * FROM send_jobs ORDER BY id")).mappings().all()
        return [dict(row) for row in rows]


def stored_text(bot_env, table: str) -> str:
    with bot_env.storage.engine.connect() as connection:
        rows = connection.execute(sql(f"SELECT * FROM {table}")).all()
    return repr(rows)


async def test_an_operator_sends_through_a_shared_account_and_never_sees_its_login(bot_env, caplog):
    caplog.set_level(logging.DEBUG)
    account_id, operator = await share_with_operator(bot_env)
    preview = await operator_preview(bot_env, operator)
    assert fa("button-send") in preview.button_texts
    await bot_env.tap(fa("button-send"), user=operator, message=preview)
    await next_text(bot_env, OPERATOR_ID, "sendjob-summary-done")

    assert sent_to(bot_env) == [(SHARED_LOGIN, NUMBERS)]
    (job,) = job_rows(bot_env)
    assert (job["account_key"], job["user_id"], job["confirmed_by"]) == (
        f"shared:{account_id}",
        OPERATOR_ID,
        OPERATOR_ID,
    )
    shown = everything_shown(bot_env, OPERATOR_ID)
    for table in ("send_jobs", "send_batches", "audit_log"):
        shown += stored_text(bot_env, table)
    assert "job 1 batch 1" in caplog.text  # the worker's DEBUG/INFO lines were captured
    for secret in (SHARED_LOGIN, SHARED_PASSWORD):
        assert secret not in shown
        assert secret not in caplog.text


async def test_revoking_the_shared_account_refuses_the_next_send(bot_env):
    account_id, operator = await share_with_operator(bot_env)
    preview = await operator_preview(bot_env, operator)
    await shared_accounts(bot_env.app.services).revoke(account_id, admin_id=ADMIN_ID)

    refused = await bot_env.tap(fa("button-send"), user=operator, message=preview)
    assert strip_isolates(refused.text) == fa("org-account-revoked")
    again = await bot_env.say("/send", user=operator)
    assert strip_isolates(again.text) == fa("send-not-logged-in")
    assert bot_env.panel_received("send") == []
    assert job_rows(bot_env) == []


async def approval_setup(bot_env) -> tuple[int, object, object]:
    """The sales account needs approval above 2 recipients; requests go to the admin group."""
    account_id, operator = await share_with_operator(bot_env)
    await bot_env.storage.add_staff(SECOND_ADMIN, Role.ADMIN, added_by=ADMIN_ID)
    second = bot_env.user(SECOND_ADMIN, "حسین")
    bot_env.stub.add_group(ADMIN_GROUP, "مدیران", admins=[ADMIN_ID, SECOND_ADMIN])
    store = OrgStore.of(bot_env.storage)
    await store.set_alerts(Alerts(admin_chat_id=ADMIN_GROUP))
    await store.set_rule(f"shared:{account_id}", Rule(above_recipients=2), set_by=ADMIN_ID)
    return account_id, operator, second


async def ask_for_approval(bot_env, operator):
    preview = await operator_preview(bot_env, operator)
    label = fa("org-approval-button-request")
    assert label in preview.button_texts and fa("button-send") not in preview.button_texts
    told = await bot_env.tap(label, user=operator, message=preview)
    assert strip_isolates(told.text) == fa("org-approval-sent")
    return await bot_env.stub.wait_for_message(ADMIN_GROUP)


async def test_two_admins_approving_at_once_make_exactly_one_job(bot_env):
    account_id, operator, second = await approval_setup(bot_env)
    request = await ask_for_approval(bot_env, operator)
    assert "حراج پاییزه" in request.text
    assert bot_env.panel_received("send") == []  # nothing goes out before a decision

    approve = fa("org-approval-button-approve")
    await asyncio.gather(
        bot_env.stub.tap(bot_env.admin, request.message_id, approve, chat=ADMIN_GROUP),
        bot_env.stub.tap(second, request.message_id, approve, chat=ADMIN_GROUP),
    )
    await next_text(bot_env, OPERATOR_ID, "sendjob-summary-done")
    await asyncio.sleep(0.5)  # a second job, if any, would have reached the panel by now

    assert sent_to(bot_env) == [(SHARED_LOGIN, NUMBERS)]
    (job,) = job_rows(bot_env)
    assert job["account_key"] == f"shared:{account_id}" and job["user_id"] == OPERATOR_ID
    assert job["confirmed_by"] in (ADMIN_ID, SECOND_ADMIN)
    approved = [
        m for m in bot_env.stub.messages(OPERATOR_ID) if fa_head_approved() in (m.text or "")
    ]
    assert len(approved) == 1


def fa_head_approved() -> str:
    from tests.texts import fa_head

    return fa_head("org-approval-approved")


async def test_a_rejection_tells_the_operator_and_sends_nothing(bot_env):
    _, operator, second = await approval_setup(bot_env)
    request = await ask_for_approval(bot_env, operator)
    await bot_env.stub.tap(  # «رد» asks for an optional reason
        second, request.message_id, fa("org-approval-button-reject"), chat=ADMIN_GROUP
    )
    now = fa("org-approval-button-reject-now")
    ask = await bot_env.stub.wait_for_message(
        ADMIN_GROUP, lambda m: now in map(strip_isolates, m.button_texts)
    )
    await bot_env.stub.tap(second, ask.message_id, now, chat=ADMIN_GROUP)
    await next_text(bot_env, OPERATOR_ID, "org-approval-rejected", name="حسین")
    await asyncio.sleep(0.3)
    assert bot_env.panel_received("send") == [] and job_rows(bot_env) == []


async def test_an_account_revoked_before_the_approval_sends_nothing(bot_env):
    account_id, operator, _ = await approval_setup(bot_env)
    request = await ask_for_approval(bot_env, operator)
    await shared_accounts(bot_env.app.services).revoke(account_id, admin_id=ADMIN_ID)
    await bot_env.stub.tap(
        bot_env.admin, request.message_id, fa("org-approval-button-approve"), chat=ADMIN_GROUP
    )
    await next_text(bot_env, OPERATOR_ID, "org-job-account-gone")
    assert bot_env.panel_received("send") == []


async def test_after_jobs_one_low_credit_alert_per_crossing_and_one_for_unknown_batches(bot_env):
    _, operator = await share_with_operator(bot_env)
    store = OrgStore.of(bot_env.storage)
    bot_env.stub.add_group(ADMIN_GROUP, "مدیران", admins=[ADMIN_ID])
    account = bot_env.fake.state.accounts[SHARED_LOGIN]
    await store.set_alerts(
        Alerts(admin_chat_id=ADMIN_GROUP, credit_threshold_rials=int(account.credit) + 1)
    )
    for _ in range(2):  # two sends, both leaving the credit below the threshold
        preview = await operator_preview(bot_env, operator)
        await bot_env.tap(fa("button-send"), user=operator, message=preview)
        await next_text(bot_env, OPERATOR_ID, "sendjob-summary-done")
    low = fa_head("org-alert-low-credit")
    await bot_env.stub.wait_for_message(ADMIN_GROUP, lambda m: low in strip_isolates(m.text))
    await asyncio.sleep(0.3)
    alerts = [m for m in bot_env.stub.messages(ADMIN_GROUP) if low in strip_isolates(m.text)]
    assert len(alerts) == 1
    assert ACCOUNT_NAME in alerts[0].text
    assert SHARED_LOGIN not in alerts[0].text

    bot_env.fake.state.inject("send", body="Service temporarily unavailable", status=200)
    preview = await operator_preview(bot_env, operator)
    await bot_env.tap(fa("button-send"), user=operator, message=preview)
    trouble = await next_text(
        bot_env,
        ADMIN_GROUP,
        "org-alert-job-trouble",
        name="Operator",
        account=fa("org-account-shared", name=ACCOUNT_NAME),
        total=3,
        sent=0,
        unknown=3,
        refused=0,
        untried=0,
    )
    assert "حراج" not in trouble.text  # counts only, never the text


async def test_the_credit_alert_rearms_after_the_credit_recovers(bot_env):
    await share_with_operator(bot_env)
    store = OrgStore.of(bot_env.storage)
    bot_env.stub.add_group(ADMIN_GROUP, "مدیران", admins=[ADMIN_ID])
    await store.set_alerts(Alerts(admin_chat_id=ADMIN_GROUP, credit_threshold_rials=1_000_000))
    account = bot_env.fake.state.accounts[SHARED_LOGIN]
    client = bot_env.app.services.panels.client(SHARED_LOGIN, SHARED_PASSWORD)
    outcomes = []
    for credit in (500_000, 400_000, 2_000_000, 300_000):
        account.credit = Decimal(credit)
        outcomes.append(await alert_low_credit(bot_env.app, "shared:1", ACCOUNT_NAME, client))
    assert [outcome.value for outcome in outcomes] == ["fire", "quiet", "quiet", "fire"]
    low = fa_head("org-alert-low-credit")
    assert len([m for m in bot_env.stub.messages(ADMIN_GROUP) if low in m.text]) == 2


async def test_the_company_report_names_the_shared_account_and_the_operator(bot_env):
    _, operator = await share_with_operator(bot_env)
    preview = await operator_preview(bot_env, operator)
    await bot_env.tap(fa("button-send"), user=operator, message=preview)
    await next_text(bot_env, OPERATOR_ID, "sendjob-summary-done")

    report = await bot_env.say("/report")
    plain = strip_isolates(report.text)
    assert fa("org-account-shared", name=ACCOUNT_NAME) in plain
    assert "Operator" in plain


def fa_head(key: str) -> str:
    from tests.texts import fa_head as head

    return head(key)


async def test_the_delivery_follow_up_of_a_shared_send_asks_with_the_shared_account(
    bot_env, monkeypatch
):
    from bot.services import followups

    monkeypatch.setattr(followups, "SCHEDULE", (0.05, 0.1))
    _, operator = await share_with_operator(bot_env)
    preview = await operator_preview(bot_env, operator)
    await bot_env.tap(fa("button-send"), user=operator, message=preview)
    await next_text(bot_env, OPERATOR_ID, "sendjob-summary-done")
    for _ in range(100):
        if bot_env.panel_received("delivery"):
            break
        await asyncio.sleep(0.05)
    polls = bot_env.panel_received("delivery")
    assert polls and {poll.fields["uname"] for poll in polls} == {SHARED_LOGIN}
    assert fa("report-followup-no-account") not in everything_shown(bot_env, OPERATOR_ID)
