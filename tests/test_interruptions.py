"""A flow never traps: every flow × every step × {a published command, plain text, a sticker, an
old button of a finished flow}, through the real Application.

- a published command leaves the flow and runs; nothing from the left flow answers afterwards;
- a sticker gets the step's own hint and the flow stays;
- plain text gets what the step does with it (its check, or the hint at a buttons step);
- an old button of a finished flow says which command opens it again, and the flow stays.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import pytest

from bot.botapi_stub.records import BotMessage
from bot.formatting import strip_isolates
from tests.conftest import ADMIN_ID
from tests.send_helpers import start_send
from tests.texts import fa, fa_head

Reach = Callable[..., Awaitable[None]]
TEXT = "سلام"


def t(env, key: str, **variables) -> str:
    return env.app.services.i18n.t(key, locale="fa", **variables)


def plain(text: str | None) -> str:
    return strip_isolates(text or "")


def label(message: BotMessage, fragment: str) -> str:
    return next(text for text in message.button_texts if fragment in plain(text))


async def said(env, fragment: str) -> BotMessage:
    """The bot's next message or edit (in the admin's chat) that contains `fragment`."""
    return await env.stub.wait_for_message(
        ADMIN_ID, lambda message: plain(fragment) in plain(message.text), timeout=8
    )


async def typed(env, text: str, fragment: str) -> BotMessage:
    """Type `text` and wait for the bot's answer that contains `fragment`."""
    await env.stub.send_text(env.admin, text)
    return await said(env, fragment)


# --- reaching every step ---------------------------------------------------------------------


async def send_sender(env) -> None:
    await env.say("/send")


async def send_recipients(env) -> None:
    await start_send(env)


async def send_text(env) -> None:
    await start_send(env)
    gathered = await typed(env, "09121234567", fa("recipients-button-continue"))
    await env.tap(fa("recipients-button-continue"), message=gathered)


async def send_preview(env) -> None:
    await send_text(env)
    await typed(env, "متن آزمایشی", "پیش‌نمایش")


async def send_gather(env) -> None:
    await start_send(env)
    await typed(env, "09121234567", fa("recipients-button-continue"))


async def send_numbers_question(env) -> None:
    await send_text(env)
    await typed(env, "09122222222", fa_head("recipients-looks-like-numbers"))


async def send_templates(env) -> None:
    await env.storage.add_template(
        ADMIN_ID, name="نوروز", text="نوروز مبارک", created_by=ADMIN_ID, max_count=200
    )
    await send_text(env)
    await env.tap(fa("templates-button"))


async def send_add_recipients(env) -> None:
    await send_preview(env)
    await env.tap(fa("recipients-button-add"))


async def send_remove_numbers(env) -> None:
    await send_preview(env)
    await env.tap(fa("recipients-button-remove"))


async def send_new_text(env) -> None:
    await send_preview(env)
    await env.tap(t(env, "button-edit-text"))


def preview_action(key: str) -> Reach:
    """The send preview, then one of its action buttons (`key`: its label's locale key)."""

    async def reach(env) -> None:
        await send_preview(env)
        await env.tap(t(env, key))

    return reach


async def social_network(env) -> None:
    await env.say("/social")


async def books_choose(env) -> None:
    await env.say("/books")


async def books_sender(env) -> None:
    shown = await env.say("/books")
    shown = await env.tap(label(shown, "پرسنل"), message=shown)
    await env.tap("تمام", message=shown)


async def books_text(env) -> None:
    await books_sender(env)
    await env.say("۳۰۰۰۵۰۵")


async def books_preview(env) -> None:
    await books_text(env)
    await typed(env, "متن آزمایشی", "پیش‌نمایش")


async def postal_area(env) -> None:
    await env.say("/postal")


async def postal_operator(env) -> None:
    await env.say("/postal")
    await env.say("۱۹۹۴۸۱۲۳۴۵")
    await env.tap(t(env, "button-done"))


async def postal_gender(env) -> None:
    await postal_operator(env)
    await env.tap("همراه اول")


async def postal_sender(env) -> None:
    await postal_gender(env)
    await env.tap("همه (آقایان و بانوان)")


async def postal_cap(env) -> None:
    await postal_sender(env)
    await env.tap(t(env, "targets-button-cap"))


async def postal_text(env) -> None:
    await postal_sender(env)
    await env.tap(label(env.last(), "(پیش‌فرض)"))


