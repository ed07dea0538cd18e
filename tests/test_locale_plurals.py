"""Counts agree: «۰ / ۱ / ۲ / ۱۰۰۰» recipients in the recipient summary and the send result,
one vs many in Persian and English, and a line whose count is zero left out."""

import pytest

from bot.formatting import strip_isolates
from bot.i18n import I18n

COUNTS = {0: ("۰", "0"), 1: ("۱", "1"), 2: ("۲", "2"), 1000: ("۱٬۰۰۰", "1,000")}


@pytest.fixture(scope="module")
def i18n() -> I18n:
    return I18n.load(strict=True)


def shown(i18n: I18n, key: str, locale: str, **variables) -> str:
    return strip_isolates(i18n.t(key, locale, **variables))


@pytest.mark.parametrize("count", COUNTS)
def test_recipient_summary_leaves_out_zero_lines(i18n, count):
    fa_digits, en_digits = COUNTS[count]
    fa = shown(i18n, "send-recipients-summary", "fa", valid=count, duplicates=count, rejected=count)
    en = shown(i18n, "send-recipients-summary", "en", valid=count, duplicates=count, rejected=count)
    assert fa.split("\n")[0] == f"{fa_digits} شمارهٔ معتبر دریافت شد."
    noun = "number" if count == 1 else "numbers"
    assert en.split("\n")[0] == f"{en_digits} valid {noun} received."
    lines = 1 if count == 0 else 3
    assert len(fa.split("\n")) == len(en.split("\n")) == lines
    if count:
        assert fa.split("\n")[1:] == [
            f"شماره‌های تکراری حذف‌شده: {fa_digits}",
            f"شماره‌های نامعتبر: {fa_digits}",
        ]


def test_recipient_summary_shows_only_the_nonzero_lines(i18n):
    text = shown(i18n, "send-recipients-summary", "fa", valid=2, duplicates=0, rejected=1)
    assert text == "۲ شمارهٔ معتبر دریافت شد.\nشماره‌های نامعتبر: ۱"


@pytest.mark.parametrize("count", [1, 2, 1000])
def test_unsent_recipients_take_a_verb_that_agrees(i18n, count):
    fa_digits, en_digits = COUNTS[count]
    fa = shown(i18n, "send-result-unsent", "fa", count=count)
    en = shown(i18n, "send-result-unsent", "en", count=count)
    if count == 1:
        assert fa.startswith("۱ گیرنده هنوز پیامی نگرفته است؛")
        assert en.startswith("1 recipient has not received anything yet")
    else:
        assert fa.startswith(f"{fa_digits} گیرنده هنوز پیامی نگرفته‌اند؛")
        assert en.startswith(f"{en_digits} recipients have not received anything yet")


@pytest.mark.parametrize("count", [1, 2, 1000])
def test_send_result_counts_recipients(i18n, count):
    fa_digits, en_digits = COUNTS[count]
    assert shown(i18n, "send-result-sent", "fa", count=count) == (
        f"✅ ارسال به {fa_digits} گیرنده انجام شد."
    )
    noun = "recipient" if count == 1 else "recipients"
    assert shown(i18n, "send-result-sent", "en", count=count) == f"✅ Sent to {en_digits} {noun}."
    batch = shown(i18n, "send-result-batch", "en", index=2, count=count, bulk_id=10929800)
    assert batch == f"Batch 2: {en_digits} {noun}, send id 10929800"
    batch_fa = shown(i18n, "send-result-batch", "fa", index=2, count=count, bulk_id=10929800)
    assert batch_fa == f"دستهٔ ۲: {fa_digits} گیرنده، شناسهٔ ارسال ۱۰۹۲۹۸۰۰"


def test_interrupted_send_lists_only_the_batches_it_has(i18n):
    text = shown(
        i18n,
        "recovery-interrupted-send",
        "fa",
        total=3,
        confirmed=1,
        bulk_ids="10929800",
        unknown=0,
        failed=0,
        not_started=2,
    )
    assert "نامعلوم" not in text and "خطا" not in text
    assert "• ۱ دسته فرستاده و تأیید شد (شناسهٔ ارسال: ۱۰۹۲۹۸۰۰)" in text
    assert "• ۲ دسته اصلاً فرستاده نشد" in text
