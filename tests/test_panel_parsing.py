"""PanelClient reading every body shape of the spec, and the form bodies it writes."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from bot.panel import (
    BulkState,
    BulkStatus,
    BulkValidation,
    DeliveryItem,
    DeliveryStatus,
    Gender,
    InboxMessage,
    Job,
    NewUser,
    Operator,
    Package,
    PanelAuthError,
    PanelClient,
    PhoneBook,
    PostalArea,
    SocialNetwork,
    Trend,
)

URL = "http://panel.test/services.jspd"
TEXT = "سلام & خداحافظ\nخط دوم = 100% ?"


class Panel:
    """Answers every request with one body and records the decoded form of each request."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.forms: list[dict[str, str]] = []
        self.content_types: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.forms.append(dict(parse_qsl(request.content.decode(), keep_blank_values=True)))
        self.content_types.append(request.headers["content-type"])
        return httpx.Response(200, text=self.body)

    def client(self) -> PanelClient:
        return PanelClient(URL, "acme", "pw", transport=httpx.MockTransport(self))


async def ask(body: str, call: Callable[[PanelClient], Awaitable[Any]]) -> Any:
    async with Panel(body).client() as client:
        return await call(client)


def nested(items: list[Any]) -> str:
    """`[0, "<items as a JSON string>"]`: the panel's usual double encoding."""
    return json.dumps([0, json.dumps(items, ensure_ascii=False)], ensure_ascii=False)


# --- results ------------------------------------------------------------------------------


@pytest.mark.parametrize("body", ["[0, 10929800]", '[0, "10929800"]', '["0", "10929800"]'])
async def test_send_returns_the_bulk_id(body: str) -> None:
    assert await ask(body, lambda c: c.send("3000505", ["09121234567"], "hi")) == 10929800


@pytest.mark.parametrize(
    ("body", "expected"),
    [('[0, "12345.6"]', "12345.6"), ("[0, 12345]", "12345"), ('[0, "0"]', "0")],
)
async def test_credit_is_a_decimal(body: str, expected: str) -> None:
    credit = await ask(body, lambda c: c.credit())
    assert credit == Decimal(expected)
    assert isinstance(credit, Decimal)


DELIVERY_ITEMS = ["+98910000098:notsync", "+989210000616:delivered", "+989120000001:teleported"]
EXPECTED_DELIVERY = [
    DeliveryItem("+98910000098", DeliveryStatus.NOTSYNC, "notsync"),
    DeliveryItem("+989210000616", DeliveryStatus.DELIVERED, "delivered"),
    DeliveryItem("+989120000001", DeliveryStatus.UNKNOWN, "teleported"),
]


@pytest.mark.parametrize(
    "body",
    [nested(DELIVERY_ITEMS), json.dumps(DELIVERY_ITEMS), json.dumps([0, DELIVERY_ITEMS])],
    ids=["nested-string", "bare-list", "list-in-envelope"],
)
async def test_delivery_keeps_every_number_and_unknown_statuses(body: str) -> None:
    assert await ask(body, lambda c: c.delivery(10929800)) == EXPECTED_DELIVERY


@pytest.mark.parametrize("body", ['[0, "[]"]', '[0, ""]', "[]"])
async def test_delivery_of_nothing_is_empty(body: str) -> None:
    assert await ask(body, lambda c: c.delivery(1)) == []


async def test_delivery_statuses_are_read_whatever_their_case() -> None:
    items = await ask(nested(["+98912:Send", "+98935:FAILED"]), lambda c: c.delivery(1))
    assert [item.status for item in items] == [DeliveryStatus.SEND, DeliveryStatus.FAILED]
    assert items[0].raw_status == "Send"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '{"statusMessage": "Finish", "validMessage": "approve"}',
            BulkState(BulkStatus.FINISH, BulkValidation.APPROVE, "Finish", "approve"),
        ),
        (
            json.dumps([0, json.dumps({"statusMessage": "Active", "validMessage": "notconfirm"})]),
            BulkState(BulkStatus.ACTIVE, BulkValidation.NOTCONFIRM, "Active", "notconfirm"),
        ),
        (
            '{"statusMessage": "No Sufficient Charge", "validMessage": "cancel"}',
            BulkState(
                BulkStatus.NO_SUFFICIENT_CHARGE,
                BulkValidation.CANCEL,
                "No Sufficient Charge",
                "cancel",
            ),
        ),
        (
            '{"statusMessage": "Warping", "validMessage": "maybe"}',
            BulkState(BulkStatus.UNKNOWN, BulkValidation.UNKNOWN, "Warping", "maybe"),
        ),
    ],
)
async def test_check_message_reads_the_bulk_state(body: str, expected: BulkState) -> None:
    assert await ask(body, lambda c: c.check_message(10929800)) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ({"id": 12, "title": "مشتریان"}, PhoneBook(12, "مشتریان", None)),
        ({"id": "13", "name": "همکاران", "size": 40}, PhoneBook(13, "همکاران", 40)),
        ({"id": 14, "title": "x", "count": "7"}, PhoneBook(14, "x", 7)),
        ({"id": 15, "title": "y", "total": 9}, PhoneBook(15, "y", 9)),
    ],
)
async def test_phone_books_tolerate_name_and_size_fields(item: dict, expected: PhoneBook) -> None:
    assert await ask(nested([item]), lambda c: c.phone_books()) == [expected]


