"""«ارسال دوباره به ناموفق‌ها» on a job's delivery report, through the real Application: the new
preview (same text and line) goes to exactly the numbers the panel says failed."""

from __future__ import annotations

import json

import pytest

from bot.botapi_stub import running_botapi_stub
from bot.formatting import strip_isolates
from bot.panel.codes import DeliveryStatus
from bot.panel.digits import to_latin_digits as to_latin
from bot.panel.fake import running_fake_panel
from bot.runtime import running_bot
from tests.conftest import ADMIN_ID, TOKEN, BotEnv, make_settings
from tests.send_helpers import final_result, preview_of, wait_text
from tests.texts import fa

NUMBERS = [f"0912{index:07d}" for index in range(1, 61)]
TEXT = "یادآوری پرداخت قسط"


@pytest.fixture(params=[25, 500], ids=["three bulks", "one bulk"])
async def batched_env(database_url, request):
    """The real bot with batches of 25 numbers (a send of 60 is one job of three bulks, with
    the job's combined report) or 500 (one bulk, with the bulk's own report)."""
    async with running_fake_panel() as fake, running_botapi_stub(TOKEN) as stub:
        batch = request.param
        settings = make_settings(database_url, fake.url, stub.base_url, send_batch_size=batch)
        async with running_bot(
            settings, base_file_url=stub.base_file_url, poll_timeout=1, strict_i18n=True
        ) as app:
            admin = stub.add_user(ADMIN_ID, "Admin", "admin")
            yield BotEnv(stub, fake, app, settings, admin, {ADMIN_ID: admin})


async def test_resend_to_the_failed_takes_exactly_the_failed_numbers(batched_env):
    bot_env = batched_env
    preview = await preview_of(bot_env, "\n".join(NUMBERS), TEXT)
    await bot_env.tap("ارسال", message=preview)
    summary = await final_result(bot_env)
    bot_env.fake.state.advance(120)  # every number has its final state
    statuses = {
        number[3:]: status
        for bulk in bot_env.fake.state.bulks.values()
        for number, status in bulk.statuses(bot_env.fake.state.now())
    }
    failed = {n for n in NUMBERS if statuses[n[1:]] is DeliveryStatus.FAILED}
    discarded = [n for n in NUMBERS if statuses[n[1:]] is DeliveryStatus.DISCARDED]
    bulks = len(bot_env.fake.state.bulks)
    assert failed  # 10 % of the fake panel's numbers fail

    if bulks == 1:  # the summary offers the bulk's own report
        (bulk_id,) = bot_env.fake.state.bulks
        report_button = next(b for b in summary.button_texts if str(bulk_id) in to_latin(b))
    else:  # the job's combined report
        report_button = fa("sendjob-button-report")
    report = await bot_env.tap(report_button, message=summary)
    assert fa("resend-button") in report.button_texts
    resend_preview = await bot_env.tap(fa("resend-button"), message=report)
    shown = strip_isolates(resend_preview.text)
    assert fa("resend-summary", count=len(failed)) in shown
    if discarded:
        assert fa("resend-blacklisted", count=len(discarded)) in shown
    assert fa("send-preview-title") in shown
    await bot_env.tap("ارسال", message=resend_preview)
    await wait_text(bot_env, fa("sendjob-summary-done"))

    sends = bot_env.panel_received("send")
    assert len(sends) == bulks + 1  # the first send's bulks, then one resend (< 25 numbers)
    resent = json.loads(sends[-1].fields["to"])
    assert sorted(resent) == sorted(failed)  # each failed number once, no other
    assert sends[-1].fields["message"] == sends[0].fields["message"] == TEXT
    assert sends[-1].fields["from"] == sends[0].fields["from"]
