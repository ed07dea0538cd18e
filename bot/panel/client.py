"""`PanelClient`: one typed async method per operation of the panel's web service.

`_request` is the only place that talks HTTP and the only place that raises panel errors.
Sending ops (`SendOp`) are never retried: once a request may have been written, a failure is
`PanelOutcomeUnknownError`. Read-only ops retry transport failures with a bounded backoff.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterable
from datetime import datetime
from decimal import Decimal
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx

from bot.panel import parse, send_answer, wire
from bot.panel.codes import Gender, Operator, SendOp, SocialNetwork
from bot.panel.errors import (
    PanelAuthError,
    PanelError,
    PanelTransportError,
    bad_response,
    bulk_not_found,
    error_for_code,
    error_for_text,
    outcome_unknown,
    unclear_send,
    unreachable,
)
from bot.panel.models import (
    BulkState,
    DeliveryItem,
    InboxMessage,
    Job,
    NewUser,
    Package,
    PhoneBook,
    PostalArea,
    Trend,
)
from bot.panel.sanitize import clean_decoded, clean_text

T = TypeVar("T")
log = logging.getLogger(__name__)

# Failures that happen before any byte of the request could reach the panel.
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
USER_AGENT = "panelbot"


def _raw(data: Any) -> Any:
    return data


def _optional_text(data: Any) -> str | None:
    return None if data is None or data == "" else str(data)


class PanelClient:
    """Async client of one panel account; use as `async with PanelClient(...) as panel:`."""

    def __init__(
        self,
        url: str,
        username: str,
        password: str,
        *,
        connect_timeout: float = 10.0,
        read_timeout: float = 30.0,
        transport: httpx.AsyncBaseTransport | None = None,
        proxy: str | None = None,
        read_retries: int = 2,
        retry_backoff: float = 0.5,
    ) -> None:
        self._url = url
        self._credentials = {"uname": username, "pass": password}
        self._secrets = tuple(secret for secret in (password, username) if secret)
        self._read_retries = max(0, read_retries)
        self._retry_backoff = max(0.0, retry_backoff)
        self._http = httpx.AsyncClient(
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
            transport=transport,
            proxy=proxy,
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
        )

    def __repr__(self) -> str:
        return f"PanelClient({self._url!r})"

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # --- sending ops: return the bulk id -------------------------------------------------

    async def send(
        self, sender: str, recipients: Iterable[str], text: str, *, at: datetime | None = None
    ) -> int:
        """Send `text` to `recipients`; `at` schedules it (panel time, Tehran)."""
        fields = {"from": sender, "to": wire.number_list(recipients), "message": text}
        if at is not None:
            fields["time"] = wire.panel_time(at)
        return await self._request(SendOp.SEND.value, fields, sending=True, reader=parse.integer)

    async def send_social(
        self, sender: str, recipients: Iterable[str], text: str, network: SocialNetwork
    ) -> int:
        fields = {
            "from": sender,
            "to": wire.number_list(recipients),
            "message": text,
            "type": SocialNetwork(network).value,
        }
        return await self._request(SendOp.SOCIAL.value, fields, sending=True, reader=parse.integer)

    async def send_to_books(self, sender: str, book_ids: Iterable[int], text: str) -> int:
        fields = {"from": sender, "message": text, "bookid": wire.id_list(book_ids)}
        return await self._request(SendOp.BOOKS.value, fields, sending=True, reader=parse.integer)

    async def send_to_postal(
        self, sender: str, text: str, postal_code: str | int, operator: Operator, gender: Gender
    ) -> int:
        target = wire.postal_fields(postal_code, operator, gender)
        fields = {"from": sender, "message": text, **target}
        return await self._request(SendOp.POSTAL.value, fields, sending=True, reader=parse.integer)

    async def send_to_jobs(
        self, sender: str, text: str, job_id: int, trend_ids: Iterable[int]
    ) -> int:
        fields = {
            "from": sender,
            "message": text,
            "trendid": wire.id_list(trend_ids),
            "jobsid": str(int(job_id)),
        }
        return await self._request(SendOp.JOBS.value, fields, sending=True, reader=parse.integer)

    # --- account and reports ---------------------------------------------------------------

    async def credit(self) -> Decimal:
        return await self._request("credit", {}, sending=False, reader=parse.decimal)

    async def delivery(self, bulk_id: int) -> list[DeliveryItem]:
        """One item per recipient; raises PanelBulkNotFoundError for an unknown bulk id."""
        fields = dict.fromkeys(wire.DELIVERY_ID_FIELDS, str(int(bulk_id)))
        return await self._request("delivery", fields, sending=False, reader=parse.delivery)

    async def check_message(self, bulk_id: int) -> BulkState:
        fields = {"messageid": str(int(bulk_id))}
        return await self._request("checkmessage", fields, sending=False, reader=parse.bulk_state)

    async def inbox(self) -> list[InboxMessage]:
        return await self._request("inboxlist", {}, sending=False, reader=parse.inbox)

    async def sender_lines(self) -> list[str] | None:
        """The account's sender lines, or None when the panel does not offer `lines`."""
        try:
            return await self._request("lines", {}, sending=False, reader=parse.sender_lines)
        except (PanelAuthError, PanelTransportError):
            raise
        except PanelError:
            return None

    # --- phone books, packages, sub-users --------------------------------------------------

    async def phone_books(self) -> list[PhoneBook]:
        return await self._request("booklist", {}, sending=False, reader=parse.phone_books)

    async def packages(self) -> list[Package]:
        return await self._request("accesslist", {}, sending=False, reader=parse.packages)

    async def create_user(self, new_user: NewUser) -> str | None:
        """Create a sub-user; returns the panel's answer (e.g. the new user's id), if any."""
        fields = wire.new_user_fields(new_user)
        return await self._request("newuser", fields, sending=False, reader=_optional_text)

    # --- postal-code and job targets -------------------------------------------------------

    async def postal_areas(self) -> list[PostalArea]:
        return await self._request("postalcodearea", {}, sending=False, reader=parse.postal_areas)

    async def postal_count(self, postal_code: str | int, operator: Operator, gender: Gender) -> int:
        fields = wire.postal_fields(postal_code, operator, gender)
        return await self._request("postalcodecount", fields, sending=False, reader=parse.integer)

    async def jobs(self) -> list[Job]:
        return await self._request("jobslist", {}, sending=False, reader=parse.jobs)

    async def job_trends(self, job_id: int) -> list[Trend]:
        fields = {"jobsid": str(int(job_id))}
        return await self._request("jobstrenlist", fields, sending=False, reader=parse.trends)

    async def jobs_count(self, trend_ids: Iterable[int]) -> int:
        fields = {"trendid": wire.id_list(trend_ids)}
        return await self._request("jobscount", fields, sending=False, reader=parse.integer)

    # --- the one HTTP call site ------------------------------------------------------------

    async def _request(
        self,
        op: str,
        fields: dict[str, str],
        *,
        sending: bool,
        reader: Callable[[Any], T] = _raw,
    ) -> T:
        """POST one op; retry read-only ops on transport failures; translate every failure."""
        form = {**self._credentials, "op": op, **fields}
        attempts = 1 if sending else 1 + self._read_retries
        for attempt in range(1, attempts + 1):
            started = time.monotonic()
            try:
                response = await self._http.post(self._url, data=form)
            except httpx.TransportError as exc:
                _log_result(op, started, type(exc).__name__, attempt)
                if attempt == attempts:
                    raise _transport_error(exc, sending) from exc
                await asyncio.sleep(self._retry_backoff * 2 ** (attempt - 1))
                continue
            except httpx.RequestError as exc:
                _log_result(op, started, type(exc).__name__, attempt)
                raise _bad(sending, type(exc).__name__) from exc
            if sending:
                return self._sent(op, started, response)  # type: ignore[return-value]
            decoded = clean_decoded(wire.decode_body(response.status_code, response.text))
            _log_result(op, started, _summary(decoded), attempt)
            return self._answer(op, decoded, sending, reader)
        raise AssertionError("unreachable")  # pragma: no cover

    def _sent(self, op: str, started: float, response: httpx.Response) -> int:
        """A sending op's answer through the one classifier: bulk id, refusal or unknown."""
        verdict = send_answer.classify_send(response.status_code, response.text)
        match verdict:
            case send_answer.Accepted(bulk_id):
                _log_result(op, started, "code 0", 1)
                return bulk_id
            case send_answer.Refused(code, text):
                _log_result(op, started, f"code {code}", 1)
                raise error_for_code(code, self._scrub(clean_text(text) if text else text))
            case send_answer.Unclear(detail):
                _log_result(op, started, "unclear answer", 1)
                raise unclear_send(self._scrub(clean_text(detail) if detail else detail) or "?")
        raise AssertionError(f"unhandled verdict {verdict!r}")  # pragma: no cover

    def _answer(
        self, op: str, decoded: wire.Decoded, sending: bool, reader: Callable[[Any], T]
    ) -> T:
        match decoded:
            case wire.Answer(data):
                try:
                    return reader(data)
                except (ValueError, TypeError) as exc:  # parse.UnreadableData and kin
                    raise _bad(sending, str(exc)) from exc
            case wire.CodeFailure(code, text):
                raise error_for_code(code, self._scrub(text))
            case wire.TextFailure(text):
                raise error_for_text(self._scrub(text) or "")
            case wire.NullBody() if op in wire.BULK_ID_OPS:
                raise bulk_not_found()
            case wire.NullBody():
                raise _bad(sending, "null body")
            case wire.Malformed(reason):
                raise _bad(sending, reason)
        raise AssertionError(f"unhandled answer {decoded!r}")  # pragma: no cover

    def _scrub(self, text: str | None) -> str | None:
        """Panel text with the account's username and password masked."""
        if text is None:
            return None
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text


def _transport_error(exc: httpx.TransportError, sending: bool) -> PanelError:
    reason = type(exc).__name__
    if sending and not isinstance(exc, NOT_SENT_ERRORS):
        return outcome_unknown(reason)
    return unreachable(reason)


def _bad(sending: bool, reason: str) -> PanelError:
    return unclear_send(reason) if sending else bad_response(reason)


def _summary(decoded: wire.Decoded) -> str:
    match decoded:
        case wire.Answer():
            return "code 0"
        case wire.CodeFailure(code):
            return f"code {code}"
        case wire.TextFailure():
            return "error text"
        case wire.NullBody():
            return "null"
        case wire.Malformed(reason):
            return reason
    return "?"  # pragma: no cover


def _log_result(op: str, started: float, result: str, attempt: int) -> None:
    elapsed = time.monotonic() - started
    log.debug("panel op=%s attempt=%d result=%s in %.3fs", op, attempt, result, elapsed)
