"""/staff: admins list, add (by id, button flow, forward, reply in a group), remove, change role."""

from datetime import UTC, datetime

from storage import Role
from tests.conftest import ADMIN_ID, OPERATOR_ID

GROUP = -100123
COLLEAGUE = 7007
SECOND_ADMIN = 1003


def t(bot_env, key, **variables):
    return bot_env.app.services.i18n.t(key, locale="fa", **variables)


def named(bot_env, user):
    return t(bot_env, "staff-user-named", name=user.first_name, user_id=user.user_id)


def unnamed(bot_env, user_id):
    return t(bot_env, "staff-user-unnamed", user_id=user_id)


async def test_admin_sees_staff_with_roles_and_jalali_dates(bot_env):
    await bot_env.add_operator()
    reply = await bot_env.say("/staff")
    today = bot_env.app.services.i18n.for_locale("fa").date(datetime.now(UTC))
    assert t(bot_env, "staff-list-title") in reply.text
    admin_line = t(
        bot_env, "staff-line", name=named(bot_env, bot_env.admin), role="مدیر", added=today
    )
    assert admin_line in reply.text
    assert unnamed(bot_env, OPERATOR_ID) in reply.text and "اپراتور" in reply.text
    assert "۱۴" in today and not any(ch.isascii() and ch.isdigit() for ch in today)


async def test_add_by_id_with_persian_digits(bot_env):
    bot_env.user(12345, "New")
    reply = await bot_env.say("/staff add ۱۲۳۴۵ operator")
    assert reply.text == t(
        bot_env, "staff-added", name=unnamed(bot_env, 12345), role=t(bot_env, "staff-role-operator")
    )
    assert await bot_env.storage.get_role(12345) == Role.OPERATOR
    reply = await bot_env.say("/staff role 12345 admin")
    assert await bot_env.storage.get_role(12345) == Role.ADMIN
    asked = await bot_env.say("/staff remove 12345")
    assert asked.text == t(bot_env, "staff-confirm-remove", name=unnamed(bot_env, 12345))
    reply = await bot_env.tap(t(bot_env, "button-yes"), message=asked)
    assert t(bot_env, "staff-removed", name=unnamed(bot_env, 12345)) in reply.text
    assert await bot_env.storage.get_role(12345) is None
    reply = await bot_env.say("/staff add nobody")
    assert reply.text == t(bot_env, "staff-usage")


async def test_add_with_the_buttons_by_typed_id(bot_env):
    await bot_env.say("/staff")
    reply = await bot_env.tap(t(bot_env, "staff-button-add"))
    assert reply.text == t(bot_env, "staff-ask-user")
    reply = await bot_env.say("abc")
    assert reply.text == t(bot_env, "staff-bad-user")
    reply = await bot_env.say("12345")
    assert "مدیر" in reply.button_texts and "اپراتور" in reply.button_texts
    reply = await bot_env.tap("اپراتور")
    assert t(bot_env, "staff-list-title") in reply.text
    assert unnamed(bot_env, 12345) in reply.text
    assert await bot_env.storage.get_role(12345) == Role.OPERATOR


async def test_add_from_a_forwarded_message(bot_env):
    colleague = bot_env.stub.add_user(COLLEAGUE, "Sara")
    await bot_env.say("/staff")
    await bot_env.tap(t(bot_env, "staff-button-add"))
    await bot_env.stub.forward_message(bot_env.admin, from_user=colleague, text="سلام")
    reply = await bot_env.stub.wait_for_message(ADMIN_ID)
    assert reply.text == t(bot_env, "staff-choose-role", name=named(bot_env, colleague))
    reply = await bot_env.tap("مدیر")
    assert named(bot_env, colleague) in reply.text
    assert await bot_env.storage.get_role(COLLEAGUE) == Role.ADMIN


