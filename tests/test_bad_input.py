"""Bad input, table-driven: each gets a clear Persian answer, nothing is sent by mistake, and the
conversation stays usable (the next good input still works)."""

from __future__ import annotations

import io
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import pytest
from openpyxl import Workbook

from bot.formatting import strip_isolates
from bot.panel.codes import ERROR_CODES
from storage import Role
from tests.conftest import ADMIN_ID, OPERATOR_ID, STRANGER_ID
from tests.send_helpers import start_send
from tests.texts import fa, fa_head

Act = Callable[..., Awaitable[None]]
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
EXE = b"MZ\x90\x00" + b"\x00" * 64


def xlsx(rows: list[list[object]]) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def say(text: str) -> Act:
    async def act(env, user=None) -> None:
        await env.stub.send_text(user or env.admin, text)

    return act


def upload(filename: str, content: bytes) -> Act:
    async def act(env, user=None) -> None:
        await env.stub.send_document(user or env.admin, filename=filename, content=content)

    return act


async def sticker(env, user=None) -> None:
    await env.stub.send_sticker(user or env.admin)


async def photo(env, user=None) -> None:
    await env.stub.send_photo(user or env.admin, content=PNG)


def tap(text: str) -> Act:
    async def act(env, user=None) -> None:
        message = env.message_with_button(ADMIN_ID, text)
        await env.stub.tap(user or env.admin, message.message_id, text=text)

    return act


def fault_then_tap(op: str, **fault: object) -> Act:
    async def act(env, user=None) -> None:
        env.fake.state.inject(op, **fault)
        await tap("ارسال")(env, user)

    return act


def fault_then_say(op: str, text: str, **fault: object) -> Act:
    async def act(env, user=None) -> None:
        env.fake.state.inject(op, **fault)
        await say(text)(env, user)

    return act


async def removed_then_paste(env, user=None) -> None:
    await env.storage.remove_staff(OPERATOR_ID)
    await say("09121234567")(env, env.users[OPERATOR_ID])


# --- where each case starts ----------------------------------------------------------------


async def logged_out(env) -> None:
    """A staff member who has not logged in."""


async def idle(env) -> None:
    await env.login()


async def at_recipients(env) -> None:
    await env.login()
    await start_send(env)


async def at_text(env) -> None:
    await at_recipients(env)
    await env.stub.send_text(env.admin, "09121234567")
    gathered = await wait_for(env, fa("recipients-button-continue"))
    await env.tap(fa("recipients-button-continue"), message=gathered)


async def at_preview(env) -> None:
    await at_text(env)
    await env.stub.send_text(env.admin, "سلام")
    await wait_for(env, fa("send-preview-title"))


async def operator_at_recipients(env) -> None:
    operator = await env.add_operator()
    await env.login(operator)
    await env.stub.send_text(operator, "/send")
    choose = await env.stub.wait_for_message(OPERATOR_ID)
    default = next(text for text in choose.button_texts if "پیش‌فرض" in text)
    await env.stub.tap(operator, choose.message_id, text=default)
    await env.stub.wait_for_message(
        OPERATOR_ID, lambda m: fa("send-ask-recipients") in strip_isolates(m.text)
    )


async def wait_for(env, fragment: str, chat: int = ADMIN_ID):
    return await env.stub.wait_for_message(
        chat, lambda m: fragment in strip_isolates(m.text or ""), timeout=8
    )


# After the bad input, the next good input of that step must still work.
async def left_flow(env) -> None:
    """Where a published command typed mid-flow leaves the user: outside any flow."""


RECOVERY: dict[object, tuple[Act | None, str]] = {
    left_flow: (say("09121234567"), "منوی اصلی"),
    at_recipients: (say("09121234567"), fa("recipients-gather-more").splitlines()[0]),
    at_text: (say("سلام"), fa("send-preview-title")),
    at_preview: (tap("ارسال"), fa("sendjob-summary-done")),
    idle: (say("/credit"), "ریال"),
    logged_out: (None, ""),
    operator_at_recipients: (None, ""),
}


@dataclass(frozen=True)
class Case:
    name: str
    start: Callable[..., Awaitable[None]]
    act: Act
    answer: str  # what the user reads (fragment, isolates stripped)
    sends: int = 0  # bulks the panel really sent because of the bad input
    then: Callable[..., Awaitable[None]] | None = None  # where the flow is afterwards
    chat: int = ADMIN_ID