async def jobs_job(env) -> None:
    await env.say("/jobs")


async def jobs_trends(env) -> None:
    shown = await env.say("/jobs")
    await env.tap("مهندسان", message=shown)


async def jobs_sender(env) -> None:
    await jobs_trends(env)
    await env.tap("برق")
    await env.tap("تمام")


async def jobs_text(env) -> None:
    await jobs_sender(env)
    await env.tap(label(env.last(), "(پیش‌فرض)"))


async def login_username(env) -> None:
    await env.say("/login")


async def login_password(env) -> None:
    await env.say("/login")
    await env.say("demo")


async def login_sender(env) -> None:
    await login_password(env)
    await typed(env, "demo", "ورود انجام شد")


async def settings_sender(env) -> None:
    shown = await env.say("/settings")
    await env.tap(t(env, "settings-button-sender"), message=shown)


async def staff_user(env) -> None:
    shown = await env.say("/staff")
    await env.tap(t(env, "staff-button-add"), message=shown)


async def staff_role(env) -> None:
    await staff_user(env)
    await env.say("12345")


async def newuser_typing(env) -> None:
    await env.say("/newuser")


async def reports_bulk_id(env) -> None:
    await env.say("/delivery")


@dataclass(frozen=True)
class Step:
    flow: str  # its command
    name: str
    reach: Reach
    hint: str  # locale key of the step's hint
    on_text: str | None = None  # locale key of the answer to plain text (None: the hint)
    text_answer: str | None = None  # or a fragment of that answer


STEPS = [
    Step("send", "sender", send_sender, "send-hint-sender", "send-sender-invalid"),
    Step("send", "recipients", send_recipients, "send-hint-recipients", "send-recipients-none"),
    Step("send", "text", send_text, "hint-send-text", None, "پیش‌نمایش"),
    Step("send", "preview", send_preview, "hint-use-buttons"),
    Step("send", "new text", send_new_text, "hint-send-text", None, "پیش‌نمایش"),
    Step("send", "gather", send_gather, "recipients-hint-gather", None, "پیش‌نمایش"),
    Step(
        "send",
        "numbers?",
        send_numbers_question,
        "recipients-hint-numbers-question",
        None,
        "پیش‌نمایش",
    ),
    Step("send", "saved texts", send_templates, "recipients-hint-templates", None, "پیش‌نمایش"),
    Step("send", "add", send_add_recipients, "recipients-hint-gather", "recipients-nothing-new"),
    Step(
        "send",
        "remove",
        send_remove_numbers,
        "recipients-hint-remove",
        "recipients-remove-none-valid",
    ),
    Step(
        "send",
        "preview line",
        preview_action("preview-button-change-line"),
        "send-hint-sender",
        "send-sender-invalid",
    ),
    Step(
        "send",
        "preview when",
        preview_action("schedule-button-later"),
        "schedule-hint",
        "schedule-problem-unreadable",
    ),
    Step(
        "send",
        "preview name",
        preview_action("templates-button-save"),
        "templates-hint-name",
        None,
        "پیش‌نمایش",
    ),
    Step(
        "send",
        "preview own number",
        preview_action("preview-button-test-self"),
        "preview-hint-own-number",
        "preview-own-number-invalid",
    ),
    Step("social", "network", social_network, "hint-use-buttons"),
    Step("books", "choose", books_choose, "hint-use-buttons"),
    Step("books", "sender", books_sender, "send-hint-sender", "send-sender-invalid"),
    Step("books", "text", books_text, "hint-send-text", None, "پیش‌نمایش"),
    Step("books", "preview", books_preview, "hint-use-buttons"),
    Step("postal", "area", postal_area, "postal-hint-area", "postal-no-match"),
    Step("postal", "operator", postal_operator, "hint-use-buttons"),
    Step("postal", "gender", postal_gender, "hint-use-buttons"),
    Step("postal", "sender", postal_sender, "send-hint-sender", "send-sender-invalid"),
    Step("postal", "cap", postal_cap, "targets-hint-cap", "targets-cap-invalid"),
    Step("postal", "text", postal_text, "hint-send-text", None, "پیش‌نمایش"),
    Step("jobs", "job", jobs_job, "jobs-hint-job", "jobs-no-match"),
    Step("jobs", "trends", jobs_trends, "hint-use-buttons"),
    Step("jobs", "sender", jobs_sender, "send-hint-sender", "send-sender-invalid"),
    Step("jobs", "text", jobs_text, "hint-send-text", None, "پیش‌نمایش"),
    Step("login", "username", login_username, "login-hint-username", "login-ask-password"),
    Step("login", "password", login_password, "login-hint-password", "login-wrong-password"),
    Step("login", "sender", login_sender, "login-hint-sender", "login-bad-sender"),
    Step("settings", "sender", settings_sender, "settings-hint-sender", "settings-bad-sender"),
    Step("staff", "user", staff_user, "staff-hint-user", "staff-bad-user"),
    Step("staff", "role", staff_role, "hint-use-buttons"),
    Step("newuser", "username", newuser_typing, "hint-send-text", "users-invalid-username"),
    Step("delivery", "bulk id", reports_bulk_id, "hint-send-number", "report-bulk-id-invalid"),
]
STIMULI = ["published command", "plain text", "sticker", "old button of a finished flow"]


