"""/books: a staff member ticks phone books, picks a line, writes a message, sends."""

from __future__ import annotations

import json

from bot.botapi_stub.records import BotMessage
from bot.formatting import strip_isolates
from tests.send_helpers import job_summary
from tests.texts import fa

FIRST_PAGE = ["مشتریان", "همکاران", "نمایندگان فروش", "مشتریان ویژه"]
SECOND_PAGE = ["مشتریان قدیمی", "باشگاه مشتریان", "آزمایشی", "دفترچه خالی"]


def plain(text: str | None) -> str:
    return strip_isolates(text or "")


def labels(message: BotMessage) -> list[str]:
    return [plain(text) for text in message.button_texts]


def button_for(message: BotMessage, title: str) -> str:
    """The exact text of the book button whose title is `title` (ticked or not)."""
    for text in message.button_texts:
        shown = plain(text).removeprefix("✓ ")
        if shown == title or shown.startswith(f"{title} ("):
            return text
    raise LookupError(f"no button for {title!r} in {labels(message)}")


def ticked(message: BotMessage) -> list[str]:
    return [
        label.removeprefix("✓ ").split(" (")[0]
        for label in labels(message)
        if label.startswith("✓ ")
    ]


async def open_books(bot_env) -> BotMessage:
    await bot_env.login()
    return await bot_env.say("/books")


async def test_books_are_listed_eight_to_a_page_with_sizes(bot_env):
    shown = await open_books(bot_env)
    assert "دفترچه" in shown.text
    assert "مشتریان (۲۵۰)" in labels(shown)
    assert "باشگاه مشتریان (۲٬۴۰۰)" not in labels(shown)  # on page 2
    assert "صفحهٔ ۱ از ۲" in labels(shown)
    assert ticked(shown) == []


async def test_paging_edits_the_same_message(bot_env):
    shown = await open_books(bot_env)
    second = await bot_env.tap(fa("button-next"), message=shown)
    assert second.message_id == shown.message_id
    assert "باشگاه مشتریان (۲٬۴۰۰)" in labels(second)
    assert "دفترچه خالی (۰)" in labels(second)
    assert "مشتریان (۲۵۰)" not in labels(second)
    assert "صفحهٔ ۲ از ۲" in labels(second)
    first = await bot_env.tap(fa("button-previous"), message=second)
    assert first.message_id == shown.message_id
    assert "مشتریان (۲۵۰)" in labels(first)


async def test_ticks_toggle_and_the_estimate_sums_sizes(bot_env):
    shown = await open_books(bot_env)
    shown = await bot_env.tap(button_for(shown, "مشتریان"), message=shown)
    shown = await bot_env.tap(button_for(shown, "همکاران"), message=shown)
    assert ticked(shown) == ["مشتریان", "همکاران"]
    assert "۲ دفترچه" in plain(shown.text) and "۲۶۸ گیرنده" in plain(shown.text)
    shown = await bot_env.tap(button_for(shown, "مشتریان"), message=shown)
    assert ticked(shown) == ["همکاران"]
    assert "۱۸ گیرنده" in plain(shown.text)


async def test_select_all_and_none_cover_every_page(bot_env):
    shown = await open_books(bot_env)
    shown = await bot_env.tap("انتخاب همه", message=shown)
    assert ticked(shown) == [*FIRST_PAGE, "تامین‌کنندگان", "خبرنامه", "شرکت‌کنندگان همایش", "پرسنل"]
    assert "۱۲ دفترچه" in plain(shown.text) and "۵٬۲۵۹ گیرنده" in plain(shown.text)
    second = await bot_env.tap(fa("button-next"), message=shown)
    assert ticked(second) == SECOND_PAGE
    cleared = await bot_env.tap("برداشتن همهٔ انتخاب‌ها", message=second)
    assert ticked(cleared) == []
    assert "۰ دفترچه" in plain(cleared.text)


