"""The front door: /start, the main menu, /help and the published command list."""

from __future__ import annotations

from bot.features import FEATURES, published_commands
from bot.formatting import strip_isolates
from tests.conftest import ADMIN_ID
from tests.texts import fa

EVERYONE_SEES = [
    fa(f"start-button-{feature}")
    for feature in (
        "send",
        "social",
        "books",
        "postal",
        "jobs",
        "templates",
        "credit",
        "delivery",
        "status",
        "inbox",
        "packages",
        "history",
        "settings",
        "help",
    )
]
ADMINS_ALSO_SEE = [fa("start-button-newuser"), fa("start-button-staff")]
GROUP_ID = -100700


async def test_staff_without_an_account_are_led_to_login(bot_env):
    reply = await bot_env.say("/start")
    assert "/login" in reply.text
    assert "Admin" in reply.text
    assert reply.button_texts == ["🔑 ورود به حساب پنل"]
    reply = await bot_env.tap("🔑 ورود به حساب پنل")
    assert "نام کاربری پنل را بفرستید" in reply.text


async def test_admin_menu_has_every_feature(bot_env):
    await bot_env.login()
    reply = await bot_env.say("/start")
    assert sorted(reply.button_texts) == sorted(EVERYONE_SEES + ADMINS_ALSO_SEE)
    assert all(len(row) <= 2 for row in reply.buttons)


async def test_operator_menu_has_no_admin_items(bot_env):
    operator = await bot_env.add_operator()
    await bot_env.login(user=operator)
    reply = await bot_env.say("/start", user=operator)
    assert sorted(reply.button_texts) == sorted(EVERYONE_SEES)


async def test_menu_buttons_reach_help_and_settings(bot_env):
    await bot_env.login()
    menu = await bot_env.say("/start")
    reply = await bot_env.tap("❓ راهنما", message=menu)
    assert "/send" in reply.text and "/staff" in reply.text
    reply = await bot_env.tap("⚙️ تنظیمات", message=menu)
    assert "تنظیمات این گفت‌وگو" in reply.text
    assert "۳۰۰۰۵۰۵" in reply.text  # the default sender line, in Persian digits


async def test_help_lists_every_published_command(bot_env):
    reply = await bot_env.say("/help")
    shown = strip_isolates(reply.text)
    missing = [name for name in published_commands() if f"/{name} " not in shown]
    assert missing == []
    assert "راهنمای ربات" in reply.text


async def test_help_of_an_operator_leaves_out_admin_commands(bot_env):
    operator = await bot_env.add_operator()
    reply = await bot_env.say("/help", user=operator)
    assert "/send " in reply.text
    assert "/staff " not in reply.text and "/newuser " not in reply.text


async def test_commands_are_published_in_persian_and_english(bot_env):
    persian = bot_env.stub.commands[("default", "")]
    english = bot_env.stub.commands[("default", "en")]
    assert [c["command"] for c in persian] == published_commands()
    assert [c["command"] for c in english] == published_commands()
    described = {c["command"]: c["description"] for c in persian}
    assert described["send"] == "ارسال پیامک به شماره‌ها"
    assert {c["command"]: c["description"] for c in english}["send"] == "Send SMS to numbers"


async def test_command_lists_per_scope(bot_env):
    """Groups' members see what they may use there; groups' administrators see account data and
    settings too; /newuser is never offered in a group."""
    private = [c["command"] for c in bot_env.stub.commands[("all_private_chats", "")]]
    groups = [c["command"] for c in bot_env.stub.commands[("all_group_chats", "")]]
    admins = [c["command"] for c in bot_env.stub.commands[("all_chat_administrators", "")]]
    assert "newuser" in private and "newuser" not in groups + admins
    assert "send" in groups and "credit" not in groups and "settings" not in groups
    assert {"credit", "settings", "lang", "staff", "send"} <= set(admins)
    assert {f.name for f in FEATURES if f.menu} <= set(private) | {"help"}


async def test_start_in_a_group_lists_the_group_commands(bot_env):
    bot_env.stub.add_group(GROUP_ID, "Team", admins=[ADMIN_ID])
    reply = await bot_env.say("/start", chat=GROUP_ID)
    assert "/report" in reply.text and "/login" in reply.text
    assert not reply.buttons


async def test_every_menu_button_starts_its_feature(bot_env):
    """No menu button falls through to the "not available" answer of the fallback.

    Each button is tapped by another admin, so one feature's open flow cannot hide the next."""
    from storage import Role

    unclaimed = []
    for number, label in enumerate(EVERYONE_SEES + ADMINS_ALSO_SEE):
        admin_id = 2000 + number
        await bot_env.storage.add_staff(admin_id, Role.ADMIN, added_by=ADMIN_ID)
        admin = bot_env.user(admin_id, f"Admin{number}")
        await bot_env.login(user=admin)
        menu = await bot_env.say("/start", user=admin)
        answer = await bot_env.stub.tap(admin, menu.message_id, text=label)
        if strip_isolates(answer.text or "") == fa("start-button-unavailable"):
            unclaimed.append(label)
    await bot_env.stub.wait_idle()
    assert unclaimed == []
