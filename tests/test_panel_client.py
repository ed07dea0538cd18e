"""PanelClient against the real fake panel over HTTP on 127.0.0.1: what the panel received and
what the client returned, for every operation and the faults that matter."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from bot.panel import (
    BulkStatus,
    BulkValidation,
    DeliveryStatus,
    Gender,
    NewUser,
    Operator,
    PanelAuthError,
    PanelBulkNotFoundError,
    PanelClient,
    PanelCreditError,
    PanelInputError,
    PanelOutcomeUnknownError,
    PanelProtocolError,
    PanelRestrictedError,
    PanelTransportError,
    PhoneBook,
    SocialNetwork,
)
from bot.panel.fake import FakePanel, FakePanelState, running_fake_panel

LINE = "3000505"
TEXT = "سلام & خوش آمدید\nخط دوم: ۱۰۰٪ = 100%"
NUMBERS = ["09121234567", "09351234567"]
AFTER_EVERYTHING = 3600


@pytest.fixture
async def fake() -> AsyncIterator[FakePanel]:
    async with running_fake_panel(FakePanelState.demo()) as panel:
        yield panel


@pytest.fixture
async def client(fake: FakePanel) -> AsyncIterator[PanelClient]:
    async with PanelClient(fake.url, "demo", "demo", retry_backoff=0, read_timeout=5) as panel:
        yield panel


def last_fields(fake: FakePanel, op: str) -> dict[str, str]:
    """The fields of the last `op` request, without the credentials (checked here once)."""
    request = fake.state.requests_for(op)[-1]
    assert request.content_type == "application/x-www-form-urlencoded"
    fields = dict(request.fields)
    assert (fields.pop("uname"), fields.pop("pass"), fields.pop("op")) == ("demo", "demo", op)
    return fields


async def test_credit(fake: FakePanel, client: PanelClient) -> None:
    assert await client.credit() == Decimal(250_000)
    assert last_fields(fake, "credit") == {}


async def test_send_delivers_text_intact_and_returns_the_bulk_id(
    fake: FakePanel, client: PanelClient
) -> None:
    bulk_id = await client.send(LINE, NUMBERS, TEXT)
    assert last_fields(fake, "send") == {
        "from": LINE,
        "to": '["09121234567","09351234567"]',
        "message": TEXT,
    }
    bulk = fake.state.bulks[bulk_id]
    assert bulk.message == TEXT
    assert bulk.numbers == ["+989121234567", "+989351234567"]
    assert await client.credit() < Decimal(250_000)


async def test_scheduled_send(fake: FakePanel, client: PanelClient) -> None:
    at = (fake.state.now() + timedelta(days=1)).replace(microsecond=0)
    bulk_id = await client.send(LINE, NUMBERS[:1], "later", at=at)
    assert last_fields(fake, "send")["time"] == at.strftime("%Y-%m-%d %H:%M:%S")
    assert fake.state.bulks[bulk_id].starts == at


async def test_send_in_the_past_is_refused_with_1006(client: PanelClient) -> None:
    with pytest.raises(PanelInputError) as caught:
        await client.send(LINE, NUMBERS, "late", at=datetime(2001, 1, 1, 8, 0))
    assert caught.value.code == 1006


async def test_delivery_progresses_with_the_clock(fake: FakePanel, client: PanelClient) -> None:
    bulk_id = await client.send(LINE, NUMBERS, TEXT)
    first = await client.delivery(bulk_id)
    assert last_fields(fake, "delivery") == {"uinqid": str(bulk_id), "uniqid": str(bulk_id)}
    assert [item.number for item in first] == ["+989121234567", "+989351234567"]
    assert {item.status for item in first} == {DeliveryStatus.NOTSYNC}
    fake.state.advance(AFTER_EVERYTHING)
    final = await client.delivery(bulk_id)
    assert all(item.status.is_final for item in final)
    assert all(item.raw_status == item.status.value for item in final)


async def test_delivery_of_an_unknown_bulk(client: PanelClient) -> None:
    with pytest.raises(PanelBulkNotFoundError) as caught:
        await client.delivery(1)
    assert caught.value.locale_key == "panel-bulk-not-found"


async def test_check_message(fake: FakePanel, client: PanelClient) -> None:
    bulk_id = await client.send(LINE, NUMBERS, TEXT)
    state = await client.check_message(bulk_id)
    assert last_fields(fake, "checkmessage") == {"messageid": str(bulk_id)}
    assert (state.status, state.validation) == (BulkStatus.ACTIVE, BulkValidation.NOTCONFIRM)
    fake.state.advance(AFTER_EVERYTHING)
    state = await client.check_message(bulk_id)
    assert (state.status, state.validation) == (BulkStatus.FINISH, BulkValidation.APPROVE)
    assert (state.raw_status, state.raw_validation) == ("Finish", "approve")
    with pytest.raises(PanelBulkNotFoundError) as caught:
        await client.check_message(1)
    assert caught.value.code == 456


async def test_phone_books_and_send_to_books(fake: FakePanel, client: PanelClient) -> None:
    books = await client.phone_books()
    assert len(books) == 12
    assert books[0] == PhoneBook(12, "مشتریان", 250)
    bulk_id = await client.send_to_books(LINE, [12, 13], TEXT)
    assert last_fields(fake, "booksend") == {"from": LINE, "message": TEXT, "bookid": "[12,13]"}
    assert len(fake.state.bulks[bulk_id].numbers) == 250 + 18
    with pytest.raises(PanelInputError) as caught:
        await client.send_to_books(LINE, [9999], TEXT)
    assert caught.value.code == 100


async def test_inbox(client: PanelClient) -> None:
    inbox = await client.inbox()
    assert len(inbox) == 15
    assert inbox[0].sender == "+989121234567"
    assert inbox[0].text == "سلام، سفارش من کی ارسال می‌شود؟"
    assert inbox[0].received_at == datetime(2026, 11, 20, 10, 15)
    assert "سلام\nموجودی کالا را اعلام کنید & قیمت" in [message.text for message in inbox]


async def test_packages(client: PanelClient) -> None:
    packages = await client.packages()
    assert [(package.id, package.title) for package in packages][:2] == [(1, "پایه"), (2, "نقره‌ای")]
    assert len(packages) == 4


NEW_USER = NewUser(
    username="branch_vanak",
    password="p@ss & word",
    name="علی رضایی",
    company="شرکت نمونه",
    national_id="0012345679",
    certificate_id="1234",
    access_id=3,
    phone="02188888888",
    mobile="09121234567",
    postal_code="1994567890",
    email="ali@example.ir",
    address="تهران، ونک\nپلاک ۱",
)


async def test_create_user_then_log_in_as_it(fake: FakePanel, client: PanelClient) -> None:
    user_id = await client.create_user(NEW_USER)
    assert user_id is not None and user_id.isdigit()
    fields = last_fields(fake, "newuser")
    assert fields["user_uname"] == fields["user-name"] == "branch_vanak"
    assert fields["user_pass"] == fields["user-pass"] == "p@ss & word"
    assert fields["national_id"] == fields["national-id"] == "0012345679"
    assert fields["access_id"] == fields["access-id"] == "3"
    assert (fields["tell"], fields["postalcode"], fields["address"]) == (
        "02188888888",
        "1994567890",
        "تهران، ونک\nپلاک ۱",
    )
    async with PanelClient(fake.url, "branch_vanak", "p@ss & word") as sub_user:
        assert await sub_user.credit() == Decimal(0)


async def test_create_user_refusals_keep_their_code(client: PanelClient) -> None:
    with pytest.raises(PanelInputError) as caught:
        await client.create_user(replace(NEW_USER, national_id="0012345678"))
    assert (caught.value.code, caught.value.locale_key) == (307, "panel-error-307")


async def test_postal_targets(fake: FakePanel, client: PanelClient) -> None:
    areas = await client.postal_areas()
    assert len(areas) == 30
    assert (areas[0].title, areas[0].postal_code) == ("ونک", "19948")
    assert areas[4].title == "پونک"  # answered as `name`
    everyone = await client.postal_count("19948", Operator.MCI, Gender.ALL)
    assert last_fields(fake, "postalcodecount") == {
        "postalcode": "19948",
        "type": "tci",
        "gender": "0",
    }
    men = await client.postal_count("19948", Operator.MCI, Gender.MALE)
    women = await client.postal_count("19948", Operator.MCI, Gender.FEMALE)
    assert everyone > 0 and men + women == everyone
    bulk_id = await client.send_to_postal(LINE, TEXT, "19948", Operator.MCI, Gender.FEMALE)
    assert last_fields(fake, "postalcodesend") == {
        "from": LINE,
        "message": TEXT,
        "postalcode": "19948",
        "type": "tci",
        "gender": "2",
    }
    assert len(fake.state.bulks[bulk_id].numbers) == women


async def test_job_targets(fake: FakePanel, client: PanelClient) -> None:
    jobs = await client.jobs()
    assert len(jobs) == 15
    assert (jobs[0].id, jobs[0].title) == (1, "پزشکان")
    trends = await client.job_trends(1)
    assert last_fields(fake, "jobstrenlist") == {"jobsid": "1"}
    assert [trend.id for trend in trends] == [101, 102, 103, 104]
    both = await client.jobs_count([101, 102])
    assert last_fields(fake, "jobscount") == {"trendid": "[101,102]"}
    assert both == await client.jobs_count([101]) + await client.jobs_count([102])
    bulk_id = await client.send_to_jobs(LINE, TEXT, 1, [101, 102])
    assert last_fields(fake, "jobssend") == {
        "from": LINE,
        "message": TEXT,
        "jobsid": "1",
        "trendid": "[101,102]",
    }
    assert len(fake.state.bulks[bulk_id].numbers) == both


async def test_send_social(fake: FakePanel, client: PanelClient) -> None:
    bulk_id = await client.send_social(LINE, NUMBERS, TEXT, SocialNetwork.TELEGRAM)
    assert last_fields(fake, "sendsociol")["type"] == "telegram"
    assert fake.state.bulks[bulk_id].extra == {"type": "telegram"}


async def test_sender_lines(fake: FakePanel, client: PanelClient) -> None:
    assert await client.sender_lines() == ["+983000505", "+98100020400"]
    fake.state.inject("lines", code=4242)
    assert await client.sender_lines() is None


# --- errors over HTTP ----------------------------------------------------------------------


async def test_wrong_password(fake: FakePanel) -> None:
    async with PanelClient(fake.url, "demo", "hunter2-secret") as client:
        with pytest.raises(PanelAuthError) as on_credit:
            await client.credit()
        with pytest.raises(PanelAuthError) as on_delivery:  # answered with the English text
            await client.delivery(10929800)
        with pytest.raises(PanelAuthError):
            await client.sender_lines()
    assert on_credit.value.code == on_delivery.value.code == 962
    assert "hunter2" not in str(on_credit.value) + str(on_delivery.value)


async def test_restricted_account(fake: FakePanel) -> None:
    async with PanelClient(fake.url, "blocked", "blocked") as client:
        with pytest.raises(PanelRestrictedError) as on_credit:
            await client.credit()
        with pytest.raises(PanelRestrictedError) as on_send:
            await client.send("5000123", NUMBERS, "hi")
    assert (on_credit.value.code, on_send.value.code) == (963, 2)


async def test_refusals_of_a_send(fake: FakePanel, client: PanelClient) -> None:
    fake.state.inject("send", code=5)
    with pytest.raises(PanelCreditError):
        await client.send(LINE, NUMBERS, TEXT)
    with pytest.raises(PanelInputError) as not_my_line:
        await client.send("3000999", NUMBERS, TEXT)
    assert not_my_line.value.code == 3
    assert fake.state.bulks == {}


async def test_dropped_send_is_outcome_unknown_and_not_retried(
    fake: FakePanel, client: PanelClient
) -> None:
    fake.state.inject("send", drop=True)
    with pytest.raises(PanelOutcomeUnknownError) as caught:
        await client.send(LINE, NUMBERS, TEXT)
    assert caught.value.locale_key == "panel-outcome-unknown"
    assert len(fake.state.requests_for("send")) == 1
    assert len(fake.state.bulks) == 1  # it did go out: a retry would have sent it twice


async def test_hanging_send_times_out_as_outcome_unknown(fake: FakePanel) -> None:
    fake.state.inject("send", hang=True)
    async with PanelClient(fake.url, "demo", "demo", read_timeout=0.3, read_retries=3) as client:
        with pytest.raises(PanelOutcomeUnknownError):
            await client.send(LINE, NUMBERS, TEXT)
    assert len(fake.state.requests_for("send")) == 1


async def test_read_only_ops_retry_drops_and_hangs(fake: FakePanel) -> None:
    fake.state.inject("credit", drop=True)
    fake.state.inject("booklist", hang=True)
    options = {"read_timeout": 0.3, "read_retries": 2, "retry_backoff": 0}
    async with PanelClient(fake.url, "demo", "demo", **options) as client:
        assert await client.credit() == Decimal(250_000)
        assert len(await client.phone_books()) == 12
    assert len(fake.state.requests_for("credit")) == 2
    assert len(fake.state.requests_for("booklist")) == 2


async def test_read_only_op_gives_up_after_its_retries(
    fake: FakePanel, client: PanelClient
) -> None:
    fake.state.inject("credit", drop=True, times=10)
    with pytest.raises(PanelTransportError):
        await client.credit()
    assert len(fake.state.requests_for("credit")) == 3


@pytest.mark.parametrize("kind", ["html", "empty", "garbage"])
async def test_malformed_answers(fake: FakePanel, client: PanelClient, kind: str) -> None:
    fake.state.inject("credit", malformed=kind)
    with pytest.raises(PanelProtocolError) as on_credit:
        await client.credit()
    assert on_credit.value.locale_key == "panel-bad-response"
    fake.state.inject("send", malformed=kind)
    with pytest.raises(PanelOutcomeUnknownError):
        await client.send(LINE, NUMBERS, TEXT)


async def test_unreachable_panel_on_send_is_one_attempt(fake: FakePanel) -> None:
    async with running_fake_panel(FakePanelState.demo()) as gone:
        url = gone.url
    async with PanelClient(url, "demo", "demo", read_retries=3, retry_backoff=0) as client:
        with pytest.raises(PanelTransportError) as caught:
            await client.send(LINE, NUMBERS, TEXT)
    assert not isinstance(caught.value, PanelOutcomeUnknownError)
    assert caught.value.locale_key == "panel-unreachable"
    assert gone.state.requests == []
