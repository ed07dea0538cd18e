"""/postal: a staff member targets a Tehran area (or a typed postal code) by operator and gender."""

from __future__ import annotations

import pytest

from bot.botapi_stub.records import BotMessage
from bot.formatting import strip_isolates
from bot.panel import Gender, Operator
from bot.panel.fake.targets import postal_count
from bot.services.targets import PostalCodeError, filter_by_title, parse_postal_code
from tests.send_helpers import job_summary
from tests.texts import fa, fa_head


def plain(text: str | None) -> str:
    return strip_isolates(text or "")


def labels(message: BotMessage) -> list[str]:
    return [plain(text) for text in message.button_texts]


def exact(message: BotMessage, shown: str) -> str:
    """The exact text (with bidi isolates) of the button that reads `shown`."""
    for text in message.button_texts:
        if plain(text) == shown:
            return text
    raise LookupError(f"no button {shown!r} in {labels(message)}")


def fake_count(bot_env, code: str, operator: Operator, gender: Gender) -> int:
    return postal_count(
        bot_env.fake.state, type=operator.value, gender=str(gender.value), postalcode=code
    )


def persian(bot_env, number: int) -> str:
    """`number` as the bot writes it in Persian (digits and grouping)."""
    return plain(bot_env.app.services.i18n.for_locale("fa").number(number))


async def open_postal(bot_env) -> BotMessage:
    await bot_env.login()
    return await bot_env.say("/postal")


async def areas_done(bot_env, shown: BotMessage, *areas: str) -> BotMessage:
    """Tick `areas` on the list `shown` and tap Done: the operator step."""
    for area in areas:
        shown = await bot_env.tap(exact(shown, area), message=shown)
    return await bot_env.tap(fa("button-done"), message=shown)


async def default_line(bot_env, counted: BotMessage) -> BotMessage:
    """Tap the default line on the count screen: the message step."""
    return await bot_env.tap(exact(counted, "۳۰۰۰۵۰۵ (پیش‌فرض)"), message=counted)


async def tap_send(bot_env, preview: BotMessage) -> BotMessage:
    await bot_env.tap("ارسال", message=preview)
    return await job_summary(bot_env)


# --- parsing -------------------------------------------------------------------------------


def test_postal_codes_in_any_digits_and_separators():
    assert parse_postal_code("۱۹۹۴۸۱۲۳۴۵") == "1994812345"
    assert parse_postal_code("19948-12345") == "1994812345"
    assert parse_postal_code("ونک") is None
    with pytest.raises(PostalCodeError) as refused:
        parse_postal_code("۱۹۹۴۸۱۲۳۴")
    assert refused.value.digits == 9


def test_filter_ignores_zwnj_spacing_and_arabic_letters():
    from bot.panel import PostalArea

    areas = [PostalArea(1, "سعادت‌آباد", "19981"), PostalArea(2, "میدان ولیعصر", "15946")]
    assert filter_by_title(areas, "سعادت آباد") == areas[:1]
    assert filter_by_title(areas, "ولي") == areas[1:]


# --- the conversation ----------------------------------------------------------------------


async def test_areas_are_paged_in_place(bot_env):
    shown = await open_postal(bot_env)
    assert plain(shown.text).startswith(fa("postal-choose-area"))
    assert fa("selected-count", count=0) in plain(shown.text)
    assert "ونک (۱۹۹۴۸)" in labels(shown)
    assert "صفحهٔ ۱ از ۴" in labels(shown)
    second = await bot_env.tap(fa("button-next"), message=shown)
    assert second.message_id == shown.message_id
    assert "ونک (۱۹۹۴۸)" not in labels(second)
    assert "نیاوران (۱۹۷۷۸)" in labels(second)
    first = await bot_env.tap(fa("button-previous"), message=second)
    assert "ونک (۱۹۹۴۸)" in labels(first)


async def test_area_operator_gender_count_message_send(bot_env):
    operator = await areas_done(bot_env, await open_postal(bot_env), "ونک (۱۹۹۴۸)")
    assert "ونک" in operator.text
    assert labels(operator)[:3] == ["همراه اول", "ایرانسل", fa("targets-button-both-operators")]
    gender = await bot_env.tap("ایرانسل", message=operator)
    assert labels(gender)[:3] == ["همه (آقایان و بانوان)", "آقایان", "بانوان"]
    counted = await bot_env.tap("بانوان", message=gender)
    expected = fake_count(bot_env, "19948", Operator.IRANCELL, Gender.FEMALE)
    assert expected > 0
    shown_count = persian(bot_env, expected)
    assert f"تعداد شماره‌ها: {shown_count}" in plain(counted.text)
    (asked,) = bot_env.panel_received("postalcodecount")
    assert asked.fields == {**asked.fields, "type": "mtn", "gender": "2", "postalcode": "19948"}

    await default_line(bot_env, counted)
    preview = await bot_env.say("تخفیف ویژهٔ شعبهٔ ونک")
    text = plain(preview.text)
    assert "ایرانسل" in text and "بانوان" in text
    assert f"تعداد تقریبی گیرندگان: {shown_count}" in text
    assert fa_head("send-preview-total-parts") in text and fa_head("send-preview-credit") in text

    result = await tap_send(bot_env, preview)
    assert "✅" in result.text
    (request,) = bot_env.panel_received("postalcodesend")
    assert request.fields["type"] == "mtn"
    assert request.fields["gender"] == "2"
    assert request.fields["postalcode"] == "19948"
    assert request.fields["from"] == "3000505"
    assert request.fields["message"] == "تخفیف ویژهٔ شعبهٔ ونک"


