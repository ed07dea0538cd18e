"""Restarts and stale buttons: conversations continue, a Send tap after a restart sends once,
forged or forgotten buttons say they expired."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.botapi_stub import running_botapi_stub
from bot.botapi_stub.serialize import message_json
from bot.formatting import strip_isolates
from bot.panel.digits import to_persian_digits
from bot.panel.fake import running_fake_panel
from bot.runtime import running_bot
from tests.conftest import ADMIN_ID, DEMO_SENDER, TOKEN, make_settings
from tests.texts import fa, fa_head


@asynccontextmanager
async def world(database_url) -> AsyncIterator[tuple]:
    """A fake panel and Bot API that outlive the bot, which the test restarts at will."""
    async with running_fake_panel() as fake, running_botapi_stub(TOKEN) as stub:
        settings = make_settings(database_url, fake.url, stub.base_url)
        stub.add_user(ADMIN_ID, "Admin")
        yield fake, stub, settings


def bot(settings, stub):
    return running_bot(settings, base_file_url=stub.base_file_url, poll_timeout=1)


async def said(stub, fragment: str):
    return await stub.wait_for_message(
        ADMIN_ID, lambda m: fragment in strip_isolates(m.text or ""), timeout=8
    )


async def to_preview(stub) -> object:
    admin = stub.users[ADMIN_ID]
    await stub.send_text(admin, "/send\n09121234567\nسلام از پیش از راه‌اندازی")
    return await said(stub, "پیش‌نمایش")


async def test_a_conversation_continues_after_a_restart(database_url):
    async with world(database_url) as (fake, stub, settings):
        admin = stub.users[ADMIN_ID]
        async with bot(settings, stub) as app:
            await app.services.storage.set_credentials(
                ADMIN_ID, username="demo", password="demo", sender=DEMO_SENDER
            )
            await stub.send_text(admin, "/send")
            choose = await said(stub, "از کدام خط")
            default = next(text for text in choose.button_texts if "پیش‌فرض" in text)
            await stub.tap(admin, choose.message_id, text=default)
            await said(stub, "شماره‌های گیرندگان")
        async with bot(settings, stub):
            await stub.send_text(admin, "09121234567")  # answered by the same conversation
            await said(stub, fa("recipients-gather-more").splitlines()[0])
            await stub.send_text(admin, "پس از راه‌اندازی")
            preview = await said(stub, "پیش‌نمایش")
            await stub.tap(admin, preview.message_id, text="ارسال")
            await said(stub, fa("sendjob-summary-done"))
        (send,) = fake.state.requests_for("send")
        assert send.fields["message"] == "پس از راه‌اندازی"


async def test_send_tapped_after_a_restart_sends_exactly_once(database_url):
    async with world(database_url) as (fake, stub, settings):
        admin = stub.users[ADMIN_ID]
        async with bot(settings, stub) as app:
            await app.services.storage.set_credentials(
                ADMIN_ID, username="demo", password="demo", sender=DEMO_SENDER
            )
            preview = await to_preview(stub)
        send_data = _data_of(preview, "ارسال")
        async with bot(settings, stub):
            await stub.tap(admin, preview.message_id, text="ارسال")
            await said(stub, fa("sendjob-summary-done"))
            await press(stub, preview, send_data)  # the same button, tapped again
            again = await said(stub, fa_head("send-already-sent"))
        async with bot(settings, stub):
            await press(stub, preview, send_data)  # and again after another restart
            after_restart = await said(stub, fa_head("send-already-sent"))
        (bulk_id,) = fake.state.bulks
        for answer in (again, after_restart):
            assert to_persian_digits(str(bulk_id)) in answer.text
        assert len(fake.state.requests_for("send")) == 1


async def press(stub, message, data: str):
    """A callback query with `data` on `message`, as Telegram delivers a tap on an old (or
    forged) button that is no longer shown; returns the bot's answer."""
    query_id, answered = stub.open_query()
    stub.updates.put(
        "callback_query",
        {
            "id": query_id,
            "from": stub.users[ADMIN_ID].to_json(),
            "message": message_json(stub, message),
            "chat_instance": f"ci{ADMIN_ID}",
            "data": data,
        },
    )
    return await asyncio.wait_for(answered, 5)


def _data_of(message, text: str) -> str:
    """The callback data a button had when the preview was shown (the tap re-sends it)."""
    for row in message.buttons:
        for label, data in row:
            if label == text:
                return data
    raise LookupError(text)


async def test_forged_callback_data_says_expired_and_does_nothing(database_url):
    async with world(database_url) as (fake, stub, settings):
        async with bot(settings, stub) as app:
            await app.services.storage.set_credentials(
                ADMIN_ID, username="demo", password="demo", sender=DEMO_SENDER
            )
            preview = await to_preview(stub)
            answer = await press(stub, preview, "f" * 64)
            await stub.wait_idle()
        assert answer.show_alert and "دیگر کار نمی‌کند" in answer.text
        assert fake.state.requests_for("send") == []
