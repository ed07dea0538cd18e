"""/send, as a staff member uses it: sender → numbers → text → preview → Send → result."""

from __future__ import annotations

import asyncio
import json

from bot.formatting import strip_isolates
from tests.conftest import DEMO_SENDER
from tests.send_helpers import (
    PERSIAN_TEXT,
    final_result,
    preview_of,
    start_send,
    wait_text,
    xlsx_bytes,
)
from tests.texts import fa


async def test_paste_numbers_preview_and_send(bot_env):
    await bot_env.login()
    await start_send(bot_env)
    summary = await bot_env.say("۰۹۱۲۱۲۳۴۵۶۷\n09121234567\n+98 935 111 2233\nhello\n021-88881234")
    plain = strip_isolates(summary.text)
    assert "۲ شمارهٔ معتبر" in plain
    assert fa("send-recipients-summary", valid=2, duplicates=1, rejected=2) in plain
    assert "hello — شماره نیست" in plain
    assert "021-88881234 — شمارهٔ ثابت است" in plain
    ask = await bot_env.tap(fa("recipients-button-continue"))
    assert ask.text == fa("send-ask-text")

    preview = await bot_env.say(PERSIAN_TEXT)
    plain = strip_isolates(preview.text)
    assert PERSIAN_TEXT in preview.text
    assert "تعداد گیرندگان: ۲" in plain
    assert f"({fa('send-encoding-ucs2')})" in plain
    assert fa("send-preview-credit", amount=250000) in plain
    assert {"ارسال", "ویرایش متن", "ویرایش گیرندگان", "لغو"} <= set(preview.button_texts)

    await bot_env.tap("ارسال")
    result = await final_result(bot_env)
    assert result.message_id == preview.message_id
    sends = bot_env.panel_received("send")
    assert len(sends) == 1
    fields = sends[0].fields
    assert fields["from"] == DEMO_SENDER
    assert json.loads(fields["to"]) == ["09121234567", "09351112233"]
    assert fields["message"] == PERSIAN_TEXT
    bulk_id = str(bot_env.fake.state.next_bulk_id - 1)
    assert bot_env.fake.state.bulks[int(bulk_id)].numbers
    plain = strip_isolates(result.text)
    assert fa("sendjob-summary-sent-one", count=2) in plain
    assert any(bulk_id in strip_isolates(t) or _fa(bulk_id) in t for t in result.button_texts)
    audits = await bot_env.storage.recent_audits(bot_env.admin.user_id)
    assert [(a.state.value, a.bulk_id) for a in audits] == [("sent", bulk_id)]
    name = f"followup:{audits[0].id}"
    async with asyncio.timeout(5):  # scheduled right after the summary
        while not bot_env.app.job_queue.get_jobs_by_name(name):
            await asyncio.sleep(0.05)
    assert len(bot_env.app.job_queue.get_jobs_by_name(name)) == 1  # polling the bulk


def _fa(digits: str) -> str:
    return digits.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


async def test_upload_xlsx_list(bot_env):
    await bot_env.login()
    await start_send(bot_env)
    data = xlsx_bytes([["نام", "موبایل"], ["علی", 9121234567], ["سارا", "0935 111 2233"]])
    await bot_env.stub.send_document(bot_env.admin, "customers.xlsx", data)
    summary = await wait_text(bot_env, "معتبر")
    assert "۲ شمارهٔ معتبر" in strip_isolates(summary.text)
    assert fa("recipients-gather-more") in strip_isolates(summary.text)
    preview = await bot_env.say("Hello")
    assert "تعداد گیرندگان: ۲" in strip_isolates(preview.text)
    assert f"({fa('send-encoding-gsm7')})" in strip_isolates(preview.text)
    await bot_env.tap("ارسال")
    await final_result(bot_env)
    (send,) = bot_env.panel_received("send")
    assert json.loads(send.fields["to"]) == ["09121234567", "09351112233"]