async def test_done_with_nothing_ticked_says_so_and_stays(bot_env):
    shown = await open_books(bot_env)
    warned = await bot_env.tap("تمام", message=shown)
    assert "هیچ دفترچه‌ای انتخاب نکرده‌اید" in warned.text
    assert warned.message_id == shown.message_id
    still = await bot_env.tap(button_for(warned, "پرسنل"), message=warned)
    assert ticked(still) == ["پرسنل"]
    assert "هیچ دفترچه‌ای" not in still.text


async def test_sender_step_offers_the_default_line_and_back_keeps_the_ticks(bot_env):
    shown = await open_books(bot_env)
    shown = await bot_env.tap(button_for(shown, "پرسنل"), message=shown)
    sender = await bot_env.tap("تمام", message=shown)
    assert "خط" in sender.text
    assert labels(sender)[0] == "۳۰۰۰۵۰۵ (پیش‌فرض)"
    assert "+۹۸۱۰۰۰۲۰۴۰۰" in labels(sender)
    back = await bot_env.tap("بازگشت", message=sender)
    assert ticked(back) == ["پرسنل"]


async def test_a_typed_sender_line_is_checked(bot_env):
    shown = await open_books(bot_env)
    shown = await bot_env.tap(button_for(shown, "پرسنل"), message=shown)
    await bot_env.tap("تمام", message=shown)
    refused = await bot_env.say("خط اصلی")
    assert plain(refused.text) == fa("send-sender-invalid", example="3000505")
    asked = await bot_env.say("۳۰۰۰ ۵۰۵")
    assert "متن پیامک" in asked.text and "۳۰۰۰۵۰۵" in plain(asked.text)


async def test_stray_input_gets_a_hint_and_cancel_ends(bot_env):
    shown = await open_books(bot_env)
    hint = await bot_env.say("سلام")
    assert "دکمه" in hint.text
    still = await bot_env.tap(button_for(shown, "پرسنل"), message=shown)
    assert ticked(still) == ["پرسنل"]
    done = await bot_env.tap("لغو", message=still)
    assert done.text == fa("cancelled")
    assert bot_env.panel_received("booksend") == []


def exact(message: BotMessage, shown: str) -> str:
    """The exact text (with bidi isolates) of the button that reads `shown`."""
    return next(text for text in message.button_texts if plain(text) == shown)


async def tap_send(bot_env, preview: BotMessage) -> BotMessage:
    """Tap Send and return the result once the bot has finished (progress edits pass)."""
    await bot_env.tap("ارسال", message=preview)
    return await job_summary(bot_env)


async def test_a_staff_member_sends_to_two_books(bot_env):
    shown = await open_books(bot_env)
    shown = await bot_env.tap(button_for(shown, "مشتریان"), message=shown)
    shown = await bot_env.tap(button_for(shown, "پرسنل"), message=shown)
    lines = await bot_env.tap("تمام", message=shown)
    asked = await bot_env.tap(exact(lines, "۳۰۰۰۵۰۵ (پیش‌فرض)"), message=lines)
    assert "۲ دفترچه" in plain(asked.text)

    preview = await bot_env.say("جشنوارهٔ فروش پاییزه آغاز شد")
    text = plain(preview.text)
    assert "جشنوارهٔ فروش پاییزه آغاز شد" in text
    assert fa("send-preview-target", target="مشتریان، پرسنل") in text
    assert "تعداد تقریبی گیرندگان: ۲۹۵" in text  # 250 + 45
    assert fa("send-preview-total-parts", total=295) in text
    assert bot_env.panel_received("booksend") == []

    result = await tap_send(bot_env, preview)
    assert "✅" in result.text
    (request,) = bot_env.panel_received("booksend")
    assert json.loads(request.fields["bookid"]) == [12, 19]
    assert request.fields["from"] == "3000505"
    assert request.fields["message"] == "جشنوارهٔ فروش پاییزه آغاز شد"


