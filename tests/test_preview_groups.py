"""The preview's guard and actions in a group under privacy mode: the credit figures stay with
the group's administrators, and every typed answer is a reply to the bot's ForceReply prompt."""

from __future__ import annotations

from decimal import Decimal

from bot.botapi_stub.user_side import visible
from bot.formatting import strip_isolates
from tests.conftest import ADMIN_ID, OPERATOR_ID
from tests.texts import fa, fa_head

GROUP = -100654
FORCE_REPLY = {"force_reply": True, "selective": True}


async def in_group(env, fragment: str):
    return await env.stub.wait_for_message(
        GROUP, lambda message: fragment in strip_isolates(message.text or ""), timeout=8
    )


async def operator_preview(env, text: str = "Hello"):
    operator = await env.add_operator()
    env.stub.add_group(GROUP, "فروش", admins=[ADMIN_ID], members=[OPERATOR_ID])
    await env.login(chat_id=GROUP)
    await env.stub.send_text(operator, f"/send\n09121234567\n09351112233\n{text}", chat=GROUP)
    return operator, await in_group(env, fa("send-preview-title"))


async def test_a_short_credit_is_said_to_an_operator_without_the_figures(bot_env):
    bot_env.fake.state.accounts["demo"].credit = Decimal(150)
    _, preview = await operator_preview(bot_env)
    text = strip_isolates(preview.text)
    assert fa("preview-blocked-credit-hidden") in text
    assert "۱۵۰" not in text and fa("button-send") not in map(visible, preview.button_texts)


async def test_send_later_and_save_are_answered_by_replies_in_a_group(bot_env):
    operator, preview = await operator_preview(bot_env, "خبر گروه")
    await bot_env.stub.tap(
        operator, preview.message_id, text=fa("schedule-button-later"), chat=GROUP
    )
    ask = await in_group(bot_env, fa("reply-to-prompt"))
    assert ask.reply_markup == FORCE_REPLY
    await bot_env.stub.reply_to(operator, ask, "فردا ۹:۳۰")
    await in_group(bot_env, fa_head("schedule-confirmed"))
    (job,) = await bot_env.storage.jobs.scheduled()
    assert job.chat_id == GROUP and job.user_id == OPERATOR_ID

    await bot_env.stub.send_text(operator, "/send\n09121234567\nمتن آماده گروه", chat=GROUP)
    preview = await in_group(bot_env, "متن آماده گروه")
    await bot_env.stub.tap(
        operator, preview.message_id, text=fa("templates-button-save"), chat=GROUP
    )
    ask = await in_group(bot_env, fa("reply-to-prompt"))
    assert ask.reply_markup == FORCE_REPLY
    await bot_env.stub.reply_to(operator, ask, "خبر گروه")
    await in_group(bot_env, fa("templates-saved", name="خبر گروه"))
    records = await bot_env.storage.list_templates(GROUP, offset=0, limit=5)
    assert [(r.name, r.text) for r in records] == [("خبر گروه", "متن آماده گروه")]
