"""/credit, /inbox, /packages and /history: what a staff member sees about the account."""

from __future__ import annotations

import pytest

from tests import texts
from tests.reports_helpers import (
    plain,
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


async def test_history_of_a_chat_without_sends(bot_env):
    reply = await bot_env.say("/history")
    assert plain(reply.text) == "هنوز ارسالی از این گفت‌وگو ثبت نشده است."


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
