"""Recipients from many messages and files (/send and /social), through the real Application:
the running count and «ادامه», a long paste that Telegram split, files after a paste."""

from __future__ import annotations

import json

from bot.formatting import strip_isolates
from tests.conftest import ADMIN_ID, DEMO_SENDER
from tests.send_helpers import GATHER_MORE, final_result, start_send, wait_text, xlsx_bytes
from tests.texts import fa

TELEGRAM_LIMIT = 4096
CONTINUE = fa("recipients-button-continue")


def numbers(count: int, start: int = 0) -> list[str]:
    return [f"0912{start + index:07d}" for index in range(count)]


def split_like_telegram(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """A long paste as Telegram delivers it: messages of at most `limit` characters, cut at
    line breaks."""
    pieces, current = [], ""
    for line in text.split("\n"):
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            pieces.append(current)
            candidate = line
        current = candidate
    return [*pieces, current]


def plain(message) -> str:
    return strip_isolates(message.text or "")


def sent_numbers(bot_env) -> list[str]:
    return [
        number
        for send in bot_env.panel_received("send")
        for number in json.loads(send.fields["to"])
    ]


async def test_a_9000_character_paste_in_three_messages_is_one_list(bot_env):
    listed = numbers(750)
    paste = "\n".join(listed)
    assert len(paste) >= 8999
    pieces = split_like_telegram(paste, limit=3100)
    assert len(pieces) == 3 and all(len(piece) <= TELEGRAM_LIMIT for piece in pieces)
    first_count, second_count = (len(piece.split("\n")) for piece in pieces[:2])
    pieces[1] += "\n" + listed[0] + "\n12345"  # a repeat of the first message, and a typo

    await bot_env.login()
    await start_send(bot_env)
    totals = []
    for piece in pieces:
        await bot_env.stub.send_text(bot_env.admin, piece)
        totals.append(await wait_text(bot_env, GATHER_MORE))
    assert fa("recipients-total", accepted=first_count) in plain(totals[0])
    second = plain(totals[1])
    running = [
        fa("recipients-total", accepted=first_count + second_count),
        fa("recipients-total-rejected", count=1),
        fa("recipients-total-duplicates", count=1),
    ]
    assert "، ".join(running) in second
    assert "12345 — " in second  # the typo is listed as typed, never put in the text
    third = plain(totals[2])
    assert fa("recipients-total", accepted=750) in third
    assert fa("recipients-total-rejected", count=1) in third

    ask = await bot_env.tap(CONTINUE, message=totals[2])
    assert plain(ask) == fa("send-ask-text")
    preview = await bot_env.say("سلام، جشنواره")
    assert fa("send-preview-recipients", count=750) in plain(preview)
    await bot_env.tap(fa("button-send"), message=preview)
    await final_result(bot_env)
    assert sent_numbers(bot_env) == listed
    assert {send.fields["message"] for send in bot_env.panel_received("send")} == {"سلام، جشنواره"}


async def test_files_and_pastes_add_to_one_list_with_persian_digits(bot_env):
    await bot_env.login()
    await start_send(bot_env)
    first = await bot_env.say("۰۹۱۲۱۱۱۱۱۱۱\n٠٩١٢٢٢٢٢٢٢٢")  # Persian and Arabic-Indic digits
    assert fa("recipients-total", accepted=2) in plain(first)
    data = xlsx_bytes([["نام", "موبایل"], ["علی", 9121111111], ["سارا", "0935 333 3333"]])
    await bot_env.stub.send_document(bot_env.admin, "more.xlsx", data)
    after_file = await wait_text(bot_env, GATHER_MORE)
    counted = plain(after_file)
    assert fa("recipients-total", accepted=3) in counted
    assert fa("recipients-total-duplicates", count=1) in counted
    await bot_env.stub.send_document(bot_env.admin, "last.txt", b"09354444444\n")
    after_txt = await wait_text(bot_env, GATHER_MORE)
    assert fa("recipients-total", accepted=4) in plain(after_txt)
    preview = await bot_env.say("متن جشنواره")  # a text, not numbers: the list is complete
    assert fa("send-preview-recipients", count=4) in plain(preview)
    await bot_env.tap(fa("button-send"), message=preview)
    await final_result(bot_env)
    assert sent_numbers(bot_env) == ["09121111111", "09122222222", "09353333333", "09354444444"]


async def test_a_message_with_nothing_new_says_so_and_the_count_stays(bot_env):
    await bot_env.login()
    await start_send(bot_env)
    await bot_env.say("09121111111")
    again = await bot_env.say("09121111111\n0912")
    text = plain(again)
    assert fa("recipients-nothing-new") in text
    assert fa("recipients-total", accepted=1) in text
    assert fa("recipients-total-duplicates", count=1) in text


async def test_social_gathers_too(bot_env):
    await bot_env.login()
    choose = await bot_env.say("/social")
    await bot_env.tap(choose.button_texts[0], message=choose)
    line = next(text for text in bot_env.last().button_texts if "پیش‌فرض" in text)
    await bot_env.tap(line)
    await bot_env.say("09121111111")
    second = await bot_env.say("09122222222, 09123333333")
    assert fa("recipients-total", accepted=3) in plain(second)
    ask = await bot_env.tap(CONTINUE, message=second)
    assert plain(ask) == fa("send-ask-text")
    preview = await bot_env.say("سلام")
    assert fa("send-preview-recipients", count=3) in plain(preview)


async def test_one_shot_numbers_only_keep_gathering(bot_env):
    """`/send` and the first part of a long paste: the rest of the paste still joins the list."""
    await bot_env.login()
    first = await bot_env.say("/send\n09121111111\n09122222222")
    assert fa("recipients-total", accepted=2) in plain(first)
    second = await bot_env.say("09123333333")
    assert fa("recipients-total", accepted=3) in plain(second)
    preview = await bot_env.say("سلام")
    assert fa("send-preview-recipients", count=3) in plain(preview)
    assert bot_env.panel_received("send") == []


async def test_the_gathering_survives_a_restart(database_url):
    """Half a paste before a restart, the other half after: one list, the count goes on."""
    from tests.test_restart import bot, said, world

    async with world(database_url) as (fake, stub, settings):
        admin = stub.users[ADMIN_ID]
        async with bot(settings, stub) as app:
            await app.services.storage.set_credentials(
                ADMIN_ID, username="demo", password="demo", sender=DEMO_SENDER
            )
            await stub.send_text(admin, "/send\n09121111111\n0912")
            await said(stub, fa("recipients-total", accepted=1))
        async with bot(settings, stub):
            await stub.send_text(admin, "09122222222\n09121111111")
            running = await said(stub, GATHER_MORE)
            text = plain(running)
            assert fa("recipients-total", accepted=2) in text
            assert fa("recipients-total-rejected", count=1) in text
            assert fa("recipients-total-duplicates", count=1) in text
            await stub.tap(admin, running.message_id, text=CONTINUE)
            await said(stub, fa("send-ask-text"))
            await stub.send_text(admin, "پس از راه‌اندازی")
            preview = await said(stub, fa("send-preview-title"))
            assert fa("send-preview-recipients", count=2) in plain(preview)
        assert fake.state.requests_for("send") == []


async def test_a_typo_while_gathering_is_rejected_never_the_text(bot_env):
    await bot_env.login()
    await start_send(bot_env)
    await bot_env.say("09121111111")
    typo = await bot_env.say("0912123")
    text = plain(typo)
    assert "0912123 — " + fa("send-reason-too-short") in text
    assert fa("recipients-total-rejected", count=1) in text
    assert fa("send-preview-title") not in text
    preview = await bot_env.say("کد تخفیف 4711")  # a text with a short code is a text
    assert fa("send-preview-title") in plain(preview) and "کد تخفیف 4711" in preview.text
