"""Scheduled sends end to end: the real Application, the fake panel and a clock the test holds.

The bot and the fake panel share one frozen clock (the bot's is injected); the scheduler looks
at the due times in the database, so restarts in between change nothing.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from decimal import Decimal

from bot.botapi_stub import running_botapi_stub
from bot.formatting import TEHRAN, strip_isolates
from bot.panel.fake import running_fake_panel
from bot.runtime import running_bot
from bot.services import scheduled_sends
from bot.services.schedule_time import ScheduledTime, ScheduleProblem, ScheduleRefusal
from bot.services.scheduler import scheduler_of
from bot.services.sending import SendDraft
from storage import OperationKind, Role
from tests.conftest import ADMIN_ID, DEMO_SENDER, OPERATOR_ID, TOKEN, make_settings
from tests.texts import fa, fa_head

TEN_AM = datetime(2026, 12, 1, 10, 0, tzinfo=TEHRAN)  # ۱۴۰۵/۰۹/۱۰, inside the sending hours
DONE = fa("sendjob-summary-done")


@asynccontextmanager
async def world(database_url: str) -> AsyncIterator[tuple]:
    """Fake panel and Bot API that outlive the bot; the panel's clock frozen at 10:00."""
    async with running_fake_panel() as fake, running_botapi_stub(TOKEN) as stub:
        fake.state.clock.set(TEN_AM)
        fake.state.clock.runs = False
        settings = make_settings(database_url, fake.url, stub.base_url)
        stub.add_user(ADMIN_ID, "Admin")
        yield fake, stub, settings


def bot(settings, stub, fake):
    return running_bot(
        settings, base_file_url=stub.base_file_url, poll_timeout=1, clock=fake.state.clock.utc_now
    )


async def said(stub, fragment: str, chat: int = ADMIN_ID):
    return await stub.wait_for_message(
        chat, lambda m: fragment in strip_isolates(m.text or ""), timeout=8
    )


async def schedule(app, fake, text: str, due: datetime, user: int = ADMIN_ID):
    draft = SendDraft(OperationKind.SEND, sender=DEMO_SENDER, text=text, recipients=["09121234567"])
    outcome = await scheduled_sends.schedule_job(
        draft,
        due,
        storage=app.services.storage,
        now=fake.state.clock.utc_now(),
        chat_id=user,
        user_id=user,
        batch_size=500,
        locale="fa",
    )
    scheduler_of(app).wake()
    return outcome


async def logged_in(app, chat: int = ADMIN_ID) -> None:
    await app.services.storage.set_credentials(
        chat, username="demo", password="demo", sender=DEMO_SENDER
    )


async def listed(stub, chat: int = ADMIN_ID):
    """/scheduled typed: its one list message."""
    await stub.send_text(stub.users[chat], "/scheduled")
    return await said(stub, fa("scheduled-title"), chat)


async def opened(stub, listing, index: int, fragment: str, chat: int = ADMIN_ID):
    """The `index`-th send of the list tapped: its own message with its buttons."""
    await stub.tap(stub.users[chat], listing.message_id, text=listing.button_texts[index])
    return await said(stub, fragment, chat)


def sent_texts(fake) -> list[str]:
    return [request.fields["message"] for request in fake.state.requests_for("send")]


async def test_a_scheduled_send_survives_two_restarts_and_fires_once_at_its_time(database_url):
    async with world(database_url) as (fake, stub, settings):
        async with bot(settings, stub, fake) as app:
            await logged_in(app)
            outcome = await schedule(app, fake, "یادآوری جلسه", TEN_AM + timedelta(hours=1))
            assert isinstance(outcome, scheduled_sends.Scheduled)
            await scheduler_of(app).tick()
        async with bot(settings, stub, fake) as app:  # first restart, before its time
            await scheduler_of(app).tick()
        async with bot(settings, stub, fake) as app:  # second restart
            await scheduler_of(app).tick()
            assert sent_texts(fake) == []
            fake.state.advance(3600 + 5)
            summary = await said(stub, DONE)
            assert sent_texts(fake) == ["یادآوری جلسه"]
            (send,) = fake.state.requests_for("send")
            assert json.loads(send.fields["to"]) == ["09121234567"]
            assert "time" not in send.fields  # the bot keeps the time, never the panel
            await scheduler_of(app).tick()
        async with bot(settings, stub, fake) as app:  # and after yet another restart
            await scheduler_of(app).tick()
        assert sent_texts(fake) == ["یادآوری جلسه"]
        texts = [strip_isolates(m.text or "") for m in stub.messages(ADMIN_ID)]
        assert not any(fa_head("schedule-started-late") in text for text in texts)
        assert DONE in strip_isolates(summary.text)