async def test_upload_csv_list_and_unsupported_file(bot_env):
    await bot_env.login()
    await start_send(bot_env)
    await bot_env.stub.send_document(bot_env.admin, "photo.png", b"\x89PNG\r\n\x1a\nrest")
    refused = await wait_text(bot_env, "فایل")
    assert ".txt" in refused.text and "png" in refused.text
    csv = b"name,mobile\nAli,09121234567\nSara,09351112233\nBad,12345\n"
    await bot_env.stub.send_document(bot_env.admin, "list.csv", csv)
    summary = await wait_text(bot_env, "معتبر")
    plain = strip_isolates(summary.text)
    assert "۲ شمارهٔ معتبر" in plain
    assert "12345 — کوتاه‌تر از شمارهٔ همراه" in plain


async def test_one_shot_goes_straight_to_preview(bot_env):
    await bot_env.login()
    summary = await bot_env.say(
        "/send\n09121234567, 09351112233\n۰۹۱۹۸۷۶۵۴۳۲\nسلام\n09120000000 تماس بگیرید"
    )
    assert "۳ شمارهٔ معتبر" in strip_isolates(summary.text)  # as in the guided flow
    preview = await wait_text(bot_env, "پیش‌نمایش")
    plain = strip_isolates(preview.text)
    assert fa("send-preview-title") in plain
    assert "تعداد گیرندگان: ۳" in plain
    assert fa("send-preview-sender", sender="3000505") in plain
    await bot_env.tap("ارسال")
    await final_result(bot_env)
    (send,) = bot_env.panel_received("send")
    assert send.fields["message"] == "سلام\n09120000000 تماس بگیرید"
    assert json.loads(send.fields["to"]) == ["09121234567", "09351112233", "09198765432"]


async def test_one_shot_without_numbers_explains_the_syntax(bot_env):
    await bot_env.login()
    answer = await bot_env.say("/send سلام دوستان")
    assert "نمونه" in answer.text and "/send ۰۹۱۲۱۲۳۴۵۶۷" in answer.text
    assert bot_env.panel_received("send") == []


async def test_one_shot_without_text_asks_for_the_text(bot_env):
    await bot_env.login()
    summary = await bot_env.say("/send\n09121234567")
    assert "۱ شمارهٔ معتبر" in strip_isolates(summary.text)
    ask = await bot_env.tap(fa("recipients-button-continue"), message=summary)
    assert ask.text == fa("send-ask-text")
    preview = await bot_env.say("سلام")
    assert "تعداد گیرندگان: ۱" in strip_isolates(preview.text)


async def test_one_shot_lists_rejected_numbers_and_keeps_them_out_of_the_sms(bot_env):
    await bot_env.login()
    await bot_env.stub.send_text(
        bot_env.admin, "/send\n09121234567\n09121234567\n021-88881234\n۰۹۳۵۱۱۱۲۲۳۳\nسلام دوستان"
    )
    summary = await wait_text(bot_env, "شمارهٔ معتبر")
    plain = strip_isolates(summary.text)
    assert "۲ شمارهٔ معتبر" in plain
    assert "شماره‌های تکراری حذف‌شده: ۱" in plain
    assert "021-88881234 — شمارهٔ ثابت است" in plain
    preview = await wait_text(bot_env, "پیش‌نمایش")
    assert "تعداد گیرندگان: ۲" in strip_isolates(preview.text)
    await bot_env.tap("ارسال")
    await final_result(bot_env)
    (send,) = bot_env.panel_received("send")
    assert send.fields["message"] == "سلام دوستان"
    assert json.loads(send.fields["to"]) == ["09121234567", "09351112233"]


async def test_one_shot_on_one_line_and_social_with_its_network(bot_env):
    await bot_env.login()
    await bot_env.stub.send_text(bot_env.admin, "/send 09121234567 سلام")
    preview = await wait_text(bot_env, "پیش‌نمایش")
    assert "تعداد گیرندگان: ۱" in strip_isolates(preview.text)
    await bot_env.say("/cancel")
    await bot_env.stub.send_text(bot_env.admin, "/social تلگرام\n09121234567\nسلام")
    preview = await wait_text(bot_env, "پیش‌نمایش")
    plain = strip_isolates(preview.text)
    assert "تلگرام" in plain and "تعداد گیرندگان: ۱" in plain


async def test_help_shows_the_one_shot_syntax_with_an_example(bot_env):
    reply = await bot_env.say("/help")
    assert "ارسال سریع" in reply.text and "/send ۰۹۱۲۱۲۳۴۵۶۷" in reply.text


