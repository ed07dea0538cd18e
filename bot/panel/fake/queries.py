"""The ops that only read: credit, reports, lists, counts, lines, usertime."""

from __future__ import annotations

from collections.abc import Mapping

from bot.panel.fake.answers import Json, error, nested, ok, ok_list
from bot.panel.fake.parsing import int_ids, json_list, parse_int
from bot.panel.fake.state import Account, FakePanelState
from bot.panel.fake.targets import postal_count, trends_count

Fields = Mapping[str, str]


def op_credit(state: FakePanelState, account: Account, fields: Fields) -> Json:
    return ok(f"{account.credit:.1f}")


def op_delivery(state: FakePanelState, account: Account, fields: Fields) -> Json:
    """`[0, "[\\"+98912…:status\\", …]"]`; `null` for a bulk id that is not this account's."""
    bulk_id = parse_int(fields.get("uinqid", fields.get("uniqid")))
    bulk = state.bulks.get(bulk_id) if bulk_id is not None else None
    if bulk is None or bulk.owner != account.username:
        return None
    now = state.now()
    return ok(nested([f"{number}:{status.value}" for number, status in bulk.statuses(now)]))


def op_checkmessage(state: FakePanelState, account: Account, fields: Fields) -> Json:
    bulk_id = parse_int(fields.get("messageid"))
    bulk = state.bulks.get(bulk_id) if bulk_id is not None else None
    if bulk is None or bulk.owner != account.username:
        return error(456)
    now = state.now()
    return {
        "statusMessage": bulk.bulk_status(now).value,
        "validMessage": bulk.validation(now).value,
    }


def op_booklist(state: FakePanelState, account: Account, fields: Fields) -> Json:
    return ok_list(
        [{"id": book.id, "title": book.title, "count": book.size} for book in account.books]
    )


def op_inboxlist(state: FakePanelState, account: Account, fields: Fields) -> Json:
    return ok_list(
        [
            {"number": item.number, "message": item.message, "date": item.date}
            for item in account.inbox
        ]
    )


def op_accesslist(state: FakePanelState, account: Account, fields: Fields) -> Json:
    return ok_list([{"id": package.id, "title": package.title} for package in state.packages])


def op_postalcodearea(state: FakePanelState, account: Account, fields: Fields) -> Json:
    """Areas as `{id, title, postalcode}`; every fifth one says `name` instead of `title`."""
    return ok_list(
        [
            {
                "id": area.id,
                "name" if area.id % 5 == 0 else "title": area.title,
                "postalcode": area.postalcode,
            }
            for area in state.areas
        ]
    )


def op_postalcodecount(state: FakePanelState, account: Account, fields: Fields) -> Json:
    """`[0, n]` for even counts and `[0, "n"]` for odd ones: clients must take both."""
    count = postal_count(
        state,
        type=fields.get("type", ""),
        gender=fields.get("gender", ""),
        postalcode=fields.get("postalcode", ""),
    )
    return ok(count if count % 2 == 0 else str(count))


def op_jobslist(state: FakePanelState, account: Account, fields: Fields) -> Json:
    return ok_list([{"id": job.id, "title": job.title} for job in state.jobs])


def op_jobstrenlist(state: FakePanelState, account: Account, fields: Fields) -> Json:
    job_id = parse_int(fields.get("jobsid"))
    job = next((job for job in state.jobs if job.id == job_id), None)
    trends = job.trends if job else []
    return ok_list([{"id": trend.id, "title": trend.title} for trend in trends])


def op_jobscount(state: FakePanelState, account: Account, fields: Fields) -> Json:
    items = json_list(fields.get("trendid"))
    ids = int_ids(items) if items is not None else None
    if ids is None:
        return error(4)
    return ok(trends_count(state, ids))


def op_lines(state: FakePanelState, account: Account, fields: Fields) -> Json:
    """A JSON list whose items are JSON strings themselves, as real panels answer."""
    return ok(nested([nested({"number": line}) for line in account.lines]))


def op_usertime(state: FakePanelState, account: Account, fields: Fields) -> Json:
    return ok(account.expiry)
