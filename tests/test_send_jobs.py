"""A send is a durable job (issue 11): any size, Telegram view failures, Stop, garbage answers,
the database locked, another command during a send — each through the real Application."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections import Counter

import pytest

from bot.botapi_stub import running_botapi_stub
from bot.formatting import strip_isolates
from bot.panel.fake import running_fake_panel
from bot.runtime import running_bot
from bot.services import job_view
from tests.conftest import ADMIN_ID, TOKEN, BotEnv, make_settings
from tests.send_helpers import start_send, wait_text
from tests.texts import fa, fa_head

TELEGRAM_TEXT_LIMIT, TELEGRAM_BUTTON_LIMIT = 4096, 100


def t(env, key: str, **variables) -> str:
    return strip_isolates(env.app.services.i18n.t(key, locale="fa", **variables))


def label(env, key: str, **variables) -> str:
    return env.app.services.i18n.t(key, locale="fa", **variables)


def numbers(count: int) -> list[str]:
    return [f"0912{index:07d}" for index in range(count)]


async def shown(env, fragment: str, timeout: float = 10.0):
    return await env.stub.wait_for_message(
        env.admin.user_id,
        lambda message: fragment in strip_isolates(message.text or ""),
        timeout=timeout,
    )


async def confirm_send(env, count: int, text: str = "Hello") -> object:
    """/send, the default line, a .txt of `count` numbers, a text, Send: returns the preview."""
    await env.login()
    env.fake.state.accounts["demo"].credit *= 1000  # enough for 2,500,000 parts
    await start_send(env)
    content = "\n".join(numbers(count)).encode()
    await env.stub.send_document(env.admin, filename="list.txt", content=content)
    await wait_text(env, fa("recipients-gather-more").splitlines()[0])
    preview = await env.say(text)
    await env.tap("ارسال", message=preview)
    return preview


def panel_numbers(env) -> Counter:
    return Counter(
        number for send in env.panel_received("send") for number in json.loads(send.fields["to"])
    )


def assert_fixed_size(message) -> None:
    assert len(message.text) < TELEGRAM_TEXT_LIMIT // 4
    assert len(message.button_texts) <= 3 < TELEGRAM_BUTTON_LIMIT


def assert_no_internal_error(env) -> None:
    error = t(env, "internal-error")
    assert not any(error in strip_isolates(m.text or "") for m in env.stub.messages(ADMIN_ID))


@pytest.fixture
def fast_progress(monkeypatch):
    monkeypatch.setattr(job_view, "PROGRESS_INTERVAL", 0.0)


@pytest.mark.timeout(240)
@pytest.mark.parametrize("count", [30_000, 100_000])
async def test_a_large_send_reaches_each_number_once_with_a_fixed_size_summary(bot_env, count):
    await confirm_send(bot_env, count)
    done = await shown(bot_env, t(bot_env, "sendjob-summary-done"), timeout=200)
    received = panel_numbers(bot_env)
    assert len(received) == count and set(received.values()) == {1}
    batches = -(-count // bot_env.settings.send_batch_size)
    assert t(bot_env, "sendjob-summary-sent", count=count, batches=batches) in strip_isolates(
        done.text
    )
    assert_fixed_size(done)
    assert_no_internal_error(bot_env)


async def test_telegram_refusing_progress_edits_never_stops_or_repeats_a_batch(
    bot_env, fast_progress
):
    bot_env.fake.state.latency = 0.05
    preview = await confirm_send(bot_env, 5_000)  # 10 batches
    bot_env.stub.fail_next("editMessageText", retry_after=1, times=1)
    bot_env.stub.fail_next("editMessageText", code=400, times=2)  # message to edit not found
    while len(bot_env.panel_received("send")) < 4:
        await asyncio.sleep(0.02)
    bot_env.stub.user_deletes(ADMIN_ID, preview.message_id)  # and the user deletes it
    done = await shown(bot_env, t(bot_env, "sendjob-summary-done"), timeout=30)
    received = panel_numbers(bot_env)
    assert len(received) == 5_000 and set(received.values()) == {1}
    assert done.message_id != preview.message_id  # the summary came in a new message
    assert_no_internal_error(bot_env)


def _progress_args() -> dict:
    return dict(bar="", percent="", done=0, total=0, batch=0, batches=0, elapsed="", eta="")


async def test_stop_ends_the_remaining_batches_and_the_summary_says_what_went_out(
    bot_env, fast_progress
):
    bot_env.fake.state.latency = 0.2
    await confirm_send(bot_env, 10_000)  # 20 batches
    stop_label = label(bot_env, "sendjob-button-stop")
    progress = await bot_env.stub.wait_for_message(
        ADMIN_ID, lambda m: stop_label in m.button_texts, timeout=10
    )
    ask = await bot_env.tap(stop_label, message=progress)
    assert t(bot_env, "sendjob-stop-confirm") in strip_isolates(ask.text)
    stopped = await bot_env.tap(label(bot_env, "sendjob-button-stop-yes"), message=ask)
    assert t(bot_env, "sendjob-stopped") in strip_isolates(stopped.text)
    at_stop = len(bot_env.panel_received("send"))
    summary = await shown(bot_env, t(bot_env, "sendjob-summary-stopped"))
    await asyncio.sleep(1.0)  # a batch sent after Stop would arrive by now
    sends = len(bot_env.panel_received("send"))
    assert sends <= at_stop + 1  # at most the batch already on its way when Stop was confirmed
    assert 0 < sends < 20
    plain = strip_isolates(summary.text)
    assert t(bot_env, "sendjob-summary-sent", count=500 * sends, batches=sends) in plain
    left = 20 - sends
    assert t(bot_env, "sendjob-summary-not-attempted", count=500 * left, batches=left) in plain
    assert not any("دوباره" in text for text in summary.button_texts)  # no retry after Stop


async def test_history_answers_during_a_send(bot_env):
    bot_env.fake.state.latency = 0.2
    await confirm_send(bot_env, 5_000)
    history = await bot_env.say("/history")
    assert t(bot_env, "report-history-title") in strip_isolates(history.text)
    await shown(bot_env, t(bot_env, "sendjob-summary-done"), timeout=30)
    assert len(panel_numbers(bot_env)) == 5_000


GARBAGE = {
    "not JSON": ("Service temporarily unavailable", 200, "Service temporarily unavailable"),
    "HTTP 504 HTML": ("<html><body><h1>504 Gateway Time-out</h1></body></html>", 504, "HTTP ۵۰۴"),
    "unknown code": ('[4242,"try later"]', 200, "کد ۴۲۴۲"),
    "odd success": ('["10929800"]', 200, '["10929800"]'),
}


@pytest.mark.parametrize("body,status,detail", GARBAGE.values(), ids=GARBAGE.keys())
async def test_garbage_after_a_real_send_is_unknown_and_the_job_goes_on(
    bot_env, body, status, detail
):
    bot_env.fake.state.inject("send", body=body, status=status, after=1)  # batch 2 of 5
    await confirm_send(bot_env, 2_500)
    summary = await shown(bot_env, t(bot_env, "sendjob-summary-done"))
    plain = strip_isolates(summary.text)
    assert detail in plain and "معلوم نیست" in plain
    assert t(bot_env, "sendjob-summary-sent", count=2_000, batches=4) in plain
    unknown = t(bot_env, "sendjob-summary-unknown", count=500, batches=1, detail=detail)
    assert unknown in plain
    assert fa_head("sendjob-summary-not-attempted") not in plain  # batches 3, 4, 5 went out
    assert len(bot_env.fake.state.bulks) == 5  # the panel really sent batch 2 too
    received = panel_numbers(bot_env)
    assert len(received) == 2_500 and set(received.values()) == {1}  # 1-5 once, 2 never again
    await tap_every_button(bot_env, summary)
    assert len(bot_env.panel_received("send")) == 5  # nothing was ever sent again
    assert_no_internal_error(bot_env)


async def tap_every_button(env, message, depth: int = 2) -> None:
    """Tap each button of `message`, then each button of the new message it showed (bounded)."""
    for text in list(message.button_texts):
        before = len(env.stub.messages(ADMIN_ID))
        try:
            await env.stub.tap(env.admin, message.message_id, text=text)
        except LookupError:  # an earlier tap replaced this message (e.g. Yes after a question)
            continue
        await env.stub.wait_idle()
        new = env.stub.messages(ADMIN_ID)[before:]
        if depth > 1:
            for answer in new:
                if answer.button_texts:
                    await tap_every_button(env, answer, depth - 1)


async def test_a_locked_database_pauses_before_the_next_batch_and_resumes(tmp_path, monkeypatch):
    from storage import db

    monkeypatch.setattr(db, "SQLITE_BUSY_TIMEOUT_MS", 200)
    sqlite_url = f"sqlite:///{tmp_path / 'bot.db'}"  # a lock held by another SQLite writer
    async with running_fake_panel() as fake, running_botapi_stub(TOKEN) as stub:
        settings = make_settings(sqlite_url, fake.url, stub.base_url)
        async with running_bot(settings, base_file_url=stub.base_file_url, poll_timeout=1) as app:
            admin = stub.add_user(ADMIN_ID, "Admin", "admin")
            env = BotEnv(stub, fake, app, settings, admin, {ADMIN_ID: admin})
            fake.state.latency = 0.3
            await confirm_send(env, 3_000)  # 6 batches
            while len(fake.state.requests_for("send")) < 2:
                await asyncio.sleep(0.02)
            lock = sqlite3.connect(tmp_path / "bot.db", timeout=5)
            lock.execute("BEGIN EXCLUSIVE")
            try:
                paused = await shown(
                    env, t(env, "sendjob-paused", sent=0, batches=0, unknown=0)[:30]
                )
                held = len(fake.state.requests_for("send"))
                await asyncio.sleep(1.5)
                assert len(fake.state.requests_for("send")) == held  # no panel call while paused
            finally:
                lock.rollback()
                lock.close()
            await shown(env, t(env, "sendjob-unpaused"))
            await shown(env, t(env, "sendjob-summary-done"), timeout=30)
            received = panel_numbers(env)
            assert len(received) == 3_000 and set(received.values()) == {1}
            assert "۵۰۰" in paused.text or "۱٬۰۰۰" in paused.text  # what went out so far


async def test_a_false_98_after_a_real_send_never_resends_by_itself(bot_env):
    bot_env.fake.state.inject("send", body='[98,"limit"]', after=1)  # batch 2 went out anyway
    await confirm_send(bot_env, 1_500)
    summary = await shown(bot_env, t(bot_env, "sendjob-summary-done"))
    plain = strip_isolates(summary.text)
    assert t(bot_env, "sendjob-summary-refused", count=500, batches=1) in plain
    received = panel_numbers(bot_env)
    assert len(received) == 1_500 and set(received.values()) == {1}  # nobody got it twice
    sizes = [len(json.loads(send.fields["to"])) for send in bot_env.panel_received("send")]
    assert sizes == [500, 500, 250, 250]  # the batch not attempted yet was shrunk


async def held_after_three_unknowns(env):
    """10 batches; batches 2, 3 and 4 get garbage: the job holds before batch 5."""
    env.fake.state.inject("send", body="<html>502 Bad Gateway</html>", status=502, after=1, times=3)
    await confirm_send(env, 5_000)
    held = await shown(env, fa_head("sendjob-held"))
    await asyncio.sleep(0.5)  # a batch sent while held would arrive by now
    assert len(env.panel_received("send")) == 4
    plain = strip_isolates(held.text)
    assert t(env, "sendjob-held", sent=500, unknown=1_500, left=3_000, run=3) in plain
    return held


async def test_a_run_of_unknown_answers_holds_the_job_until_the_user_continues(bot_env):
    held = await held_after_three_unknowns(bot_env)
    await bot_env.tap(label(bot_env, "sendjob-button-continue"), message=held)
    summary = await shown(bot_env, t(bot_env, "sendjob-summary-done"), timeout=30)
    plain = strip_isolates(summary.text)
    assert t(bot_env, "sendjob-summary-sent", count=3_500, batches=7) in plain
    assert fa_head("sendjob-summary-unknown") in plain
    received = panel_numbers(bot_env)
    assert len(received) == 5_000 and set(received.values()) == {1}
    await tap_every_button(bot_env, summary)
    assert len(bot_env.panel_received("send")) == 10
    assert_no_internal_error(bot_env)


async def test_stop_on_a_held_job_sends_nothing_more_and_shows_the_summary(bot_env):
    held = await held_after_three_unknowns(bot_env)
    ask = await bot_env.tap(label(bot_env, "sendjob-button-stop"), message=held)
    await bot_env.tap(label(bot_env, "sendjob-button-stop-yes"), message=ask)
    summary = await shown(bot_env, t(bot_env, "sendjob-summary-stopped"))
    plain = strip_isolates(summary.text)
    assert t(bot_env, "sendjob-summary-not-attempted", count=3_000, batches=6) in plain
    await tap_every_button(bot_env, summary)
    await tap_every_button(bot_env, held)  # Continue after Stop sends nothing
    assert len(bot_env.panel_received("send")) == 4
    assert_no_internal_error(bot_env)


async def test_a_held_job_stays_held_across_a_restart_and_continues_once(database_url):
    async with running_fake_panel() as fake, running_botapi_stub(TOKEN) as stub:
        settings = make_settings(database_url, fake.url, stub.base_url)
        admin = stub.add_user(ADMIN_ID, "Admin", "admin")
        async with running_bot(settings, base_file_url=stub.base_file_url, poll_timeout=1) as app:
            env = BotEnv(stub, fake, app, settings, admin, {ADMIN_ID: admin})
            held = await held_after_three_unknowns(env)
        async with running_bot(settings, base_file_url=stub.base_file_url, poll_timeout=1) as app:
            env = BotEnv(stub, fake, app, settings, admin, {ADMIN_ID: admin})
            await asyncio.sleep(1.0)  # a held job resumed on its own would send by now
            assert len(env.panel_received("send")) == 4
            await env.tap(label(env, "sendjob-button-continue"), message=held)
            await shown(env, t(env, "sendjob-summary-done"), timeout=30)
            received = panel_numbers(env)
            assert len(received) == 5_000 and set(received.values()) == {1}
            assert_no_internal_error(env)
