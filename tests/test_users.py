"""/newuser: an admin creates a panel sub-user through a checked form, review and panel call."""

import pytest

from bot.panel.codes import NEW_USER_CODES
from bot.panel.wire import NEW_USER_FIELDS
from bot.services.newuser_form import CODE_FIELDS
from storage import Role

PASSWORD = "S3cret-pass"
# (field, what the admin types, what the panel must receive); access level is a button.
ANSWERS = [
    ("username", "ali_sales", "ali_sales"),
    ("password", PASSWORD, PASSWORD),
    ("name", "علی رضایی", "علی رضایی"),
    ("company", "شرکت نمونه", "شرکت نمونه"),
    ("national_id", "۰۰۱۳۵۴۲۴۱۹", "0013542419"),
    ("certificate_id", "۱۲۳۴۵", "12345"),
    ("access_id", "طلایی", "3"),
    ("phone", "021 8888 1234", "02188881234"),
    ("mobile", "۰۹۱۲-۱۲۳-۴۵۶۷", "09121234567"),
    ("postal_code", "1435678911", "1435678911"),
    ("email", "ali@example.com", "ali@example.com"),
    ("address", "تهران، خیابان آزادی، پلاک ۱", "تهران، خیابان آزادی، پلاک ۱"),
]
TYPED = {name: typed for name, typed, _ in ANSWERS}
SECOND_ADMIN = 1003


def t(bot_env, key, **variables):
    return bot_env.app.services.i18n.t(key, locale="fa", **variables)


def prompt(bot_env, field):
    return t(bot_env, f"users-ask-{field.replace('_', '-')}")


async def answer(bot_env, field, user=None):
    """Give one field's answer (typed, or the access-level button)."""
    if field == "access_id":
        return await bot_env.tap(TYPED[field], user=user)
    return await bot_env.say(TYPED[field], user=user)


async def press_create(bot_env, review=None):
    """Tap Create: the screen says "creating…", then shows the panel's answer."""
    creating = await bot_env.tap(t(bot_env, "users-button-create"), message=review)
    assert creating.text == t(bot_env, "users-creating")
    return await bot_env.stub.wait_for_message(bot_env.admin.user_id)


async def fill_form(bot_env, user=None):
    """/newuser and every answer; returns the review screen."""
    reply = await bot_env.say("/newuser", user=user)
    assert prompt(bot_env, "username") in reply.text
    for field, _, _ in ANSWERS:
        reply = await answer(bot_env, field, user=user)
    assert t(bot_env, "users-review-title") in reply.text
    return reply


async def test_admin_creates_a_user_that_can_then_log_in(bot_env):
    await bot_env.login()
    review = await fill_form(bot_env)
    assert (
        "ali_sales" in review.text and "۰۰۱۳۵۴۲۴۱۹" in review.text and "۰۹۱۲۱۲۳۴۵۶۷" in review.text
    )
    assert PASSWORD not in review.text and "•••" in review.text
    assert "طلایی" in review.text
    done = await press_create(bot_env)
    assert done.text == t(bot_env, "users-created", username="ali_sales")

    [request] = bot_env.panel_received("newuser")
    for name, _, sent in ANSWERS:
        for spelling in NEW_USER_FIELDS[name]:
            assert request.fields[spelling] == sent, spelling
    client = bot_env.app.services.panels.client("ali_sales", PASSWORD)
    assert await client.credit() == 0


async def test_password_message_is_deleted_and_never_echoed(bot_env):
    await bot_env.login()
    await bot_env.say("/newuser")
    await bot_env.say(TYPED["username"])
    typed = await bot_env.stub.send_text(bot_env.admin, PASSWORD)
    reply = await bot_env.stub.wait_for_message(bot_env.admin.user_id)
    assert t(bot_env, "users-password-received") in reply.text
    assert bot_env.stub.user_message(bot_env.admin.user_id, typed.message_id).deleted
    for field, _, _ in ANSWERS[2:]:
        await answer(bot_env, field)
    await press_create(bot_env)
    shown = [m.text or "" for m in bot_env.stub.messages(bot_env.admin.user_id)]
    shown += [old or "" for m in bot_env.stub.messages(bot_env.admin.user_id) for old in m.edits]
    assert not any(PASSWORD in text for text in shown)


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("national_id", "0013542418"),  # wrong check digit
        ("postal_code", "143567891"),  # nine digits
        ("mobile", "0912123456"),
        ("email", "ali@example"),
        ("phone", "88881234"),
        ("username", "علی"),
    ],
)
async def test_a_bad_answer_is_explained_in_persian_and_asked_again(bot_env, field, bad):
    await bot_env.login()
    await bot_env.say("/newuser")
    for name, _, _ in ANSWERS:
        if name == field:
            break
        await answer(bot_env, name)
    reply = await bot_env.say(bad)
    assert t(bot_env, f"users-invalid-{field.replace('_', '-')}") in reply.text
    assert prompt(bot_env, field) in reply.text
    reply = await answer(bot_env, field)
    assert prompt(bot_env, field) not in reply.text
    assert bot_env.panel_received("newuser") == []


