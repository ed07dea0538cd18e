"""The recipients at the preview of /send and /social, through the real Application: add more
(the same gathering, back to the preview), see the accepted list page by page, remove numbers
typed in any spelling, replace the list."""

from __future__ import annotations

import json

from bot.formatting import strip_isolates
from bot.services.recipient_gathering import PAGE_NUMBERS
from tests.send_helpers import final_result, persian_digits, preview_of
from tests.texts import fa

CONTINUE = fa("recipients-button-continue")
TELEGRAM_LIMIT, BUTTON_LIMIT = 4096, 100


def plain(message) -> str:
    return strip_isolates(message.text or "")


def numbers(count: int, start: int = 0) -> list[str]:
    return [f"0912{start + index:07d}" for index in range(count)]


def sent_to(bot_env) -> list[str]:
    return [n for send in bot_env.panel_received("send") for n in json.loads(send.fields["to"])]


async def test_the_preview_offers_add_see_and_remove(bot_env):
    preview = await preview_of(bot_env, "09121111111")
    labels = set(map(strip_isolates, preview.button_texts))
    wanted = {"recipients-button-add", "recipients-button-view", "recipients-button-remove"}
    assert {fa(key) for key in wanted} <= labels
    assert fa("button-edit-recipients") in labels


async def test_add_recipients_from_the_preview_and_send_to_all(bot_env):
    preview = await preview_of(bot_env, "09121111111", "متن اول")
    ask = await bot_env.tap(fa("recipients-button-add"), message=preview)
    assert plain(ask) == fa("recipients-ask-add", count=1)
    first = await bot_env.say("09122222222\n09121111111")
    assert fa("recipients-total", accepted=2) in plain(first)
    assert fa("recipients-gather-more-preview") in plain(first)
    await bot_env.say("متن دوم نیست")  # words while adding: rejected, the text stays
    second = await bot_env.say("09123333333")
    assert fa("recipients-total", accepted=3) in plain(second)
    back = await bot_env.tap(CONTINUE, message=second)
    assert fa("send-preview-recipients", count=3) in plain(back)
    assert "متن اول" in back.text
    await bot_env.tap(fa("button-send"), message=back)
    await final_result(bot_env)
    assert sent_to(bot_env) == ["09121111111", "09122222222", "09123333333"]
    assert {s.fields["message"] for s in bot_env.panel_received("send")} == {"متن اول"}


async def test_adding_leaves_no_stale_send_button_behind(bot_env):
    preview = await preview_of(bot_env, "09121111111")
    ask = await bot_env.tap(fa("recipients-button-add"), message=preview)
    assert ask.message_id == preview.message_id  # the preview became the question
    assert fa("button-send") not in map(strip_isolates, ask.button_texts)
    gathered = await bot_env.say("09122222222")
    fresh = await bot_env.tap(CONTINUE, message=gathered)
    assert fa("send-preview-recipients", count=2) in plain(fresh)
    await bot_env.tap(fa("button-send"), message=fresh)
    await final_result(bot_env)
    assert sent_to(bot_env) == ["09121111111", "09122222222"]


async def test_the_accepted_list_is_shown_page_by_page(bot_env):
    listed = numbers(PAGE_NUMBERS * 2 + 7)
    preview = await preview_of(bot_env, "\n".join(listed))
    first = await bot_env.tap(fa("recipients-button-view"), message=preview)
    assert first.message_id == preview.message_id  # the preview becomes the list, in place
    text = plain(first)
    assert fa("recipients-page-title", count=len(listed), page=1, pages=3) in text
    assert persian_digits(listed[0]) in text and persian_digits(listed[PAGE_NUMBERS - 1]) in text
    assert persian_digits(listed[PAGE_NUMBERS]) not in text
    assert len(first.text) <= TELEGRAM_LIMIT and len(first.button_texts) <= BUTTON_LIMIT
    second = await bot_env.tap(fa("button-next"), message=first)
    assert persian_digits(listed[PAGE_NUMBERS]) in plain(second)
    assert persian_digits(listed[0]) not in plain(second)
    third = await bot_env.tap(fa("button-next"), message=second)
    assert fa("recipients-page-title", count=len(listed), page=3, pages=3) in plain(third)
    assert persian_digits(listed[-1]) in plain(third)
    assert fa("button-next") not in map(strip_isolates, third.button_texts)
    back = await bot_env.tap(fa("button-previous"), message=third)
    assert persian_digits(listed[PAGE_NUMBERS]) in plain(back)
    again = await bot_env.tap(fa("recipients-button-back"), message=back)
    assert fa("send-preview-recipients", count=len(listed)) in plain(again)
    await bot_env.tap(fa("button-send"), message=again)
    await final_result(bot_env)
    assert sent_to(bot_env) == listed


