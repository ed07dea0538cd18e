"""/books, /postal and /jobs ask for the sender line exactly like /send (issue 14): the default
pre-selected, each line once, a typed line checked against the account's lines."""

from __future__ import annotations

from bot.formatting import strip_isolates
from tests.send_helpers import wait_text
from tests.texts import fa, fa_head

SPELLINGS = ["+983000505", "3000505", "983000505", "00983000505", "03000505", "۳۰۰۰۵۰۵"]


def plain(text: str | None) -> str:
    return strip_isolates(text or "")


def labels(message) -> list[str]:
    return [plain(text) for text in message.button_texts]


def exact(message, shown: str) -> str:
    for text in message.button_texts:
        if plain(text) == shown:
            return text
    raise LookupError(f"no button {shown!r} in {labels(message)}")


async def tap_send(bot_env, preview):
    """Tap Send and wait for the job's summary."""
    await bot_env.tap("ارسال", message=preview)
    return await wait_text(bot_env, fa_head("sendjob-summary-sent-one"))


async def postal_counted(bot_env):
    """/postal → Vanak → MCI → everyone: the screen after the count."""
    shown = await bot_env.say("/postal")
    shown = await bot_env.tap(exact(shown, "ونک (۱۹۹۴۸)"), message=shown)
    operator = await bot_env.tap(fa("button-done"), message=shown)
    gender = await bot_env.tap("همراه اول", message=operator)
    return await bot_env.tap("همه (آقایان و بانوان)", message=gender)


async def jobs_counted(bot_env):
    """/jobs → engineers → civil: the screen after the count."""
    shown = await bot_env.say("/jobs")
    trends = await bot_env.tap("مهندسان", message=shown)
    trends = await bot_env.tap("عمران", message=trends)
    return await bot_env.tap("تمام", message=trends)


async def test_postal_without_a_default_line_asks_for_it(bot_env):
    await bot_env.login()
    await bot_env.storage.set_default_sender(bot_env.admin.user_id, None)
    counted = await postal_counted(bot_env)
    assert fa("send-choose-sender") in plain(counted.text)
    lines = labels(counted)
    assert "+۹۸۳۰۰۰۵۰۵" in lines and "+۹۸۱۰۰۰۲۰۴۰۰" in lines
    assert not any("پیش‌فرض" in label for label in lines)
    ask = await bot_env.tap(exact(counted, "+۹۸۱۰۰۰۲۰۴۰۰"), message=counted)
    assert fa("postal-ask-text") in plain(ask.text)
    preview = await bot_env.say("سلام")
    assert "۱۰۰۰۲۰۴۰۰" in plain(preview.text)
    await tap_send(bot_env, preview)
    (request,) = bot_env.panel_received("postalcodesend")
    assert request.fields["from"] == "+98100020400"


async def test_jobs_offer_the_default_first_and_refuse_an_unknown_typed_line(bot_env):
    await bot_env.login()
    counted = await jobs_counted(bot_env)
    assert labels(counted)[0] == "۳۰۰۰۵۰۵ (پیش‌فرض)"
    for typed in ("09121234567", "۱۹۹۴۸۱۲۳۴۵"):
        refused = await bot_env.say(typed)
        assert fa_plain("send-sender-not-yours", lines="+۹۸۳۰۰۰۵۰۵، +۹۸۱۰۰۰۲۰۴۰۰") == plain(
            refused.text
        )
    ask = await bot_env.say("۰۰۹۸ ۱۰۰۰ ۲۰۴۰۰")
    assert fa("jobs-ask-text") in plain(ask.text)
    preview = await bot_env.say("دورهٔ آموزشی")
    await tap_send(bot_env, preview)
    (request,) = bot_env.panel_received("jobssend")
    assert request.fields["from"] == "+98100020400"


async def test_books_show_each_spelling_once_and_refuse_a_mobile_as_the_line(bot_env):
    bot_env.fake.state.accounts["demo"].lines = list(SPELLINGS)
    await bot_env.login()
    shown = await bot_env.say("/books")
    shown = await bot_env.tap(labels(shown)[0], message=shown)
    sender = await bot_env.tap("تمام", message=shown)
    line_labels = [label for label in labels(sender) if label not in ("بازگشت", "لغو")]
    assert line_labels == ["۳۰۰۰۵۰۵ (پیش‌فرض)"]
    refused = await bot_env.say("09121234567")
    assert "در حساب پنل شما نیست" in plain(refused.text)
    assert bot_env.panel_received("booksend") == []


def fa_plain(key: str, **args) -> str:
    return plain(fa(key, **args))