async def test_any_field_can_be_edited_from_the_review_screen(bot_env):
    await bot_env.login()
    await fill_form(bot_env)
    reply = await bot_env.tap(t(bot_env, "users-field-email"))
    assert prompt(bot_env, "email") in reply.text
    review = await bot_env.say("new@example.org")
    assert "new@example.org" in review.text and "ali@example.com" not in review.text
    reply = await bot_env.tap(t(bot_env, "users-field-access-id"), message=review)
    assert "پایه" in reply.button_texts
    review = await bot_env.tap("پایه")
    assert t(bot_env, "users-review-title") in review.text
    await press_create(bot_env, review)
    [request] = bot_env.panel_received("newuser")
    assert request.fields["email"] == "new@example.org"
    assert request.fields["access_id"] == request.fields["access-id"] == "1"


def test_every_newuser_code_blames_a_field_or_the_review():
    assert set(CODE_FIELDS) == set(NEW_USER_CODES)


@pytest.mark.parametrize("code", sorted(NEW_USER_CODES))
async def test_each_panel_code_is_shown_in_persian_and_the_form_goes_back(bot_env, code):
    await bot_env.login()
    await fill_form(bot_env)
    bot_env.fake.state.inject("newuser", code=code)
    reply = await press_create(bot_env)
    assert t(bot_env, f"panel-error-{code}") in reply.text
    field = CODE_FIELDS[code]
    if field is None:  # nothing the admin typed is wrong: back at the review screen
        assert t(bot_env, "users-review-title") in reply.text
        review = reply
    else:
        assert prompt(bot_env, field) in reply.text
        review = await answer(bot_env, field)
        assert t(bot_env, "users-review-title") in review.text
    await press_create(bot_env, review)
    assert len(bot_env.panel_received("newuser")) == 2
    assert "ali_sales" in bot_env.fake.state.accounts


async def test_username_taken_goes_back_to_the_username(bot_env):
    await bot_env.login()
    bot_env.fake.state.add_account("ali_sales", "other")
    await fill_form(bot_env)
    reply = await press_create(bot_env)
    assert t(bot_env, "panel-error-304") in reply.text
    assert prompt(bot_env, "username") in reply.text
    review = await bot_env.say("ali_sales2")
    done = await press_create(bot_env, review)
    assert "ali_sales2" in done.text
    assert bot_env.fake.state.authenticate("ali_sales2", PASSWORD) is not None


async def test_an_operator_is_refused(bot_env):
    operator = await bot_env.add_operator()
    await bot_env.login(operator)
    reply = await bot_env.say("/newuser", user=operator)
    assert reply.text == t(bot_env, "access-admins-only")
    assert bot_env.panel_received("accesslist") == []


async def test_an_admin_demoted_mid_form_is_stopped_at_the_next_step(bot_env):
    await bot_env.storage.add_staff(SECOND_ADMIN, Role.ADMIN, added_by=bot_env.admin.user_id)
    second = bot_env.user(SECOND_ADMIN, "Second")
    await bot_env.login(second)
    await bot_env.say("/newuser", user=second)
    await bot_env.say(TYPED["username"], user=second)
    await bot_env.storage.set_role(SECOND_ADMIN, Role.OPERATOR)
    reply = await bot_env.say(PASSWORD, user=second)
    assert reply.text == t(bot_env, "users-admins-only")
    reply = await bot_env.say("علی رضایی", user=second)  # the form is over
    assert t(bot_env, "users-ask-company") not in (reply.text or "")


async def test_newuser_in_a_group_is_sent_to_private_chat(bot_env):
    bot_env.stub.add_group(chat_id=-100123, title="فروش", admins=[bot_env.admin.user_id])
    reply = await bot_env.say("/newuser", chat=-100123)
    assert reply.text == t(bot_env, "access-private-only")


async def test_stray_input_gets_a_hint_and_the_form_stays(bot_env):
    await bot_env.login()
    await bot_env.say("/newuser")
    await bot_env.stub.send_sticker(bot_env.admin)
    hint = await bot_env.stub.wait_for_message(bot_env.admin.user_id)
    assert hint.text == t(bot_env, "hint-send-text")
    reply = await bot_env.say(TYPED["username"])
    assert prompt(bot_env, "password") in reply.text
    reply = await bot_env.say("/cancel")
    assert reply.text == t(bot_env, "cancelled")


async def test_the_new_users_password_and_username_never_reach_a_log_line(bot_env):
    import io
    import logging

    from bot.logging_setup import RedactingFilter

    captured = io.StringIO()
    handler = logging.StreamHandler(captured)
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(name)s %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        await bot_env.login()
        await fill_form(bot_env)
        await press_create(bot_env)
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
    logs = captured.getvalue()
    assert "newuser" in logs or "telegram" in logs  # the scenario was logged at DEBUG
    assert PASSWORD not in logs
    assert "ali_sales" not in logs