async def test_a_send_due_while_the_bot_was_down_starts_on_return_and_says_late(database_url):
    async with world(database_url) as (fake, stub, settings):
        async with bot(settings, stub, fake) as app:
            await logged_in(app)
            await schedule(app, fake, "پیام دیرکرده", TEN_AM + timedelta(minutes=30))
        fake.state.advance(2 * 3600)  # the bot is down at 10:30
        async with bot(settings, stub, fake):
            late = await said(stub, fa_head("schedule-started-late"))
            assert "۱۴۰۵/۰۹/۱۰ ۱۰:۳۰" in strip_isolates(late.text)
            await said(stub, DONE)
        assert sent_texts(fake) == ["پیام دیرکرده"]


async def test_scheduled_lists_and_cancel_and_send_now(database_url):
    async with world(database_url) as (fake, stub, settings):
        admin = stub.users[ADMIN_ID]
        async with bot(settings, stub, fake) as app:
            await logged_in(app)
            await schedule(app, fake, "لغوشدنی", TEN_AM + timedelta(hours=2))
            await schedule(app, fake, "فوری", TEN_AM + timedelta(hours=3))
            listing = await listed(stub)
            shown = strip_isolates(listing.text)
            assert shown.index("۱۲:۰۰") < shown.index("۱۳:۰۰")  # soonest first
            assert "۱ گیرنده" in shown and fa("scheduled-target-numbers") in shown
            first = await opened(stub, listing, 0, "۱۲:۰۰")
            second = await opened(stub, listing, 1, "۱۳:۰۰")

            await stub.tap(admin, first.message_id, text=fa("scheduled-button-cancel"))
            cancelled = await said(stub, fa_head("scheduled-cancelled"))
            assert cancelled.message_id == first.message_id
            await stub.tap(admin, second.message_id, text=fa("scheduled-button-send-now"))
            await said(stub, fa("scheduled-started-now"))
            await said(stub, DONE)
            assert sent_texts(fake) == ["فوری"]

            assert second.button_texts == []  # «ارسال فوری» is spent
            fake.state.advance(4 * 3600)  # both times pass: nothing more goes out
            await scheduler_of(app).tick()
            await stub.send_text(admin, "/scheduled")
            await said(stub, fa("scheduled-empty"))
        assert sent_texts(fake) == ["فوری"]


async def test_an_operator_sees_only_their_own_scheduled_sends(database_url):
    async with world(database_url) as (fake, stub, settings):
        stub.add_user(OPERATOR_ID, "Operator")
        async with bot(settings, stub, fake) as app:
            await app.services.storage.add_staff(OPERATOR_ID, Role.OPERATOR, added_by=ADMIN_ID)
            await logged_in(app)
            await logged_in(app, OPERATOR_ID)
            await schedule(app, fake, "از مدیر", TEN_AM + timedelta(hours=2))
            await schedule(app, fake, "از اپراتور", TEN_AM + timedelta(hours=4), OPERATOR_ID)
            own = strip_isolates((await listed(stub, OPERATOR_ID)).text)
            assert "۱۴:۰۰" in own and "۱۲:۰۰" not in own
            every = strip_isolates((await listed(stub)).text)
            assert "۱۴:۰۰" in every and "۱۲:۰۰" in every  # the admin sees the operator's too


