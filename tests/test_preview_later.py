"""«ارسال در زمانی دیگر» at the preview (issue 17), through the real Application with the
fake panel's clock held by the test: a quick choice fires once at its time, a typed past time
is refused, an out-of-hours time warned with the next allowed one."""

from __future__ import annotations

import asyncio
import json

from bot.botapi_stub.user_side import visible
from bot.formatting import strip_isolates
from bot.services.scheduler import scheduler_of
from tests.conftest import ADMIN_ID
from tests.test_scheduled_sends import DONE, TEN_AM, bot, logged_in, said, sent_texts, world
from tests.texts import fa, fa_head

NUMBERS = "09121234567\n09351112233"


async def preview(stub, text: str = "یادآوری جلسه"):
    """/send → the default line → numbers → text: the preview."""
    admin = stub.users[ADMIN_ID]
    await stub.send_text(admin, "/send")
    lines = await said(stub, fa("send-choose-sender"))
    default = next(label for label in lines.button_texts if "پیش‌فرض" in label)
    await stub.tap(admin, lines.message_id, text=default)
    await said(stub, fa("send-ask-recipients"))
    await stub.send_text(admin, NUMBERS)
    await said(stub, fa("recipients-gather-more").splitlines()[0])
    await stub.send_text(admin, text)
    return await said(stub, fa("send-preview-title"))


async def tap(stub, message, label: str, fragment: str):
    await stub.tap(stub.users[ADMIN_ID], message.message_id, text=label)
    return await said(stub, fragment)


async def test_in_one_hour_from_the_preview_fires_once_at_its_time(database_url):
    async with world(database_url) as (fake, stub, settings):
        async with bot(settings, stub, fake) as app:
            await logged_in(app)
            shown = await preview(stub)
            ask = await tap(stub, shown, fa("schedule-button-later"), fa_head("schedule-ask"))
            assert [visible(b) for b in ask.button_texts] == [
                fa("schedule-quick-hour"),
                fa("schedule-quick-tonight"),
                fa("schedule-quick-tomorrow"),
                fa("button-back"),
                fa("button-cancel"),
            ]
            done = await tap(stub, ask, fa("schedule-quick-hour"), fa_head("schedule-confirmed"))
            assert "۱۴۰۵/۰۹/۱۰ ۱۱:۰۰" in strip_isolates(done.text)
            await scheduler_of(app).tick()
            assert sent_texts(fake) == []
            await stub.send_text(stub.users[ADMIN_ID], "/scheduled")
            listing = await said(stub, fa("scheduled-title"))
            assert "۱۱:۰۰" in strip_isolates(listing.text) and "۲ گیرنده" in strip_isolates(
                listing.text
            )
        async with bot(settings, stub, fake) as app:  # a restart in between changes nothing
            fake.state.advance(3600 + 5)
            await said(stub, DONE)
            await scheduler_of(app).tick()
        assert sent_texts(fake) == ["یادآوری جلسه"]
        (send,) = fake.state.requests_for("send")
        assert json.loads(send.fields["to"]) == NUMBERS.split()
        assert "time" not in send.fields


async def test_a_typed_past_time_is_refused_and_out_of_hours_offers_the_next_allowed(
    database_url,
):
    async with world(database_url) as (fake, stub, settings), bot(settings, stub, fake) as app:
        await logged_in(app)
        admin = stub.users[ADMIN_ID]
        shown = await preview(stub, "شبانه")
        await tap(stub, shown, fa("schedule-button-later"), fa_head("schedule-ask"))
        await stub.send_text(admin, "۱۴۰۵/۰۹/۰۱ ۰۸:۰۰")
        await said(stub, fa("schedule-problem-past"))
        await stub.send_text(admin, "سلام")
        await said(stub, fa("schedule-problem-unreadable"))
        await stub.send_text(admin, "امروز ۲۳:۳۰")
        warning = await said(stub, fa_head("schedule-outside-hours"))
        assert await app.services.storage.jobs.scheduled() == []  # a warning stores nothing
        (at_next,) = [label for label in warning.button_texts if "ارسال در" in label]
        done = await tap(stub, warning, at_next, fa_head("schedule-confirmed"))
        assert "۱۴۰۵/۰۹/۱۱ ۰۸:۰۰" in strip_isolates(done.text)
        (job,) = await app.services.storage.jobs.scheduled()
        assert job.due_at == TEN_AM.replace(day=2, hour=8)
        fake.state.advance(12 * 3600)  # 22:00: not yet
        await scheduler_of(app).tick()
        assert sent_texts(fake) == []
        fake.state.clock.set(TEN_AM.replace(day=2, hour=8, second=20))
        await said(stub, DONE)
        assert sent_texts(fake) == ["شبانه"]


async def test_back_from_when_shows_the_preview_and_it_still_sends_now(database_url):
    async with world(database_url) as (fake, stub, settings), bot(settings, stub, fake) as app:
        await logged_in(app)
        shown = await preview(stub, "فوری")
        ask = await tap(stub, shown, fa("schedule-button-later"), fa_head("schedule-ask"))
        again = await tap(stub, ask, fa("button-back"), fa("send-preview-title"))
        assert again.message_id == shown.message_id
        await tap(stub, again, fa("button-send"), DONE)
        assert sent_texts(fake) == ["فوری"]
        assert await app.services.storage.jobs.scheduled() == []


async def test_a_phone_book_preview_is_scheduled_too(database_url):
    async with world(database_url) as (fake, stub, settings), bot(settings, stub, fake) as app:
        await logged_in(app)
        admin = stub.users[ADMIN_ID]
        await stub.send_text(admin, "/books")
        books = await said(stub, fa_head("books-choose"))
        staff = next(label for label in books.button_texts if "پرسنل" in visible(label))
        await stub.tap(admin, books.message_id, text=staff)
        await stub.wait_idle()
        await stub.tap(admin, books.message_id, text="تمام")
        await stub.wait_idle()
        await stub.send_text(admin, "۳۰۰۰۵۰۵")
        await stub.wait_idle()
        await stub.send_text(admin, "خبر دفترچه")
        shown = await said(stub, fa("send-preview-title"))
        ask = await tap(stub, shown, fa("schedule-button-later"), fa_head("schedule-ask"))
        await tap(stub, ask, fa("schedule-quick-tomorrow"), fa_head("schedule-confirmed"))
        await scheduler_of(app).tick()
        assert fake.state.requests_for("booksend") == []
        fake.state.clock.set(TEN_AM.replace(day=2, hour=9, second=10))
        await said(stub, DONE)
        (send,) = fake.state.requests_for("booksend")
        assert send.fields["message"] == "خبر دفترچه"


async def test_a_double_tap_on_a_quick_choice_schedules_once(database_url):
    async with world(database_url) as (fake, stub, settings), bot(settings, stub, fake) as app:
        await logged_in(app)
        shown = await preview(stub, "یک بار")
        ask = await tap(stub, shown, fa("schedule-button-later"), fa_head("schedule-ask"))
        admin = stub.users[ADMIN_ID]
        await asyncio.gather(
            *(stub.tap(admin, ask.message_id, text=fa("schedule-quick-tonight")) for _ in range(2))
        )
        await said(stub, fa_head("schedule-confirmed"))
        await stub.wait_idle()
        (job,) = await app.services.storage.jobs.scheduled()
        assert job.due_at == TEN_AM.replace(hour=20)