CASES = [
    # recipients
    Case("only words", at_recipients, say("hello world"), "هیچ شمارهٔ معتبری"),
    Case("only separators", at_recipients, say(",,, ،، ;;"), "هیچ شمارهٔ معتبری"),
    Case("landline", at_recipients, say("02188776655"), "شمارهٔ ثابت است"),
    Case("foreign number", at_recipients, say("+14155552671"), "خارج از ایران"),
    Case("too short", at_recipients, say("0912123"), "کوتاه‌تر"),
    Case("too long", at_recipients, say("09121234567890"), "بلندتر"),
    Case("letters in a number", at_recipients, say("0912abc4567"), "پذیرفته نشدند"),
    Case("valid and junk", at_recipients, say("09121234567, abc"), "پذیرفته نشدند", then=at_text),
    Case(
        "persian digits, dashes", at_recipients, say("۰۹۱۲-۱۲۳-۴۵۶۷"), "۱ شمارهٔ معتبر", then=at_text
    ),
    Case("arabic-indic digits", at_recipients, say("٠٩١٢١٢٣٤٥٦٧"), "۱ شمارهٔ معتبر", then=at_text),
    Case(
        "only duplicates",
        at_recipients,
        say("09121234567\n+989121234567\n9121234567"),
        fa("send-recipients-summary", valid=1, duplicates=2, rejected=0),
        then=at_text,
    ),
    Case("sticker for numbers", at_recipients, sticker, fa("send-hint-recipients")),
    Case("photo for numbers", at_recipients, photo, fa("send-hint-recipients")),
    Case("unknown command mid-flow", at_recipients, say("/frobnicate"), "/cancel"),
    Case("other command mid-flow", at_recipients, say("/credit"), "اعتبار", then=left_flow),
    Case(".exe for a list", at_recipients, upload("numbers.exe", EXE), "این فایل خوانده نشد"),
    Case("image named .xlsx", at_recipients, upload("numbers.xlsx", PNG), "فایل"),
    Case("image document", at_recipients, upload("photo.png", PNG), "این فایل خوانده نشد"),
    Case("30 MB file", at_recipients, upload("big.txt", b"0" * (30 * 1024 * 1024)), "بزرگ‌تر از"),
    Case("empty .txt", at_recipients, upload("empty.txt", b""), "این فایل خالی است"),
    Case(
        "xlsx with floats",
        at_recipients,
        upload("f.xlsx", xlsx([[9121234567.0], [9.35e9]])),
        "۲ شمارهٔ معتبر",
        then=at_text,
    ),
    Case(
        "xlsx unusual column",
        at_recipients,
        upload(
            "c.xlsx", xlsx([["name", "", "", "", "mobile"], ["Ali", "", "", "", "09121234567"]])
        ),
        "۱ شمارهٔ معتبر",
        then=at_text,
    ),
    Case(
        "csv with semicolons",
        at_recipients,
        upload("l.csv", b"name;mobile\nAli;09121234567\nSara;09351112233\n"),
        "۲ شمارهٔ معتبر",
        then=at_text,
    ),
    Case(
        "200,000 numbers",
        at_recipients,
        upload("many.txt", "\n".join(f"0912{i:07d}" for i in range(200_000)).encode()),
        "۲۰۰٬۰۰۰ شمارهٔ معتبر",
        then=at_text,
    ),
    # message text
    Case("sticker for text", at_text, sticker, "/cancel"),
    Case("photo for text", at_text, photo, "/cancel"),
    Case("whitespace-only text", at_text, say("   \n   "), "خالی"),
    Case("text longer than allowed", at_text, say("ب" * 800), fa_head("send-text-too-long")),
    Case("command for text", at_text, say("/frobnicate"), "/cancel"),
    # preview
    Case("typing at the preview", at_preview, say("send it!"), "دکمه"),
    Case("sticker at the preview", at_preview, sticker, "دکمه"),
    Case(
        "insufficient credit",
        at_preview,
        fault_then_tap("send", code=5),
        "اعتبار کافی نیست",
        then=idle,
    ),
    Case(
        "password changed on the panel",
        at_preview,
        fault_then_tap("send", code=962),
        "رمز عبور پنل اشتباه است",
        then=idle,
    ),
    Case("account restricted", at_preview, fault_then_tap("send", code=963), "محدود", then=idle),
    Case("unknown panel code", at_preview, fault_then_tap("send", code=4242), "۴۲۴۲", then=idle),
    Case(
        "connection dropped after send",
        at_preview,
        fault_then_tap("send", drop=True),
        "معلوم نیست",
        sends=1,
        then=idle,
    ),
    Case(
        "HTML instead of an answer",
        at_preview,
        fault_then_tap("send", malformed="html"),
        "معلوم نیست",
        sends=1,
        then=idle,
    ),
    # reports and commands outside a flow
    Case("bulk id not a number", idle, say("/delivery abc"), "این شناسهٔ ارسال نیست"),
    Case("bulk id null", idle, say("/delivery null"), "این شناسهٔ ارسال نیست"),
    Case("negative bulk id", idle, say("/delivery -5"), "این شناسهٔ ارسال نیست"),
    Case("unknown bulk id", idle, say("/delivery 99999"), "پیدا نشد"),
    Case("unknown bulk, persian digits", idle, say("/delivery ۹۹۹۹۹"), "پیدا نشد"),
    Case("status of junk", idle, say("/status 12x"), "این شناسهٔ ارسال نیست"),
    Case("unknown command", idle, say("/frobnicate"), fa("start-unknown-command")),
    Case("sticker outside a flow", idle, sticker, "/start"),
    Case("one-shot without numbers", idle, say("/send سلام"), "نمونه"),
    Case(
        "panel down for credit",
        idle,
        fault_then_say("credit", "/credit", drop=True, times=3),
        "ارتباط با پنل پیامک برقرار نشد",
    ),
    Case(
        "panel answers garbage",
        idle,
        fault_then_say("credit", "/credit", malformed="garbage"),
        "قابل فهم نبود",
    ),
    # who may do what
    Case("send before login", logged_out, say("/send"), "/login"),
    Case("credit before login", logged_out, say("/credit"), "/login"),
    Case("report before login", logged_out, say("/delivery 123"), "/login"),
    Case(
        "username with spaces",
        logged_out,
        lambda env, user=None: _login_with(env, "user name with spaces"),
        "نام کاربری",
    ),
    Case(
        "removed from staff mid-flow",
        operator_at_recipients,
        removed_then_paste,
        str(OPERATOR_ID),
        chat=OPERATOR_ID,
    ),
]