async def test_items_without_an_id_are_skipped() -> None:
    body = nested([{"title": "no id"}, {"id": 1, "title": "ok"}, "junk"])
    assert await ask(body, lambda c: c.packages()) == [Package(1, "ok")]


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda c: c.packages(), [Package(3, "طلایی")]),
        (lambda c: c.jobs(), [Job(3, "طلایی")]),
        (lambda c: c.job_trends(3), [Trend(3, "طلایی")]),
        (lambda c: c.postal_areas(), [PostalArea(3, "طلایی", None)]),
    ],
    ids=["packages", "jobs", "trends", "postal-areas"],
)
async def test_titled_lists(call: Callable[[PanelClient], Awaitable[Any]], expected: list) -> None:
    assert await ask(nested([{"id": 3, "name": "طلایی"}]), call) == expected


async def test_postal_areas_keep_a_postal_code() -> None:
    body = nested([{"id": 4, "title": "ونک", "postalcode": "19945"}])
    assert await ask(body, lambda c: c.postal_areas()) == [PostalArea(4, "ونک", "19945")]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            {"sender": "+98912", "message": "سلام", "date": "2024-04-03 10:00:00"},
            InboxMessage("+98912", "سلام", datetime(2024, 4, 3, 10), "2024-04-03 10:00:00"),
        ),
        (
            {"number": "+98935", "text": "hi", "time": "1403/01/15 10:00:00", "to": "3000505"},
            InboxMessage(
                "+98935", "hi", datetime(2024, 4, 3, 10), "1403/01/15 10:00:00", "3000505"
            ),
        ),
        (
            {"from": "+98936", "body": "b", "date": 1712136600},
            InboxMessage("+98936", "b", datetime.fromtimestamp(1712136600, UTC), "1712136600"),
        ),
        (
            {"from": "+98937", "body": "c", "date": "yesterday"},
            InboxMessage("+98937", "c", None, "yesterday"),
        ),
    ],
)
async def test_inbox_tolerates_field_names_and_dates(item: dict, expected: InboxMessage) -> None:
    assert await ask(nested([item]), lambda c: c.inbox()) == [expected]


@pytest.mark.parametrize("body", ["[0, 1523]", '[0, "1523"]'])
async def test_counts_are_ints(body: str) -> None:
    assert await ask(body, lambda c: c.postal_count("19945", Operator.MCI, Gender.ALL)) == 1523
    assert await ask(body, lambda c: c.jobs_count([1, 2])) == 1523


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            nested([json.dumps({"number": "+983000505"}), json.dumps({"number": "+98100020400"})]),
            ["+983000505", "+98100020400"],
        ),
        (nested(["3000505"]), ["3000505"]),
        ('[0, "[]"]', []),
        ('[4242, "unknown op"]', None),
        ('[301, "x"]', None),
        ("<html>404</html>", None),
        ("", None),
    ],
)
async def test_sender_lines_or_none_when_not_offered(body: str, expected: list | None) -> None:
    assert await ask(body, lambda c: c.sender_lines()) == expected


async def test_sender_lines_still_raises_auth_errors() -> None:
    with pytest.raises(PanelAuthError):
        await ask('[962, "x"]', lambda c: c.sender_lines())


@pytest.mark.parametrize(("body", "expected"), [("[0, 5521]", "5521"), ("[0]", None)])
async def test_create_user_returns_the_panels_answer(body: str, expected: str | None) -> None:
    assert await ask(body, lambda c: c.create_user(NEW_USER)) == expected


# --- what the panel receives --------------------------------------------------------------

NEW_USER = NewUser(
    username="sub1",
    password="p@ss&word",
    name="علی رضایی",
    company="شرکت نمونه",
    national_id="0012345678",
    certificate_id="1234",
    access_id=7,
    phone="02188888888",
    mobile="09121234567",
    postal_code="1994567890",
    email="ali@example.ir",
    address="تهران، خیابان ولیعصر\nپلاک ۱",
)


async def sent_form(call: Callable[[PanelClient], Awaitable[Any]], body: str = "[0, 1]") -> dict:
    panel = Panel(body)
    async with panel.client() as client:
        await call(client)
    assert len(panel.forms) == 1
    assert panel.content_types[0] == "application/x-www-form-urlencoded"
    form = panel.forms[0]
    assert (form.pop("uname"), form.pop("pass")) == ("acme", "pw")
    return form


