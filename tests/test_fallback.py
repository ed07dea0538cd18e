"""Outside any conversation, nothing the user does goes unanswered."""

from __future__ import annotations

import pytest

from bot.formatting import strip_isolates
from tests.conftest import ADMIN_ID
from tests.texts import fa

GROUP_ID = -100800


async def test_unknown_command_points_to_help(bot_env):
    reply = await bot_env.say("/frobnicate")
    assert strip_isolates(reply.text) == fa("start-unknown-command")


async def test_stray_text_sticker_and_photo_point_to_the_menu(bot_env):
    reply = await bot_env.say("سلام")
    assert "/start" in reply.text
    await bot_env.stub.send_sticker(bot_env.admin)
    reply = await bot_env.stub.wait_for_message(ADMIN_ID)
    assert "/start" in reply.text
    await bot_env.stub.send_photo(bot_env.admin)
    reply = await bot_env.stub.wait_for_message(ADMIN_ID)
    assert "/start" in reply.text


def t(env, key: str, **variables) -> str:
    return env.app.services.i18n.t(key, locale="fa", **variables)


async def test_a_button_of_a_finished_flow_says_how_to_open_it_again(bot_env):
    await bot_env.login()
    books = await bot_env.say("/books")
    await bot_env.say("/cancel")
    label = books.button_texts[0]
    answer = await bot_env.stub.tap(bot_env.admin, books.message_id, text=label)
    assert answer.text == t(bot_env, "start-button-closed", command="/books")
    assert answer.show_alert


async def test_a_view_is_no_flow_its_buttons_work_after_other_commands(bot_env):
    settings = await bot_env.say("/settings")
    reply = await bot_env.say("/cancel")
    assert reply.text == t(bot_env, "start-nothing-to-cancel")
    reply = await bot_env.tap("تغییر زبان", message=settings)
    assert "فارسی" in reply.button_texts[0] or "فارسی" in reply.text


async def test_chatter_and_foreign_commands_in_a_group_get_no_answer(bot_env):
    bot_env.stub.add_group(GROUP_ID, "Team", admins=[ADMIN_ID], bot_is_admin=True)
    await bot_env.stub.send_text(bot_env.admin, "hello everyone", chat=GROUP_ID)
    await bot_env.stub.send_text(bot_env.admin, "/weather@other_bot", chat=GROUP_ID)
    await bot_env.stub.wait_idle()
    assert bot_env.stub.messages(GROUP_ID) == []
    reply = await bot_env.say("/help", chat=GROUP_ID)  # the bot does hear the group
    assert "/start" in reply.text


@pytest.mark.parametrize("command", ["/books", "/postal", "/jobs", "/send"])
async def test_cancel_leaves_every_target_flow(bot_env, command):
    await bot_env.login()
    await bot_env.say(command)
    answer = await bot_env.say("/cancel")
    assert answer.text == bot_env.app.services.i18n.t("cancelled", locale="fa")
    await bot_env.say("/cancel")  # outside a flow now: answered, not looping
    assert bot_env.panel_received("send") == []
