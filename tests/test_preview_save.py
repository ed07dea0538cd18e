"""«ذخیره به‌عنوان متن آماده» at the preview (issue 17), through the real Application: the
name is asked, a taken name refused, the text listed in /templates, the preview still sends."""

from __future__ import annotations

from bot.botapi_stub.user_side import visible
from bot.formatting import strip_isolates
from bot.services.templates import MAX_NAME_CHARS
from tests.send_helpers import final_result, preview_of
from tests.texts import fa

TEXT = "تخفیف ویژهٔ پاییز برای همهٔ مشتریان"


def plain(message) -> str:
    return strip_isolates(message.text or "")


async def test_the_preview_text_is_saved_under_a_name_then_listed_and_still_sent(bot_env):
    preview = await preview_of(bot_env, "09121234567", TEXT)
    ask = await bot_env.tap(fa("templates-button-save"), message=preview)
    assert plain(ask) == fa("templates-ask-name", max=MAX_NAME_CHARS)
    again = await bot_env.say("  ")
    assert plain(again) == fa("templates-problem-empty-name")
    saved = await bot_env.say("  تخفیف   پاییز ")
    assert fa("templates-saved", name="تخفیف پاییز") in plain(saved)
    assert fa("send-preview-title") in plain(saved)
    assert fa("button-send") in [visible(b) for b in saved.button_texts]

    second = await bot_env.tap(fa("templates-button-save"), message=saved)
    taken = await bot_env.say("تخفیف پاییز")
    assert plain(taken) == fa("templates-problem-name-taken", name="تخفیف پاییز")
    back = await bot_env.tap(fa("button-back"), message=second)
    assert fa("send-preview-title") in plain(back)

    await bot_env.tap(fa("button-send"), message=back)
    assert fa("sendjob-summary-done") in plain(await final_result(bot_env))
    (send,) = bot_env.panel_received("send")
    assert send.fields["message"] == TEXT
    listing = await bot_env.say("/templates")
    assert fa("templates-title", total=1) in plain(listing)
    assert "تخفیف پاییز" in [visible(b) for b in listing.button_texts]
    records = await bot_env.storage.list_templates(bot_env.admin.user_id, offset=0, limit=10)
    assert [(r.name, r.text) for r in records] == [("تخفیف پاییز", TEXT)]