async def test_send_form_keeps_persian_ampersand_and_newlines() -> None:
    form = await sent_form(lambda c: c.send("3000505", ["09121234567", "09351234567"], TEXT))
    assert form == {
        "op": "send",
        "from": "3000505",
        "message": TEXT,
        "to": '["09121234567","09351234567"]',
    }


async def test_scheduled_send_writes_the_time_in_tehran() -> None:
    naive = await sent_form(
        lambda c: c.send("3000505", ["0912"], "t", at=datetime(2025, 3, 1, 9, 5))
    )
    assert naive["time"] == "2025-03-01 09:05:00"
    aware = datetime(2025, 3, 1, 5, 35, tzinfo=UTC)  # 09:05 in Tehran (+03:30)
    assert (await sent_form(lambda c: c.send("3000505", ["0912"], "t", at=aware)))["time"] == (
        "2025-03-01 09:05:00"
    )


FORMS = [
    (
        lambda c: c.send_social("3000505", ["0912"], TEXT, SocialNetwork.VIBER),
        {"op": "sendsociol", "from": "3000505", "message": TEXT, "to": '["0912"]', "type": "viber"},
    ),
    (lambda c: c.credit(), {"op": "credit"}),
    (
        lambda c: c.delivery(10929800),
        {"op": "delivery", "uinqid": "10929800", "uniqid": "10929800"},
    ),
    (lambda c: c.check_message(10929800), {"op": "checkmessage", "messageid": "10929800"}),
    (lambda c: c.phone_books(), {"op": "booklist"}),
    (
        lambda c: c.send_to_books("3000505", [12, 13], TEXT),
        {"op": "booksend", "from": "3000505", "message": TEXT, "bookid": "[12,13]"},
    ),
    (lambda c: c.inbox(), {"op": "inboxlist"}),
    (lambda c: c.packages(), {"op": "accesslist"}),
    (lambda c: c.postal_areas(), {"op": "postalcodearea"}),
    (
        lambda c: c.postal_count("1994567890", Operator.IRANCELL, Gender.FEMALE),
        {"op": "postalcodecount", "postalcode": "1994567890", "type": "mtn", "gender": "2"},
    ),
    (
        lambda c: c.send_to_postal("3000505", TEXT, "1994567890", Operator.MCI, Gender.MALE),
        {
            "op": "postalcodesend",
            "from": "3000505",
            "message": TEXT,
            "postalcode": "1994567890",
            "type": "tci",
            "gender": "1",
        },
    ),
    (lambda c: c.jobs(), {"op": "jobslist"}),
    (lambda c: c.job_trends(5), {"op": "jobstrenlist", "jobsid": "5"}),
    (lambda c: c.jobs_count([7, 8]), {"op": "jobscount", "trendid": "[7,8]"}),
    (
        lambda c: c.send_to_jobs("3000505", TEXT, 5, [7, 8]),
        {"op": "jobssend", "from": "3000505", "message": TEXT, "jobsid": "5", "trendid": "[7,8]"},
    ),
    (lambda c: c.sender_lines(), {"op": "lines"}),
]


# A success body each op can read; list ops get '[0, "[]"]'.
ANSWERS = {"checkmessage": '{"statusMessage": "Finish", "validMessage": "approve"}'}
NUMBER_OPS = {"send", "sendsociol", "booksend", "postalcodesend", "jobssend", "credit"}
NUMBER_OPS |= {"postalcodecount", "jobscount"}


@pytest.mark.parametrize(("call", "expected"), FORMS, ids=[form["op"] for _, form in FORMS])
async def test_each_op_sends_its_fields(
    call: Callable[[PanelClient], Awaitable[Any]], expected: dict[str, str]
) -> None:
    op = expected["op"]
    body = ANSWERS.get(op, "[0, 1]" if op in NUMBER_OPS else '[0, "[]"]')
    assert await sent_form(call, body) == expected


async def test_new_user_sends_both_spellings_of_every_field() -> None:
    form = await sent_form(lambda c: c.create_user(NEW_USER))
    assert form == {
        "op": "newuser",
        "user-name": "sub1",
        "user_uname": "sub1",
        "user-pass": "p@ss&word",
        "user_pass": "p@ss&word",
        "name": "علی رضایی",
        "company": "شرکت نمونه",
        "national-id": "0012345678",
        "national_id": "0012345678",
        "certificate-id": "1234",
        "certificate_id": "1234",
        "access-id": "7",
        "access_id": "7",
        "tell": "02188888888",
        "mobile": "09121234567",
        "postalcode": "1994567890",
        "email": "ali@example.ir",
        "address": "تهران، خیابان ولیعصر\nپلاک ۱",
    }


async def test_a_pre_encoded_recipient_string_is_refused_before_sending() -> None:
    panel = Panel("[0, 1]")
    async with panel.client() as client:
        with pytest.raises(TypeError):
            await client.send("3000505", '["09121234567"]', "hi")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            await client.jobs_count("[1,2]")  # type: ignore[arg-type]
    assert panel.forms == []
