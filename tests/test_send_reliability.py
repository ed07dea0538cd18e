"""Sending when things go wrong: panel errors, lost answers, double taps, big batched lists."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal

from bot.formatting import strip_isolates
from storage import AuditState
from tests.send_helpers import (
    final_result,
    numbers_and_text,
    persian_digits,
    preview_of,
    wait_text,
)
from tests.texts import fa

TWO_NUMBERS = "09121234567\n09351112233"


def many_numbers(count: int) -> str:
    return "\n".join(f"0912{index:07d}" for index in range(count))


async def audit_states(bot_env) -> list[str]:
    audits = await bot_env.storage.recent_audits(bot_env.admin.user_id, limit=50)
    return [audit.state.value for audit in reversed(audits)]


async def test_insufficient_credit_stays_at_the_preview_and_retry_works(bot_env):
    await preview_of(bot_env, TWO_NUMBERS)
    bot_env.fake.state.inject("send", code=5)
    failure = await bot_env.tap("ارسال")  # the preview becomes the answer
    assert "کد ۵" in strip_isolates(failure.text)
    again = await wait_text(bot_env, fa("send-preview-title"))
    assert "تعداد گیرندگان: ۲" in strip_isolates(again.text)
    assert bot_env.fake.state.bulks == {}
    await bot_env.tap("ارسال", message=again)
    result = await final_result(bot_env)
    assert fa("send-result-sent", count=2) in strip_isolates(result.text)
    assert len(bot_env.panel_received("send")) == 2  # the refused one, then the retry
    assert await audit_states(bot_env) == ["failed", "sent"]


async def test_unknown_panel_code_shows_the_code(bot_env):
    await preview_of(bot_env, TWO_NUMBERS)
    bot_env.fake.state.inject("send", code=4242)
    failure = await bot_env.tap("ارسال")  # the preview becomes the answer
    assert "۴۲۴۲" in failure.text
    assert "خطای ناشناخته" in failure.text


async def test_dropped_answer_is_unknown_never_retried_and_second_tap_sends_nothing(bot_env):
    preview = await preview_of(bot_env, TWO_NUMBERS)
    bot_env.fake.state.inject("send", drop=True)
    user = bot_env.admin
    await asyncio.gather(
        bot_env.stub.tap(user, preview.message_id, text="ارسال"),
        bot_env.stub.tap(user, preview.message_id, text="ارسال"),
    )
    unknown = await wait_text(bot_env, "معلوم نیست")
    assert "گزارش تحویل" in unknown.text and "/history" in unknown.text
    already = await wait_text(bot_env, "پیش‌تر تأیید")
    assert "معلوم نیست" in already.text
    assert len(bot_env.panel_received("send")) == 1
    assert await audit_states(bot_env) == ["unknown"]
    assert fa("send-preview-title") not in (await bot_env.say("09121234567")).text


async def test_double_tap_on_send_sends_once_and_answers_already_sent(bot_env):
    preview = await preview_of(bot_env, TWO_NUMBERS)
    user = bot_env.admin
    await asyncio.gather(
        bot_env.stub.tap(user, preview.message_id, text="ارسال"),
        bot_env.stub.tap(user, preview.message_id, text="ارسال"),
    )
    already = await wait_text(bot_env, "پیش‌تر تأیید")
    bulk_id = str(bot_env.fake.state.next_bulk_id - 1)
    assert persian_digits(bulk_id) in already.text
    assert len(bot_env.panel_received("send")) == 1
    assert len(bot_env.fake.state.bulks) == 1


async def test_large_list_goes_in_three_batches_with_one_live_message(bot_env):
    preview = await preview_of(bot_env, many_numbers(1200))
    assert "تعداد گیرندگان: ۱٬۲۰۰" in strip_isolates(preview.text)
    before = len(bot_env.stub.messages(bot_env.admin.user_id))
    await bot_env.tap("ارسال")
    result = await final_result(bot_env)
    assert result.message_id == preview.message_id
    assert len(bot_env.stub.messages(bot_env.admin.user_id)) == before
    sends = bot_env.panel_received("send")
    assert [len(json.loads(send.fields["to"])) for send in sends] == [500, 500, 200]
    bulk_ids = sorted(bot_env.fake.state.bulks)
    assert len(bulk_ids) == 3
    plain = strip_isolates(result.text)
    assert "۱٬۲۰۰ گیرنده" in plain
    for bulk_id in bulk_ids:
        assert persian_digits(str(bulk_id)) in plain
    assert len(result.button_texts) == 6
    assert await audit_states(bot_env) == ["sent", "sent", "sent"]


async def test_panel_error_mid_batch_keeps_the_unsent_numbers_for_a_retry(bot_env):
    await preview_of(bot_env, many_numbers(1200), "Hello")
    bot_env.fake.state.accounts["demo"].credit = Decimal(60_000)  # one batch of 500 parts
    await bot_env.tap("ارسال")
    result = await wait_text(bot_env, "اعتبار کافی نیست")
    plain = strip_isolates(result.text)
    assert "۵۰۰ گیرنده" in plain and "۷۰۰ گیرنده" in plain
    retry = await wait_text(bot_env, fa("send-preview-title"))
    assert "تعداد گیرندگان: ۷۰۰" in strip_isolates(retry.text)
    assert fa("send-preview-credit-low") in retry.text
    assert await audit_states(bot_env) == ["sent", "failed"]
    bot_env.fake.state.accounts["demo"].credit = Decimal(250_000)
    await bot_env.tap("ارسال", message=retry)
    await final_result(bot_env)
    sent = [n for bulk in bot_env.fake.state.bulks.values() for n in bulk.numbers]
    assert len(sent) == len(set(sent)) == 1200


async def test_recipient_limit_splits_the_batch_and_continues(bot_env):
    bot_env.fake.state.max_recipients = 300
    await preview_of(bot_env, many_numbers(600), "Hello")
    await bot_env.tap("ارسال")
    result = await final_result(bot_env)
    assert "۶۰۰ گیرنده" in strip_isolates(result.text)
    sizes = [len(json.loads(send.fields["to"])) for send in bot_env.panel_received("send")]
    assert sizes == [500, 250, 250, 100]
    audits = await bot_env.storage.recent_audits(bot_env.admin.user_id, limit=10)
    assert sorted(a.state for a in audits).count(AuditState.SENT) == 3


async def test_social_send_on_telegram(bot_env):
    await bot_env.login()
    choose = await bot_env.say("/social")
    assert choose.text == fa("send-choose-network")
    await bot_env.tap("تلگرام")
    await start_send_from_sender_step(bot_env)
    preview = await numbers_and_text(bot_env, TWO_NUMBERS)
    assert fa("send-preview-network", network="تلگرام") in strip_isolates(preview.text)
    await bot_env.tap("ارسال")
    await final_result(bot_env)
    (social,) = bot_env.panel_received("sendsociol")
    assert social.fields["type"] == "telegram"
    assert json.loads(social.fields["to"]) == ["09121234567", "09351112233"]
    assert bot_env.panel_received("send") == []


async def start_send_from_sender_step(bot_env) -> None:
    default = next(text for text in bot_env.last().button_texts if "پیش‌فرض" in text)
    ask = await bot_env.tap(default)
    assert "شماره‌های گیرندگان" in ask.text


async def test_other_sender_lines_are_offered_and_a_typed_line_is_checked(bot_env):
    await bot_env.login()
    choose = await bot_env.say("/send")
    assert any("۹۸۱۰۰۰۲۰۴۰۰" in text for text in choose.button_texts)
    invalid = await bot_env.say("abc")
    assert "درست به نظر نمی‌رسد" in invalid.text
    ask = await bot_env.say("+98100020400")
    assert "شماره‌های گیرندگان" in ask.text
    await numbers_and_text(bot_env, "09121234567", "Hi")
    await bot_env.tap("ارسال")
    await final_result(bot_env)
    (send,) = bot_env.panel_received("send")
    assert send.fields["from"] == "+98100020400"


async def test_send_without_an_account_points_to_login(bot_env):
    answer = await bot_env.say("/send")
    assert "/login" in answer.text
    assert bot_env.panel_received("send") == []