async def test_edit_text_and_recipients_from_the_preview(bot_env):
    await preview_of(bot_env, "09121234567", "first text")
    ask = await bot_env.tap("ویرایش متن")
    assert ask.text == fa("send-ask-new-text")
    edited = await bot_env.say("second text")
    assert "second text" in edited.text
    ask = await bot_env.tap("ویرایش گیرندگان", message=edited)
    assert "شماره‌های گیرندگان" in ask.text
    await bot_env.say("09351112233\n09351112244")
    preview = await bot_env.tap(fa("recipients-button-continue"))
    assert "تعداد گیرندگان: ۲" in strip_isolates(preview.text)
    assert "second text" in preview.text
    await bot_env.tap("ارسال", message=preview)
    await final_result(bot_env)
    (send,) = bot_env.panel_received("send")
    assert send.fields["message"] == "second text"
    assert json.loads(send.fields["to"]) == ["09351112233", "09351112244"]


async def test_cancel_at_the_preview_sends_nothing(bot_env):
    await preview_of(bot_env, "09121234567")
    cancelled = await bot_env.tap("لغو")
    assert cancelled.text == fa("cancelled")
    assert bot_env.panel_received("send") == []


async def test_slash_cancel_mid_flow(bot_env):
    await bot_env.login()
    await start_send(bot_env)
    assert (await bot_env.say("/cancel")).text == fa("cancelled")
    stray = await bot_env.say("09121234567")
    assert "تعداد گیرندگان" not in (stray.text or "")
    assert bot_env.panel_received("send") == []


async def test_sticker_mid_flow_gets_a_hint_and_the_flow_continues(bot_env):
    await bot_env.login()
    await start_send(bot_env)
    await bot_env.stub.send_sticker(bot_env.admin)
    hint = await wait_text(bot_env, "لطفاً")
    assert ".xlsx" in hint.text
    summary = await bot_env.say("09121234567")
    assert "۱ شمارهٔ معتبر" in strip_isolates(summary.text)


async def test_empty_and_too_long_text_stay_at_the_text_step(bot_env):
    await bot_env.login()
    await start_send(bot_env)
    none = await bot_env.say("junk only")
    assert fa("send-recipients-none") in strip_isolates(none.text)
    await bot_env.say("09121234567")
    await bot_env.tap(fa("recipients-button-continue"))
    too_long = await bot_env.say("س" * 700)
    assert strip_isolates(too_long.text) == fa("send-text-too-long", parts=11, max_parts=10)
    preview = await bot_env.say("کوتاه")
    assert fa("send-preview-title") in preview.text


async def test_menu_buttons_start_send_and_social(bot_env):
    await bot_env.login()
    menu = await bot_env.say("/start")
    send_button = next(text for text in menu.button_texts if "ارسال پیامک" in text)
    choose = await bot_env.tap(send_button, message=menu)
    assert "از کدام خط" in choose.text
    await bot_env.say("/cancel")
    menu = await bot_env.say("/start")
    social_button = next(text for text in menu.button_texts if "وایبر" in text)
    choose = await bot_env.tap(social_button, message=menu)
    assert choose.text == fa("send-choose-network")


async def test_message_text_and_numbers_never_reach_our_send_logs(bot_env, caplog):
    caplog.set_level("DEBUG", logger="bot")
    await preview_of(bot_env, "09121234567", "secret offer 4711")
    await bot_env.tap("ارسال")
    await final_result(bot_env)
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("bot.services")]
    assert any("batch 1: sent" in line for line in ours)
    assert not any("secret offer" in line or "09121234567" in line for line in ours)


async def test_names_beside_numbers_are_ignored_and_rejected_tokens_shown_as_typed(bot_env):
    await bot_env.login()
    await start_send(bot_env)
    summary = await bot_env.say("علی رضایی: 09123216547\n09351112233 - سارا\n۰۹۱۲۱۲۳")
    plain = strip_isolates(summary.text)
    assert "۲ شمارهٔ معتبر" in plain
    assert "شماره‌های نامعتبر: ۱" in plain  # only the short number, not the names' words
    assert "۰۹۱۲۱۲۳ — کوتاه‌تر از شمارهٔ همراه" in plain  # Persian digits stay Persian
    assert "تکراری" not in plain  # a count of zero is left out
    assert "علی" not in plain and "سارا" not in plain
