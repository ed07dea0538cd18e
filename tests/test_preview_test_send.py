"""«ارسال آزمایشی به خودم» at the preview (issue 17), through the real Application: the own
number asked once and kept, the exact text sent to it alone, the preview's send unchanged."""

from __future__ import annotations

import asyncio
import json

from bot.botapi_stub.user_side import visible
from bot.formatting import strip_isolates
from tests.send_helpers import final_result, preview_of, wait_text
from tests.texts import fa, fa_head

TEXT = "سلام\nجشنوارهٔ پاییزه از فردا"
NUMBERS = "09121234567\n09351112233"
OWN = "09127654321"


def plain(message) -> str:
    return strip_isolates(message.text or "")


def sends(bot_env) -> list[tuple[list[str], str]]:
    return [
        (json.loads(send.fields["to"]), send.fields["message"])
        for send in bot_env.panel_received("send")
    ]


async def test_the_own_number_is_asked_once_and_the_exact_text_goes_to_it_alone(bot_env):
    preview = await preview_of(bot_env, NUMBERS, TEXT)
    ask = await bot_env.tap(fa("preview-button-test-self"), message=preview)
    assert plain(ask) == fa("preview-ask-own-number")
    wrong = await bot_env.say("0912")
    assert plain(wrong) == fa("preview-own-number-invalid")
    tested = await bot_env.say("۰۹۱۲ ۷۶۵ ۴۳۲۱")
    assert fa_head("preview-test-sent") in plain(tested)
    assert fa("send-preview-recipients", count=2) in plain(tested)  # the send is unchanged
    assert sends(bot_env) == [([OWN], TEXT)]
    assert await bot_env.storage.get_own_number(bot_env.admin.user_id) == OWN

    # the number is kept: a second test send asks nothing; a double tap sends once
    await asyncio.gather(
        *(
            bot_env.stub.tap(bot_env.admin, tested.message_id, text=fa("preview-button-test-self"))
            for _ in range(2)
        )
    )
    await bot_env.stub.wait_idle()
    assert sends(bot_env) == [([OWN], TEXT), ([OWN], TEXT)]

    await bot_env.tap(fa("button-send"), message=bot_env.last())
    result = await final_result(bot_env)
    assert fa("sendjob-summary-done") in plain(result)
    assert sends(bot_env)[-1] == (NUMBERS.split(), TEXT)
    assert len(sends(bot_env)) == 3


async def test_a_refused_test_send_is_said_and_the_preview_stays(bot_env):
    await bot_env.storage.set_own_number(bot_env.admin.user_id, OWN)
    preview = await preview_of(bot_env, NUMBERS, TEXT)
    bot_env.fake.state.inject("send", code=5)
    failed = await bot_env.tap(fa("preview-button-test-self"), message=preview)
    assert fa_head("preview-test-failed") in plain(failed)
    assert fa("button-send") in [visible(b) for b in failed.button_texts]
    await bot_env.tap(fa("button-send"), message=failed)
    await wait_text(bot_env, fa("sendjob-summary-done"))
    assert sends(bot_env)[-1] == (NUMBERS.split(), TEXT)


async def test_the_kept_number_is_shown_in_settings_and_can_be_forgotten(bot_env):
    await bot_env.login()
    await bot_env.storage.set_own_number(bot_env.admin.user_id, OWN)
    shown = await bot_env.say("/settings")
    assert fa("preview-settings-own-number", number="۰۹۱۲۷۶۵۴۳۲۱") in plain(shown)
    forgotten = await bot_env.tap(fa("preview-button-forget-own-number"), message=shown)
    assert plain(forgotten) == fa("preview-own-number-forgotten")
    assert await bot_env.storage.get_own_number(bot_env.admin.user_id) is None
    preview = await preview_of(bot_env, NUMBERS, TEXT)
    ask = await bot_env.tap(fa("preview-button-test-self"), message=preview)
    assert plain(ask) == fa("preview-ask-own-number")
