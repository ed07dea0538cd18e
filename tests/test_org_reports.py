"""Company reports: Jalali periods (week from Saturday, typed ranges in any digits), totals and
breakdowns over the audit trail of several chats, the fixed-size text and the .xlsx export."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import jdatetime
import pytest
from openpyxl import load_workbook
from sqlalchemy import update
from sqlmodel import Session

from bot.i18n import I18n
from bot.services.company_report import aggregate
from bot.services.company_report_view import TOP_LINES, export_xlsx, report_text
from bot.services.report_ranges import (
    RangeError,
    parse_range,
    this_month,
    this_week,
    today,
)
from storage import AuditState, OperationKind, Storage
from storage.models import AuditEntry
from storage.org import OrgStore
from storage.org_records import Delivery

# tests/ may or may not be a package; the fixtures module sits beside this file either way.
pytest_plugins = (f"{__package__}.storage_fixtures" if __package__ else "storage_fixtures",)

PRICE = Decimal(100)
ALI, SARA, REZA = 2001, 2002, 2003
NAMES = {ALI: "علی رضایی", SARA: "سارا", REZA: "رضا"}
GROUP = -100900
I18N = I18n.load(strict=True)


def jalali(year: int, month: int, day: int) -> date:
    return jdatetime.date(year, month, day).togregorian()


# --- periods ----------------------------------------------------------------------------------


def test_today_follows_the_tehran_calendar():
    # 20:40 UTC on 1 Dec is 00:10 on 2 Dec in Tehran (UTC+03:30).
    late = datetime(2026, 12, 1, 20, 40, tzinfo=UTC)
    period = today(late)
    assert period.first_day == period.last_day == date(2026, 12, 2)
    assert period.start == datetime(2026, 12, 1, 20, 30, tzinfo=UTC)
    assert period.end == datetime(2026, 12, 2, 20, 30, tzinfo=UTC)
    assert period.contains(late) and not period.contains(late - timedelta(minutes=11))


@pytest.mark.parametrize(
    ("day", "saturday"),
    [
        (date(2026, 12, 5), date(2026, 12, 5)),  # a Saturday: the week starts today
        (date(2026, 12, 4), date(2026, 11, 28)),  # a Friday: the last day of the week
        (date(2026, 12, 1), date(2026, 11, 28)),  # a Tuesday
    ],
)
def test_the_week_starts_on_saturday(day, saturday):
    noon_tehran = datetime(day.year, day.month, day.day, 8, 30, tzinfo=UTC)
    period = this_week(noon_tehran)
    assert (period.first_day, period.last_day) == (saturday, day)
    assert period.first_day.weekday() == 5


def test_this_month_starts_on_the_first_of_the_jalali_month():
    moment = datetime.combine(jalali(1405, 9, 10), datetime.min.time(), tzinfo=UTC)
    period = this_month(moment + timedelta(hours=12))
    assert period.first_day == jalali(1405, 9, 1)
    assert period.last_day == jalali(1405, 9, 10)


@pytest.mark.parametrize(
    "typed",
    [
        "۱۴۰۵/۰۹/۰۱ تا ۱۴۰۵/۰۹/۰۷",
        "1405/09/01 تا 1405/09/07",
        "١٤٠٥/٩/١ - ١٤٠٥/٩/٧",
        " 1405-9-1 to 1405.09.07 ",
    ],
)
def test_a_typed_jalali_range_in_any_digits(typed):
    period = parse_range(typed)
    assert (period.first_day, period.last_day) == (jalali(1405, 9, 1), jalali(1405, 9, 7))
    assert period.days == 7 and period.kind == "range"


def test_one_typed_date_is_that_whole_day():
    period = parse_range("۱۴۰۵/۰۹/۱۲")
    assert period.first_day == period.last_day == jalali(1405, 9, 12)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("", "format"),
        ("دیروز", "format"),
        ("1405/09/01 و 1405/09/07", "format"),
        ("از 1405/09/01 تا 1405/09/07", "format"),
        ("1405/09/01 تا 1405/09/07 تا 1405/09/08", "format"),
        ("1405/13/01", "date"),
        ("1405/07/31", "date"),  # Mehr has 30 days
        ("1405/09/07 تا 1405/09/01", "order"),
        ("1403/01/01 تا 1405/01/01", "too-long"),
        ("1" * 200, "format"),
    ],
)
def test_a_range_that_cannot_be_used_says_why(typed, reason):
    with pytest.raises(RangeError) as refused:
        parse_range(typed)
    assert refused.value.reason == reason
    assert I18N.t(f"org-report-range-error-{reason}", locale="fa")


# --- figures over the audit trail -------------------------------------------------------------


async def _send(
    store: Storage,
    key: str,
    *,
    chat: int,
    user: int,
    recipients: int,
    parts: int = 1,
    state: AuditState = AuditState.SENT,
    bulk: str | None = None,
    kind: OperationKind = OperationKind.SEND,
    batches: int = 1,
) -> None:
    for index in range(1, batches + 1):
        audit_id = await store.audit_start(
            operation_key=key,
            chat_id=chat,
            user_id=user,
            operation=kind,
            sender="3000",
            recipient_count=recipients,
            parts=parts,
            batch_index=index,
            batch_total=batches,
            text="متن پیامک محرمانه",
        )
        bulk_id = f"{bulk}{index}" if bulk and state is AuditState.SENT else None
        await store.audit_finish(audit_id, state=state, bulk_id=bulk_id)


async def _three_operators(store: Storage) -> None:
    await _send(store, "a1", chat=ALI, user=ALI, recipients=500, parts=2, bulk="10", batches=2)
    await _send(store, "s1", chat=GROUP, user=SARA, recipients=300, bulk="20")
    await _send(store, "s2", chat=GROUP, user=SARA, recipients=100, state=AuditState.FAILED)
    await _send(
        store,
        "r1",
        chat=REZA,
        user=REZA,
        recipients=50,
        state=AuditState.UNKNOWN,
        kind=OperationKind.POSTAL,
    )
    await _send(store, "old", chat=ALI, user=ALI, recipients=9999, bulk="99")
    with Session(store.engine) as session:  # a send of last month is outside this week
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.operation_key == "old")
            .values(created_at=datetime.now(UTC) - timedelta(days=40))
        )
        session.commit()
    org = OrgStore.of(store)
    await org.save_delivery(Delivery("101", total=500, delivered=450, failed=50))
    await org.save_delivery(Delivery("201", total=300, delivered=240, failed=10))


async def _report(store: Storage):
    await _three_operators(store)
    org = OrgStore.of(store)
    period = this_week()
    records = await org.send_records(period.start, period.end)
    deliveries = await org.deliveries(r.bulk_id for r in records if r.bulk_id)
    return aggregate(period, records, deliveries, PRICE), records


async def test_totals_and_breakdowns_of_a_week_across_chats(store):
    report, records = await _report(store)

    assert len(records) == 5  # Ali's two batches, Sara's two sends, Reza's one; not "old"
    totals = report.totals
    assert (totals.sends, totals.requests, totals.recipients) == (4, 5, 1450)
    # Ali: 2 batches × 500 × 2 parts; Sara: 300 × 1 (the refused 100 cost nothing); Reza 50.
    assert totals.parts == 2000 + 300 + 50
    assert totals.cost_rials == PRICE * 2350
    assert totals.delivery_rate == pytest.approx(100 * 690 / 800)

    assert list(report.by_operator) == [ALI, SARA, REZA]
    assert report.by_operator[SARA].sends == 2 and report.by_operator[SARA].recipients == 400
    assert report.by_operator[REZA].delivery_rate is None
    assert set(report.by_account) == {f"chat:{ALI}", f"chat:{GROUP}", f"chat:{REZA}"}
    assert report.by_kind["postal"].recipients == 50
    assert {state: t.requests for state, t in report.by_state.items()} == {
        "sent": 3,
        "failed": 1,
        "unknown": 1,
    }


async def test_the_report_text_names_staff_and_stays_small(store):
    fa = I18N.for_locale("fa")
    report, _ = await _report(store)
    text = report_text(
        fa, report, NAMES.get, lambda key: "خط فروش" if key == f"chat:{GROUP}" else None
    )

    assert NAMES[ALI] in text and NAMES[SARA] in text
    assert "خط فروش" in text
    assert fa.t("org-state-unknown") in text and "متن پیامک محرمانه" not in text
    assert fa.number(1450) in text and fa.number(235_000) in text
    assert fa.percent(100 * 690 / 800, decimals=1) in text

    many = aggregate(report.period, _many_operators(report.period.start, 300), {}, PRICE)
    long_text = report_text(fa, many, lambda _: None, lambda _: None)
    assert len(long_text) < 4096
    assert fa.t("org-report-more", count=300 - TOP_LINES) in long_text


def _many_operators(start: datetime, count: int):
    from storage.org_reports import SendRecord

    return [
        SendRecord(
            f"k{n}", n, n, start + timedelta(minutes=1), "send", "sent", 10, 1, None, "chat:1"
        )
        for n in range(1, count + 1)
    ]


async def test_an_empty_period_says_so(store):
    fa = I18N.for_locale("fa")
    period = parse_range("1400/01/01")
    report = aggregate(period, [], {}, PRICE)
    assert fa.t("org-report-empty") in report_text(fa, report, NAMES.get, lambda _: None)


async def test_the_xlsx_export_opens_with_openpyxl_and_holds_the_rows(store):
    fa = I18N.for_locale("fa")
    _, records = await _report(store)

    data = export_xlsx(fa, records, NAMES.get, lambda _: None, PRICE)
    sheet = load_workbook(io.BytesIO(data), read_only=True).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0][1] == fa.t("org-xlsx-operator") and len(rows) == 1 + len(records)
    body = rows[1:]
    assert [row[1] for row in body] == [NAMES[ALI]] * 2 + [NAMES[SARA]] * 2 + [NAMES[REZA]]
    assert [int(row[5]) for row in body] == [500, 500, 300, 100, 50]
    assert [int(row[7]) for row in body] == [100_000, 100_000, 30_000, 0, 5_000]
    assert [row[8] for row in body] == ["101", "102", "201", "", ""]
    assert body[3][4] == fa.t("org-state-failed")