async def test_remove_numbers_typed_in_any_spelling(bot_env):
    listed = numbers(5)
    preview = await preview_of(bot_env, "\n".join(listed))
    ask = await bot_env.tap(fa("recipients-button-remove"), message=preview)
    assert plain(ask) == fa("recipients-ask-remove")
    junk = await bot_env.say("سلام")
    assert plain(junk) == fa("recipients-remove-none-valid")
    typed = f"{persian_digits(listed[0])}\n+98 912 000 0001\n0098{listed[2][1:]}\n09359999999"
    after = await bot_env.say(typed)
    text = plain(after)
    assert fa("recipients-removed", count=3) in text
    assert fa("recipients-removed-absent", count=1) in text
    assert fa("send-preview-recipients", count=2) in text
    await bot_env.tap(fa("button-send"), message=after)
    await final_result(bot_env)
    assert sent_to(bot_env) == listed[3:]


async def test_removing_every_number_asks_for_a_new_list(bot_env):
    preview = await preview_of(bot_env, "09121111111", "متن")
    await bot_env.tap(fa("recipients-button-remove"), message=preview)
    await bot_env.stub.send_text(bot_env.admin, "09121111111")
    asked = await bot_env.stub.wait_for_message(
        bot_env.admin.user_id, lambda m: fa("send-ask-recipients") in plain(m)
    )
    assert asked
    gathered = await bot_env.say("09122222222")
    back = await bot_env.tap(CONTINUE, message=gathered)
    assert fa("send-preview-recipients", count=1) in plain(back) and "متن" in back.text


async def test_edit_recipients_replaces_the_list(bot_env):
    preview = await preview_of(bot_env, "09121111111\n09122222222", "متن")
    ask = await bot_env.tap(fa("button-edit-recipients"), message=preview)
    assert fa("recipients-ask-replace", count=2) in plain(ask)
    gathered = await bot_env.say("09123333333")
    assert fa("recipients-total", accepted=1) in plain(gathered)
    back = await bot_env.tap(CONTINUE, message=gathered)
    assert fa("send-preview-recipients", count=1) in plain(back)
    await bot_env.tap(fa("button-send"), message=back)
    await final_result(bot_env)
    assert sent_to(bot_env) == ["09123333333"]


async def test_remove_the_numbers_of_a_file(bot_env):
    listed = numbers(4)
    preview = await preview_of(bot_env, "\n".join(listed))
    await bot_env.tap(fa("recipients-button-remove"), message=preview)
    opt_out = f"mobile\n{listed[1]}\n{listed[3]}\n".encode()
    await bot_env.stub.send_document(bot_env.admin, "opt-out.csv", opt_out)
    after = await bot_env.stub.wait_for_message(
        bot_env.admin.user_id, lambda m: fa("send-preview-title") in plain(m)
    )
    assert fa("recipients-removed", count=2) in plain(after)
    assert fa("send-preview-recipients", count=2) in plain(after)


async def test_social_preview_adds_and_shows_recipients(bot_env):
    await bot_env.login()
    choose = await bot_env.say("/social")
    await bot_env.tap(choose.button_texts[0], message=choose)
    line = next(text for text in bot_env.last().button_texts if "پیش‌فرض" in text)
    await bot_env.tap(line)
    await bot_env.say("09121111111")
    preview = await bot_env.say("سلام")
    assert fa("send-preview-network", network=fa("network-telegram")) in plain(preview)
    await bot_env.tap(fa("recipients-button-add"), message=preview)
    gathered = await bot_env.say("09122222222")
    back = await bot_env.tap(CONTINUE, message=gathered)
    assert fa("send-preview-recipients", count=2) in plain(back)
    shown = await bot_env.tap(fa("recipients-button-view"), message=back)
    assert fa("recipients-page-title", count=2, page=1, pages=1) in plain(shown)
    assert persian_digits("09122222222") in plain(shown)


async def test_replacing_can_be_abandoned_for_the_preview(bot_env):
    preview = await preview_of(bot_env, "09121111111\n09122222222", "متن")
    ask = await bot_env.tap(fa("button-edit-recipients"), message=preview)
    back = await bot_env.tap(fa("recipients-button-back"), message=ask)
    assert fa("send-preview-recipients", count=2) in plain(back)
