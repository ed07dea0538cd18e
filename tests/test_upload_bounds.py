"""Uploads bounded by what they really cost, parsed off the event loop (issue 11, 15).

Through the real Application: a decompression bomb and a zip that lies about its sizes are
refused with a Persian sentence, and another staff member's /help is answered while the upload
is still being parsed; input errors (encrypted or deflate64 entries, a CSV cell over 128 KiB,
a damaged workbook) get their own sentence and the conversation goes on.
"""

from __future__ import annotations

import functools

import pytest

from bot.formatting import strip_isolates
from bot.panel.recipients_file import MAX_INFLATED_BYTES
from tests.conftest import ADMIN_ID, OPERATOR_ID
from tests.send_helpers import start_send
from tests.texts import fa
from tests.upload_files import bomb_xlsx, flag_entries, lying_zip, ods, xls, xlsb, xlsx

INFLATED_MIB = MAX_INFLATED_BYTES // 2**20 + 190  # ~390 MiB once inflated, as in issue 11
REFUSED = "پس از باز شدن بیش از"
READING = "فهرست را می‌خوانم"


@functools.cache
def bomb() -> bytes:
    return bomb_xlsx(INFLATED_MIB)


def has(fragment: str):
    return lambda message: fragment in strip_isolates(message.text or "")


async def _upload_while_another_chat_asks_for_help(bot_env, filename: str, data: bytes):
    operator = await bot_env.add_operator()
    await bot_env.login()
    await start_send(bot_env)
    await bot_env.stub.send_document(bot_env.admin, filename=filename, content=data)
    await bot_env.stub.wait_for_message(ADMIN_ID, has(READING), timeout=10)
    await bot_env.stub.send_text(operator, "/help")
    help_reply = await bot_env.stub.wait_for_message(OPERATOR_ID, has("/send"), timeout=10)
    assert "/send" in help_reply.text
    refused_yet = [m for m in bot_env.stub.messages(ADMIN_ID) if REFUSED in (m.text or "")]
    assert refused_yet == []  # /help was answered while the upload was still being parsed
    refusal = await bot_env.stub.wait_for_message(ADMIN_ID, has(REFUSED), timeout=30)
    assert "مگابایت" in refusal.text
    # the conversation goes on: a good list is still taken
    await bot_env.stub.send_text(bot_env.admin, "09121234567")
    await bot_env.stub.wait_for_message(
        ADMIN_ID, has(fa("recipients-gather-more").splitlines()[0]), timeout=8
    )


async def test_a_decompression_bomb_is_refused_while_another_chat_is_answered(bot_env):
    data = bomb()
    assert len(data) < 1.5 * 2**20
    await _upload_while_another_chat_asks_for_help(bot_env, "bomb.xlsx", data)


async def test_a_zip_lying_about_its_sizes_is_refused_while_another_chat_is_answered(bot_env):
    data = lying_zip(bomb(), "xl/worksheets/sheet1.xml")
    await _upload_while_another_chat_asks_for_help(bot_env, "liar.xlsx", data)


@pytest.mark.parametrize(
    ("filename", "make", "answer"),
    [
        ("locked.xlsx", lambda: flag_entries(xlsx([["09121234567"]]), flag=0x1), "رمز دارد"),
        ("d64.xlsx", lambda: flag_entries(xlsx([["09121234567"]]), method=9), "فشرده‌سازی"),
        ("long.csv", lambda: b'mobile\n"' + b"9" * (200 * 1024) + b'"\n', "کیلوبایت"),
        ("cut.xlsx", lambda: xlsx([["09121234567"]] * 50)[:-300], "خراب است"),
        ("nothing.csv", lambda: b"", "خالی است"),
    ],
    ids=["encrypted", "deflate64", "csv-field-over-128k", "damaged", "empty"],
)
async def test_input_errors_get_a_persian_sentence_and_the_flow_goes_on(
    bot_env, filename, make, answer
):
    await bot_env.login()
    await start_send(bot_env)
    await bot_env.stub.send_document(bot_env.admin, filename=filename, content=make())
    reply = await bot_env.stub.wait_for_message(ADMIN_ID, has(answer), timeout=10)
    assert "مشکلی پیش آمد" not in reply.text
    await bot_env.stub.send_text(bot_env.admin, "09121234567")
    await bot_env.stub.wait_for_message(
        ADMIN_ID, has(fa("recipients-gather-more").splitlines()[0]), timeout=8
    )


async def test_parsing_past_the_time_cap_is_stopped_with_a_persian_sentence(bot_env):
    bot_env.settings.upload_seconds = 0.2
    many = "\n".join(f"0912{i:07d}" for i in range(1_500_000)).encode()
    await bot_env.login()
    await start_send(bot_env)
    await bot_env.stub.send_document(bot_env.admin, filename="many.txt", content=many)
    reply = await bot_env.stub.wait_for_message(ADMIN_ID, has("متوقف شد"), timeout=15)
    assert "ثانیه" in reply.text
    await bot_env.stub.send_text(bot_env.admin, "09121234567")
    await bot_env.stub.wait_for_message(
        ADMIN_ID, has(fa("recipients-gather-more").splitlines()[0]), timeout=8
    )


async def test_a_nul_byte_is_never_echoed_back(bot_env):
    await bot_env.login()
    await start_send(bot_env)
    await bot_env.stub.send_text(bot_env.admin, "09121234567\nab\x00cd")
    summary = await bot_env.stub.wait_for_message(ADMIN_ID, has("پذیرفته نشدند"), timeout=8)
    assert "abcd" in summary.text
    assert all("\x00" not in (m.text or "") for m in bot_env.stub.messages(ADMIN_ID))


@pytest.mark.parametrize("kind", ["xls", "xlsb", "ods", "xlsx-rich-text"])
async def test_every_workbook_kind_is_read_through_the_bot(bot_env, kind, tmp_path):
    from tests.test_recipients_file import handmade_xlsx

    sheets = ([["name", "mobile"], ["علی", 9121234567.0], ["سارا", "۰۹۳۵۱۱۱۲۲۳۳"]],)
    if kind == "xlsx-rich-text":
        data = handmade_xlsx(
            '<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:r><x:rPr>'
            '<x:color rgb="FFFF0000"/></x:rPr><x:t>0912</x:t></x:r><x:r><x:t>1234567</x:t>'
            '</x:r></x:is></x:c></x:row><x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c>'
            "</x:row></x:sheetData>",
            "<x:si><x:t>09351112233</x:t><x:rPh sb='0' eb='1'><x:t>x</x:t></x:rPh></x:si>",
        )
        filename = "rich.xlsx"
    else:
        data = {
            "xls": lambda: xls(*sheets),
            "xlsb": lambda: xlsb(tmp_path, *sheets),
            "ods": lambda: ods(*sheets),
        }[kind]()
        filename = f"list.{kind}"
    await bot_env.login()
    await start_send(bot_env)
    await bot_env.stub.send_document(bot_env.admin, filename=filename, content=data)
    summary = await bot_env.stub.wait_for_message(ADMIN_ID, has("شمارهٔ معتبر"), timeout=10)
    plain = strip_isolates(summary.text)
    assert "۲ شمارهٔ معتبر" in plain and "نامعتبر" not in plain
    assert fa("recipients-gather-more") in plain  # the list may go on: more files, or «ادامه»
    preview = await bot_env.say("سلام")
    assert "تعداد گیرندگان: ۲" in strip_isolates(preview.text)
