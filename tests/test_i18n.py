"""Locales: complete and parallel in fa and en, panel vocabulary covered, variables formatted."""

import logging
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as ftl

from bot.i18n import (
    DEFAULT_LOCALES_DIR,
    I18n,
    LocaleError,
    MissingTranslation,
    panel_error_key,
    status_key,
)
from bot.panel import errors
from bot.panel.codes import (
    ERROR_CODES,
    BulkStatus,
    BulkValidation,
    DeliveryStatus,
    Gender,
    Operator,
    SocialNetwork,
)
from bot.panel.digits import to_persian_digits

FSI, PDI = "\u2068", "\u2069"
LOCALES = ("fa", "en")
PANEL_ENUMS = (DeliveryStatus, BulkStatus, BulkValidation, Operator, Gender, SocialNetwork)


@pytest.fixture(scope="module")
def i18n() -> I18n:
    return I18n.load(strict=True)


def write_locales(root: Path, files: dict[str, dict[str, str]]) -> Path:
    for locale, by_name in files.items():
        (root / locale).mkdir(parents=True)
        for name, text in by_name.items():
            (root / locale / name).write_text(text, encoding="utf-8")
    return root


# Completeness: guards every .ftl file, including ones added later.


@pytest.mark.parametrize("path", sorted(DEFAULT_LOCALES_DIR.glob("*/*.ftl")), ids=str)
def test_ftl_file_has_no_syntax_errors(path):
    resource = FluentParser().parse(path.read_text(encoding="utf-8"))
    junk = [item.content for item in resource.body if isinstance(item, ftl.Junk)]
    assert junk == []


def test_both_locales_are_available_persian_first(i18n):
    assert i18n.available_locales == ("fa", "en")


def test_every_key_exists_in_both_locales(i18n):
    fa, en = i18n.keys("fa"), i18n.keys("en")
    assert sorted(fa - en) == [], "missing in en"
    assert sorted(en - fa) == [], "missing in fa"


def test_every_message_uses_the_same_variables_in_both_locales(i18n):
    differing = {
        key: (i18n.message_variables("fa", key), i18n.message_variables("en", key))
        for key in i18n.keys("fa") & i18n.keys("en")
        if i18n.message_variables("fa", key) != i18n.message_variables("en", key)
    }
    assert differing == {}


def _persian_sources() -> list[tuple[str, str]]:
    """(key, source text) of every Persian message, comments excluded."""
    pairs = []
    for path in sorted((DEFAULT_LOCALES_DIR / "fa").glob("*.ftl")):
        for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ftl.Message | ftl.Term):
                texts = [e.value for e in entry.value.elements if isinstance(e, ftl.TextElement)]
                pairs.append((entry.id.name, "".join(texts)))
    return pairs


def test_persian_text_uses_persian_letters_digits_and_zwnj():
    arabic_letters = re.compile("[\u064a\u0643]")  # ي ك instead of ی ک
    detached_prefix = re.compile(r"(^|\s)ن?می ")  # "می شود" instead of "می‌شود"
    bad = [
        key
        for key, text in _persian_sources()
        if arabic_letters.search(text) or detached_prefix.search(text) or re.search("[0-9]", text)
    ]
    assert bad == []


@pytest.mark.parametrize("path", sorted(DEFAULT_LOCALES_DIR.glob("*/*.ftl")), ids=str)
def test_ftl_leaves_number_and_date_formatting_to_bot_formatting(path):
    """Fluent's NUMBER()/DATETIME() would format with Babel: Latin digits, Gregorian dates."""
    assert not re.search(r"\b(NUMBER|DATETIME)\(", path.read_text(encoding="utf-8"))


# Panel vocabulary: every code and enum member has a sentence in both locales.


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("code", sorted(ERROR_CODES))
def test_every_panel_code_has_a_sentence_showing_the_code(i18n, locale, code):
    text = i18n.t(panel_error_key(code), locale)
    shown = to_persian_digits(str(code)) if locale == "fa" else str(code)
    assert re.search(rf"(?<![\d۰-۹]){shown}(?![\d۰-۹])", text), text


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("member", [m for enum in PANEL_ENUMS for m in enum], ids=repr)
def test_every_panel_enum_member_has_a_word(i18n, locale, member):
    assert i18n.has(status_key(member), locale)
    assert i18n.for_locale(locale).vocabulary(member, raw="x")


