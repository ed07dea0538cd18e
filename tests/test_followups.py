"""Delivery follow-ups: after a send the chat is told exactly once that the bulk settled."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import pytest

from bot.botapi_stub import running_botapi_stub
from bot.panel.fake import running_fake_panel
from bot.runtime import running_bot
from bot.services import followups
from storage import AuditState
from tests import texts
from tests.conftest import ADMIN_ID, DEMO_SENDER, TOKEN, make_settings
from tests.reports_helpers import audit_send, button_text, fa, plain, send_bulk, send_on

SETTLED = "به پایان رسید"
GAVE_UP = "پیگیری خودکار گزارش تحویل"


@pytest.fixture(autouse=True)
def quick_schedule(monkeypatch):
    monkeypatch.setattr(followups, "SCHEDULE", (0.05, 0.1))
    monkeypatch.setattr(followups, "MAX_FAILURES", 3)


async def until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met in time")
        await asyncio.sleep(0.02)


async def settled(storage, audit_id: int, timeout: float = 5.0) -> None:
    """Wait until the audit row's follow-up is marked done (it is, right after the message)."""
    deadline = time.monotonic() + timeout
    while not (await storage.audit(audit_id)).follow_up_done:
        if time.monotonic() > deadline:
            raise TimeoutError(f"audit row {audit_id} not marked settled")
        await asyncio.sleep(0.02)


def bot_texts(stub, chat_id: int, words: str) -> list[str]:
    return [plain(m.text) for m in stub.messages(chat_id) if words in plain(m.text)]


async def follow(bot_env, bulk_id: int, audit_id: int, locale: str = "fa") -> None:
    followups.schedule(
        bot_env.app.job_queue,
        chat_id=ADMIN_ID,
        audit_id=audit_id,
        bulk_id=bulk_id,
        locale=locale,
    )


async def sent_bulk(bot_env, count: int = 4) -> tuple[int, int]:
    await bot_env.login()
    bulk_id = await send_bulk(bot_env, count)
    return bulk_id, await audit_send(bot_env.storage, bulk_id=bulk_id, recipients=count)


async def test_the_chat_is_told_once_when_the_bulk_settles(bot_env):
    bulk_id, audit_id = await sent_bulk(bot_env)
    await follow(bot_env, bulk_id, audit_id)
    await until(lambda: len(bot_env.panel_received("delivery")) >= 3)
    assert bot_texts(bot_env.stub, ADMIN_ID, SETTLED) == []  # still on its way

    bot_env.fake.state.advance(120)
    told = await bot_env.stub.wait_for_message(ADMIN_ID, lambda m: SETTLED in plain(m.text))
    assert f"ارسال {fa(bulk_id)} به پایان رسید" in plain(told.text)
    assert "تعداد گیرندگان: ۴" in plain(told.text)
    await settled(bot_env.storage, audit_id)

    polls = len(bot_env.panel_received("delivery"))
    await asyncio.sleep(0.4)
    assert len(bot_env.panel_received("delivery")) == polls  # polling stopped
    assert len(bot_texts(bot_env.stub, ADMIN_ID, SETTLED)) == 1

    report = await bot_env.tap(
        button_text(told, texts.fa("report-button-delivery", bulk_id=bulk_id)), message=told
    )
    assert f"گزارش تحویل ارسال {fa(bulk_id)}" in plain(report.text)


async def test_scheduling_the_same_audit_row_twice_follows_it_once(bot_env):
    bulk_id, audit_id = await sent_bulk(bot_env)
    bot_env.fake.state.advance(120)
    await follow(bot_env, bulk_id, audit_id)
    await follow(bot_env, bulk_id, audit_id)
    assert len(bot_env.app.job_queue.get_jobs_by_name(followups.job_name(audit_id))) == 1
    await bot_env.stub.wait_for_message(ADMIN_ID, lambda m: SETTLED in plain(m.text))
    await asyncio.sleep(0.4)
    assert len(bot_texts(bot_env.stub, ADMIN_ID, SETTLED)) == 1
    assert len(bot_env.panel_received("delivery")) == 1


