"""Sender lines through the real Application: each line offered once, a typed line checked."""

from __future__ import annotations

from bot.formatting import strip_isolates
from tests.send_helpers import wait_text
from tests.texts import fa

SPELLINGS = ["+983000505", "3000505", "983000505", "00983000505", "03000505", "۳۰۰۰۵۰۵"]


def line_buttons(message) -> list[str]:
    return [text for text in message.button_texts if text != "لغو"]


async def test_the_picker_shows_each_spelling_of_one_line_as_one_button(bot_env):
    bot_env.fake.state.accounts["demo"].lines = list(SPELLINGS)
    await bot_env.login()
    choose = await bot_env.say("/send")
    assert "از کدام خط" in choose.text
    assert [strip_isolates(text) for text in line_buttons(choose)] == ["۳۰۰۰۵۰۵ (پیش‌فرض)"]


async def test_the_picker_without_a_default_offers_each_line_once(bot_env):
    bot_env.fake.state.accounts["demo"].lines = [*SPELLINGS, "+98100020400", "100020400"]
    await bot_env.login()
    await bot_env.storage.set_default_sender(bot_env.admin.user_id, None)
    choose = await bot_env.say("/send")
    assert len(line_buttons(choose)) == 2


async def test_a_typed_line_not_on_the_account_is_refused_before_send(bot_env):
    await bot_env.login()
    await bot_env.say("/send")
    for typed in ("09121234567", "1994812345", "999999"):
        reply = await bot_env.say(typed)
        plain = strip_isolates(reply.text)
        assert "در حساب پنل شما نیست" in plain
        assert "+۹۸۳۰۰۰۵۰۵" in plain and "+۹۸۱۰۰۰۲۰۴۰۰" in plain
    ask = await bot_env.say("۰۰۹۸ ۱۰۰۰ ۲۰۴۰۰")  # a line of the account, spelled otherwise
    assert "شماره‌های گیرندگان" in ask.text
    await bot_env.stub.send_text(bot_env.admin, "09121234567")
    await wait_text(bot_env, fa("recipients-gather-more").splitlines()[0])
    preview = await bot_env.say("سلام")
    assert "۱۰۰۰۲۰۴۰۰" in strip_isolates(preview.text)
    assert bot_env.panel_received("send") == []