def test_status_keys_are_deterministic_slugs():
    assert status_key(BulkStatus.NO_SUFFICIENT_CHARGE) == "bulk-status-no-sufficient-charge"
    assert status_key(BulkStatus.NO_CONTACT_WITH_OPERATOR) == (
        "bulk-status-nocontactwiththeoperator"
    )
    assert status_key(DeliveryStatus.NOTSYNC) == "delivery-status-notsync"
    assert status_key(BulkValidation.NOTCONFIRM) == "bulk-validation-notconfirm"
    assert status_key(Operator.MCI) == "operator-tci"
    assert status_key(Gender.ALL) == "gender-0"
    assert status_key(SocialNetwork.VIBER) == "network-viber"


def test_panel_errors_render_in_persian(i18n):
    assert i18n.panel_error(errors.error_for_code(5), "fa") == f"اعتبار کافی نیست (کد {FSI}۵{PDI})."
    assert i18n.panel_error(errors.error_for_code(962), "en") == (
        "Wrong panel username or password (code 962)."
    )
    unknown = i18n.panel_error(errors.error_for_code(12345), "fa")
    assert unknown == f"پنل خطای ناشناخته‌ای با کد {FSI}۱۲۳۴۵{PDI} برگرداند."
    assert f"{FSI}boom{PDI}" in i18n.panel_error(errors.error_for_text("boom"), "fa")
    assert "گزارش تحویل" in i18n.panel_error(errors.outcome_unknown("timeout"), "fa")
    assert i18n.panel_error(errors.unreachable("refused"), "fa").startswith("ارتباط با پنل")
    assert i18n.panel_error(errors.bad_response("x"), "en").startswith("The SMS panel's answer")
    assert "پیدا نشد" in i18n.panel_error(errors.bulk_not_found(), "fa")


def test_a_code_without_a_sentence_falls_back_to_the_unknown_sentence(i18n):
    class Stray:
        locale_key, locale_args = "panel-error-77", {}

    assert (
        i18n.panel_error(Stray(), "en")
        == f"The panel returned an unknown error with code {FSI}77{PDI}."
    )


def test_statuses_from_wire_values_and_unknown_ones(i18n):
    fa = i18n.for_locale("fa")
    assert i18n.delivery_status("delivered", "fa") == "رسیده به گوشی"
    assert i18n.delivery_status("weird", "fa") == f"وضعیت ناشناخته ({FSI}weird{PDI})"
    assert i18n.bulk_status("No Sufficient Charge", "en") == "Insufficient credit"
    assert i18n.bulk_status(BulkStatus.FINISH, "fa") == "پایان‌یافته"
    assert i18n.bulk_validation("notconfirm", "fa") == "در انتظار تأیید"
    assert fa.operator("mtn") == "ایرانسل"
    assert fa.gender(2) == "بانوان"
    assert fa.network(SocialNetwork.TELEGRAM) == "تلگرام"
    with pytest.raises(ValueError):
        fa.operator("rightel")


# Variables: numbers in Persian digits, isolated; plurals still work.


def test_count_is_persian_and_isolated_in_fa(i18n):
    assert f"{FSI}۳{PDI}" in i18n.t("selected-count", "fa", count=3)


def test_english_plural_selection_still_sees_the_number(i18n):
    en = i18n.for_locale("en")
    assert en.t("selected-count", count=1) == f"{FSI}1{PDI} item selected."
    assert en.t("selected-count", count=1200) == f"{FSI}1,200{PDI} items selected."


def test_amounts_are_grouped_and_ids_are_not(i18n):
    fa = i18n.for_locale("fa")
    assert fa.t("amount-rials", amount=1234567) == f"{FSI}۱٬۲۳۴٬۵۶۷{PDI} ریال"
    assert f"{FSI}۱۲۳۴۵۶۷۸۹{PDI}" in fa.t("not-staff", user_id=123456789)
    assert f"{FSI}12345.6{PDI}" not in fa.t("amount-rials", amount=12345.6)
    assert f"{FSI}۱۲٬۳۴۵٫۶{PDI}" in fa.t("amount-rials", amount=12345.6)


