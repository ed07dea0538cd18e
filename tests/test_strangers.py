"""Strangers get one refusal an hour (with their id in private) and leave no persisted row."""

from __future__ import annotations

from sqlmodel import Session, select

from bot.handlers import strangers
from storage.models import PersistedData
from tests.conftest import ADMIN_ID, STRANGER_ID

GROUP = -100777


def persisted_owners(bot_env) -> set[tuple[str, int]]:
    with Session(bot_env.storage.engine) as session:
        return {(row.kind, row.owner_id) for row in session.exec(select(PersistedData)).all()}


def answers_to(bot_env, chat_id: int) -> list[str]:
    return [m.text or "" for m in bot_env.stub.messages(chat_id)]


async def test_many_strangers_get_one_answer_each_and_leave_no_rows(bot_env):
    ids = [STRANGER_ID + n for n in range(20)]
    for user_id in ids:
        stranger = bot_env.user(user_id, "Stranger")
        for text in ("/start", "/send", "سلام", "09121234567", "/credit"):
            await bot_env.stub.send_text(stranger, text)
    for user_id in ids:
        await bot_env.stub.wait_for_message(user_id, timeout=20)
    await bot_env.stub.wait_idle(quiet=0.5, timeout=20)
    await bot_env.app.update_persistence()
    for user_id in ids:
        (only,) = answers_to(bot_env, user_id)
        assert str(user_id) in only  # their /start still shows their id
    assert not {owner for _, owner in persisted_owners(bot_env)} & set(ids)
    assert bot_env.fake.state.requests == []


async def test_a_strangers_first_message_of_any_kind_shows_the_id(bot_env):
    stranger = bot_env.user(STRANGER_ID, "Stranger")
    reply = await bot_env.say("hello", user=stranger)
    assert reply.text == bot_env.app.services.i18n.t("not-staff", "fa", user_id=str(STRANGER_ID))


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


async def test_commands_in_a_group_are_refused_once_an_hour(bot_env, monkeypatch):
    clock = Clock()
    monkeypatch.setattr(strangers, "time", clock)
    stranger = bot_env.user(STRANGER_ID, "Stranger")
    bot_env.stub.add_group(chat_id=GROUP, title="فروش", admins=[ADMIN_ID], members=[STRANGER_ID])
    for command in ("/credit", "/send", "/inbox"):
        await bot_env.stub.send_text(stranger, command, chat=GROUP)
    short = bot_env.app.services.i18n.t("not-staff-short", "fa")
    assert (await bot_env.stub.wait_for_message(GROUP)).text == short
    await bot_env.stub.wait_idle(quiet=0.5)
    assert answers_to(bot_env, GROUP) == [short]

    clock.now += 3599  # within the hour: silence
    await bot_env.stub.send_text(stranger, "/start")
    await bot_env.stub.wait_idle(quiet=0.5)
    assert answers_to(bot_env, STRANGER_ID) == []
    clock.now += 2  # the hour has passed: answered again, with the id
    again = await bot_env.say("/start", user=stranger)
    assert str(STRANGER_ID) in again.text
    assert len(answers_to(bot_env, STRANGER_ID)) == 1
    await bot_env.app.update_persistence()
    assert (("user", STRANGER_ID) not in persisted_owners(bot_env)) and (
        ("chat", STRANGER_ID) not in persisted_owners(bot_env)
    )


async def test_a_strangers_button_tap_gets_one_alert_then_silent_answers(bot_env):
    bot_env.stub.add_group(chat_id=GROUP, title="فروش", admins=[ADMIN_ID], members=[STRANGER_ID])
    menu = await bot_env.say("/staff", chat=GROUP)  # a message with buttons, seen by both
    stranger = bot_env.user(STRANGER_ID, "Stranger")
    button = menu.button_texts[0]
    first = await bot_env.stub.tap(stranger, menu.message_id, text=button, chat=GROUP)
    second = await bot_env.stub.tap(stranger, menu.message_id, text=button, chat=GROUP)
    assert first.text == bot_env.app.services.i18n.t("not-staff-short", "fa")
    assert not second.text  # answered (no spinner), nothing said


def test_the_budget_is_bounded_and_per_stranger():
    budget = strangers.RefusalBudget(interval=10, capacity=2)
    assert budget.take(1, now=0) and not budget.take(1, now=5) and budget.take(2, now=5)
    assert budget.take(3, now=6)  # 1 is forgotten (capacity 2): answered again
    assert budget.take(1, now=7) and budget.take(1, now=17.5)
