"""Richer targeting (issue 17): /postal with several areas and both operators, «حداکثر تعداد»;
/jobs with several jobs. One send job, a batch per panel request."""

from __future__ import annotations

import json
from decimal import Decimal

from bot.botapi_stub.records import BotMessage
from bot.formatting import strip_isolates
from bot.panel import Gender, Operator, PostalArea
from bot.panel.fake.targets import postal_count, trends_count
from bot.services.target_requests import TargetRequest, parse_cap, request_of, within_cap
from bot.services.targets import MAX_AREAS, PostalSelection
from tests.send_helpers import wait_text
from tests.texts import fa

VANAK, TAJRISH = "ونک (۱۹۹۴۸)", "تجریش (۱۹۷۸۱)"


def plain(text: str | None) -> str:
    return strip_isolates(text or "")


def labels(message: BotMessage) -> list[str]:
    return [plain(text) for text in message.button_texts]


def exact(message: BotMessage, shown: str) -> str:
    for text in message.button_texts:
        if plain(text) == shown:
            return text
    raise LookupError(f"no button {shown!r} in {labels(message)}")


def persian(bot_env, number: int) -> str:
    return plain(bot_env.app.services.i18n.for_locale("fa").number(number))


def counted_in(bot_env, code: str, operator: Operator, gender: Gender = Gender.ALL) -> int:
    return postal_count(
        bot_env.fake.state, type=operator.value, gender=str(gender.value), postalcode=code
    )


async def send_until(bot_env, preview: BotMessage, summary: str) -> BotMessage:
    """Tap Send and wait for the job's summary (`summary`) in its message."""
    await bot_env.tap("ارسال", message=preview)
    return await wait_text(bot_env, summary)


async def two_areas_both_operators(bot_env) -> BotMessage:
    """/postal → Vanak and Tajrish → both operators → everyone: the count and line screen."""
    bot_env.fake.state.accounts["demo"].credit = Decimal(10_000_000)
    await bot_env.login()
    shown = await bot_env.say("/postal")
    shown = await bot_env.tap(exact(shown, VANAK), message=shown)
    shown = await bot_env.tap(exact(shown, TAJRISH), message=shown)
    assert fa("selected-count", count=2) in plain(shown.text)
    operator = await bot_env.tap(fa("button-done"), message=shown)
    gender = await bot_env.tap(fa("targets-button-both-operators"), message=operator)
    return await bot_env.tap("همه (آقایان و بانوان)", message=gender)


async def test_two_areas_both_operators_in_one_send(bot_env):
    counted = await two_areas_both_operators(bot_env)
    pairs = [(code, op) for code in ("19948", "19781") for op in (Operator.MCI, Operator.IRANCELL)]
    counts = {pair: counted_in(bot_env, *pair) for pair in pairs}
    total = sum(counts.values())
    text = plain(counted.text)
    assert f"تعداد شماره‌ها: {persian(bot_env, total)}" in text
    assert fa("targets-both-operators") in text
    vanak = counts["19948", Operator.MCI] + counts["19948", Operator.IRANCELL]
    assert f"• محلهٔ ونک (کد پستی ۱۹۹۴۸): {persian(bot_env, vanak)}" in text
    asked = [
        (r.fields["postalcode"], r.fields["type"])
        for r in bot_env.panel_received("postalcodecount")
    ]
    assert asked == [("19948", "tci"), ("19948", "mtn"), ("19781", "tci"), ("19781", "mtn")]

    await bot_env.tap(exact(counted, "۳۰۰۰۵۰۵ (پیش‌فرض)"), message=counted)
    preview = await bot_env.say("افتتاح شعبهٔ شمال تهران")
    assert f"تعداد تقریبی گیرندگان: {persian(bot_env, total)}" in plain(preview.text)
    await send_until(bot_env, preview, fa("sendjob-summary-sent", count=total, batches=4))

    sent = bot_env.panel_received("postalcodesend")
    assert [(r.fields["postalcode"], r.fields["type"], r.fields["gender"]) for r in sent] == [
        ("19948", "tci", "0"),
        ("19948", "mtn", "0"),
        ("19781", "tci", "0"),
        ("19781", "mtn", "0"),
    ]
    assert {r.fields["message"] for r in sent} == {"افتتاح شعبهٔ شمال تهران"}
    assert {r.fields["from"] for r in sent} == {"3000505"}
    job = await bot_env.storage.jobs.get(1)  # one job, a batch per panel request
    assert job is not None and job.recipient_count == total
    batches = await bot_env.storage.jobs.batches(1)
    assert [batch.count for batch in batches] == [counts[pair] for pair in pairs]
    assert await bot_env.storage.jobs.get(2) is None