async def test_panel_errors_are_retried_quietly(bot_env):
    bulk_id, audit_id = await sent_bulk(bot_env)
    bot_env.fake.state.advance(120)
    bot_env.fake.state.inject("delivery", code=963, times=2)
    await follow(bot_env, bulk_id, audit_id)
    await bot_env.stub.wait_for_message(ADMIN_ID, lambda m: SETTLED in plain(m.text))
    assert len(bot_env.panel_received("delivery")) == 3
    assert [plain(m.text) for m in bot_env.stub.messages(ADMIN_ID)] == bot_texts(
        bot_env.stub, ADMIN_ID, SETTLED
    )  # nothing about the two failures


async def test_it_gives_up_once_after_too_many_errors(bot_env):
    bulk_id, audit_id = await sent_bulk(bot_env)
    bot_env.fake.state.inject("delivery", code=963, times=50)
    await follow(bot_env, bulk_id, audit_id)
    told = await bot_env.stub.wait_for_message(ADMIN_ID, lambda m: GAVE_UP in plain(m.text))
    assert texts.fa("panel-error-963") in plain(told.text)
    await asyncio.sleep(0.4)
    assert len(bot_env.panel_received("delivery")) == 3
    assert len(bot_env.stub.messages(ADMIN_ID)) == 1
    await settled(bot_env.storage, audit_id)


async def test_it_gives_up_once_when_the_bulk_never_settles(bot_env, monkeypatch):
    monkeypatch.setattr(followups, "MAX_POLLS", 3)
    bot_env.fake.state.clock.runs = False
    bulk_id, audit_id = await sent_bulk(bot_env)
    await follow(bot_env, bulk_id, audit_id)
    told = await bot_env.stub.wait_for_message(ADMIN_ID, lambda m: GAVE_UP in plain(m.text))
    assert "هنوز وضعیت همهٔ شماره‌ها نهایی نشده است" in plain(told.text)
    await asyncio.sleep(0.4)
    assert len(bot_env.panel_received("delivery")) == 3
    assert len(bot_env.stub.messages(ADMIN_ID)) == 1


async def test_a_chat_that_logged_out_is_told_once(bot_env):
    bulk_id, audit_id = await sent_bulk(bot_env)
    await bot_env.storage.delete_credentials(ADMIN_ID)
    await follow(bot_env, bulk_id, audit_id)
    told = await bot_env.stub.wait_for_message(ADMIN_ID, lambda m: GAVE_UP in plain(m.text))
    assert "حساب پنل این گفت‌وگو دیگر در دسترس نیست" in plain(told.text)
    assert bot_env.panel_received("delivery") == []
    await settled(bot_env.storage, audit_id)


async def test_the_message_follows_the_chats_language(bot_env):
    bulk_id, audit_id = await sent_bulk(bot_env)
    bot_env.fake.state.advance(120)
    await follow(bot_env, bulk_id, audit_id, locale="en")
    told = await bot_env.stub.wait_for_message(ADMIN_ID)
    assert f"Send {bulk_id} has finished" in plain(told.text)
    assert "Recipients: 4" in plain(told.text)


async def test_follow_ups_are_rebuilt_after_a_restart(database_url, monkeypatch):
    async with running_fake_panel() as fake, running_botapi_stub(TOKEN) as stub:
        settings = make_settings(database_url, fake.url, stub.base_url)
        stub.add_user(ADMIN_ID, "Admin", "admin")
        run = {"base_file_url": stub.base_file_url, "poll_timeout": 1, "strict_i18n": True}

        monkeypatch.setattr(followups, "SCHEDULE", (3600,))  # nothing polls in the first life
        async with running_bot(settings, **run) as app:
            storage = app.services.storage
            await storage.set_credentials(
                ADMIN_ID, username="demo", password="demo", sender=DEMO_SENDER
            )
            bulk_id = await send_on(fake.url, 3)
            audit_id = await audit_send(storage, bulk_id=bulk_id, recipients=3)
            followups.schedule(
                app.job_queue, chat_id=ADMIN_ID, audit_id=audit_id, bulk_id=bulk_id, locale="fa"
            )
            done_id = await audit_send(storage, bulk_id=4711, key="done")
            await storage.mark_settled(done_id)
            await audit_send(storage, bulk_id=None, state=AuditState.UNKNOWN, key="unknown")
            await audit_send(storage, bulk_id=None, key="sent without a bulk id")
        assert fake.state.requests_for("delivery") == []

        monkeypatch.setattr(followups, "SCHEDULE", (0.05, 0.1))
        fake.state.advance(120)
        async with running_bot(settings, **run) as app:
            told = await stub.wait_for_message(ADMIN_ID, lambda m: SETTLED in plain(m.text))
            assert f"ارسال {fa(bulk_id)} به پایان رسید" in plain(told.text)
            await asyncio.sleep(0.4)
            polled = {r.fields.get("uinqid") for r in fake.state.requests_for("delivery")}
            assert polled == {str(bulk_id)}  # the settled row is not followed again
            await settled(app.services.storage, audit_id)
        assert len(bot_texts(stub, ADMIN_ID, SETTLED)) == 1