async def _login_with(env, username: str) -> None:
    await env.say("/login")
    await env.stub.send_text(env.admin, username)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
async def test_bad_input_is_explained_and_nothing_is_lost(bot_env, case: Case):
    await case.start(bot_env)
    await case.act(bot_env)
    answer = await wait_for(bot_env, case.answer, chat=case.chat)
    assert "Traceback" not in answer.text
    await bot_env.stub.wait_idle()
    assert len(bot_env.fake.state.bulks) == case.sends  # SMS the panel really sent
    assert len(bot_env.panel_received("send")) <= 1  # and never a second request

    recover, expected = RECOVERY[case.then or case.start]
    if recover is not None:
        await recover(bot_env)
        await wait_for(bot_env, expected)


def test_the_table_has_at_least_fifty_bad_inputs():
    assert len(CASES) + len(PANEL_CODES) >= 50 and len(CASES) >= 50


PANEL_CODES = sorted(code for code in ERROR_CODES if code)


@pytest.mark.parametrize("code", PANEL_CODES)
async def test_every_panel_code_on_send_is_its_persian_sentence(bot_env, code: int):
    await at_preview(bot_env)
    expected = bot_env.app.services.i18n.t(f"panel-error-{code}", locale="fa", code=code)
    await fault_then_tap("send", code=code)(bot_env)
    answer = await wait_for(bot_env, strip_isolates(expected))
    assert answer.text
    assert len(bot_env.panel_received("send")) == 1  # one request, answered with the code
    assert bot_env.fake.state.bulks == {}  # nothing went out
    rows = await bot_env.storage.recent_audits(ADMIN_ID)
    assert rows[0].state == "failed" and rows[0].error_code == str(code)


async def test_a_stranger_gets_nothing_but_their_id(bot_env):
    stranger = bot_env.user(STRANGER_ID, "Stranger")
    for text in ("/send", "/credit", "09121234567", "/delivery 1"):
        await bot_env.stub.send_text(stranger, text)
    await bot_env.stub.wait_for_message(STRANGER_ID)
    await bot_env.stub.wait_idle(quiet=0.5)
    (answer,) = bot_env.stub.messages(STRANGER_ID)  # one refusal an hour
    assert str(STRANGER_ID) in answer.text
    assert bot_env.fake.state.requests == []
    assert await bot_env.storage.get_role(STRANGER_ID) is None
    assert await bot_env.storage.get_role(ADMIN_ID) == Role.ADMIN
