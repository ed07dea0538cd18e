"""Signing in and out: the panel checks the account before it is kept; groups sign in privately."""

from __future__ import annotations

from bot.botapi_stub.records import BotMessage
from bot.botapi_stub.user_side import visible
from tests.conftest import ADMIN_ID, DEMO_SENDER, OPERATOR_ID
from tests.texts import fa

GROUP_ID = -100500


def says(fragment: str):
    """A wait_for_message predicate: the bot's message (as it is now) contains `fragment`."""

    def matches(message: BotMessage) -> bool:
        return fragment in (message.text or "")

    return matches


async def type_password(bot_env, password: str, expect: str, user=None, timeout: float = 5.0):
    """Send the password; return (the user's message, the bot's answer containing `expect`)."""
    user = user or bot_env.admin
    sent = await bot_env.stub.send_text(user, password)
    answer = await bot_env.stub.wait_for_message(user.user_id, says(expect), timeout=timeout)
    return sent, answer


async def test_wrong_password_then_right_one_keeps_the_checked_account(bot_env):
    reply = await bot_env.say("/login")
    assert "نام کاربری پنل" in reply.text
    reply = await bot_env.say("demo")
    assert "رمز عبور" in reply.text

    wrong, reply = await type_password(bot_env, "not-the-password", "نپذیرفت")
    assert bot_env.stub.user_message(ADMIN_ID, wrong.message_id).deleted
    assert await bot_env.storage.get_credentials(ADMIN_ID) is None
    assert "نام کاربری دیگر" in reply.button_texts

    right, reply = await type_password(bot_env, "demo", "ورود انجام شد")
    assert bot_env.stub.user_message(ADMIN_ID, right.message_id).deleted
    assert "۲۵۰٬۰۰۰" in reply.text  # the credit the panel reported
    checked = [(r.fields["uname"], r.fields["pass"]) for r in bot_env.panel_received("credit")]
    assert checked == [("demo", "not-the-password"), ("demo", "demo")]
    stored = await bot_env.storage.get_credentials(ADMIN_ID)
    assert (stored.username, stored.password) == ("demo", "demo")

    assert "+۹۸۳۰۰۰۵۰۵" in map(visible, reply.button_texts)  # the panel's lines, Persian digits
    assert fa("button-cancel") not in reply.button_texts  # signed in: "Later", nothing to cancel
    reply = await bot_env.tap("+۹۸۳۰۰۰۵۰۵")
    assert visible(reply.text) == fa("login-sender-saved", sender="+983000505")
    assert (await bot_env.storage.get_credentials(ADMIN_ID)).sender == "+983000505"


async def test_another_username_after_a_refused_password(bot_env):
    await bot_env.say("/login")
    await bot_env.say("nobody")
    await type_password(bot_env, "secret", "نپذیرفت")
    reply = await bot_env.tap("نام کاربری دیگر")
    assert "نام کاربری پنل" in reply.text
    await bot_env.say("demo")
    await type_password(bot_env, "demo", "ورود انجام شد")
    assert (await bot_env.storage.get_credentials(ADMIN_ID)).username == "demo"


async def test_sender_line_can_be_typed_or_skipped(bot_env):
    await bot_env.say("/login")
    await bot_env.say("demo")
    await type_password(bot_env, "demo", "ورود انجام شد")
    reply = await bot_env.say("sender please")
    assert reply.text == fa("login-bad-sender")
    reply = await bot_env.say("۳۰۰۰۷۷۷")
    assert "۳۰۰۰۷۷۷" in reply.text
    assert (await bot_env.storage.get_credentials(ADMIN_ID)).sender == "3000777"

    await bot_env.say("/login")
    await bot_env.say("demo")
    await type_password(bot_env, "demo", "ورود انجام شد")
    reply = await bot_env.tap("بعداً")
    assert "/settings" in reply.text
    assert (await bot_env.storage.get_credentials(ADMIN_ID)).sender == "3000777"  # same user


async def test_unreachable_panel_is_explained_and_nothing_is_stored(bot_env):
    bot_env.fake.state.inject("credit", drop=True, times=10)
    await bot_env.say("/login")
    await bot_env.say("demo")
    _, reply = await type_password(bot_env, "demo", "ارتباط با پنل", timeout=15)
    assert "دوباره" in reply.text
    assert "ذخیره نشد" in reply.text
    assert await bot_env.storage.get_credentials(ADMIN_ID) is None
    reply = await bot_env.say("demo")  # the flow is over: a stray message, not a password
    assert "/start" in reply.text


async def test_restricted_account_shows_the_panel_sentence(bot_env):
    await bot_env.say("/login")
    await bot_env.say("blocked")
    _, reply = await type_password(bot_env, "blocked", "۹۶۳")
    assert "ذخیره نشد" in reply.text
    assert await bot_env.storage.get_credentials(ADMIN_ID) is None


