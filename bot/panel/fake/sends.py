"""The ops that spend credit: send, sendsociol, booksend, postalcodesend, jobssend.

Checks run in the order sender line (3), message (1), recipients (4, 98, 100, 101, 993),
send time (1006), credit (5). A failed check spends nothing and records no bulk.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from decimal import Decimal

from bot.panel.codes import SocialNetwork
from bot.panel.fake.answers import Json, error, invalid, ok
from bot.panel.fake.bulks import Bulk
from bot.panel.fake.parsing import (
    generated_numbers,
    int_ids,
    json_list,
    normalise_mobile,
    parse_int,
    parse_send_time,
    sms_parts,
)
from bot.panel.fake.state import Account, FakePanelState
from bot.panel.fake.targets import postal_count
from bot.panel.lines import line_key

Fields = Mapping[str, str]
SendOp = Callable[[FakePanelState, Account, Fields], list[Json]]


class Refusal(Exception):
    """A check failed: `answer` is the body to send back."""

    def __init__(self, answer: list[Json]) -> None:
        super().__init__(answer)
        self.answer = answer


def _sender(account: Account, fields: Fields) -> str:
    wanted = line_key(fields.get("from", ""))
    for line in account.lines:
        if wanted and line_key(line) == wanted:
            return line
    raise Refusal(error(3))


def _message(fields: Fields) -> str:
    message = fields.get("message", fields.get("Massage", ""))
    if not message.strip():
        raise Refusal(error(1))
    return message


def _check_text(account: Account, fields: Fields) -> None:
    """Sender line and message come first, as on the panel."""
    _sender(account, fields)
    _message(fields)


def _record(
    state: FakePanelState,
    account: Account,
    fields: Fields,
    *,
    op: str,
    numbers: list[str],
    price: Decimal,
    extra: dict[str, str],
) -> list[Json]:
    """Check time and credit for a bulk to `numbers`, then spend and record it."""
    sender, message = _sender(account, fields), _message(fields)
    if not numbers:
        return error(4)
    now = state.now()
    starts = now
    if fields.get("time", "").strip():
        scheduled = parse_send_time(fields["time"])
        if scheduled is None:
            return invalid("time")
        is_date_only = len(fields["time"].strip()) <= 10
        if (scheduled.date() < now.date()) if is_date_only else (scheduled < now):
            return error(1006)
        starts = max(scheduled, now)
    parts = sms_parts(message)
    cost = price * parts * len(numbers)
    if cost > account.credit:
        return error(5)
    account.credit -= cost
    bulk_id = state.new_bulk_id()
    state.bulks[bulk_id] = Bulk(
        bulk_id, op, account.username, sender, message, numbers, parts, cost, now, starts, extra
    )
    return ok(bulk_id)


def _to_numbers(state: FakePanelState, fields: Fields) -> list[str]:
    items = json_list(fields.get("to"))
    if not items:
        raise Refusal(error(4))
    if len(items) > state.max_recipients:
        raise Refusal(error(98))
    numbers = [normalise_mobile(str(item)) for item in items]
    return list(dict.fromkeys(number for number in numbers if number))


def _guarded(send: SendOp) -> SendOp:
    """Turn a `Refusal` raised by a check into its answer."""

    @functools.wraps(send)
    def run(state: FakePanelState, account: Account, fields: Fields) -> list[Json]:
        try:
            return send(state, account, fields)
        except Refusal as refusal:
            return refusal.answer

    return run


@_guarded
def op_send(state: FakePanelState, account: Account, fields: Fields) -> list[Json]:
    _check_text(account, fields)
    numbers = _to_numbers(state, fields)
    return _record(
        state, account, fields, op="send", numbers=numbers, price=state.price_per_part, extra={}
    )


@_guarded
def op_sendsociol(state: FakePanelState, account: Account, fields: Fields) -> list[Json]:
    network = fields.get("type", "")
    if network not in {member.value for member in SocialNetwork}:
        return invalid("type")
    _check_text(account, fields)
    numbers = _to_numbers(state, fields)
    price = state.social_price_per_part
    extra = {"type": network}
    return _record(
        state, account, fields, op="sendsociol", numbers=numbers, price=price, extra=extra
    )


@_guarded
def op_booksend(state: FakePanelState, account: Account, fields: Fields) -> list[Json]:
    _check_text(account, fields)
    items = json_list(fields.get("bookid"))
    ids = int_ids(items) if items is not None else None
    if ids is None:
        return error(993)
    if not ids:
        return error(4)
    numbers: list[str] = []
    for book_id in ids:
        book = account.book(book_id)
        if book is None:
            return error(100)
        if book.size == 0:
            return error(101)
        numbers += generated_numbers(f"book:{account.username}:{book.id}", book.size)
    extra = {"bookid": fields["bookid"]}
    price = state.price_per_part
    return _record(state, account, fields, op="booksend", numbers=numbers, price=price, extra=extra)


@_guarded
def op_postalcodesend(state: FakePanelState, account: Account, fields: Fields) -> list[Json]:
    _check_text(account, fields)
    target = {key: fields.get(key, "") for key in ("type", "gender", "postalcode")}
    count = postal_count(state, **target)
    numbers = generated_numbers("postal:" + ":".join(target.values()), count)
    price = state.price_per_part
    return _record(
        state, account, fields, op="postalcodesend", numbers=numbers, price=price, extra=target
    )


@_guarded
def op_jobssend(state: FakePanelState, account: Account, fields: Fields) -> list[Json]:
    _check_text(account, fields)
    job_id = parse_int(fields.get("jobsid"))
    job = next((job for job in state.jobs if job.id == job_id), None)
    items = json_list(fields.get("trendid"))
    ids = int_ids(items) if items is not None else None
    if job is None or not ids:
        return error(4)
    numbers: list[str] = []
    for trend in job.trends:
        if trend.id in ids:
            numbers += generated_numbers(f"trend:{trend.id}", trend.count)
    extra = {"jobsid": fields["jobsid"], "trendid": fields["trendid"]}
    price = state.price_per_part
    return _record(state, account, fields, op="jobssend", numbers=numbers, price=price, extra=extra)