async def test_a_nine_digit_code_is_refused_and_a_ten_digit_one_typed_directly(bot_env):
    await open_postal(bot_env)
    refused = await bot_env.say("۱۹۹۴۸۱۲۳۴")
    assert "ده رقم" in refused.text and "۹" in plain(refused.text)
    ticked = await bot_env.say("۱۹۹۴۸۱۲۳۴۵")
    assert "کد پستی ۱۹۹۴۸۱۲۳۴۵" in plain(ticked.text)
    assert fa("selected-count", count=1) in plain(ticked.text)
    operator = await bot_env.tap(fa("button-done"), message=ticked)
    assert "کد پستی ۱۹۹۴۸۱۲۳۴۵" in plain(operator.text)
    gender = await bot_env.tap("همراه اول", message=operator)
    counted = await bot_env.tap("همه (آقایان و بانوان)", message=gender)
    expected = fake_count(bot_env, "1994812345", Operator.MCI, Gender.ALL)
    assert f"تعداد شماره‌ها: {persian(bot_env, expected)}" in plain(counted.text)
    await default_line(bot_env, counted)
    preview = await bot_env.say("سلام همسایه")
    await tap_send(bot_env, preview)
    (request,) = bot_env.panel_received("postalcodesend")
    assert (request.fields["postalcode"], request.fields["type"], request.fields["gender"]) == (
        "1994812345",
        "tci",
        "0",
    )


async def test_typing_part_of_a_name_filters_the_areas(bot_env):
    await open_postal(bot_env)
    filtered = await bot_env.say("آباد")
    assert sorted(labels(filtered)[:5]) == sorted(
        [
            "سعادت‌آباد (۱۹۹۸۱)",
            "یوسف‌آباد (۱۴۳۱۸)",
            "امیرآباد (۱۴۳۹۶)",
            "جنت‌آباد (۱۴۷۶۳)",
            "نازی‌آباد (۱۸۶۸۱)",
        ]
    )
    assert fa("postal-filtered", query="آباد", count=5) in plain(filtered.text)
    nothing = await bot_env.say("کرج")
    assert "پیدا نشد" in nothing.text
    everything = await bot_env.tap(fa("postal-show-all"), message=filtered)
    assert "ونک (۱۹۹۴۸)" in labels(everything)
    ticked = await bot_env.tap(exact(filtered, "امیرآباد (۱۴۳۹۶)"), message=filtered)
    assert "✓ امیرآباد (۱۴۳۹۶)" in labels(ticked)
    operator = await bot_env.tap(fa("button-done"), message=ticked)
    assert "امیرآباد" in operator.text


async def test_back_steps_to_every_choice(bot_env):
    operator = await areas_done(bot_env, await open_postal(bot_env), "ونک (۱۹۹۴۸)")
    gender = await bot_env.tap("همراه اول", message=operator)
    counted = await bot_env.tap("آقایان", message=gender)
    ask = await default_line(bot_env, counted)
    back_to_lines = await bot_env.tap("بازگشت", message=ask)
    assert "۳۰۰۰۵۰۵ (پیش‌فرض)" in labels(back_to_lines)
    back_to_gender = await bot_env.tap("بازگشت", message=back_to_lines)
    assert "آقایان" in labels(back_to_gender)
    back_to_operator = await bot_env.tap("بازگشت", message=back_to_gender)
    assert "ایرانسل" in labels(back_to_operator)
    back_to_areas = await bot_env.tap("بازگشت", message=back_to_operator)
    assert "✓ ونک (۱۹۹۴۸)" in labels(back_to_areas)
    shown = await bot_env.tap(exact(back_to_areas, "✓ ونک (۱۹۹۴۸)"), message=back_to_areas)
    operator = await areas_done(bot_env, shown, "تجریش (۱۹۷۸۱)")
    assert "ونک" not in operator.text
    gender = await bot_env.tap("ایرانسل", message=operator)
    counted = await bot_env.tap("همه (آقایان و بانوان)", message=gender)
    assert "تجریش" in counted.text and "ایرانسل" in counted.text
    await default_line(bot_env, counted)
    preview = await bot_env.say("Hello")
    await tap_send(bot_env, preview)
    (request,) = bot_env.panel_received("postalcodesend")
    assert (request.fields["postalcode"], request.fields["type"], request.fields["gender"]) == (
        "19781",
        "mtn",
        "0",
    )
    assert [r.fields["postalcode"] for r in bot_env.panel_received("postalcodecount")] == [
        "19948",
        "19781",
    ]


async def test_stray_input_gets_a_hint(bot_env):
    shown = await open_postal(bot_env)
    await bot_env.stub.send_sticker(bot_env.admin)
    hint = await bot_env.stub.wait_for_message(bot_env.admin.user_id)
    assert "کد پستی" in hint.text
    operator = await areas_done(bot_env, shown, "ونک (۱۹۹۴۸)")
    typed = await bot_env.say("همراه")
    assert "دکمه" in typed.text
    cancelled = await bot_env.tap("لغو", message=operator)
    assert cancelled.text == fa("cancelled")
    assert bot_env.panel_received("postalcodesend") == []