async def test_stray_input_while_signing_in_gets_a_hint_and_the_flow_goes_on(bot_env):
    await bot_env.say("/login")
    await bot_env.stub.send_sticker(bot_env.admin)
    reply = await bot_env.stub.wait_for_message(ADMIN_ID)
    assert "نام کاربری پنل را به‌صورت متن" in reply.text
    await bot_env.say("demo")
    await type_password(bot_env, "demo", "ورود انجام شد")
    assert await bot_env.storage.get_credentials(ADMIN_ID) is not None


async def test_a_command_typed_while_signing_in_leaves_the_sign_in_and_runs(bot_env):
    await bot_env.say("/login")
    reply = await bot_env.say("/credit")
    assert reply.text == bot_env.app.services.i18n.t("report-login-first", locale="fa")
    reply = await bot_env.say("demo")  # no longer read as a username
    assert "/start" in reply.text


async def test_cancel_leaves_the_sign_in(bot_env):
    await bot_env.say("/login")
    await bot_env.say("demo")
    reply = await bot_env.say("/cancel")
    assert "لغو شد" in reply.text
    reply = await bot_env.say("demo")
    assert "/start" in reply.text  # no longer taken as a password
    assert bot_env.panel_received("credit") == []


async def test_logout_asks_first_then_forgets_the_account(bot_env):
    await bot_env.login()
    reply = await bot_env.say("/logout")
    assert "حذف شود" in reply.text
    reply = await bot_env.tap("خیر")
    assert "حفظ شد" in reply.text
    assert await bot_env.storage.get_credentials(ADMIN_ID) is not None

    await bot_env.say("/logout")
    reply = await bot_env.tap("بله")
    assert visible(reply.text) == fa("login-logout-done")
    assert await bot_env.storage.get_credentials(ADMIN_ID) is None
    reply = await bot_env.say("/logout")
    assert "/login" in reply.text


async def test_group_account_is_set_in_private_by_a_group_administrator(bot_env):
    operator = await bot_env.add_operator()
    bot_env.stub.add_group(GROUP_ID, "فروش", admins=[ADMIN_ID], members=[OPERATOR_ID])

    reply = await bot_env.say("/login", user=operator, chat=GROUP_ID)
    assert reply.text == fa("access-group-admins-only")
    assert not reply.buttons

    reply = await bot_env.say("/login", chat=GROUP_ID)
    assert "هرگز در گروه" in reply.text
    [[(_, link)]] = reply.buttons
    assert link == f"https://t.me/panel_test_bot?start=login-{GROUP_ID}"

    # The operator finds the link too, but is no administrator of the group.
    reply = await bot_env.say(f"/start login-{GROUP_ID}", user=operator)
    assert reply.text == fa("login-group-not-admin")

    reply = await bot_env.say(f"/start login-{GROUP_ID}")
    assert "فروش" in reply.text
    await bot_env.say("demo")
    password, reply = await type_password(bot_env, "demo", "ثبت شد")
    assert "فروش" in reply.text
    assert bot_env.stub.user_message(ADMIN_ID, password.message_id).deleted
    assert (await bot_env.storage.get_credentials(GROUP_ID)).username == "demo"
    assert await bot_env.storage.get_credentials(ADMIN_ID) is None
    reply = await bot_env.tap("بعداً")
    assert "/settings" in reply.text
    assert len(bot_env.stub.calls_for("getChatAdministrators")) <= 2  # cached, not per step
    assert not [m for m in bot_env.stub.messages(GROUP_ID) if "demo" in (m.text or "")]


async def test_logout_in_a_group_is_for_its_administrators(bot_env):
    operator = await bot_env.add_operator()
    bot_env.stub.add_group(GROUP_ID, "فروش", admins=[ADMIN_ID], members=[OPERATOR_ID])
    await bot_env.login(chat_id=GROUP_ID)
    reply = await bot_env.say("/logout", user=operator, chat=GROUP_ID)
    assert reply.text == fa("access-group-admins-only")
    reply = await bot_env.say("/logout", chat=GROUP_ID)
    reply = await bot_env.tap("بله", chat=GROUP_ID)
    assert visible(reply.text) == fa("login-logout-done")
    assert await bot_env.storage.get_credentials(GROUP_ID) is None


async def test_demo_sender_of_the_fixture_is_untouched_by_another_chat_login(bot_env):
    await bot_env.login()
    operator = await bot_env.add_operator()
    await bot_env.say("/login", user=operator)
    await bot_env.say("demo", user=operator)
    await type_password(bot_env, "demo", "ورود انجام شد", user=operator)
    assert (await bot_env.storage.get_credentials(ADMIN_ID)).sender == DEMO_SENDER
    assert (await bot_env.storage.get_credentials(OPERATOR_ID)).username == "demo"