async def test_the_send_flows_str_bulk_ids_are_followed_too(bot_env):
    bulk_id, audit_id = await sent_bulk(bot_env)
    bot_env.fake.state.advance(120)
    followups.schedule(
        bot_env.app.job_queue,
        chat_id=ADMIN_ID,
        audit_id=audit_id,
        bulk_id=str(bulk_id),
        locale="fa",
    )
    told = await bot_env.stub.wait_for_message(ADMIN_ID, lambda m: SETTLED in plain(m.text))
    assert f"ارسال {fa(bulk_id)} به پایان رسید" in plain(told.text)
    followups.schedule(
        bot_env.app.job_queue, chat_id=ADMIN_ID, audit_id=audit_id + 1, bulk_id="?", locale="fa"
    )
    assert bot_env.app.job_queue.get_jobs_by_name(followups.job_name(audit_id + 1)) == ()


async def test_after_a_real_send_the_chat_hears_once_that_it_settled(bot_env):
    from tests.send_helpers import final_result, preview_of

    await preview_of(bot_env, "09121234567\n09351112233")
    await bot_env.tap("ارسال")
    result = await final_result(bot_env)
    assert len(bot_env.panel_received("send")) == 1
    bulk_id = max(bot_env.fake.state.bulks)
    bot_env.fake.state.advance(120)
    told = await bot_env.stub.wait_for_message(ADMIN_ID, lambda m: SETTLED in plain(m.text))
    assert f"ارسال {fa(bulk_id)} به پایان رسید" in plain(told.text)
    assert "تعداد گیرندگان: ۲" in plain(told.text)
    await asyncio.sleep(0.4)
    assert len(bot_texts(bot_env.stub, ADMIN_ID, SETTLED)) == 1
    [row] = await bot_env.storage.recent_audits(ADMIN_ID)
    await settled(bot_env.storage, row.id)
    assert told.message_id != result.message_id  # its own message, the result is kept


async def test_a_send_of_several_batches_is_followed_once_for_all_its_bulks(bot_env):
    from tests.send_helpers import preview_of

    numbers = "\n".join(f"0912{index:07d}" for index in range(1_200))  # 3 batches
    await preview_of(bot_env, numbers)
    await bot_env.tap("ارسال")
    done = plain(bot_env.app.services.i18n.t("sendjob-summary-done"))
    await bot_env.stub.wait_for_message(ADMIN_ID, lambda m: done in plain(m.text), timeout=10)
    settled_text = plain(bot_env.app.services.i18n.t("sendjob-followup-settled", bulks=3))
    bot_env.fake.state.advance(120)
    told = await bot_env.stub.wait_for_message(
        ADMIN_ID, lambda m: settled_text in plain(m.text), timeout=10
    )
    assert "تعداد گیرندگان: ۱٬۲۰۰" in plain(told.text)  # every bulk of the send, counted once
    await asyncio.sleep(0.4)
    assert len(bot_texts(bot_env.stub, ADMIN_ID, settled_text)) == 1
    for row in await bot_env.storage.recent_audits(ADMIN_ID):
        await settled(bot_env.storage, row.id)
