"""PanelClient error translation and retries, against httpx.MockTransport bodies and failures."""

from __future__ import annotations

import logging

import httpx
import pytest

from bot.panel import (
    NewUser,
    PanelAuthError,
    PanelBulkNotFoundError,
    PanelClient,
    PanelCreditError,
    PanelError,
    PanelInputError,
    PanelOutcomeUnknownError,
    PanelProtocolError,
    PanelRecipientLimitError,
    PanelRestrictedError,
    PanelTransportError,
)
from bot.panel.codes import ERROR_CODES

URL = "http://panel.test/services.jspd"
USERNAME = "acme-user"
PASSWORD = "s3cret-pass"

EXPECTED_CLASS: dict[int, type[PanelError]] = {
    962: PanelAuthError,
    2: PanelRestrictedError,
    963: PanelRestrictedError,
    964: PanelRestrictedError,
    5: PanelCreditError,
    98: PanelRecipientLimitError,
    456: PanelBulkNotFoundError,
}
FAILURE_CODES = sorted(code for code in ERROR_CODES if code != 0)


class Panel:
    """A scripted panel: answers in order (the last one repeats) and records every request."""

    def __init__(self, *answers: str | httpx.Response | type[httpx.TransportError]) -> None:
        self.answers = answers
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers[min(len(self.requests), len(self.answers)) - 1]
        if isinstance(answer, type):
            raise answer("scripted failure", request=request)
        if isinstance(answer, httpx.Response):
            return answer
        return httpx.Response(200, text=answer)

    def client(self, **options: float) -> PanelClient:
        options.setdefault("retry_backoff", 0)
        transport = httpx.MockTransport(self)
        return PanelClient(URL, USERNAME, PASSWORD, transport=transport, **options)


async def credit_error(*answers: str | httpx.Response) -> PanelError:
    async with Panel(*answers).client() as client:
        with pytest.raises(PanelError) as caught:
            await client.credit()
    return caught.value


@pytest.mark.parametrize("code", FAILURE_CODES)
async def test_every_documented_code_gives_its_class_and_locale_key(code: int) -> None:
    error = await credit_error(f'[{code}, "panel says no"]')
    assert type(error) is EXPECTED_CLASS.get(code, PanelInputError)
    assert error.code == code
    assert error.text == "panel says no"
    assert error.locale_key == f"panel-error-{code}"
    assert error.locale_args == {"code": code}
    assert str(code) in str(error)


@pytest.mark.parametrize("code", [5, 98, 962, 301])
async def test_codes_on_a_sending_op_raise_the_same_errors(code: int) -> None:
    panel = Panel(f'[{code}, "x"]')
    async with panel.client() as client:
        with pytest.raises(EXPECTED_CLASS.get(code, PanelInputError)) as caught:
            await client.send("3000505", ["09121234567"], "hi")
    assert caught.value.code == code
    assert len(panel.requests) == 1


async def test_unknown_code_keeps_the_code() -> None:
    error = await credit_error('[4242, "strange"]')
    assert type(error) is PanelError
    assert error.code == 4242
    assert error.locale_key == "panel-error-unknown"
    assert error.locale_args == {"code": 4242}
    assert "4242" in str(error)


async def test_code_as_numeric_string_and_code_without_text() -> None:
    assert isinstance(await credit_error('["5", "no credit"]'), PanelCreditError)
    error = await credit_error("[307]")
    assert isinstance(error, PanelInputError)
    assert (error.code, error.text) == (307, None)


@pytest.mark.parametrize(
    "body",
    [
        "the username or password is incorrect",
        '"the username or password is incorrect"',
        '"The username or password is incorrect."',
    ],
)
async def test_english_auth_text_is_auth_error_962(body: str) -> None:
    async with Panel(body).client() as client:
        with pytest.raises(PanelAuthError) as caught:
            await client.delivery(10929800)
    assert caught.value.code == 962
    assert caught.value.locale_key == "panel-error-962"


async def test_textual_error_without_code() -> None:
    error = await credit_error('"account expired"')
    assert type(error) is PanelError
    assert error.code is None
    assert error.locale_key == "panel-error-text"
    assert error.locale_args == {"text": "account expired"}


async def test_delivery_null_is_bulk_not_found() -> None:
    async with Panel("null").client() as client:
        with pytest.raises(PanelBulkNotFoundError) as caught:
            await client.delivery(1)
    assert caught.value.locale_key == "panel-bulk-not-found"
    assert caught.value.code == 456


@pytest.mark.parametrize(
    "answer",
    [
        "<html><body>502 Bad Gateway</body></html>",
        "",
        "   \n",
        "[0, 12",
        "null",
        '[0, {"unexpected": true}]',
        httpx.Response(500, text="Internal Server Error"),
        httpx.Response(503, text=""),
        httpx.Response(404, text='[0, "12.5"]'),
    ],
)
async def test_unreadable_answers_on_read_only_ops_are_bad_response(
    answer: str | httpx.Response,
) -> None:
    error = await credit_error(answer)
    assert type(error) is PanelProtocolError
    assert error.locale_key == "panel-bad-response"


async def test_non_200_with_a_code_raises_that_code() -> None:
    error = await credit_error(httpx.Response(500, text='[962, "bad login"]'))
    assert isinstance(error, PanelAuthError)