async def test_a_forward_from_a_hidden_account_asks_for_the_id(bot_env):
    await bot_env.say("/staff")
    await bot_env.tap(t(bot_env, "staff-button-add"))
    await bot_env.stub.forward_message(bot_env.admin, from_user=None, text="سلام")
    reply = await bot_env.stub.wait_for_message(ADMIN_ID)
    assert reply.text == t(bot_env, "staff-hidden-user")
    reply = await bot_env.say("12345")
    assert "اپراتور" in reply.button_texts


async def test_add_by_replying_in_a_group(bot_env):
    colleague = bot_env.stub.add_user(COLLEAGUE, "Sara")
    bot_env.stub.add_group(chat_id=GROUP, title="فروش", admins=[ADMIN_ID], members=[COLLEAGUE])
    said = await bot_env.stub.send_text(colleague, "سلام همه", chat=GROUP)
    await bot_env.stub.reply_to(bot_env.admin, said, "/staff add")
    reply = await bot_env.stub.wait_for_message(GROUP)
    assert reply.text == t(bot_env, "staff-added", name=named(bot_env, colleague), role="اپراتور")
    assert await bot_env.storage.get_role(COLLEAGUE) == Role.OPERATOR


async def test_remove_and_change_role_with_buttons(bot_env):
    await bot_env.add_operator()
    await bot_env.say("/staff")
    reply = await bot_env.tap(unnamed(bot_env, OPERATOR_ID))
    assert t(bot_env, "staff-button-make-admin") in reply.button_texts
    reply = await bot_env.tap(t(bot_env, "staff-button-make-admin"))
    assert t(bot_env, "staff-role-changed", name=unnamed(bot_env, OPERATOR_ID), role="مدیر") in (
        reply.text
    )
    assert await bot_env.storage.get_role(OPERATOR_ID) == Role.ADMIN
    await bot_env.tap(unnamed(bot_env, OPERATOR_ID))
    reply = await bot_env.tap(t(bot_env, "staff-button-remove"))
    assert reply.text == t(bot_env, "staff-confirm-remove", name=unnamed(bot_env, OPERATOR_ID))
    assert await bot_env.storage.get_role(OPERATOR_ID) == Role.ADMIN  # nothing before the yes
    reply = await bot_env.tap(t(bot_env, "button-yes"))
    assert t(bot_env, "staff-removed", name=unnamed(bot_env, OPERATOR_ID)) in reply.text
    assert await bot_env.storage.get_role(OPERATOR_ID) is None
    assert unnamed(bot_env, OPERATOR_ID) not in reply.button_texts


async def test_the_last_admin_cannot_remove_or_demote_themselves(bot_env):
    await bot_env.say("/staff")
    await bot_env.tap(named(bot_env, bot_env.admin))
    reply = await bot_env.tap(t(bot_env, "staff-button-make-operator"))
    assert reply.text == t(bot_env, "staff-self-last-admin")
    reply = await bot_env.say(f"/staff remove {ADMIN_ID}")
    assert reply.text == t(bot_env, "staff-self-last-admin")
    reply = await bot_env.say(f"/staff role {ADMIN_ID} operator")
    assert reply.text == t(bot_env, "staff-self-last-admin")
    assert await bot_env.storage.get_role(ADMIN_ID) == Role.ADMIN


async def test_an_admin_demotes_themselves_only_with_another_admin_and_a_yes(bot_env):
    await bot_env.storage.add_staff(OPERATOR_ID, Role.ADMIN, added_by=ADMIN_ID)
    asked = await bot_env.say(f"/staff role {ADMIN_ID} operator")
    assert asked.text == t(bot_env, "staff-confirm-self-demote")
    await bot_env.tap(t(bot_env, "button-no"), message=asked)
    assert await bot_env.storage.get_role(ADMIN_ID) == Role.ADMIN
    asked = await bot_env.say(f"/staff remove {ADMIN_ID}")
    assert asked.text == t(bot_env, "staff-confirm-remove-self")
    asked = await bot_env.say(f"/staff role {ADMIN_ID} operator")
    done = await bot_env.tap(t(bot_env, "button-yes"), message=asked)
    assert done.text == t(
        bot_env, "staff-role-changed", name=named(bot_env, bot_env.admin), role="اپراتور"
    )
    assert await bot_env.storage.get_role(ADMIN_ID) == Role.OPERATOR


