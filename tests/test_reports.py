"""/delivery and /status: a staff member checks how a bulk went, pages it, downloads the file."""

from __future__ import annotations

import io

import openpyxl
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import Action
from tests import texts
from tests.conftest import ADMIN_ID
from tests.reports_helpers import (
    DELIVERY_WORDS_FA,
    audit_send,
    button_text,
    fa,
    panel_statuses,
    plain,
    send_bulk,
    show_menu_button,
    status_counts,
)

NEXT, PREVIOUS = texts.fa("button-next"), texts.fa("button-previous")
XLSX = "📥 فایل اکسل کامل"


async def settled_bulk(bot_env, count: int = 45) -> int:
    await bot_env.login()
    bulk_id = await send_bulk(bot_env, count)
    bot_env.fake.state.advance(120)
    return bulk_id


async def test_delivery_report_counts_every_status_with_a_bar(bot_env):
    bulk_id = await settled_bulk(bot_env)
    report = await bot_env.say(f"/delivery {bulk_id}")
    text = plain(report.text)
    assert f"گزارش تحویل ارسال {fa(bulk_id)}" in text
    assert "تعداد گیرندگان: ۴۵" in text
    counts = status_counts(bot_env, bulk_id)
    assert sum(counts.values()) == 45 and counts["delivered"] > 0
    for status, count in counts.items():
        percent = fa(round(100 * count / 45))
        line = next(
            li for li in text.splitlines() if li.startswith(DELIVERY_WORDS_FA[status] + ":")
        )
        assert line.startswith(f"{DELIVERY_WORDS_FA[status]}: {fa(count)}  ")
        assert line.endswith(f" {percent}٪")
        assert "▓" in line
    assert "وضعیت همهٔ شماره‌ها نهایی شده است" in text
    request = bot_env.panel_received("delivery")[-1]
    assert str(bulk_id) in request.fields.values()


async def test_a_report_in_progress_says_how_many_are_not_final(bot_env):
    bot_env.fake.state.clock.runs = False
    await bot_env.login()
    bulk_id = await send_bulk(bot_env, 3)
    text = plain((await bot_env.say(f"/delivery {bulk_id}")).text)
    assert "در حال ارسال: ۳  ▓▓▓▓▓▓▓▓▓▓ ۱۰۰٪" in text
    assert "وضعیت ۳ شماره هنوز نهایی نشده است" in text


async def test_numbers_are_paged_in_place_with_previous_and_next(bot_env):
    bulk_id = await settled_bulk(bot_env)
    statuses = panel_statuses(bot_env, bulk_id)
    report = await bot_env.say(f"/delivery {bulk_id}")
    assert "۱. +۹۸۹۱۲۰۰۰۰۰۰۰ — " + DELIVERY_WORDS_FA[statuses["+989120000000"]] in plain(
        report.text
    )
    assert "۲۱. " not in plain(report.text)
    assert "صفحهٔ ۱ از ۳" in [plain(t) for t in report.button_texts]
    assert PREVIOUS not in report.button_texts

    second = await bot_env.tap(NEXT, message=report)
    assert second.message_id == report.message_id
    word = DELIVERY_WORDS_FA[statuses["+989120000020"]]
    assert f"۲۱. +۹۸۹۱۲۰۰۰۰۰۲۰ — {word}" in plain(second.text)
    assert "۱. +۹۸۹۱۲۰۰۰۰۰۰۰ " not in plain(second.text)
    assert "صفحهٔ ۲ از ۳" in [plain(t) for t in second.button_texts]

    third = await bot_env.tap(NEXT, message=second)
    assert "۴۵. +۹۸۹۱۲۰۰۰۰۰۴۴" in plain(third.text)
    assert NEXT not in third.button_texts
    back = await bot_env.tap(PREVIOUS, message=third)
    assert back.message_id == report.message_id
    assert "۲۱. +۹۸۹۱۲۰۰۰۰۰۲۰" in plain(back.text)


