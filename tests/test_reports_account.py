"""/credit, /inbox, /packages and /history: what a staff member sees about the account."""

from __future__ import annotations

import pytest

from bot.formatting import format_datetime
from storage import AuditState, OperationKind
from tests import texts
from tests.conftest import ADMIN_ID, OPERATOR_ID
from tests.reports_helpers import (
    audit_send,
    button_text,
    fa,
    plain,
    send_bulk,
    show_menu_button,
)

NEXT, PREVIOUS = texts.fa("button-next"), texts.fa("button-previous")


async def test_credit_in_persian_digits_and_rials(bot_env):
    await bot_env.login()
    reply = await bot_env.say("/credit")
    assert plain(reply.text) == "💰 اعتبار حساب پنل: ۲۵۰٬۰۰۰ ریال"
    assert plain(reply.text) == texts.fa(
        "report-credit", amount=texts.fa("amount-rials", amount=250000)
    )
    assert len(bot_env.panel_received("credit")) == 1


async def test_credit_from_the_menu_button(bot_env):
    await bot_env.login()
    menu = await show_menu_button(bot_env, "اعتبار", "menu.credit")
    reply = await bot_env.tap("اعتبار", message=menu)
    assert "۲۵۰٬۰۰۰ ریال" in plain(reply.text)


async def test_every_report_needs_a_panel_account_first(bot_env):
    for command in ("/credit", "/delivery 10929800", "/status 10929800", "/inbox", "/packages"):
        reply = await bot_env.say(command)
        assert "/login" in reply.text, command
    assert bot_env.fake.state.requests == []


async def test_a_panel_error_is_shown_as_its_sentence(bot_env):
    await bot_env.login()
    bot_env.fake.state.inject("credit", code=963)
    reply = await bot_env.say("/credit")
    assert plain(reply.text) == texts.fa("panel-error-963")


async def test_an_unreadable_panel_answer_is_explained(bot_env):
    await bot_env.login()
    bot_env.fake.state.inject("accesslist", malformed="html")
    reply = await bot_env.say("/packages")
    assert "پاسخ پنل پیامک قابل فهم نبود" in plain(reply.text)


async def test_inbox_newest_first_with_jalali_dates_and_paging(bot_env):
    await bot_env.login()
    first = await bot_env.say("/inbox")
    text = plain(first.text)
    assert texts.fa("report-inbox-title", count=15) in text
    assert text.index("باتشکر از همراهی شما") < text.index("تمدید اشتراک چگونه است؟")
    assert "+۹۸۹۲۱۳۳۳۴۴۵۵ · 🕒 ۱۴۰۵/۰۹/۰۳ ۲۰:۴۵" in text  # 2026-11-24 20:45 Tehran
    assert "سفارش من کی ارسال" not in text
    assert "صفحهٔ ۱ از ۳" in [plain(t) for t in first.button_texts]

    second = await bot_env.tap(NEXT, message=first)
    assert second.message_id == first.message_id
    assert "باتشکر از همراهی شما" not in plain(second.text)
    third = await bot_env.tap(NEXT, message=second)
    assert "سلام، سفارش من کی ارسال می‌شود؟" in plain(third.text)
    assert "۱۴۰۵/۰۸/۲۹ ۱۰:۱۵" in plain(third.text)  # the oldest: 2026-11-20 10:15
    back = await bot_env.tap(PREVIOUS, message=third)
    assert plain(back.text) == plain(second.text)


async def test_an_empty_inbox_says_so(bot_env):
    await bot_env.login()
    bot_env.fake.state.accounts["demo"].inbox = []
    reply = await bot_env.say("/inbox")
    assert plain(reply.text) == texts.fa("report-inbox-empty")


async def test_packages_are_listed(bot_env):
    await bot_env.login()
    reply = await bot_env.say("/packages")
    text = plain(reply.text)
    for line in ("• پایه (شناسهٔ ۱)", "• نقره‌ای (شناسهٔ ۲)", "• طلایی (شناسهٔ ۳)"):
        assert line in text
    assert len(bot_env.panel_received("accesslist")) == 1


async def test_history_lists_this_chats_sends_with_a_tap_through(bot_env):
    await bot_env.login()
    await bot_env.add_operator()
    bulk_id = await send_bulk(bot_env, 5)
    bot_env.fake.state.advance(120)
    sent = await audit_send(bot_env.storage, bulk_id=bulk_id, user_id=OPERATOR_ID, recipients=5)
    await audit_send(bot_env.storage, bulk_id=None, state=AuditState.UNKNOWN, key="lost")
    await audit_send(
        bot_env.storage,
        bulk_id=None,
        state=AuditState.FAILED,
        key="books",
        operation=OperationKind.BOOKS,
        recipients=None,
    )
    await audit_send(bot_env.storage, bulk_id=777, chat_id=4242, key="other chat")

    shown = await bot_env.say("/history")
    text = plain(shown.text)
    record = await bot_env.storage.audit(sent)
    assert format_datetime(record.created_at, "fa") in text
    assert texts.fa("report-history-when", when="", user_id=OPERATOR_ID).split(" · ")[1] in text
    sent, unknown = texts.fa("report-state-sent"), texts.fa("report-state-unknown")
    bulk = texts.fa("report-history-bulk", bulk_id=bulk_id)
    assert f"ارسال پیامک · ۵ گیرنده · {sent} · {bulk}" in text
    assert f"ارسال پیامک · ۴۵ گیرنده · {unknown}" in text
    assert "ارسال به دفترچهٔ تلفن · ناموفق" in text
    assert "۷۷۷" not in text
    assert text.index(fa(bulk_id)) > text.index("ارسال به دفترچهٔ تلفن")  # newest first
    assert [plain(t) for t in shown.button_texts] == [
        texts.fa("report-button-delivery", bulk_id=bulk_id),
        texts.fa("org-history-button-open"),  # the company's sends (tests/test_org_history_*)
    ]

    report = await bot_env.tap(
        button_text(shown, texts.fa("report-button-delivery", bulk_id=bulk_id)), message=shown
    )
    assert f"گزارش تحویل ارسال {fa(bulk_id)}" in plain(report.text)
    assert "تعداد گیرندگان: ۵" in plain(report.text)


async def test_history_of_a_chat_without_sends(bot_env):
    reply = await bot_env.say("/history")
    assert plain(reply.text) == "هنوز ارسالی از این گفت‌وگو ثبت نشده است."


async def test_history_in_english(bot_env):
    await bot_env.storage.set_locale(ADMIN_ID, "en")
    bot_env.app.chat_data[ADMIN_ID]["locale"] = "en"
    await audit_send(bot_env.storage, bulk_id=1234)
    reply = await bot_env.say("/history")
    assert "SMS send · 45 recipients · sent · send id 1234" in plain(reply.text)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("menu.inbox", texts.fa_head("report-inbox-title")),
        ("menu.packages", texts.fa("report-packages-title")),
        ("menu.history", "هنوز ارسالی از این گفت‌وگو ثبت نشده است"),
    ],
)
async def test_menu_buttons_open_the_reports(bot_env, name, expected):
    await bot_env.login()
    menu = await show_menu_button(bot_env, "گزارش", name)
    shown = await bot_env.tap("گزارش", message=menu)
    assert expected in plain(shown.text)