async def test_an_unknown_role_is_refused_with_the_roles(bot_env):
    reply = await bot_env.say("/staff add 3005 boss")
    roles = t(bot_env, "staff-roles", admin="admin", operator="operator")
    assert reply.text == t(bot_env, "staff-unknown-role", word="boss", roles=roles)
    assert await bot_env.storage.get_role(3005) is None


async def test_a_new_colleague_is_welcomed_and_done_says_what_was_saved(bot_env):
    colleague = bot_env.user(3006, "Neda")
    shown = await bot_env.say("/staff")
    await bot_env.tap(t(bot_env, "staff-button-add"), message=shown)
    roles = await bot_env.say("3006")
    listed = await bot_env.tap("اپراتور", message=roles)
    welcome = await bot_env.stub.wait_for_message(colleague.user_id)
    assert welcome.text == t(bot_env, "staff-welcome", role="اپراتور")
    assert "/help" in welcome.text
    closed = await bot_env.tap(t(bot_env, "button-done"), message=listed)
    assert closed.text == t(bot_env, "staff-list-closed")
    assert closed.text != t(bot_env, "cancelled")


async def test_a_colleague_who_never_opened_the_bot_is_reported_not_welcomed(bot_env):
    reply = await bot_env.say("/staff add 3007 operator")
    assert t(bot_env, "staff-welcome-not-sent") in reply.text
    assert await bot_env.storage.get_role(3007) == Role.OPERATOR


async def test_operators_are_refused(bot_env):
    operator = await bot_env.add_operator()
    reply = await bot_env.say("/staff", user=operator)
    assert reply.text == t(bot_env, "access-admins-only")
    reply = await bot_env.say("/staff add 12345 admin", user=operator)
    assert reply.text == t(bot_env, "access-admins-only")
    assert await bot_env.storage.get_role(12345) is None


async def test_in_a_group_a_staff_admin_who_is_no_group_admin_is_refused(bot_env):
    await bot_env.storage.add_staff(SECOND_ADMIN, Role.ADMIN, added_by=ADMIN_ID)
    second = bot_env.user(SECOND_ADMIN, "Second")
    bot_env.stub.add_group(chat_id=GROUP, title="فروش", admins=[ADMIN_ID], members=[SECOND_ADMIN])
    reply = await bot_env.say("/staff add 12345", user=second, chat=GROUP)
    assert reply.text == t(bot_env, "access-group-admins-only")
    assert await bot_env.storage.get_role(12345) is None
    reply = await bot_env.say("/staff", chat=GROUP)
    assert t(bot_env, "staff-list-title") in reply.text


async def test_in_a_group_only_the_admin_who_opened_the_list_may_tap_it(bot_env):
    operator = await bot_env.add_operator()
    bot_env.stub.add_group(chat_id=GROUP, title="فروش", admins=[ADMIN_ID], members=[OPERATOR_ID])
    listing = await bot_env.say("/staff", chat=GROUP)
    answer = await bot_env.stub.tap(
        operator, listing.message_id, text=t(bot_env, "staff-button-add"), chat=GROUP
    )
    assert answer.text == t(bot_env, "button-not-yours") and answer.show_alert
    await bot_env.stub.wait_idle()
    assert bot_env.stub.last_message(GROUP).text == listing.text
    reply = await bot_env.tap(t(bot_env, "staff-button-add"), chat=GROUP)
    assert reply.text == t(bot_env, "staff-ask-user")


async def test_done_on_the_staff_list_closes_it_without_saying_cancelled(bot_env):
    shown = await bot_env.say("/staff")
    closed = await bot_env.tap(t(bot_env, "button-done"), message=shown)
    assert closed.text == t(bot_env, "staff-list-closed")
    assert closed.text != t(bot_env, "cancelled")
