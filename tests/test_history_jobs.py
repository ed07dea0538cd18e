"""/history (issue 11): one line per send job whatever its batches, with the job's counts and
its end, and a tap through to the job's summary — through the real Application."""

from __future__ import annotations

from bot.formatting import strip_isolates
from tests.send_helpers import preview_of
from tests.test_send_jobs import (
    assert_no_internal_error,
    confirm_send,
    label,
    shown,
    t,
    tap_every_button,
)


async def two_jobs(env) -> None:
    """A 3-batch send whose batch 2 gets garbage (unknown), then a 2-number send."""
    env.fake.state.inject("send", body="Service temporarily unavailable", after=1)
    await confirm_send(env, 1_200)
    await shown(env, t(env, "sendjob-summary-done"))
    preview = await preview_of(env, "09121234567\n09351112233", "سلام")
    await env.tap("ارسال", message=preview)
    await shown(env, t(env, "sendjob-summary-sent-one", count=2))


async def test_history_shows_one_line_per_job_with_its_counts_and_its_summary(bot_env):
    await two_jobs(bot_env)
    history = await bot_env.say("/history")
    plain = strip_isolates(history.text)
    assert plain.count("🕒") == 2  # two jobs, not four batches
    done = t(bot_env, "history-job-state-done")
    small = t(bot_env, "history-job-line", kind="ارسال پیامک", recipients=2, state=done)
    large = t(bot_env, "history-job-line", kind="ارسال پیامک", recipients=1_200, state=done)
    assert plain.index(small) < plain.index(large)  # newest first
    (bulk_id,) = [b for b in bot_env.fake.state.bulks if b == max(bot_env.fake.state.bulks)]
    assert t(bot_env, "history-job-bulk", bulk_id=bulk_id) in plain
    separator = t(bot_env, "report-history-separator")
    counts = separator.join(
        [t(bot_env, "history-job-sent", count=700), t(bot_env, "history-job-unknown", count=500)]
    )
    assert counts in plain
    assert history.button_texts == [
        label(bot_env, "history-job-button", index=1),
        label(bot_env, "history-job-button", index=2),
        label(bot_env, "org-history-button-open"),  # the company's sends (test_org_history_*)
    ]

    summary = await bot_env.tap(label(bot_env, "history-job-button", index=2), message=history)
    text = strip_isolates(summary.text)
    assert t(bot_env, "sendjob-summary-done") in text
    assert t(bot_env, "sendjob-summary-sent", count=700, batches=2) in text
    assert "معلوم نیست" in text
    sends = len(bot_env.panel_received("send"))
    await tap_every_button(bot_env, summary)
    assert len(bot_env.panel_received("send")) == sends  # nothing re-sent from the history
    assert_no_internal_error(bot_env)


async def test_history_in_english(bot_env):
    preview = await preview_of(bot_env, "09121234567\n09351112233", "Hello")
    await bot_env.tap("ارسال", message=preview)
    await shown(bot_env, t(bot_env, "sendjob-summary-sent-one", count=2))
    await bot_env.storage.set_locale(bot_env.admin.user_id, "en")
    bot_env.app.chat_data[bot_env.admin.user_id]["locale"] = "en"
    history = await bot_env.say("/history")
    assert "SMS send · 2 recipients · finished" in strip_isolates(history.text)
