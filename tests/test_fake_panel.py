"""The fake panel as a client meets it: raw HTTP against the running server."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.panel.codes import AUTH_ERROR_TEXT, BulkStatus, BulkValidation, DeliveryStatus
from bot.panel.fake import FakePanelState, running_fake_panel
from bot.panel.fake.bulks import ALL_FINAL_AFTER

ROOT = Path(__file__).resolve().parents[1]
TEXT = "سلام & خوش آمدید\nخط دوم"  # one UCS-2 part
VALID_USER = {
    "user_uname": "shop_1",
    "user_pass": "s3cret pass",
    "name": "علی رضایی",
    "company": "فروشگاه",
    "national_id": "0013542419",
    "certificate_id": "1234",
    "access_id": "2",
    "tell": "02188776655",
    "mobile": "09121234567",
    "postalcode": "1994834111",
    "email": "ali@example.com",
    "address": "تهران، ونک",
}


@pytest.fixture
async def fake():
    state = FakePanelState.demo()
    state.clock.runs = False  # statuses move only with advance()
    async with running_fake_panel(state) as panel:
        yield panel


@pytest.fixture
async def http():
    async with httpx.AsyncClient(timeout=5) as client:
        yield client


async def call(http, fake, op: str, *, uname="demo", password="demo", **fields: str) -> Any:
    response = await http.post(
        fake.url, data={"uname": uname, "pass": password, "op": op, **fields}
    )
    assert response.status_code == 200
    return response.json()


def send_fields(to: list[str], message: str = TEXT, sender: str = "3000505", **extra: str):
    return {"from": sender, "message": message, "to": json.dumps(to), **extra}


def mobiles(count: int) -> list[str]:
    return [f"0912{index:07d}" for index in range(count)]


async def credit(http, fake) -> Decimal:
    code, rials = await call(http, fake, "credit")
    assert code == 0 and isinstance(rials, str)
    return Decimal(rials)


def nested(body: Any) -> Any:
    code, data = body
    assert code == 0 and isinstance(data, str)
    return json.loads(data)


# --- shapes of the reading ops -----------------------------------------------------------------


async def test_credit_is_rials_as_a_string(http, fake):
    assert await call(http, fake, "credit") == [0, "250000.0"]


async def test_lines_items_are_json_strings_and_usertime_is_a_date(http, fake):
    items = nested(await call(http, fake, "lines"))
    assert [json.loads(item)["number"] for item in items] == ["+983000505", "+98100020400"]
    code, expiry = await call(http, fake, "usertime")
    assert code == 0 and expiry.count("/") == 2


async def test_booklist_has_titles_and_sizes(http, fake):
    books = nested(await call(http, fake, "booklist"))
    assert len(books) == 12
    assert books[0] == {"id": 12, "title": "مشتریان", "count": 250}
    assert all(isinstance(book["count"], int) for book in books)


async def test_inboxlist_has_persian_messages_with_dates(http, fake):
    inbox = nested(await call(http, fake, "inboxlist"))
    assert len(inbox) == 15
    first = inbox[0]
    assert first["number"].startswith("+989") and "سفارش" in first["message"]
    assert first["date"] == "2026-11-20 10:15:00"


async def test_catalogue_lists(http, fake):
    packages = nested(await call(http, fake, "accesslist"))
    assert {"id": 1, "title": "پایه"} in packages
    areas = nested(await call(http, fake, "postalcodearea"))
    assert len(areas) == 30
    assert all(
        len(area["postalcode"]) == 5 and ("title" in area or "name" in area) for area in areas
    )
    assert any("name" in area for area in areas)  # the quirk clients must tolerate
    jobs = nested(await call(http, fake, "jobslist"))
    assert len(jobs) == 15
    trends = nested(await call(http, fake, "jobstrenlist", jobsid="3"))
    assert [trend["title"] for trend in trends] == ["عمران", "برق", "مکانیک", "معماری", "نرم‌افزار"]


async def test_jobscount_sums_the_chosen_trends(http, fake):
    trend_counts = {trend.id: trend.count for job in fake.state.jobs for trend in job.trends}
    code, count = await call(http, fake, "jobscount", trendid="[301, 302]")
    assert code == 0 and int(count) == trend_counts[301] + trend_counts[302]
    assert await call(http, fake, "jobscount", trendid="[]") == [0, 0]


async def test_postalcodecount_is_deterministic_and_genders_add_up(http, fake):
    async def count(**fields: str) -> int:
        code, value = await call(http, fake, "postalcodecount", **fields)
        assert code == 0 and isinstance(value, int | str)
        return int(value)

    everyone = await count(type="tci", gender="0", postalcode="19948")
    assert everyone > 0
    assert everyone == await count(type="tci", gender="0", postalcode="19948")
    male = await count(type="tci", gender="1", postalcode="19948")
    female = await count(type="tci", gender="2", postalcode="19948")
    assert male + female == everyone
    assert await count(type="mtn", gender="0", postalcode="19948") != everyone
    assert await count(type="tci", gender="0", postalcode="1994834111") > 0
    assert await count(type="tci", gender="0", postalcode="12") == 0


# --- authentication and unknown ops ------------------------------------------------------------


@pytest.mark.parametrize("op", ["credit", "send", "booklist", "checkmessage", "newuser"])
async def test_wrong_password_is_962(http, fake, op):
    code, text = await call(http, fake, op, password="wrong")
    assert code == 962 and text


async def test_delivery_answers_the_english_text_for_wrong_password(http, fake):
    assert await call(http, fake, "delivery", password="wrong", uinqid="1") == AUTH_ERROR_TEXT


async def test_restricted_account_is_963_and_2_on_sends(http, fake):
    creds = {"uname": "blocked", "password": "blocked"}
    assert (await call(http, fake, "credit", **creds))[0] == 963
    body = await call(http, fake, "send", **creds, **send_fields(["09121234567"], sender="5000123"))
    assert body[0] == 2


async def test_unknown_op_is_a_clear_error(http, fake):
    code, text = await call(http, fake, "sendvoice")
    assert code != 0 and "operation" in text


async def test_get_is_405_html_and_root_path_serves(http, fake):
    response = await http.get(fake.url)
    assert response.status_code == 405 and "<html>" in response.text
    root = fake.url.removesuffix("services.jspd")
    answer = await http.post(root, data={"uname": "demo", "pass": "demo", "op": "credit"})
    assert answer.json()[0] == 0


# --- sends ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "parts"),
    [("a" * 160, 1), ("a" * 161, 2), ("س" * 70, 1), ("س" * 71, 2), ("{" * 80, 1), ("{" * 81, 2)],
)
async def test_send_spends_parts_times_recipients(http, fake, message, parts):
    before = await credit(http, fake)
    code, bulk_id = await call(http, fake, "send", **send_fields(mobiles(3), message))
    assert code == 0 and isinstance(bulk_id, int)
    assert await credit(http, fake) == before - 100 * parts * 3
    assert fake.state.bulks[bulk_id].numbers[0] == "+989120000000"


async def test_bulk_ids_increase_and_every_line_spelling_matches(http, fake):
    ids = []
    for sender in ("3000505", "+983000505", "983000505", "100020400", "+98100020400"):
        code, bulk_id = await call(http, fake, "send", **send_fields(["9121234567"], sender=sender))
        assert code == 0
        ids.append(bulk_id)
    assert ids == sorted(ids) and len(set(ids)) == len(ids)


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        (send_fields(["09121234567"], sender="2000999"), 3),
        (send_fields(["09121234567"], message="  "), 1),
        (send_fields([]), 4),
        ({"from": "3000505", "message": TEXT, "to": "09121234567"}, 4),
        (send_fields(mobiles(4)), 98),
    ],
)
async def test_send_refusals_spend_nothing(http, fake, fields, code):
    fake.state.max_recipients = 3
    assert (await call(http, fake, "send", **fields))[0] == code
    assert await credit(http, fake) == 250_000
    assert fake.state.bulks == {}


async def test_insufficient_credit_is_5_and_spends_nothing(http, fake):
    fake.state.accounts["demo"].credit = Decimal(150)
    assert (await call(http, fake, "send", **send_fields(mobiles(2))))[0] == 5
    assert await credit(http, fake) == 150
    assert fake.state.bulks == {}


async def test_scheduled_send_in_future_is_accepted_and_past_is_1006(http, fake):
    now = fake.state.now()
    tomorrow = (now + timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S")
    yesterday = (now - timedelta(days=1)).strftime("%Y-%m-%d")
    ok = await call(http, fake, "send", **send_fields(["09121234567"], time=tomorrow))
    assert ok[0] == 0
    assert (await call(http, fake, "send", **send_fields(["09121234567"], time=yesterday)))[
        0
    ] == 1006
    today = now.strftime("%Y-%m-%d")
    assert (await call(http, fake, "send", **send_fields(["09121234567"], time=today)))[0] == 0


async def test_sendsociol_costs_more_and_checks_type(http, fake):
    fields = send_fields(mobiles(2), type="telegram")
    assert (await call(http, fake, "sendsociol", **fields))[0] == 0
    assert await credit(http, fake) == 250_000 - 150 * 2
    assert (await call(http, fake, "sendsociol", **send_fields(mobiles(2), type="sms")))[0] != 0


async def test_booksend_sends_to_every_number_of_the_books(http, fake):
    body = await call(
        http, fake, "booksend", **{"from": "3000505", "message": "hi"}, bookid="[12, 13]"
    )
    assert body[0] == 0
    assert len(fake.state.bulks[body[1]].numbers) == 250 + 18
    assert await credit(http, fake) == 250_000 - 100 * (250 + 18)


@pytest.mark.parametrize(("bookid", "code"), [("[99]", 100), ("[23]", 101), ("12", 993)])
async def test_booksend_refusals(http, fake, bookid, code):
    body = await call(http, fake, "booksend", **{"from": "3000505", "message": "hi"}, bookid=bookid)
    assert body[0] == code


async def test_postalcodesend_sends_to_the_counted_numbers(http, fake):
    target = {"type": "mtn", "gender": "2", "postalcode": "19781"}
    count = int((await call(http, fake, "postalcodecount", **target))[1])
    body = await call(
        http, fake, "postalcodesend", **{"from": "3000505", "message": "hi"}, **target
    )
    assert body[0] == 0 and len(fake.state.bulks[body[1]].numbers) == count
    assert await credit(http, fake) == 250_000 - 100 * count
    unknown = {**target, "postalcode": "99999"}
    assert (
        await call(http, fake, "postalcodesend", **{"from": "3000505", "message": "hi"}, **unknown)
    )[0] == 4


async def test_jobssend_sends_to_the_counted_numbers(http, fake):
    count = int((await call(http, fake, "jobscount", trendid="[101, 102]"))[1])
    fields = {"from": "3000505", "message": "hi", "jobsid": "1", "trendid": "[101, 102]"}
    body = await call(http, fake, "jobssend", **fields)
    assert body[0] == 0 and len(fake.state.bulks[body[1]].numbers) == count
    assert await credit(http, fake) == 250_000 - 100 * count


# --- reports -------------------------------------------------------------------------------------


async def test_delivery_of_unknown_bulk_is_literal_null(http, fake):
    response = await http.post(
        fake.url, data={"uname": "demo", "pass": "demo", "op": "delivery", "uinqid": "42"}
    )
    assert response.text == "null"


async def test_delivery_progresses_with_the_clock(http, fake):
    body = await call(http, fake, "booksend", **{"from": "3000505", "message": "hi"}, bookid="[20]")
    bulk_id = str(body[1])

    async def statuses(key: str = "uinqid") -> list[str]:
        items = nested(await call(http, fake, "delivery", **{key: bulk_id}))
        assert all(item.startswith("+989") for item in items)
        return [item.rsplit(":", 1)[1] for item in items]

    assert set(await statuses()) == {DeliveryStatus.NOTSYNC}
    fake.state.advance(25)
    assert set(await statuses("uniqid")) & {DeliveryStatus.SEND, DeliveryStatus.PENDING}
    fake.state.advance(ALL_FINAL_AFTER)
    final = await statuses()
    assert len(final) == 890 and all(DeliveryStatus(status).is_final for status in final)
    delivered = final.count(DeliveryStatus.DELIVERED) / len(final)
    assert 0.75 < delivered < 0.95
    assert DeliveryStatus.FAILED in final and DeliveryStatus.DISCARDED in final


async def test_checkmessage_progresses_and_rejects_unknown_bulks(http, fake):
    bulk_id = str((await call(http, fake, "send", **send_fields(mobiles(5))))[1])

    async def check() -> tuple[str, str]:
        answer = await call(http, fake, "checkmessage", messageid=bulk_id)
        return answer["statusMessage"], answer["validMessage"]

    assert await check() == (BulkStatus.ACTIVE, BulkValidation.NOTCONFIRM)
    fake.state.advance(15)
    assert await check() == (BulkStatus.INTERACTING, BulkValidation.APPROVE)
    fake.state.advance(ALL_FINAL_AFTER)
    assert await check() == (BulkStatus.FINISH, BulkValidation.APPROVE)
    assert (await call(http, fake, "checkmessage", messageid="42"))[0] == 456


# --- newuser -------------------------------------------------------------------------------------


async def test_newuser_creates_a_user_that_can_log_in(http, fake):
    code, user_id = await call(http, fake, "newuser", **VALID_USER)
    assert code == 0 and isinstance(user_id, int)
    assert await call(http, fake, "credit", uname="shop_1", password="s3cret pass") == [0, "0.0"]
    assert (await call(http, fake, "newuser", **VALID_USER))[0] == 304


async def test_newuser_takes_the_documents_hyphenated_names(http, fake):
    renamed = {"user_uname": "User-name", "user_pass": "User-pass", "national_id": "national-id"}
    renamed |= {"certificate_id": "certificate-id", "access_id": "access-id"}
    fields = {renamed.get(name, name): value for name, value in VALID_USER.items()}
    assert (await call(http, fake, "newuser", **fields))[0] == 0
    assert fake.state.authenticate("shop_1", "s3cret pass") is not None


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"user_uname": "shop 1!"}, 301),
        ({"user_uname": ""}, 303),
        ({"user_uname": "demo"}, 304),
        ({"user_pass": ""}, 317),
        ({"national_id": ""}, 306),
        ({"national_id": "0013542418"}, 307),
        ({"national_id": "1111111111"}, 307),
        ({"certificate_id": "12a"}, 308),
        ({"certificate_id": ""}, 309),
        ({"email": ""}, 310),
        ({"tell": ""}, 311),
        ({"tell": "12"}, 312),
        ({"address": ""}, 313),
        ({"mobile": ""}, 314),
        ({"mobile": "0812345678"}, 315),
        ({"access_id": "77"}, 316),
    ],
)
async def test_newuser_field_errors(http, fake, change, code):
    body = await call(http, fake, "newuser", **(VALID_USER | change))
    assert body[0] == code and body[1]
    assert fake.state.authenticate("shop_1", "s3cret pass") is None


async def test_newuser_without_pricing_is_302(http, fake):
    fake.state.accounts["demo"].pricing_set = False
    assert (await call(http, fake, "newuser", **VALID_USER))[0] == 302


# --- faults --------------------------------------------------------------------------------------


async def test_injected_code_answers_it_and_performs_nothing(http, fake):
    fake.state.inject("send", code=99)
    code, text = await call(http, fake, "send", **send_fields(mobiles(2)))
    assert code == 99 and text
    assert await credit(http, fake) == 250_000 and fake.state.bulks == {}
    assert (await call(http, fake, "send", **send_fields(mobiles(2))))[0] == 0  # consumed


async def test_fault_applies_to_its_op_only_and_for_its_times(http, fake):
    fake.state.inject("booklist", code=963, times=2)
    assert (await call(http, fake, "credit"))[0] == 0
    assert (await call(http, fake, "booklist"))[0] == 963
    assert (await call(http, fake, "booklist"))[0] == 963
    assert (await call(http, fake, "booklist"))[0] == 0


async def test_latency_outlasts_a_short_client_timeout(http, fake):
    fake.state.inject("credit", latency=1.0)
    with pytest.raises(httpx.ReadTimeout):
        await http.post(
            fake.url, data={"uname": "demo", "pass": "demo", "op": "credit"}, timeout=0.1
        )
    fake.state.latency = 1.0
    with pytest.raises(httpx.ReadTimeout):
        await http.post(
            fake.url, data={"uname": "demo", "pass": "demo", "op": "jobslist"}, timeout=0.1
        )


async def test_hang_never_answers_and_does_not_block_shutdown(http):
    async with running_fake_panel() as panel:
        panel.state.inject(hang=True, times=2)
        fields = {"uname": "demo", "pass": "demo", "op": "credit"}
        with pytest.raises(httpx.ReadTimeout):
            await http.post(panel.url, data=fields, timeout=0.2)
        pending = asyncio.create_task(http.post(panel.url, data=fields, timeout=10))
        for _ in range(100):
            if len(panel.state.requests) == 2:
                break
            await asyncio.sleep(0.02)
        assert len(panel.state.requests) == 2
    with pytest.raises(httpx.TransportError):
        await pending


async def test_drop_cuts_the_connection_after_the_send_went_out(http, fake):
    fake.state.inject("send", drop=True)
    with pytest.raises(httpx.RemoteProtocolError):
        await http.post(
            fake.url,
            data={"uname": "demo", "pass": "demo", "op": "send", **send_fields(mobiles(2))},
        )
    assert len(fake.state.bulks) == 1
    assert await credit(http, fake) == 250_000 - 100 * 2


@pytest.mark.parametrize("kind", ["html", "empty", "null", "garbage"])
async def test_malformed_bodies(http, fake, kind):
    fake.state.inject("credit", malformed=kind)
    response = await http.post(fake.url, data={"uname": "demo", "pass": "demo", "op": "credit"})
    assert response.status_code == 200
    if kind == "null":
        assert response.text == "null"
    elif kind == "empty":
        assert response.text == ""
    else:
        assert response.text.lstrip().startswith("<")
        with pytest.raises(ValueError):
            json.loads(response.text)


def test_inject_rejects_an_unknown_malformed_kind():
    with pytest.raises(ValueError):
        FakePanelState().inject(malformed="xml")


# --- what the panel received ---------------------------------------------------------------------


async def test_multipart_body_is_accepted_and_recorded(http, fake):
    fields = {"uname": "demo", "pass": "demo", "op": "send", **send_fields(["09121234567"])}
    response = await http.post(
        fake.url, files={name: (None, value) for name, value in fields.items()}
    )
    assert response.json()[0] == 0
    (received,) = fake.state.requests_for("send")
    assert received.content_type == "multipart/form-data"
    assert received.fields == fields


async def test_persian_text_with_ampersand_and_newline_is_recorded_intact(http, fake):
    await call(http, fake, "send", **send_fields(["09121234567"], message=TEXT))
    await call(http, fake, "credit")
    assert [request.op for request in fake.state.requests] == ["send", "credit"]
    (received,) = fake.state.requests_for("send")
    assert received.fields["message"] == TEXT
    assert received.fields["to"] == '["09121234567"]'
    assert received.content_type == "application/x-www-form-urlencoded"
    assert fake.state.bulks[min(fake.state.bulks)].message == TEXT


# --- panelbot fake-panel -------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_cli_fake_panel_serves_the_demo_account():
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "fake-panel", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stdout.readline()  # bounded by the pytest timeout
        assert f"http://127.0.0.1:{port}/services.jspd" in line and "demo" in line
        url = line.split()[3]
        answer = httpx.post(url, data={"uname": "demo", "pass": "demo", "op": "credit"}, timeout=5)
        assert answer.json() == [0, "250000.0"]
    finally:
        process.terminate()
        process.wait(timeout=10)