async def test_the_xlsx_button_sends_the_whole_report_as_a_file(bot_env):
    bulk_id = await settled_bulk(bot_env)
    statuses = panel_statuses(bot_env, bulk_id)
    await bot_env.say(f"/delivery {bulk_id}")
    sent = await bot_env.tap(XLSX)
    assert sent.document is not None
    assert sent.document.filename == f"delivery-{bulk_id}.xlsx"
    assert f"ارسال {fa(bulk_id)}" in plain(sent.text)
    sheet = openpyxl.load_workbook(io.BytesIO(sent.document.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == tuple(texts.fa(f"report-xlsx-{c}") for c in ("number", "status", "code"))
    assert len(rows) == 46
    assert {row[0]: row[2] for row in rows[1:]} == statuses
    assert all(row[1] == DELIVERY_WORDS_FA[row[2]] for row in rows[1:])
    assert sheet.sheet_view.rightToLeft


async def test_persian_digits_are_accepted_as_a_bulk_id(bot_env):
    bulk_id = await settled_bulk(bot_env, 2)
    report = await bot_env.say(f"/delivery {fa(bulk_id)}")
    assert "تعداد گیرندگان: ۲" in plain(report.text)
    arabic = str(bulk_id).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    report = await bot_env.say(f"/delivery {arabic}")
    assert "تعداد گیرندگان: ۲" in plain(report.text)


async def test_a_bulk_id_that_is_not_a_number_is_explained(bot_env):
    await bot_env.login()
    reply = await bot_env.say("/delivery abc")
    assert "شناسهٔ ارسال یک عدد است" in plain(reply.text)
    assert bot_env.panel_received("delivery") == []


async def test_an_unknown_bulk_gets_its_sentence(bot_env):
    await bot_env.login()
    reply = await bot_env.say("/delivery 99999")
    assert plain(reply.text) == texts.fa("panel-bulk-not-found")


async def test_bare_delivery_asks_for_the_id_and_offers_recent_bulks(bot_env):
    bulk_id = await settled_bulk(bot_env, 4)
    await audit_send(bot_env.storage, bulk_id=bulk_id)
    asked = await bot_env.say("/delivery")
    assert plain(asked.text) == texts.fa("report-ask-bulk-id-recent")
    label = texts.fa("report-button-delivery", bulk_id=bulk_id)
    report = await bot_env.tap(button_text(asked, label), message=asked)
    assert "تعداد گیرندگان: ۴" in plain(report.text)
    assert report.message_id != asked.message_id


async def test_the_menu_asks_for_an_id_and_a_typed_id_shows_the_report(bot_env):
    bulk_id = await settled_bulk(bot_env, 4)
    menu = await show_menu_button(bot_env, "گزارش تحویل", "menu.delivery")
    asked = await bot_env.tap("گزارش تحویل", message=menu)
    assert "شناسهٔ ارسالی" in plain(asked.text)
    hint = await bot_env.say("فردا")
    assert "شناسهٔ ارسال یک عدد است" in plain(hint.text)
    await bot_env.stub.send_sticker(bot_env.admin)
    sticker_hint = await bot_env.stub.wait_for_message(bot_env.admin.user_id)
    assert "لطفاً یک عدد بفرستید" in plain(sticker_hint.text)
    report = await bot_env.say(fa(bulk_id))
    assert "تعداد گیرندگان: ۴" in plain(report.text)
    credit = await bot_env.say("/credit")  # the question is over: commands work again
    assert texts.fa_head("report-credit") in plain(credit.text)


async def test_status_shows_state_and_approval_in_persian(bot_env):
    bot_env.fake.state.clock.runs = False
    await bot_env.login()
    bulk_id = await send_bulk(bot_env, 3)
    early = plain((await bot_env.say(f"/status {bulk_id}")).text)
    assert f"وضعیت ارسال {fa(bulk_id)}" in early
    assert "وضعیت: فعال" in early and "تأیید: در انتظار تأیید" in early
    bot_env.fake.state.advance(120)
    shown = await bot_env.say(f"/status {fa(bulk_id)}")
    assert "وضعیت: پایان‌یافته" in plain(shown.text)
    assert "تأیید: تأییدشده" in plain(shown.text)
    assert bot_env.panel_received("checkmessage")[-1].fields["messageid"] == str(bulk_id)
    report = await bot_env.tap(
        button_text(shown, texts.fa("report-button-delivery", bulk_id=bulk_id)), message=shown
    )
    assert "تعداد گیرندگان: ۳" in plain(report.text)


async def test_the_report_button_shows_the_bulk_state(bot_env):
    bulk_id = await settled_bulk(bot_env, 2)
    await bot_env.say(f"/delivery {bulk_id}")
    state = await bot_env.tap("📌 وضعیت ارسال")
    assert "وضعیت: پایان‌یافته" in plain(state.text)


async def test_status_with_a_bad_or_unknown_id(bot_env):
    await bot_env.login()
    assert "شناسهٔ ارسال یک عدد است" in plain((await bot_env.say("/status x12")).text)
    unknown = await bot_env.say("/status 4242")
    assert "(کد ۴۵۶)" in plain(unknown.text)
    assert bot_env.panel_received("checkmessage")[-1].fields["messageid"] == "4242"


async def test_refresh_edits_the_report_with_newer_statuses(bot_env):
    bot_env.fake.state.clock.runs = False
    await bot_env.login()
    bulk_id = await send_bulk(bot_env, 3)
    report = await bot_env.say(f"/delivery {bulk_id}")
    assert "در حال ارسال: ۳" in plain(report.text)
    bot_env.fake.state.advance(120)
    fresh = await bot_env.tap("🔄 به‌روزرسانی", message=report)
    assert fresh.message_id == report.message_id
    assert "در حال ارسال: ۳" not in plain(fresh.text)
    assert "وضعیت همهٔ شماره‌ها نهایی شده است" in plain(fresh.text)


async def test_bare_status_and_its_menu_entry_ask_for_the_id(bot_env):
    bulk_id = await settled_bulk(bot_env, 2)
    await audit_send(bot_env.storage, bulk_id=bulk_id)
    asked = await bot_env.say("/status")
    assert plain(asked.text) == texts.fa("report-ask-status-id-recent")
    label = texts.fa("report-button-status-of", bulk_id=bulk_id)
    shown = await bot_env.tap(button_text(asked, label), message=asked)
    assert "وضعیت: پایان‌یافته" in plain(shown.text)

    menu = await show_menu_button(bot_env, "وضعیت ارسال", "menu.status")
    asked = await bot_env.tap("وضعیت ارسال", message=menu)
    assert "وضعیتش را می‌خواهید" in plain(asked.text)
    shown = await bot_env.say(str(bulk_id))
    assert "تأیید: تأییدشده" in plain(shown.text)
    assert "تعداد گیرندگان" not in plain(shown.text)


async def test_cancel_while_asked_for_an_id(bot_env):
    await bot_env.login()
    asked = await bot_env.say("/delivery")
    done = await bot_env.tap("لغو", message=asked)
    assert plain(done.text) == texts.fa("cancelled")
    reply = await bot_env.say("12345")  # no longer asked: not taken as a bulk id
    assert "گزارش تحویل" not in plain(reply.text)
    assert bot_env.panel_received("delivery") == []


async def test_report_buttons_of_the_send_result_carry_the_audit_trails_str_ids(bot_env):
    bulk_id = await settled_bulk(bot_env, 2)
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    "گزارش", callback_data=Action("report.delivery", str(bulk_id))
                ),
                InlineKeyboardButton("وضعیت", callback_data=Action("report.status", str(bulk_id))),
            ]
        ]
    )
    result = await bot_env.app.bot.send_message(ADMIN_ID, "نتیجه", reply_markup=markup)
    seen = await bot_env.stub.wait_for_message(
        ADMIN_ID, lambda m: m.message_id == result.message_id
    )
    report = await bot_env.tap("گزارش", message=seen)
    assert f"گزارش تحویل ارسال {fa(bulk_id)}" in plain(report.text)
    assert report.message_id != seen.message_id  # the result message stays as it was
    state = await bot_env.tap("وضعیت", message=seen)
    assert "وضعیت: پایان‌یافته" in plain(state.text)