def test_datetime_variables_are_jalali_in_persian_gregorian_in_english(tmp_path):
    root = write_locales(
        tmp_path,
        {
            "fa": {"a.ftl": "sent-at = ارسال در { $when }\n"},
            "en": {"a.ftl": "sent-at = at { $when }\n"},
        },
    )
    i18n = I18n.load(root, strict=True)
    instant = datetime(2026, 11, 25, 10, 30, tzinfo=UTC)
    assert i18n.t("sent-at", "fa", when=instant) == f"ارسال در {FSI}۱۴۰۵/۰۹/۰۴ ۱۴:۰۰{PDI}"
    assert i18n.t("sent-at", "en", when=instant) == f"at {FSI}2026-11-25 14:00{PDI}"


def test_today_and_yesterday_follow_the_tehran_calendar(i18n):
    now = datetime(2026, 11, 25, 10, 30, tzinfo=UTC)  # 14:00 in Tehran
    fa = i18n.for_locale("fa")
    assert fa.when(datetime(2026, 11, 25, 5, 0, tzinfo=UTC), now) == f"امروز {FSI}۰۸:۳۰{PDI}"
    assert fa.when(datetime(2026, 11, 24, 21, 0, tzinfo=UTC), now) == f"امروز {FSI}۰۰:۳۰{PDI}"
    assert fa.when(datetime(2026, 11, 24, 20, 0, tzinfo=UTC), now) == f"دیروز {FSI}۲۳:۳۰{PDI}"
    assert i18n.for_locale("en").when(datetime(2026, 11, 20, 5, 0, tzinfo=UTC), now) == (
        "2026-11-20 08:30"
    )


def test_locale_negotiation(i18n):
    assert i18n.for_locale("en-US").locale == "en"
    assert i18n.for_locale(None).locale == "fa"
    assert i18n.for_locale("de").locale == "fa"


# Missing keys and broken files.


def test_strict_mode_raises_on_a_missing_key_or_variable(i18n):
    with pytest.raises(MissingTranslation):
        i18n.t("no-such-key", "fa")
    with pytest.raises(MissingTranslation):
        i18n.t("amount-rials", "fa")


def test_lenient_mode_returns_the_key_and_logs_it_without_values(caplog):
    i18n = I18n.load(strict=False)
    with caplog.at_level(logging.WARNING, logger="bot.i18n"):
        assert i18n.t("no-such-key", "fa", password="s3cret") == "no-such-key"
        text = i18n.t("not-staff", "en", wrong="s3cret")
    assert "If you work here" in text
    assert "no-such-key" in caplog.text and "not-staff" in caplog.text
    assert "s3cret" not in caplog.text


def test_unsupported_variable_types_raise_in_strict_and_degrade_in_lenient(i18n):
    with pytest.raises(MissingTranslation):
        i18n.t("amount-rials", "en", amount=None)
    assert I18n.load().t("amount-rials", "en", amount=None) == "amount rials"
    assert I18n.load().t("amount-rials", "fa", amount=None) == f"{FSI}amount{PDI} ریال"


def test_lenient_mode_falls_back_to_the_default_locale(tmp_path):
    root = write_locales(tmp_path, {"fa": {"a.ftl": "only-fa = فقط فارسی\n"}, "en": {"a.ftl": ""}})
    assert I18n.load(root).t("only-fa", "en") == "فقط فارسی"


def test_every_ftl_file_of_a_locale_is_loaded(tmp_path):
    files = {"a.ftl": "first = یک\n", "later-feature.ftl": "second = دو\n"}
    i18n = I18n.load(write_locales(tmp_path, {"fa": files}), strict=True)
    assert i18n.t("second") == "دو"
    assert i18n.keys("fa") == {"first", "second"}


def test_syntax_errors_and_duplicate_keys_refuse_to_load(tmp_path):
    broken = write_locales(tmp_path / "broken", {"fa": {"a.ftl": "good = خوب\nbad line\n"}})
    with pytest.raises(LocaleError, match="syntax error"):
        I18n.load(broken)
    twice = write_locales(tmp_path / "twice", {"fa": {"a.ftl": "x = ۱\n", "b.ftl": "x = ۲\n"}})
    with pytest.raises(LocaleError, match="already defined"):
        I18n.load(twice)


def test_message_variables_are_read_from_the_ftl(i18n):
    assert i18n.message_variables("en", "selected-count") == {"count"}
    assert i18n.message_variables("fa", "panel-error-unknown") == {"code"}
    assert i18n.message_variables("fa", "button-send") == set()