async def test_at_most_sends_only_the_whole_requests_that_fit(bot_env):
    counted = await two_areas_both_operators(bot_env)
    pairs = [(code, op) for code in ("19948", "19781") for op in (Operator.MCI, Operator.IRANCELL)]
    counts = [counted_in(bot_env, *pair) for pair in pairs]
    asked = await bot_env.tap(fa("targets-button-cap"), message=counted)
    assert fa("targets-ask-cap", total=sum(counts)) == plain(asked.text)
    refused = await bot_env.say("صفر")
    assert plain(refused.text) == fa("targets-cap-invalid")
    too_small = await bot_env.say(str(min(counts) - 1))
    assert plain(too_small.text) == fa("targets-cap-too-small", smallest=min(counts))

    cap = counts[0] + counts[2]  # Vanak MCI + Tajrish MCI fit; Vanak Irancell would not
    assert counts[1] > counts[2]
    capped = await bot_env.say(bot_env.app.services.i18n.for_locale("fa").digits(str(cap)))
    expected = fa("targets-cap-applied", cap=cap, count=cap, requests=2, total=4)
    assert expected in plain(capped.text)
    await bot_env.tap(exact(capped, "۳۰۰۰۵۰۵ (پیش‌فرض)"), message=capped)
    preview = await bot_env.say("فقط بخشی از شماره‌ها")
    assert f"تعداد تقریبی گیرندگان: {persian(bot_env, cap)}" in plain(preview.text)
    await send_until(bot_env, preview, fa("sendjob-summary-sent", count=cap, batches=2))
    sent = bot_env.panel_received("postalcodesend")
    assert [(r.fields["postalcode"], r.fields["type"]) for r in sent] == [
        ("19948", "tci"),
        ("19781", "tci"),
    ]


async def test_two_jobs_each_with_its_trends_in_one_send(bot_env):
    await bot_env.login()
    shown = await bot_env.say("/jobs")
    trends = await bot_env.tap("مهندسان", message=shown)
    trends = await bot_env.tap("برق", message=trends)
    trends = await bot_env.tap("نرم‌افزار", message=trends)
    counted = await bot_env.tap("تمام", message=trends)
    jobs = await bot_env.tap(fa("targets-button-add-job"), message=counted)
    assert fa("targets-jobs-chosen", jobs="مهندسان") in plain(jobs.text)
    trends = await bot_env.tap("پزشکان", message=jobs)
    trends = await bot_env.tap("متخصص قلب", message=trends)
    counted = await bot_env.tap("تمام", message=trends)

    engineers = trends_count(bot_env.fake.state, [302, 305])
    doctors = trends_count(bot_env.fake.state, [103])
    text = plain(counted.text)
    assert "مهندسان: برق، نرم‌افزار؛ پزشکان: متخصص قلب" in text
    assert f"تعداد شماره‌ها: {persian(bot_env, engineers + doctors)}" in text
    assert f"• مهندسان: {persian(bot_env, engineers)}" in text
    assert [json.loads(r.fields["trendid"]) for r in bot_env.panel_received("jobscount")] == [
        [302, 305],
        [103],
    ]

    await bot_env.tap(exact(counted, "+۹۸۱۰۰۰۲۰۴۰۰"), message=counted)
    preview = await bot_env.say("همایش سلامت و فناوری")
    assert f"تعداد تقریبی گیرندگان: {persian(bot_env, engineers + doctors)}" in plain(preview.text)
    summary = fa("sendjob-summary-sent", count=engineers + doctors, batches=2)
    await send_until(bot_env, preview, summary)
    sent = bot_env.panel_received("jobssend")
    assert [(r.fields["jobsid"], json.loads(r.fields["trendid"])) for r in sent] == [
        ("3", [302, 305]),
        ("1", [103]),
    ]
    assert {r.fields["from"] for r in sent} == {"+98100020400"}


def test_a_cap_takes_the_whole_requests_closest_to_it_never_more():
    requests = [TargetRequest(count) for count in (1004, 822, 0, 624, 511)]
    assert [r.count for r in within_cap(requests, 1500)] == [822, 624]  # 1,446: the closest
    assert [r.count for r in within_cap(requests, 1515)] == [1004, 511]
    assert [r.count for r in within_cap(requests, None)] == [1004, 822, 624, 511]
    assert [r.count for r in within_cap(requests, 10_000)] == [1004, 822, 624, 511]
    assert within_cap(requests, 500) == []
    many = [TargetRequest(100 + index) for index in range(20)]
    best = within_cap(many, 1000)
    assert sum(r.count for r in best) == 1000 and best == sorted(best, key=many.index)
    assert [parse_cap(text) for text in ("۱٬۲۰۰", "1,200", "٣٠٠", "0", "صفر", "")] == [
        1200,
        1200,
        300,
        None,
        None,
        None,
    ]


def test_a_job_stored_before_several_requests_is_still_one_request():
    old = {"postal_code": "19948", "operator": "mtn", "gender": 2}
    assert request_of(old, 1) == TargetRequest(
        postal_code="19948", operator=Operator.IRANCELL, gender=Gender.FEMALE
    )
    jobs = {"requests": [{"job_id": 3, "trend_ids": [302]}, {"job_id": 1, "trend_ids": [103]}]}
    assert request_of(jobs, 2) == TargetRequest(job_id=1, trend_ids=[103])


def test_one_postal_send_takes_at_most_ten_areas_or_codes():
    areas = [PostalArea(index, f"محله {index}", f"{19000 + index}") for index in range(12)]
    selection = PostalSelection(areas=areas)
    assert all(selection.toggle_area(index) for index in range(MAX_AREAS))
    assert not selection.toggle_area(MAX_AREAS)
    assert not selection.add_code("1994812345")
    assert selection.toggle_area(0)  # unticking always works
    assert selection.add_code("1994812345")
    assert len(selection.picks) == MAX_AREAS
