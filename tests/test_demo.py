"""`panelbot demo`: the terminal chat with the real bot, and its scripted replay."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from bot.botapi_stub import BotMessage
from bot.demo.actions import (
    ActionError,
    Say,
    TapLabel,
    TapNumber,
    Upload,
    Wait,
    parse_action,
)
from bot.demo.render import Renderer
from bot.demo.script import ScriptError, read_script, replay
from bot.demo.session import DemoSession
from bot.demo.tracker import ChangeKind, ChatTracker
from bot.formatting import strip_isolates
from tests.texts import fa

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv").exists() else sys.executable
RUN_TIMEOUT = 100  # seconds a whole scripted session may take, start-up included


def run_demo_script(tmp_path: Path, script: str, *extra: str) -> subprocess.CompletedProcess:
    """`panelbot demo --script FILE --plain` in a fresh folder, as a newcomer would run it."""
    path = tmp_path / "session.script"
    path.write_text(script, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [PYTHON, "-m", "bot", "demo", "--script", str(path), "--plain", *extra],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
    )


def section(transcript: str, start: str, end: str | None = None) -> str:
    """The part of a transcript from the line `start` up to (not including) the line `end`."""
    lines = transcript.splitlines()
    first = lines.index(start)
    last = lines.index(end, first) if end is not None else len(lines)
    return "\n".join(lines[first:last])


# -- what a typed line means --------------------------------------------------------------------
def test_lines_become_actions(tmp_path):
    (tmp_path / "numbers.txt").write_text("09121234567\n")
    assert parse_action("  /start ") == Say("/start")
    assert parse_action("0912\\n0935") == Say("0912\n0935")
    assert parse_action("[ارسال]") == TapLabel("ارسال")
    assert parse_action("#2") == TapNumber(2)
    assert parse_action("#wait 90") == Wait(90)
    assert parse_action("/upload numbers.txt", base=tmp_path) == Upload(tmp_path / "numbers.txt")
    assert parse_action(";; a comment") is None
    assert parse_action("   ") is None
    with pytest.raises(ActionError, match="/upload needs a file"):
        parse_action("/upload")


def test_bare_numbers_tap_only_when_the_last_message_has_that_many_buttons():
    assert parse_action("3", bare_buttons=4) == TapNumber(3)
    assert parse_action("5", bare_buttons=4) == Say("5")  # out of range: an answer, not a tap
    assert parse_action("3") == Say("3")  # scripts: bare numbers are always text
    assert parse_action(">3", bare_buttons=4) == Say("3")
    assert parse_action("09121234567", bare_buttons=4) == Say("09121234567")


# -- how the chat is drawn ------------------------------------------------------------------------
def _message(text: str, rows: list[list[str]] | None = None) -> BotMessage:
    markup = None
    if rows:
        markup = {
            "inline_keyboard": [[{"text": t, "callback_data": t} for t in row] for row in rows]
        }
    return BotMessage(message_id=7, chat_id=1, date=0, text=text, reply_markup=markup)


def test_bubbles_number_buttons_across_rows_and_mark_edits():
    from bot.demo.tracker import Change

    message = _message("پیش‌نمایش\nhello", [["ارسال"], ["ویرایش متن", "لغو"]])
    plain = Renderer(plain=True)
    shown = plain.change(Change(ChangeKind.NEW, message))
    assert shown.splitlines() == [
        "bot #7 ›",
        "  پیش‌نمایش",
        "  hello",
        "    [1] ارسال",
        "    [2] ویرایش متن   [3] لغو",
    ]
    assert plain.change(Change(ChangeKind.EDITED, message)).startswith("bot #7 ✎ edited\n")
    assert plain.change(Change(ChangeKind.DELETED, message)) == "bot #7 ✗ deleted"


def test_persian_lines_are_reordered_and_right_aligned_unless_plain():
    message = _message("سلام دنیا\nhello there, this line is longer")
    bubble = Renderer(plain=False).change(_change(message)).splitlines()
    persian, latin = bubble[1], bubble[2]
    assert persian.endswith("ایند مالس")  # visual order: read right to left on screen
    assert latin == "  │ hello there, this line is longer"
    assert len(persian) == len(latin)  # right-aligned to the widest line
    assert Renderer(plain=True).change(_change(message)).splitlines()[1] == "  سلام دنیا"


def test_display_order_mirrors_brackets_and_honours_isolated_variables():
    from bot.demo.rtl import visual

    assert visual("ورود (انصراف: /cancel)") == "(cancel/ :فارصنا) دورو"
    # a number isolated inside Persian stays whole and in reading order, marks dropped
    assert visual("خط فرستنده: \u2068+۹۸۳۰۰۰۵۰۵\u2069") == "+۹۸۳۰۰۰۵۰۵ :هدنتسرف طخ"
    assert visual("سلام \u2068Demo\u2069!") == "!Demo مالس"
    assert visual("half \u2068an isolate") == "half an isolate"  # cut by line wrapping
    assert visual("hello (world)") == "hello (world)"
    # a combining mark stays after its letter: ا + tanween, then د ع ب; ه + hamza, then ح ف ص
    assert visual("بعداً") == "\u0627\u064b\u062f\u0639\u0628"
    assert visual("صفحهٔ") == "\u0647\u0654\u062d\u0641\u0635"


def _change(message: BotMessage):
    from bot.demo.tracker import Change

    return Change(ChangeKind.NEW, message)


# -- watching the real bot ----------------------------------------------------------------------
async def test_tracker_reports_new_then_edited_messages_and_saves_documents(bot_env, tmp_path):
    tracker = ChatTracker(bot_env.stub, bot_env.admin.user_id, downloads=tmp_path / "dl")
    await bot_env.login()
    menu = await bot_env.say("/start")
    [change] = tracker.changes()
    assert (change.kind, change.message.message_id) == (ChangeKind.NEW, menu.message_id)
    assert tracker.changes() == []  # nothing new since

    await bot_env.app.bot.send_document(
        bot_env.admin.user_id, document=b"09121234567\n", filename="numbers.csv", caption="x"
    )
    [document] = tracker.changes()
    assert document.saved == tmp_path / "dl" / "numbers.csv"
    assert document.saved.read_bytes() == b"09121234567\n"
    again = await bot_env.app.bot.send_document(
        bot_env.admin.user_id, document=b"other", filename="numbers.csv"
    )
    assert tracker.changes()[0].saved == tmp_path / "dl" / "numbers-2.csv"

    await bot_env.app.bot.edit_message_caption(
        bot_env.admin.user_id, again.message_id, caption="renamed"
    )
    [edited] = tracker.changes()
    assert (edited.kind, edited.saved) == (ChangeKind.EDITED, None)  # same file: not saved again
    shown = Renderer(plain=True).change(document).splitlines()
    assert shown[1] == f"  📎 saved to {(tmp_path / 'dl' / 'numbers.csv').as_posix()} (12 bytes)"
    assert shown[2] == "  x"


async def test_replay_stops_at_a_missing_button_and_names_the_line(bot_env):
    await bot_env.login()
    session = DemoSession(bot_env.stub, bot_env.fake, bot_env.app, bot_env.admin)
    transcript: list[str] = []
    actions = [(1, Say("/start")), (2, TapLabel("no such button"))]
    with pytest.raises(ScriptError, match="line 2: no bot message has a button"):
        await replay(session, actions, Renderer(plain=True), transcript.append)
    assert transcript[0] == "you › /start"
    assert transcript[1].startswith("bot #2 ›")
    assert transcript[-1] == "you › [no such button]"


async def test_replay_taps_by_number_and_fails_out_of_range(bot_env):
    await bot_env.login()
    session = DemoSession(bot_env.stub, bot_env.fake, bot_env.app, bot_env.admin)
    transcript: list[str] = []
    # the line picker: the default line (once, not again as +98…), the other line, Cancel
    with pytest.raises(ScriptError, match=r"line 3: message #4 has 3 button\(s\), not #9"):
        await replay(
            session,
            [(1, Say("/start")), (2, Say("/send")), (3, TapNumber(9))],
            Renderer(plain=True),
            transcript.append,
        )
    await replay(session, [(4, TapNumber(1))], Renderer(plain=True), transcript.append)
    assert strip_isolates(transcript[-2]) == "you › [۳۰۰۰۵۰۵ (پیش‌فرض)]"  # shown by its label
    assert "شماره‌های گیرندگان را بفرستید" in transcript[-1]


# -- the real command ---------------------------------------------------------------------------
@pytest.mark.timeout(RUN_TIMEOUT + 20)
def test_script_that_fails_exits_non_zero_with_the_reason(tmp_path):
    result = run_demo_script(tmp_path, "/start\n[نیست]\n")
    assert result.returncode == 1
    assert "line 2: no bot message has a button [نیست]" in result.stderr
    assert result.stdout.startswith("you › /start\nbot #2 ›")


FULL_SESSION = """\
;; logged out at first: log in with the demo account and pick the default line
/login
demo
demo
[+983000505]
;; send to pasted numbers
/send
[(پیش‌فرض)]
09121234567\\n0935 111 2233\\n021-88881234
تخفیف ویژه تا پایان هفته
[ارسال]
#wait 300
;; the delivery report from the result's button, and its Excel file
[گزارش تحویل]
[فایل اکسل کامل]
;; a phone book
/books
[همکاران]
[تمام]
#1
جلسهٔ هماهنگی فردا ساعت ۱۰
[ارسال]
;; a postal-code area
/postal
سعادت
#1
[تمام]
[ایرانسل]
[همه (آقایان و بانوان)]
[(پیش‌فرض)]
افتتاح شعبهٔ سعادت‌آباد
[ارسال]
"""


@pytest.mark.timeout(RUN_TIMEOUT + 20)
def test_scripted_session_from_login_to_postal_code_send(tmp_path):
    result = run_demo_script(tmp_path, FULL_SESSION, "--logged-out")
    assert result.returncode == 0, result.stderr
    transcript = strip_isolates(result.stdout)

    login = section(transcript, "you › /login", "you › /send")
    assert "نام کاربری پنل را بفرستید" in login
    assert fa("login-success", credit=250000) in login
    assert fa("login-sender-saved", sender="+983000505").split("\n")[0] in login
    assert "+۹۸۳۰۰۰۵۰۵" in login  # the sender line in Persian digits

    send = section(transcript, "you › /send", "⏱ 300 s pass on the panel clock")
    assert "you › 09121234567\n      0935 111 2233\n      021-88881234" in send
    assert "۲ شمارهٔ معتبر دریافت شد." in send
    assert "021-88881234 — شمارهٔ ثابت است، نه همراه" in send
    assert "تعداد گیرندگان: ۲" in send
    assert "you › [ارسال]" in send
    assert fa("sendjob-summary-sent-one", count=2) in send
    assert "شناسهٔ ارسال: ۱۰۹۲۹۸۰۰" in send

    report = section(transcript, "you › [گزارش تحویل ۱۰۹۲۹۸۰۰]", "you › /books")
    assert "📊 گزارش تحویل ارسال ۱۰۹۲۹۸۰۰" in report
    assert "رسیده به گوشی: ۲" in report  # five minutes later on the panel: both delivered
    assert "۱. +۹۸۹۱۲۱۲۳۴۵۶۷ — رسیده به گوشی" in report
    assert "  📎 saved to demo-downloads/delivery-10929800.xlsx (" in report
    assert (tmp_path / "demo-downloads" / "delivery-10929800.xlsx").read_bytes()[:2] == b"PK"

    books = section(transcript, "you › /books", "you › /postal")
    assert "you › [همکاران (۱۸)]" in books
    assert fa("books-chosen", count=1, recipients=18) in books
    assert fa("send-preview-target", target="همکاران") in books
    assert fa("sendjob-summary-sent-one", count=18) in books

    postal = section(transcript, "you › /postal")
    assert "you › [سعادت‌آباد (۱۹۹۸۱)]" in postal
    everyone, area = fa("gender-0"), fa("postal-target-area", area="سعادت‌آباد", code=19981)
    counted = fa("postal-count", target=area, operator="ایرانسل", gender=everyone, count=545)
    assert "\n  ".join(counted.split("\n")[-2:]) in postal
    target = fa("postal-draft-target", target=area, operator="ایرانسل", gender=everyone)
    assert fa("send-preview-target", target=target) in postal
    assert fa("sendjob-summary-sent-one", count=545) in postal


# -- the interactive terminal ---------------------------------------------------------------------
@pytest.mark.timeout(90)
def test_terminal_chat_under_a_pseudo_terminal(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PROMPT_TOOLKIT_NO_CPR": "1"}
    child = pexpect.spawn(
        PYTHON,
        ["-m", "bot", "demo", "--plain"],
        cwd=str(tmp_path),
        env=env,
        encoding="utf-8",
        timeout=30,
        dimensions=(40, 120),
    )
    try:
        child.expect("Say /start")
        child.expect("you ›")
        child.sendline("/start")
        child.expect(r"\[16\] ❓ راهنما")
        child.expect("you ›")
        child.sendline("16")  # a bare number taps that button of the last message
        child.expect(r"tap \[❓ راهنما\]")
        child.expect("راهنمای ربات پنل پیامک")
        child.expect("you ›")
        child.sendeof()  # Ctrl-D leaves
        child.expect("bye")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0


# -- the README ---------------------------------------------------------------------------------
def test_readme_shows_a_generated_transcript_of_the_sample_script():
    from bot.demo.readme import END, README, SCRIPT, START
    from bot.demo.script import read_script

    readme = README.read_text(encoding="utf-8")
    assert readme.index("## Offline demo") < readme.index("## First steps")
    assert ".venv/bin/panelbot demo" in readme
    block = readme.split(START, 1)[1].split(END, 1)[0]
    typed = [a.text for _, a in read_script(SCRIPT) if isinstance(a, Say)]
    for text in typed:  # every line the script types, in order, as the demo echoes it
        block = block.split(f"you › {text.splitlines()[0]}", 1)[1]
    assert "📊 گزارش تحویل ارسال" in block  # ends with the delivery report


def test_readme_generator_replaces_only_the_marked_block():
    from bot.demo.readme import END, START, with_transcript

    readme = f"intro\n{START}\nold\n{END}\nrest\n"
    assert with_transcript(readme, "you › /start") == (
        f"intro\n{START}\n```text\nyou › /start\n```\n{END}\nrest\n"
    )
    with pytest.raises(ValueError, match="lacks the markers"):
        with_transcript("no markers", "x")


async def test_replay_uploads_a_file_and_reports_a_silent_bot(bot_env, tmp_path):
    await bot_env.login()
    (tmp_path / "numbers.csv").write_text("09121234567\n09351112233\n09121234567\n")
    script = tmp_path / "upload.script"
    script.write_text("/send\n[(پیش‌فرض)]\n/upload numbers.csv\n#wait 5\n", encoding="utf-8")
    session = DemoSession(bot_env.stub, bot_env.fake, bot_env.app, bot_env.admin)
    transcript: list[str] = []
    await replay(session, read_script(script), Renderer(plain=True), transcript.append)
    shown = strip_isolates("\n".join(transcript))
    assert "you › 📎 numbers.csv (36 bytes)" in shown
    assert "۲ شمارهٔ معتبر دریافت شد." in shown
    assert "شماره‌های تکراری حذف‌شده: ۱" in shown
    assert transcript[-1] == "⏱ 5 s pass on the panel clock"

    bot_env.stub.block(bot_env.admin)  # the bot's answers cannot arrive: it stays silent
    session.reply_timeout = 1
    with pytest.raises(ScriptError, match="line 1: the bot did not answer 'متن' within 1 s"):
        await replay(session, [(1, Say("متن"))], Renderer(plain=True), transcript.append)


async def test_replay_waits_for_a_bot_slower_than_the_quiet_window():
    """The panel answers each sign-in request after more than IDLE_QUIET: a step still waits
    for the bot to finish (here the line picker after the password) before the next line."""
    from bot.demo.session import IDLE_QUIET, running_demo

    async with running_demo(logged_out=True, frozen_clock=True) as session:
        session.fake.state.latency = IDLE_QUIET * 3
        transcript: list[str] = []
        steps = [Say("/login"), Say("demo"), Say("demo"), TapLabel("+983000505")]
        await replay(session, list(enumerate(steps, 1)), Renderer(plain=True), transcript.append)
    shown = strip_isolates("\n".join(transcript))
    assert "you › [+۹۸۳۰۰۰۵۰۵]" in shown  # the tap found the picker's button
    assert fa("login-sender-saved", sender="+983000505").split("\n")[0] in shown
