"""/send, as a staff member uses it: sender → numbers → text → preview → Send → result."""

from __future__ import annotations

import json

from bot.formatting import strip_isolates
from tests.conftest import DEMO_SENDER
from tests.send_helpers import PERSIAN_TEXT, final_result, start_send, wait_text


async def test_paste_numbers_preview_and_send(bot_env):
    await bot_env.login()
    await start_send(bot_env)
    summary = await bot_env.say("۰۹۱۲۱۲۳۴۵۶۷\n09121234567\n+98 935 111 2233\nhello\n021-88881234")
    plain = strip_isolates(summary.text)
    assert "۲ شمارهٔ معتبر" in plain
    assert "تکراری حذف‌شده: ۱" in plain
    assert "hello — شماره نیست" in plain
    assert "021-88881234 — شمارهٔ ثابت است" in plain
    ask = await wait_text(bot_env, "متن پیام")
    assert "متن پیام را بفرستید" in ask.text

    preview = await bot_env.say(PERSIAN_TEXT)
    plain = strip_isolates(preview.text)
    assert PERSIAN_TEXT in preview.text
    assert "تعداد گیرندگان: ۲" in plain
    assert "یونیکد" in plain
    assert "اعتبار فعلی حساب: ۲۵۰٬۰۰۰ ریال" in plain
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
    assert "فرستاده شد" in plain
    assert any(bulk_id in strip_isolates(t) or _fa(bulk_id) in t for t in result.button_texts)
    audits = await bot_env.storage.recent_audits(bot_env.admin.user_id)
    assert [(a.state.value, a.bulk_id) for a in audits] == [("sent", bulk_id)]


def _fa(digits: str) -> str:
    return digits.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
