"""Staff shown by name: a colleague's Telegram name, recorded when they write, appears in /staff
and /history instead of their id (through the real Application)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import TypeHandler

from bot.services import staff_names
from storage import OperationKind
from tests.conftest import OPERATOR_ID, STRANGER_ID

RECORDER_GROUP = -2  # before the access gate (group -1), as the registration will place it


def t(bot_env, key, **variables):
    return bot_env.app.services.i18n.t(key, locale="fa", **variables)


def record_names(bot_env) -> None:
    """The recorder is registered by bot.handlers, before the access gate."""
    (recorder,) = bot_env.app.handlers[RECORDER_GROUP]
    assert isinstance(recorder, TypeHandler) and recorder.type is Update
    assert recorder.callback is staff_names.remember_user


async def test_a_colleague_who_wrote_is_listed_by_name_in_staff(bot_env):
    record_names(bot_env)
    await bot_env.add_operator()
    operator = bot_env.stub.add_user(OPERATOR_ID, "علی", last_name="رضایی")
    await bot_env.say("/help", user=operator)

    listing = await bot_env.say("/staff")
    named = t(bot_env, "staff-user-named", name="علی رضایی", user_id=OPERATOR_ID)
    assert named in listing.text
    assert t(bot_env, "staff-user-unnamed", user_id=OPERATOR_ID) not in listing.text
    assert any("علی رضایی" in text for text in listing.button_texts)


async def test_history_shows_who_sent_by_name_and_follows_a_renamed_colleague(bot_env):
    record_names(bot_env)
    await bot_env.add_operator()
    operator = bot_env.stub.add_user(OPERATOR_ID, "Sara", "sara_sales")
    await bot_env.say("/help", user=operator)
    job_id = await bot_env.storage.jobs.create(  # a send job, as a confirmed send stores it
        operation_key="k1",
        chat_id=OPERATOR_ID,
        user_id=OPERATOR_ID,
        operation=OperationKind.SEND,
        sender="3000",
        text="سلام",
        target=None,
        params={},
        parts=1,
        recipients=["09121234567", "09121234568", "09121234569"],
        estimated_count=3,
        batch_size=500,
        locale="fa",
    )
    history = await bot_env.say("/history", user=operator)
    job = await bot_env.storage.jobs.get(job_id)
    when = bot_env.app.services.i18n.for_locale("fa").datetime(job.created_at)
    assert t(bot_env, "history-job-head", index=1, when=when, who="Sara") in history.text

    operator.first_name, operator.last_name = "Sara", "Ahmadi"
    await bot_env.say("/help", user=operator)
    history = await bot_env.say("/history", user=operator)
    assert t(bot_env, "history-job-head", index=1, when=when, who="Sara Ahmadi") in history.text


async def test_strangers_are_not_recorded(bot_env):
    record_names(bot_env)
    stranger = bot_env.stub.add_user(STRANGER_ID, "Mallory")
    await bot_env.say("/start", user=stranger)
    names = staff_names.of(bot_env.app.services)
    await names.load()
    assert names.display_name(STRANGER_ID) is None
    assert await staff_names.OrgStore.of(bot_env.storage).profiles_of([STRANGER_ID]) == []