async def finished_flow_button(env, flow: str) -> tuple[BotMessage, str, str]:
    """Open another flow and cancel it: (its message, a button on it, its command)."""
    other = "postal" if flow == "books" else "books"
    shown = await env.say(f"/{other}")
    await env.say("/cancel")
    return shown, shown.button_texts[0], f"/{other}"


async def sticker(env) -> BotMessage:
    await env.stub.send_sticker(env.admin)
    return await env.stub.wait_for_message(ADMIN_ID, timeout=8)


@pytest.mark.parametrize("stimulus", STIMULI)
@pytest.mark.parametrize("step", STEPS, ids=[f"{s.flow}-{s.name}" for s in STEPS])
async def test_no_step_of_any_flow_traps(bot_env, step: Step, stimulus: str):
    await bot_env.login()
    old, old_label, old_command = await finished_flow_button(bot_env, step.flow)
    await step.reach(bot_env)
    await bot_env.stub.wait_idle()

    if stimulus == "published command":
        reply = await bot_env.say("/help")
        assert plain(t(bot_env, "help-intro")).splitlines()[0] in plain(reply.text)
        # The left flow is over: nothing from it answers any more.
        assert plain((await sticker(bot_env)).text) == plain(t(bot_env, "start-stray-message"))
        reply = await bot_env.say(TEXT)
        assert plain(reply.text) == plain(t(bot_env, "start-stray-message"))
    elif stimulus == "sticker":
        assert (await sticker(bot_env)).text == t(bot_env, step.hint)
    elif stimulus == "plain text":
        await bot_env.stub.send_text(bot_env.admin, TEXT)
        if step.text_answer is not None:
            await said(bot_env, step.text_answer)
        else:
            expected = t(bot_env, step.on_text or step.hint, example="3000505", query=TEXT)
            await said(bot_env, expected)
    else:
        answer = await bot_env.stub.tap(bot_env.admin, old.message_id, text=old_label)
        assert answer.text == t(bot_env, "start-button-closed", command=old_command)
        assert (await sticker(bot_env)).text == t(bot_env, step.hint)  # the flow goes on


async def test_a_books_flow_left_by_send_never_answers_again(bot_env):
    """The issue's zombie: /books, then /send; after /send is over, nothing from /books."""
    await bot_env.login()
    await books_text(bot_env)
    await bot_env.stub.wait_idle()
    reply = await bot_env.say("/send")
    assert "از کدام خط" in reply.text
    reply = await bot_env.say("/cancel")
    assert reply.text == t(bot_env, "cancelled")
    reply = await bot_env.say("جشنواره")
    assert plain(reply.text) == plain(t(bot_env, "start-stray-message"))
    assert t(bot_env, "books-lost") not in reply.text


async def test_a_menu_button_starts_its_flow_and_ends_the_open_one(bot_env):
    await bot_env.login()
    menu = await bot_env.say("/start")
    await jobs_trends(bot_env)
    await bot_env.stub.wait_idle()
    reply = await bot_env.tap(t(bot_env, "start-button-send"), message=menu)
    assert "از کدام خط" in reply.text
    assert (await sticker(bot_env)).text == t(bot_env, "send-hint-sender")
    await bot_env.say("/cancel")
    assert plain((await sticker(bot_env)).text) == plain(t(bot_env, "start-stray-message"))


async def test_cancel_with_nothing_open_says_so(bot_env):
    reply = await bot_env.say("/cancel")
    assert reply.text == t(bot_env, "start-nothing-to-cancel")