@pytest.mark.parametrize(
    "answer",
    ["<html>oops</html>", "", "null", '[0, "not-a-bulk-id"]', httpx.Response(502, text="")],
)
async def test_unreadable_answer_to_a_send_is_outcome_unknown(answer: str | httpx.Response) -> None:
    panel = Panel(answer)
    async with panel.client() as client:
        with pytest.raises(PanelOutcomeUnknownError) as caught:
            await client.send("3000505", ["09121234567"], "hi")
    assert isinstance(caught.value, PanelProtocolError)
    assert caught.value.locale_key == "panel-outcome-unknown"
    assert len(panel.requests) == 1


@pytest.mark.parametrize(
    "failure", [httpx.ReadTimeout, httpx.ConnectError, httpx.RemoteProtocolError]
)
async def test_read_only_op_retries_transport_failures_then_succeeds(
    failure: type[httpx.TransportError],
) -> None:
    panel = Panel(failure, failure, '[0, "12.5"]')
    async with panel.client(read_retries=2) as client:
        assert str(await client.credit()) == "12.5"
    assert len(panel.requests) == 3


async def test_read_only_op_gives_up_after_bounded_retries() -> None:
    panel = Panel(httpx.ReadTimeout)
    async with panel.client(read_retries=2) as client:
        with pytest.raises(PanelTransportError) as caught:
            await client.phone_books()
    assert caught.value.locale_key == "panel-unreachable"
    assert len(panel.requests) == 3


async def test_retries_back_off_exponentially(monkeypatch: pytest.MonkeyPatch) -> None:
    delays: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr("bot.panel.client.asyncio.sleep", fake_sleep)
    panel = Panel(httpx.ConnectError)
    async with panel.client(read_retries=3, retry_backoff=0.5) as client:
        with pytest.raises(PanelTransportError):
            await client.credit()
    assert delays == [0.5, 1.0, 2.0]
    assert len(panel.requests) == 4


SEND_CALLS = {
    "send": lambda c: c.send("3000505", ["09121234567"], "hi"),
    "send_social": lambda c: c.send_social("3000505", ["09121234567"], "hi", "telegram"),
    "send_to_books": lambda c: c.send_to_books("3000505", [1], "hi"),
    "send_to_postal": lambda c: c.send_to_postal("3000505", "hi", "1234", "tci", 0),
    "send_to_jobs": lambda c: c.send_to_jobs("3000505", "hi", 3, [7]),
}


@pytest.mark.parametrize("method", sorted(SEND_CALLS))
@pytest.mark.parametrize(
    "failure",
    [
        httpx.ReadTimeout,
        httpx.RemoteProtocolError,
        httpx.ReadError,
        httpx.WriteError,
        httpx.WriteTimeout,
    ],
)
async def test_failure_after_writing_a_send_is_outcome_unknown_and_never_retried(
    method: str, failure: type[httpx.TransportError]
) -> None:
    panel = Panel(failure, "[0, 99]")
    async with panel.client(read_retries=5) as client:
        with pytest.raises(PanelOutcomeUnknownError) as caught:
            await SEND_CALLS[method](client)
    assert caught.value.locale_key == "panel-outcome-unknown"
    assert len(panel.requests) == 1


@pytest.mark.parametrize("failure", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
async def test_connect_failure_on_send_is_transport_error_with_one_attempt(
    failure: type[httpx.TransportError],
) -> None:
    panel = Panel(failure, "[0, 99]")
    async with panel.client(read_retries=5) as client:
        with pytest.raises(PanelTransportError) as caught:
            await client.send("3000505", ["09121234567"], "hi")
    assert not isinstance(caught.value, PanelOutcomeUnknownError)
    assert caught.value.locale_key == "panel-unreachable"
    assert len(panel.requests) == 1


async def test_real_connection_refused_is_unreachable() -> None:
    client = PanelClient("http://127.0.0.1:1/services.jspd", USERNAME, PASSWORD, read_retries=0)
    async with client:
        with pytest.raises(PanelTransportError):
            await client.send("3000505", ["09121234567"], "hi")


async def test_errors_never_show_the_credentials() -> None:
    errors = [
        await credit_error(f'[962, "user {USERNAME} with pass {PASSWORD} is wrong"]'),
        await credit_error(f'"{PASSWORD} expired"'),
        await credit_error("<html>bad</html>"),
    ]
    for error in errors:
        shown = f"{error} {error.text} {error.locale_args}"
        assert PASSWORD not in shown
        assert USERNAME not in shown
    assert "***" in str(errors[0])


def test_reprs_never_show_the_credentials() -> None:
    client = PanelClient(URL, USERNAME, PASSWORD)
    user = NewUser(
        username="sub",
        password=PASSWORD,
        name="n",
        company="c",
        national_id="0012345678",
        certificate_id="1",
        access_id=1,
        phone="021",
        mobile="0912",
        postal_code="1",
        email="e@x.ir",
        address="a",
    )
    assert PASSWORD not in repr(client) + repr(user)
    assert USERNAME not in repr(client)


async def test_debug_log_names_the_op_but_no_fields(caplog: pytest.LogCaptureFixture) -> None:
    panel = Panel("[0, 10929800]")
    with caplog.at_level(logging.DEBUG, logger="bot.panel"):
        async with panel.client() as client:
            await client.send("3000505", ["09121234567"], "سلام secret text")
    logged = " ".join(
        record.getMessage() for record in caplog.records if record.name.startswith("bot.panel")
    )
    assert "op=send" in logged
    assert "code 0" in logged
    for secret in (USERNAME, PASSWORD, "09121234567", "secret text", "3000505"):
        assert secret not in logged
