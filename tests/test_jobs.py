"""/jobs: a staff member targets the numbers of a job's trends."""

from __future__ import annotations

import json

from bot.botapi_stub.records import BotMessage
from bot.formatting import strip_isolates
from bot.panel.fake.targets import trends_count
from tests.send_helpers import job_summary
from tests.texts import fa


def plain(text: str | None) -> str:
    return strip_isolates(text or "")


def labels(message: BotMessage) -> list[str]:
    return [plain(text) for text in message.button_texts]


def ticked(message: BotMessage) -> list[str]:
    return [label.removeprefix("✓ ") for label in labels(message) if label.startswith("✓ ")]


def persian(bot_env, number: int) -> str:
    return plain(bot_env.app.services.i18n.for_locale("fa").number(number))


async def open_jobs(bot_env) -> BotMessage:
    await bot_env.login()
    return await bot_env.say("/jobs")


def exact(message: BotMessage, shown: str) -> str:
    return next(text for text in message.button_texts if plain(text) == shown)


async def tap_send(bot_env, preview: BotMessage) -> BotMessage:
    await bot_env.tap("ارسال", message=preview)
    return await job_summary(bot_env)


async def test_jobs_are_paged_in_place(bot_env):
    shown = await open_jobs(bot_env)
    assert "شغل" in shown.text
    assert labels(shown)[:3] == ["پزشکان", "وکلا", "مهندسان"]
    assert "صفحهٔ ۱ از ۲" in labels(shown)
    second = await bot_env.tap(fa("button-next"), message=shown)
    assert second.message_id == shown.message_id
    assert "مهدکودک‌ها" in labels(second) and "پزشکان" not in labels(second)
    first = await bot_env.tap(fa("button-previous"), message=second)
    assert "پزشکان" in labels(first)


async def test_job_trends_count_message_send(bot_env):
    shown = await open_jobs(bot_env)
    trends = await bot_env.tap("مهندسان", message=shown)
    assert "مهندسان" in trends.text
    assert labels(trends)[:5] == ["عمران", "برق", "مکانیک", "معماری", "نرم‌افزار"]
    assert ticked(trends) == []
    trends = await bot_env.tap("برق", message=trends)
    trends = await bot_env.tap("نرم‌افزار", message=trends)
    assert ticked(trends) == ["برق", "نرم‌افزار"]
    assert "۲ مورد" in plain(trends.text)
    trends = await bot_env.tap("✓ برق", message=trends)
    assert ticked(trends) == ["نرم‌افزار"]
    trends = await bot_env.tap("عمران", message=trends)

    counted = await bot_env.tap("تمام", message=trends)
    expected = trends_count(bot_env.fake.state, [301, 305])
    assert f"تعداد شماره‌ها: {persian(bot_env, expected)}" in plain(counted.text)
    assert "مهندسان: عمران، نرم‌افزار" in plain(counted.text)
    (asked,) = bot_env.panel_received("jobscount")
    assert json.loads(asked.fields["trendid"]) == [301, 305]

    await bot_env.tap(exact(counted, "۳۰۰۰۵۰۵ (پیش‌فرض)"), message=counted)
    preview = await bot_env.say("دورهٔ آموزشی BIM برای مهندسان")
    text = plain(preview.text)
    assert fa("send-preview-target", target="مهندسان: عمران، نرم‌افزار") in text
    assert f"تعداد تقریبی گیرندگان: {persian(bot_env, expected)}" in text

    result = await tap_send(bot_env, preview)
    assert "✅" in result.text
    (request,) = bot_env.panel_received("jobssend")
    assert request.fields["jobsid"] == "3"
    assert json.loads(request.fields["trendid"]) == [301, 305]
    assert request.fields["from"] == "3000505"
    assert request.fields["message"] == "دورهٔ آموزشی BIM برای مهندسان"


async def test_select_all_none_and_done_with_nothing(bot_env):
    shown = await open_jobs(bot_env)
    trends = await bot_env.tap("پزشکان", message=shown)
    every = await bot_env.tap("انتخاب همه", message=trends)
    assert ticked(every) == ["عمومی", "دندانپزشک", "متخصص قلب", "متخصص اطفال"]
    none = await bot_env.tap("برداشتن همهٔ انتخاب‌ها", message=every)
    assert ticked(none) == []
    warned = await bot_env.tap("تمام", message=none)
    assert "هیچ گرایشی انتخاب نکرده‌اید" in warned.text
    assert warned.message_id == shown.message_id
    assert bot_env.panel_received("jobscount") == []


async def test_typing_filters_the_jobs(bot_env):
    await open_jobs(bot_env)
    filtered = await bot_env.say("فروش")
    assert labels(filtered)[0] == "فروشگاه‌ها"
    assert fa("jobs-filtered", query="فروش", count=1) in plain(filtered.text)
    nothing = await bot_env.say("فضانورد")
    assert "پیدا نشد" in nothing.text
    trends = await bot_env.tap("فروشگاه‌ها", message=filtered)
    assert "موبایل" in labels(trends)


async def test_back_steps_keep_the_choices(bot_env):
    shown = await open_jobs(bot_env)
    trends = await bot_env.tap("وکلا", message=shown)
    trends = await bot_env.tap("پایه یک", message=trends)
    counted = await bot_env.tap("تمام", message=trends)
    back_to_trends = await bot_env.tap("بازگشت", message=counted)
    assert ticked(back_to_trends) == ["پایه یک"]
    back_to_jobs = await bot_env.tap("بازگشت", message=back_to_trends)
    assert "پزشکان" in labels(back_to_jobs)
    second_page = await bot_env.tap(fa("button-next"), message=back_to_jobs)
    trends = await bot_env.tap("داروخانه‌ها", message=second_page)
    assert ticked(trends) == []  # another job: its own trends, none ticked
    trends = await bot_env.tap("شبانه‌روزی", message=trends)
    counted = await bot_env.tap("تمام", message=trends)
    assert "وکلا: پایه یک" in plain(counted.text)  # the job counted before stays chosen
    trends = await bot_env.tap("بازگشت", message=counted)
    assert ticked(trends) == ["شبانه‌روزی"]
    trends = await bot_env.tap("✓ شبانه‌روزی", message=trends)
    counted = await bot_env.tap("تمام", message=trends)  # no trend: the job leaves the send
    assert "داروخانه" not in plain(counted.text)
    await bot_env.tap(exact(counted, "۳۰۰۰۵۰۵ (پیش‌فرض)"), message=counted)
    preview = await bot_env.say("Open 24h")
    await tap_send(bot_env, preview)
    (request,) = bot_env.panel_received("jobssend")
    assert request.fields["jobsid"] == "2"
    assert json.loads(request.fields["trendid"]) == [201]


async def test_stray_input_and_cancel(bot_env):
    shown = await open_jobs(bot_env)
    await bot_env.stub.send_sticker(bot_env.admin)
    hint = await bot_env.stub.wait_for_message(bot_env.admin.user_id)
    assert "شغل" in hint.text
    trends = await bot_env.tap("وکلا", message=shown)
    typed = await bot_env.say("پایه یک")
    assert "دکمه" in typed.text
    cancelled = await bot_env.tap("لغو", message=trends)
    assert cancelled.text == fa("cancelled")
    assert bot_env.panel_received("jobssend") == []
