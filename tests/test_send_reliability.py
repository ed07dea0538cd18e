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


def t(bot_env, key: str, **variables) -> str:
    """A locale message as the tests compare it (isolates stripped)."""
    return strip_isolates(label(bot_env, key, **variables))


def label(bot_env, key: str, **variables) -> str:
    """A locale message exactly as shown (a button's label)."""
    return bot_env.app.services.i18n.t(key, locale="fa", **variables)


async def shown(bot_env, fragment: str):
    """The next bot message (or edit) whose text, isolates stripped, holds `fragment`."""
    return await bot_env.stub.wait_for_message(
        bot_env.admin.user_id, lambda message: fragment in strip_isolates(message.text or "")
    )


async def summary(bot_env, title: str = "sendjob-summary-done"):
    return await shown(bot_env, t(bot_env, title))


async def retry_all(bot_env, count: int, taps: int = 1):
    """Tap the summary's retry button, then confirm (`taps` times at once)."""
    confirm = await bot_env.tap(label(bot_env, "sendjob-button-retry", count=count))
    assert t(bot_env, "sendjob-retry-confirm", count=count) in strip_isolates(confirm.text)
    yes = label(bot_env, "sendjob-button-retry-yes")
    await asyncio.gather(
        *(bot_env.stub.tap(bot_env.admin, confirm.message_id, text=yes) for _ in range(taps))
    )


async def test_insufficient_credit_is_a_refusal_and_the_retry_sends_once(bot_env):
    await preview_of(bot_env, TWO_NUMBERS)
    bot_env.fake.state.inject("send", code=5)
    await bot_env.tap("ارسال")  # the preview becomes the progress, then the summary
    failure = await final_result(bot_env)
    assert "کد ۵" in strip_isolates(failure.text)
    assert bot_env.fake.state.bulks == {}
    await retry_all(bot_env, 2, taps=2)  # a double tap on Yes
    await summary(bot_env)
    await bot_env.stub.wait_idle()
    assert len(bot_env.panel_received("send")) == 2  # the refused one, then the retry once
    assert await audit_states(bot_env) == ["failed", "sent"]


async def test_unknown_panel_code_is_unknown_and_never_offered_again(bot_env):
    await preview_of(bot_env, TWO_NUMBERS)
    bot_env.fake.state.inject("send", code=4242)
    await bot_env.tap("ارسال")
    failure = await summary(bot_env)  # an unknown answer does not end the job: it is done
    plain = strip_isolates(failure.text)
    assert "۴۲۴۲" in plain and "معلوم نیست" in plain
    assert not any("دوباره" in text for text in failure.button_texts)


async def test_dropped_answer_is_unknown_never_retried_and_second_tap_sends_nothing(bot_env):
    preview = await preview_of(bot_env, TWO_NUMBERS)
    bot_env.fake.state.inject("send", drop=True)
    user = bot_env.admin
    await asyncio.gather(
        bot_env.stub.tap(user, preview.message_id, text="ارسال"),
        bot_env.stub.tap(user, preview.message_id, text="ارسال"),
    )
    unknown = await shown(bot_env, t(bot_env, "sendjob-summary-unknown-advice"))
    assert "معلوم نیست" in unknown.text
    await bot_env.stub.wait_idle()
    texts = [m.text or "" for m in bot_env.stub.messages(bot_env.admin.user_id)]
    assert any(t(bot_env, "send-already-sent") in strip_isolates(text) for text in texts)
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
    await wait_text(bot_env, "پیش‌تر تأیید")
    done = await summary(bot_env)
    bulk_id = str(bot_env.fake.state.next_bulk_id - 1)
    assert persian_digits(bulk_id) in done.text
    assert len(bot_env.panel_received("send")) == 1
    assert len(bot_env.fake.state.bulks) == 1


async def test_large_list_goes_in_three_batches_with_one_live_message(bot_env):
    preview = await preview_of(bot_env, many_numbers(1200))
    assert "تعداد گیرندگان: ۱٬۲۰۰" in strip_isolates(preview.text)
    before = len(bot_env.stub.messages(bot_env.admin.user_id))
    await bot_env.tap("ارسال")
    result = await summary(bot_env)
    assert result.message_id == preview.message_id
    assert len(bot_env.stub.messages(bot_env.admin.user_id)) == before
    sends = bot_env.panel_received("send")
    assert [len(json.loads(send.fields["to"])) for send in sends] == [500, 500, 200]
    assert t(bot_env, "sendjob-summary-sent", count=1200, batches=3) in strip_isolates(result.text)
    assert result.button_texts == [
        label(bot_env, "sendjob-button-report"),
        label(bot_env, "sendjob-button-batches"),
    ]
    assert await audit_states(bot_env) == ["sent", "sent", "sent"]


async def test_panel_refusal_mid_job_offers_only_the_unsent_numbers_again(bot_env):
    await preview_of(bot_env, many_numbers(1200), "Hello")
    bot_env.fake.state.accounts["demo"].credit = Decimal(60_000)  # one batch of 500 parts
    await bot_env.tap("ارسال")
    result = await summary(bot_env, "sendjob-summary-halted")
    plain = strip_isolates(result.text)
    assert t(bot_env, "sendjob-summary-sent", count=500, batches=1) in plain
    assert t(bot_env, "sendjob-summary-refused", count=500, batches=1) in plain
    assert t(bot_env, "sendjob-summary-not-attempted", count=200, batches=1) in plain
    assert await audit_states(bot_env) == ["sent", "failed"]
    bot_env.fake.state.accounts["demo"].credit = Decimal(250_000)
    await retry_all(bot_env, 700)
    await summary(bot_env)
    sent = [n for bulk in bot_env.fake.state.bulks.values() for n in bulk.numbers]
    assert len(sent) == len(set(sent)) == 1200


async def test_recipient_limit_shrinks_later_batches_and_resends_nothing_by_itself(bot_env):
    bot_env.fake.state.max_recipients = 300
    await preview_of(bot_env, many_numbers(1100), "Hello")
    await bot_env.tap("ارسال")
    result = await summary(bot_env)
    plain = strip_isolates(result.text)
    assert t(bot_env, "sendjob-summary-refused", count=500, batches=1) in plain
    sizes = [len(json.loads(send.fields["to"])) for send in bot_env.panel_received("send")]
    assert sizes == [500, 100, 250, 250]  # 98 on 500: the batches not attempted shrink
    await retry_all(bot_env, 500)  # only the refused batch, in the shrunk size
    await summary(bot_env)
    sizes = [len(json.loads(send.fields["to"])) for send in bot_env.panel_received("send")]
    assert sizes[4:] == [250, 250]
    sent = [n for bulk in bot_env.fake.state.bulks.values() for n in bulk.numbers]
    assert len(sent) == len(set(sent)) == 1100
    audits = await bot_env.storage.recent_audits(bot_env.admin.user_id, limit=10)
    assert sorted(a.state for a in audits).count(AuditState.SENT) == 5


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
