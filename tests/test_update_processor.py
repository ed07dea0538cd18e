"""Concurrent updates: one conversation in order, different chats in parallel, no chat's backlog
holding the others up (the processor itself, then through the real Application)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from telegram import Chat, Message, Update, User

from bot.update_processor import PerChatUserUpdateProcessor
from tests.conftest import OPERATOR_ID

WAIT = 5.0  # bound on every wait: a test never hangs


def message_update(update_id: int, chat_id: int) -> Update:
    """A private-chat text message from user `chat_id`."""
    user = User(chat_id, "Staff", is_bot=False)
    chat = Chat(chat_id, Chat.PRIVATE)
    message = Message(update_id, datetime.now(UTC), chat, from_user=user, text="hi")
    return Update(update_id, message=message)


async def test_updates_of_one_chat_run_one_at_a_time_in_arrival_order():
    processor = PerChatUserUpdateProcessor(max_concurrent_updates=8)
    steps: list[str] = []

    async def handle(number: int) -> None:
        steps.append(f"start {number}")
        for _ in range(3):
            await asyncio.sleep(0)  # let any other update of the chat try to run
        steps.append(f"end {number}")

    await asyncio.wait_for(
        asyncio.gather(
            *(processor.process_update(message_update(n, 7), handle(n)) for n in range(6))
        ),
        WAIT,
    )
    assert steps == [step for n in range(6) for step in (f"start {n}", f"end {n}")]


async def test_one_chats_backlog_leaves_room_for_other_chats():
    """Chat 7 has more waiting updates than the processor has slots; chat 8 still runs."""
    processor = PerChatUserUpdateProcessor(max_concurrent_updates=2)
    release = asyncio.Event()
    done: list[int] = []

    async def blocked(number: int) -> None:
        await release.wait()
        done.append(number)

    async def quick() -> None:
        done.append(8)

    backlog = [
        asyncio.create_task(processor.process_update(message_update(n, 7), blocked(n)))
        for n in range(4)
    ]
    other = asyncio.create_task(processor.process_update(message_update(10, 8), quick()))
    try:
        await asyncio.wait_for(asyncio.shield(other), WAIT)
        assert done == [8]  # while chat 7's first update still waits
    finally:
        release.set()
        await asyncio.wait_for(asyncio.gather(*backlog, other), WAIT)
    assert done == [8, 0, 1, 2, 3]


async def test_chats_run_side_by_side_up_to_the_limit():
    processor = PerChatUserUpdateProcessor(max_concurrent_updates=3)
    running = 0
    most = 0
    release = asyncio.Event()

    async def handle() -> None:
        nonlocal running, most
        running += 1
        most = max(most, running)
        await release.wait()
        running -= 1

    tasks = [
        asyncio.create_task(processor.process_update(message_update(n, 100 + n), handle()))
        for n in range(5)
    ]
    for _ in range(20):
        await asyncio.sleep(0)
    assert (running, most) == (3, 3)
    release.set()
    await asyncio.wait_for(asyncio.gather(*tasks), WAIT)
    assert most == 3


async def test_a_chat_waiting_on_the_panel_does_not_hold_another_chat(bot_env):
    operator = await bot_env.add_operator()
    await bot_env.login()
    await bot_env.login(operator)
    # The admin's /credit is answered only after the operator's wait below has given up.
    bot_env.fake.state.inject("credit", latency=WAIT + 1)
    await bot_env.stub.send_text(bot_env.admin, "/credit")
    async with asyncio.timeout(WAIT):
        while not bot_env.panel_received("credit"):
            await asyncio.sleep(0.01)

    reply = await bot_env.say("/credit", user=operator, timeout=WAIT)

    assert "۲۵۰٬۰۰۰" in reply.text
    assert reply.chat_id == OPERATOR_ID
    admin_sees = [m.text or "" for m in bot_env.stub.messages(bot_env.admin.user_id)]
    assert not any("۲۵۰٬۰۰۰" in text for text in admin_sees)  # the admin is still waiting


async def test_a_conversation_typed_without_waiting_is_read_in_order(bot_env):
    """/login, username and password sent back to back: each step sees the one before."""
    for text in ("/login", "demo", "demo"):
        await bot_env.stub.send_text(bot_env.admin, text)

    reply = await bot_env.stub.wait_for_message(
        bot_env.admin.user_id, lambda m: "ورود انجام شد" in (m.text or ""), timeout=WAIT
    )

    assert "۲۵۰٬۰۰۰" in reply.text
    stored = await bot_env.storage.get_credentials(bot_env.admin.user_id)
    assert (stored.username, stored.password) == ("demo", "demo")
