"""The sender line changed from the preview, and after the panel refused the line (code 3),
through the real Application: the same picker as /send, the panel receives the new line."""

from __future__ import annotations

import json

from bot.botapi_stub.user_side import visible
from bot.formatting import strip_isolates
from tests.send_helpers import final_result, preview_of, wait_text
from tests.texts import fa

SEND = fa("button-send")
OTHER_LINE = "+98100020400"  # as the panel lists it
NUMBERS = "09121234567\n09351112233"


def buttons(message) -> list[str]:
    return [visible(text) for text in message.button_texts]


def plain(message) -> str:
    return strip_isolates(message.text or "")


def other_line_button(message) -> str:
    return next(label for label in buttons(message) if "۱۰۰۰۲۰۴۰۰" in label)


async def test_the_line_is_changed_from_the_preview_and_the_panel_gets_it(bot_env):
    preview = await preview_of(bot_env, NUMBERS, "Hello")
    assert fa("send-preview-sender", sender="۳۰۰۰۵۰۵") in plain(preview)
    picker = await bot_env.tap(fa("preview-button-change-line"), message=preview)
    assert plain(picker) == fa("send-choose-sender")
    assert fa("send-default-sender", sender="۳۰۰۰۵۰۵") in buttons(picker)
    assert [label for label in buttons(picker) if "۳۰۰۰۵۰۵" in label] == [
        fa("send-default-sender", sender="۳۰۰۰۵۰۵")
    ]  # each line once

    refused = await bot_env.say("09121234567")  # a mobile typed as the line
    assert "۳۰۰۰۵۰۵" in plain(refused) and fa("send-preview-title") not in plain(refused)
    back = await bot_env.tap(fa("button-back"), message=picker)
    assert fa("send-preview-sender", sender="۳۰۰۰۵۰۵") in plain(back)

    picker = await bot_env.tap(fa("preview-button-change-line"), message=back)
    changed = await bot_env.tap(other_line_button(picker), message=picker)
    assert fa("preview-line-changed", sender="+۹۸۱۰۰۰۲۰۴۰۰") in plain(changed)
    assert fa("send-preview-sender", sender="+۹۸۱۰۰۰۲۰۴۰۰") in plain(changed)
    await bot_env.tap(SEND, message=changed)
    assert fa("sendjob-summary-done") in plain(await final_result(bot_env))
    (send,) = bot_env.panel_received("send")
    assert send.fields["from"] == OTHER_LINE
    assert json.loads(send.fields["to"]) == NUMBERS.split()


async def test_a_typed_line_at_the_preview_picker(bot_env):
    preview = await preview_of(bot_env, NUMBERS, "Hello")
    await bot_env.tap(fa("preview-button-change-line"), message=preview)
    changed = await bot_env.say("۰۰۹۸۱۰۰۰۲۰۴۰۰")
    assert fa("send-preview-sender", sender="+۹۸۱۰۰۰۲۰۴۰۰") in plain(changed)
    assert SEND in buttons(changed)


async def test_after_a_line_refusal_the_retry_asks_another_line_not_the_same(bot_env):
    preview = await preview_of(bot_env, NUMBERS, "Hello")
    bot_env.fake.state.accounts["demo"].lines.remove("+983000505")  # the line was withdrawn
    await bot_env.tap(SEND, message=preview)
    failed = await final_result(bot_env)
    assert "کد ۳" in plain(failed)
    retry = next(label for label in buttons(failed) if "ارسال دوباره" in label)
    offer = await bot_env.tap(retry, message=failed)
    assert fa("sendjob-button-retry-yes") not in buttons(offer)  # the bad line is not offered
    assert fa("preview-line-refused-retry", sender="۳۰۰۰۵۰۵", reason="", count=2).splitlines()[
        1
    ] in plain(offer)
    picker = await bot_env.tap(fa("preview-button-retry-other-line"), message=offer)
    assert fa("send-choose-sender") in plain(picker)
    retry_preview = await bot_env.tap(other_line_button(picker), message=picker)
    assert fa("send-preview-recipients", count=2) in plain(retry_preview)
    assert fa("send-preview-sender", sender="+۹۸۱۰۰۰۲۰۴۰۰") in plain(retry_preview)
    await bot_env.tap(SEND, message=retry_preview)
    await wait_text(bot_env, fa("sendjob-summary-done"))
    first, second = bot_env.panel_received("send")
    assert first.fields["from"] == "3000505" and second.fields["from"] == OTHER_LINE
    assert json.loads(second.fields["to"]) == NUMBERS.split()
