"""A three-job /jobs send is one send job with a batch per panel request: SIGKILL of the real
`panelbot run` while the second request is out, then a restart, sends every job exactly once
(the in-flight one is never retried, the one never attempted goes out after the restart)."""

from __future__ import annotations

import asyncio
import json
import signal
from collections import Counter

import pytest

from bot.botapi_stub import running_botapi_stub
from bot.formatting import strip_isolates
from bot.panel.fake import running_fake_panel
from bot.panel.fake.targets import trends_count
from tests.conftest import ADMIN_ID, TOKEN
from tests.test_send_crash import _environment, panelbot, said, t

JOBS = [("مهندسان", "برق", [302]), ("پزشکان", "متخصص قلب", [103]), ("وکلا", "پایه یک", [201])]


def button(message, shown: str) -> str:
    return next(text for text in message.button_texts if strip_isolates(text) == shown)


async def confirm_three_jobs(stub) -> None:
    """/jobs with three jobs (one trend each), the default line, a text, Send."""
    admin = stub.users[ADMIN_ID]
    await stub.send_text(admin, "/jobs")
    shown = await said(stub, t("jobs-choose-job").splitlines()[0])
    for index, (job, trend, _) in enumerate(JOBS):
        if index:
            await stub.tap(admin, shown.message_id, text=t("targets-button-add-job"))
            shown = await said(stub, t("jobs-choose-job").splitlines()[0])
        await stub.tap(admin, shown.message_id, text=job)
        trends = await said(stub, t("jobs-choose-trends", job=job))
        await stub.tap(admin, trends.message_id, text=trend)
        await stub.tap(admin, trends.message_id, text=t("button-done"))
        shown = await said(stub, f"{job}: {trend}")
    await stub.tap(admin, shown.message_id, text=button(shown, "۳۰۰۰۵۰۵ (پیش‌فرض)"))
    await said(stub, t("jobs-ask-text"))
    await stub.send_text(admin, "همایش سالانه")
    preview = await said(stub, "پیش‌نمایش")
    await stub.tap(admin, preview.message_id, text="ارسال")


@pytest.mark.timeout(120)
async def test_sigkill_while_the_second_job_is_out_then_restart_sends_each_job_once(
    tmp_path, database_url
):
    async with running_fake_panel() as fake, running_botapi_stub(TOKEN) as stub:
        stub.add_user(ADMIN_ID, "Admin")
        env = await _environment(database_url, fake.url, stub.base_url)
        fake.state.inject("jobssend", hang=True, after=1)  # the 2nd goes out, never answered
        async with panelbot(env, tmp_path) as first:
            await confirm_three_jobs(stub)
            while len(fake.state.requests_for("jobssend")) < 2:
                await asyncio.sleep(0.02)
            first.kill()
            await asyncio.wait_for(first.wait(), 30)
            assert first.returncode == -signal.SIGKILL
        counts = [trends_count(fake.state, ids) for _, _, ids in JOBS]
        async with panelbot(env, tmp_path):
            notice = t(
                "sendjob-recovered",
                sent=counts[0],
                sent_batches=1,
                unknown=counts[1],
                unknown_batches=1,
                resumed=counts[2],
                resumed_batches=1,
            )
            await said(stub, notice)
            await said(
                stub, t("sendjob-summary-unknown", count=counts[1], batches=1, detail="")[:20]
            )
        sent = fake.state.requests_for("jobssend")
        assert Counter(s.fields["jobsid"] for s in sent) == {"3": 1, "1": 1, "2": 1}
        assert [json.loads(s.fields["trendid"]) for s in sent] == [ids for _, _, ids in JOBS]
