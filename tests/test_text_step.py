"""The text step of /send, through the real Application: numbers are asked about rather than
sent as the text, a file joins the recipients, «متن‌های آماده» offers the account's saved texts."""

from __future__ import annotations

import json

from bot.formatting import strip_isolates
from bot.panel.sms import message_parts
from bot.services.templates import PAGE_SIZE, first_words
from tests.conftest import ADMIN_ID
from tests.send_helpers import GATHER_MORE, final_result, start_send, wait_text
from tests.texts import fa

CONTINUE = fa("recipients-button-continue")


def plain(message) -> str:
    return strip_isolates(message.text or "")


async def at_text_step(bot_env, first: str = "09121111111"):
    """/send, one number, «ادامه»: the bot asks for the text."""
    await bot_env.login()
    await start_send(bot_env)
    gathered = await bot_env.say(first)
    ask = await bot_env.tap(CONTINUE, message=gathered)
    assert plain(ask) == fa("send-ask-text")
    return ask


def sent(bot_env) -> list[tuple[list[str], str]]:
    return [
        (json.loads(send.fields["to"]), send.fields["message"])
        for send in bot_env.panel_received("send")
    ]


async def test_numbers_at_the_text_step_are_asked_about_and_added(bot_env):
    await at_text_step(bot_env)
    second_part = "\n".join(f"0912222{index:04d}" for index in range(30))  # a paste's 2nd half
    question = await bot_env.say(second_part)
    assert plain(question) == fa("recipients-looks-like-numbers", count=30)
    assert fa("send-preview-title") not in plain(question)
    gathered = await bot_env.tap(fa("recipients-button-add-these"), message=question)
    assert fa("recipients-total", accepted=31) in plain(gathered)
    ask = await bot_env.tap(CONTINUE, message=gathered)
    assert plain(ask) == fa("send-ask-text")
    preview = await bot_env.say("تخفیف ویژه تا جمعه")
    assert fa("send-preview-recipients", count=31) in plain(preview)
    await bot_env.tap(fa("button-send"), message=preview)
    await final_result(bot_env)
    ((to, text),) = sent(bot_env)
    assert len(to) == 31 and text == "تخفیف ویژه تا جمعه"


async def test_numbers_can_still_be_the_text_when_the_user_says_so(bot_env):
    await at_text_step(bot_env)
    question = await bot_env.say("۰۹۱۲۳۳۳۳۳۳۳")
    assert plain(question) == fa("recipients-looks-like-numbers", count=1)
    preview = await bot_env.tap(fa("recipients-button-use-as-text"), message=question)
    assert fa("send-preview-recipients", count=1) in plain(preview)
    assert "۰۹۱۲۳۳۳۳۳۳۳" in preview.text


async def test_a_text_that_mentions_a_number_is_a_text(bot_env):
    await at_text_step(bot_env)
    text = "برای اطلاعات بیشتر با 09121234567 تماس بگیرید"
    preview = await bot_env.say(text)
    assert fa("send-preview-title") in plain(preview) and text in preview.text


async def test_a_file_at_the_text_step_joins_the_recipients(bot_env):
    await at_text_step(bot_env)
    await bot_env.stub.send_document(
        bot_env.admin, "rest.csv", b"mobile\n09124444444\n09125555555\n"
    )
    gathered = await wait_text(bot_env, GATHER_MORE)
    assert fa("recipients-total", accepted=3) in plain(gathered)
    preview = await bot_env.say("سلام")
    assert fa("send-preview-recipients", count=3) in plain(preview)


async def save_texts(bot_env, count: int) -> list[str]:
    texts = [f"متن شمارهٔ {index} برای مشتریان عزیز ما در سراسر کشور" for index in range(count)]
    for index, text in enumerate(texts):
        await bot_env.storage.add_template(
            ADMIN_ID, name=f"نمونه {index}", text=text, created_by=ADMIN_ID, max_count=200
        )
    return texts


async def test_saved_texts_are_offered_paged_and_one_is_used(bot_env):
    await bot_env.login()
    texts = await save_texts(bot_env, PAGE_SIZE + 2)
    ask = await at_text_step(bot_env)
    assert fa("templates-button") in ask.button_texts
    listed = await bot_env.tap(fa("templates-button"), message=ask)
    shown = plain(listed)
    assert fa("templates-title", total=PAGE_SIZE + 2) in shown
    newest = f"نمونه {PAGE_SIZE + 1}"
    line = fa(
        "templates-line",
        name=newest,
        first_words=first_words(texts[-1]),
        parts=message_parts(texts[-1]).parts,
    )
    assert line in shown
    labels = [strip_isolates(label) for label in listed.button_texts]
    assert len([label for label in labels if label.startswith("نمونه")]) == PAGE_SIZE
    second = await bot_env.tap(fa("button-next"), message=listed)
    assert {"نمونه 0", "نمونه 1"} <= set(map(strip_isolates, second.button_texts))
    preview = await bot_env.tap("نمونه 0", message=second)
    assert fa("send-preview-title") in plain(preview)
    assert texts[0] in preview.text
    await bot_env.tap(fa("button-send"), message=preview)
    await final_result(bot_env)
    ((to, text),) = sent(bot_env)
    assert to == ["09121111111"] and text == texts[0]


async def test_no_saved_text_no_button(bot_env):
    ask = await at_text_step(bot_env)
    assert fa("templates-button") not in ask.button_texts