async def test_a_past_time_is_refused_and_an_out_of_hours_time_warned(database_url):
    async with world(database_url) as (fake, stub, settings), bot(settings, stub, fake) as app:
        await logged_in(app)
        past = await schedule(app, fake, "گذشته", TEN_AM - timedelta(minutes=1))
        assert past == ScheduleRefusal(ScheduleProblem.PAST)
        night = await schedule(app, fake, "نیمه‌شب", TEN_AM.replace(hour=23, minute=30))
        assert isinstance(night, ScheduledTime) and night.outside_hours
        assert night.next_allowed == TEN_AM.replace(day=2, hour=8)
        assert await app.services.storage.jobs.scheduled() == []  # neither was stored


async def test_changing_the_time_refuses_the_past_and_warns_outside_the_hours(database_url):
    async with world(database_url) as (fake, stub, settings):
        admin = stub.users[ADMIN_ID]
        async with bot(settings, stub, fake) as app:
            await logged_in(app)
            await schedule(app, fake, "جابه‌جاشده", TEN_AM + timedelta(hours=2))
            item = await opened(stub, await listed(stub), 0, "۱۲:۰۰")
            await stub.tap(admin, item.message_id, text=fa("scheduled-button-change-time"))
            await said(stub, fa_head("schedule-ask"))
            await stub.send_text(admin, "۱۴۰۵/۰۹/۰۱ ۰۸:۰۰")
            await said(stub, fa("schedule-problem-past"))
            await stub.send_text(admin, "امروز ۲۳:۳۰")
            warning = await said(stub, fa_head("schedule-outside-hours"))
            (at_next,) = [t for t in warning.button_texts if "ارسال در" in t]
            await stub.tap(admin, warning.message_id, text=at_next)
            changed = await said(stub, fa_head("scheduled-time-changed"))
            assert "۱۴۰۵/۰۹/۱۱" in strip_isolates(changed.text)
            (job,) = await app.services.storage.jobs.scheduled()
            assert job.due_at == TEN_AM.replace(day=2, hour=8)
            fake.state.advance(2 * 3600 + 60)  # the old time passes: nothing is sent
            await scheduler_of(app).tick()
            assert sent_texts(fake) == []
            fake.state.clock.set(TEN_AM.replace(day=2, hour=8, minute=0, second=30))
            await said(stub, DONE)
        assert sent_texts(fake) == ["جابه‌جاشده"]


async def test_credit_is_checked_again_at_start(database_url):
    async with world(database_url) as (fake, stub, settings):
        async with bot(settings, stub, fake) as app:
            await logged_in(app)
            await schedule(app, fake, "بی‌اعتبار", TEN_AM + timedelta(hours=1))
            fake.state.accounts["demo"].credit = Decimal(10)
            fake.state.advance(3600 + 5)
            refused = await said(stub, fa_head("schedule-no-credit"))
            assert "۱۱:۰۰" in strip_isolates(refused.text)
            await scheduler_of(app).tick()
            assert await app.services.storage.jobs.scheduled() == []
        assert sent_texts(fake) == []


async def test_a_late_send_found_outside_the_sending_hours_waits_for_the_next_allowed_time(
    database_url,
):
    async with world(database_url) as (fake, stub, settings):
        async with bot(settings, stub, fake) as app:
            await logged_in(app)
            await schedule(app, fake, "شبانه", TEN_AM.replace(hour=22))
        fake.state.clock.set(TEN_AM.replace(hour=23, minute=30))  # down at 22:00, back at 23:30
        async with bot(settings, stub, fake) as app:
            held = await said(stub, fa_head("schedule-held"))
            assert "۱۴۰۵/۰۹/۱۱ ۰۸:۰۰" in strip_isolates(held.text)
            await scheduler_of(app).tick()
            assert sent_texts(fake) == []
            fake.state.clock.set(TEN_AM.replace(day=2, hour=8, second=20))
            await said(stub, DONE)
        assert sent_texts(fake) == ["شبانه"]
        held_notices = [m for m in stub.messages(ADMIN_ID) if fa_head("schedule-held") in m.text]
        assert len(held_notices) == 1