async def test_another_line_can_be_chosen_and_back_from_the_text_step(bot_env):
    shown = await bot_env.tap(fa("button-next"), message=await open_books(bot_env))
    shown = await bot_env.tap(button_for(shown, "آزمایشی"), message=shown)
    lines = await bot_env.tap("تمام", message=shown)
    asked = await bot_env.tap("+۹۸۱۰۰۰۲۰۴۰۰", message=lines)
    again = await bot_env.tap("بازگشت", message=asked)
    assert "+۹۸۱۰۰۰۲۰۴۰۰" in labels(again)
    asked = await bot_env.tap("+۹۸۱۰۰۰۲۰۴۰۰", message=again)
    preview = await bot_env.say("Test")
    assert "تعداد تقریبی گیرندگان: ۳" in plain(preview.text)
    await tap_send(bot_env, preview)
    (request,) = bot_env.panel_received("booksend")
    assert request.fields["from"] == "+98100020400"
    assert json.loads(request.fields["bookid"]) == [22]


async def test_a_panel_error_at_send_is_shown_in_persian(bot_env):
    shown = await bot_env.tap(fa("button-next"), message=await open_books(bot_env))
    shown = await bot_env.tap(button_for(shown, "آزمایشی"), message=shown)
    lines = await bot_env.tap("تمام", message=shown)
    await bot_env.tap(exact(lines, "۳۰۰۰۵۰۵ (پیش‌فرض)"), message=lines)
    preview = await bot_env.say("سلام")
    bot_env.fake.state.inject("booksend", code=101)  # emptied on the panel after the preview
    result = await tap_send(bot_env, preview)
    assert result.message_id == preview.message_id  # the preview became the summary
    i18n = bot_env.app.services.i18n
    assert strip_isolates(i18n.t("panel-error-101", locale="fa")) in strip_isolates(result.text)
    assert i18n.t("sendjob-summary-halted", locale="fa") in result.text
    assert len(bot_env.panel_received("booksend")) == 1


GROUP_ID = -100777


async def test_in_a_group_only_the_starter_may_tap_and_flows_do_not_mix(bot_env):
    from tests.conftest import OPERATOR_ID

    operator = await bot_env.add_operator()
    bot_env.stub.add_group(GROUP_ID, "فروش", admins=[bot_env.admin.user_id], members=[OPERATOR_ID])
    await bot_env.login(chat_id=GROUP_ID)
    shown = await bot_env.say("/books", chat=GROUP_ID)
    refused = await bot_env.stub.tap(
        operator, shown.message_id, text=button_for(shown, "پرسنل"), chat=GROUP_ID
    )
    assert refused.show_alert and refused.text == fa("button-not-yours")
    mine = await bot_env.say("/books", user=operator, chat=GROUP_ID)
    mine = await bot_env.tap(
        button_for(mine, "همکاران"), user=operator, chat=GROUP_ID, message=mine
    )
    assert ticked(mine) == ["همکاران"]
    admins = await bot_env.tap(button_for(shown, "پرسنل"), chat=GROUP_ID, message=shown)
    assert ticked(admins) == ["پرسنل"]


async def test_edit_text_at_the_preview_keeps_the_books(bot_env):
    shown = await open_books(bot_env)
    shown = await bot_env.tap(button_for(shown, "همکاران"), message=shown)
    lines = await bot_env.tap("تمام", message=shown)
    await bot_env.tap(exact(lines, "۳۰۰۰۵۰۵ (پیش‌فرض)"), message=lines)
    preview = await bot_env.say("نسخهٔ اول")
    await bot_env.tap("ویرایش متن", message=preview)
    preview = await bot_env.say("Meeting at 10")
    assert "Meeting at 10" in preview.text and fa("send-preview-target", target="همکاران") in plain(
        preview.text
    )
    await tap_send(bot_env, preview)
    (request,) = bot_env.panel_received("booksend")
    assert request.fields["message"] == "Meeting at 10"
    assert json.loads(request.fields["bookid"]) == [13]
