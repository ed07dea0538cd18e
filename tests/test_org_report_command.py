"""Company /report through the real Application: an admin asks for this week (three operators,
three chats), reads the totals by name and gets the .xlsx of every request; a bad range is
explained; an operator gets no company figures."""

from __future__ import annotations

import io

from openpyxl import load_workbook
from telegram.ext import CommandHandler

from bot.handlers.company_reports import company_report
from bot.services import staff_names
from bot.services.sending import PART_PRICE_RIALS
from storage import AuditState, OperationKind, Role
from storage.org_records import Profile
from tests.conftest import OPERATOR_ID
from tests.registry_shim import one_shot_handlers

OPERATORS = {OPERATOR_ID: ("علی", 120), 3003: ("سارا", 45), 3004: ("رضا", 300)}
GROUP = -100321


def t(bot_env, key, **variables):
    return bot_env.app.services.i18n.t(key, locale="fa", **variables)


def use_company_report(bot_env) -> None:
    """The company /report is the only /report registered (it replaced the per-chat one)."""
    handlers = one_shot_handlers(bot_env.app)
    (handler,) = [h for h in handlers if isinstance(h, CommandHandler) and "report" in h.commands]
    assert handler.callback is company_report


async def _three_operators_sent(bot_env) -> int:
    names = staff_names.of(bot_env.app.services)
    requests = 0
    for index, (user_id, (name, recipients)) in enumerate(OPERATORS.items()):
        await bot_env.storage.add_staff(user_id, Role.OPERATOR, added_by=bot_env.admin.user_id)
        await names._store.save_profile(Profile(user_id, name))
        chat = GROUP if index == 2 else user_id
        for batch in (1, 2):
            audit_id = await bot_env.storage.audit_start(
                operation_key=f"op{user_id}",
                chat_id=chat,
                user_id=user_id,
                operation=OperationKind.SEND,
                sender="3000",
                recipient_count=recipients,
                parts=1,
                batch_index=batch,
                batch_total=2,
            )
            await bot_env.storage.audit_finish(
                audit_id, state=AuditState.SENT, bulk_id=f"{user_id}{batch}"
            )
            requests += 1
    return requests


async def test_an_admin_reads_the_week_by_operator_and_downloads_the_rows(bot_env):
    use_company_report(bot_env)
    requests = await _three_operators_sent(bot_env)

    reply = await bot_env.say("/report هفته")
    fa = bot_env.app.services.i18n.for_locale("fa")
    assert fa.t("org-report-section-operator") in reply.text
    for name, _ in OPERATORS.values():
        assert name in reply.text
    assert fa.number(2 * (120 + 45 + 300)) in reply.text  # recipients of the week
    assert reply.text.index("رضا") < reply.text.index("علی") < reply.text.index("سارا")

    sent = await bot_env.tap(t(bot_env, "org-report-button-xlsx"))
    assert sent.document is not None and sent.document.filename.endswith(".xlsx")
    sheet = load_workbook(io.BytesIO(sent.document.content), read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 1 + requests
    assert sorted({row[1] for row in rows[1:]}) == sorted(n for n, _ in OPERATORS.values())
    assert sum(int(row[5]) for row in rows[1:]) == 2 * (120 + 45 + 300)


async def test_a_typed_range_in_persian_digits_and_a_bad_one(bot_env):
    use_company_report(bot_env)
    good = await bot_env.say("/report ۱۴۰۵/۰۹/۰۱ تا ۱۴۰۵/۰۹/۰۷")
    title = t(bot_env, "org-report-title-range", first=_d(1), last=_d(7))
    assert good.text.splitlines()[0] == title and "۱۴۰۵/۰۹/۰۷" in title
    assert t(bot_env, "org-report-empty") in good.text
    bad = await bot_env.say("/report ۱۴۰۵/۰۹/۰۷ تا ۱۴۰۵/۰۹/۰۱")
    assert bad.text == t(bot_env, "org-report-range-error-order")
    again = await bot_env.say("/report ماه")  # the chat stays usable
    assert t(bot_env, "org-report-section-operator") in again.text or (
        t(bot_env, "org-report-empty") in again.text
    )


def _d(day: int):
    import jdatetime

    return jdatetime.date(1405, 9, day).togregorian()


async def test_an_operator_gets_no_company_figures(bot_env):
    use_company_report(bot_env)
    await _three_operators_sent(bot_env)
    operator = bot_env.user(OPERATOR_ID)
    reply = await bot_env.say("/report هفته", user=operator)
    assert t(bot_env, "org-report-section-operator") not in reply.text
    assert "سارا" not in reply.text


async def test_the_week_report_of_three_operators_matches_what_the_panel_received(bot_env):
    """Three operators send through the real Application (jobs, fake panel); the admin's
    /report هفته counts exactly the panel's requests, recipients and cost, by operator."""
    import json

    from tests.test_org_job_wiring import next_text, operator_preview

    people = {OPERATOR_ID: ("رضا", 3), 1011: ("علی", 2), 1012: ("سارا", 1)}
    for user_id, (name, count) in people.items():
        await bot_env.storage.add_staff(user_id, Role.OPERATOR, added_by=bot_env.admin.user_id)
        operator = bot_env.user(user_id, name)
        await bot_env.login(operator)
        numbers = [f"0912{user_id:04d}{n:03d}" for n in range(count)]
        preview = await operator_preview(bot_env, operator, numbers=numbers, text="سلام")
        await bot_env.tap(t(bot_env, "button-send"), user=operator, message=preview)
        await next_text(bot_env, user_id, "sendjob-summary-done")

    received = bot_env.panel_received("send")
    recipients = sum(len(json.loads(request.fields["to"])) for request in received)
    assert len(received) == 3 and recipients == 6
    reply = await bot_env.say("/report هفته")
    totals = t(
        bot_env,
        "org-report-totals",
        sends=len(received),
        recipients=recipients,
        parts=recipients,  # a one-part text
        cost=PART_PRICE_RIALS * recipients,
    )
    assert totals in reply.text
    for name, count in people.values():
        line = t(
            bot_env,
            "org-report-line",
            name=t(bot_env, "org-user-named", name=name),
            sends=1,
            recipients=count,
            cost=PART_PRICE_RIALS * count,
        )
        assert line in reply.text


async def test_period_buttons_and_a_typed_range_under_the_report(bot_env):
    from bot.formatting import strip_isolates
    from bot.services.report_ranges import this_month, this_week

    report = await bot_env.say("/report")
    week = await bot_env.tap(t(bot_env, "org-report-button-week"), message=report)
    period = this_week()
    title = t(bot_env, "org-report-title-week", first=period.first_day, last=period.last_day)
    assert week.message_id == report.message_id and week.text.splitlines()[0] == title
    month = await bot_env.tap(t(bot_env, "org-report-button-month"), message=week)
    period = this_month()
    title = t(bot_env, "org-report-title-month", first=period.first_day, last=period.last_day)
    assert month.text.splitlines()[0] == title

    ask = await bot_env.tap(t(bot_env, "org-report-button-range"), message=month)
    assert strip_isolates(ask.text) == strip_isolates(t(bot_env, "org-report-ask-range"))
    bad = await bot_env.say("۱۴۰۵/۱۳/۰۱")
    assert bad.text == t(bot_env, "org-report-range-error-date")
    good = await bot_env.say("۱۴۰۵/۰۹/۰۱ تا ۱۴۰۵/۰۹/۰۷")
    title = t(bot_env, "org-report-title-range", first=_d(1), last=_d(7))
    assert good.text.splitlines()[0] == title
