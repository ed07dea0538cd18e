"""bot.services.recipient_gathering: telling numbers from a text, merging, removing, paging."""

from __future__ import annotations

import pytest

from bot.panel.numbers import parse_recipients
from bot.services.recipient_gathering import (
    looks_like_numbers,
    looks_like_text,
    merge,
    page_of,
    remove,
)
from storage.number_list import NumberList

NUMBERS = [
    "09121234567",
    "۰۹۱۲۱۲۳۴۵۶۷\n۰۹۳۵۱۱۱۲۲۳۳",
    "0912 123 4567, 0935 111 2233",
    "علی رضایی: 09123216547\nسارا: 09351112233",
    "09121234567\n09121234567\n0912123",
    "+98 912 123 4567",
]
TEXTS = [
    "سلام دوستان",
    "برای اطلاعات بیشتر با 09121234567 تماس بگیرید",
    "تخفیف ۲۰٪ تا جمعه\nتماس: 02188881234\nمنتظر شما هستیم",
    "جلسه فردا ساعت ۱۰",
    "secret offer 4711",
    "کد تخفیف 12345 تا جمعه",
    "کد 1234567 را در سایت وارد کنید",
    "Hello\nour new shop opens on Friday\ncall 09121234567",
]


@pytest.mark.parametrize("text", NUMBERS)
def test_numbers_look_like_numbers(text):
    assert looks_like_numbers(text)
    assert not looks_like_text(text)


@pytest.mark.parametrize("text", TEXTS)
def test_texts_look_like_texts(text):
    assert not looks_like_numbers(text)
    assert looks_like_text(text)


@pytest.mark.parametrize("typo", ["0912123", "0912", "۰۹۱۲-۱۲۳", "علی: 0912123"])
def test_a_typo_is_not_a_text_nor_valid_numbers(typo):
    assert not looks_like_text(typo)
    assert not looks_like_numbers(typo)


async def test_merge_keeps_order_counts_repeats_and_respects_the_cap():
    existing = NumberList(["09121111111", "09122222222"])
    parsed = parse_recipients("09122222222\n09123333333\n09123333333\n09124444444")
    merged = await merge(existing, parsed)
    assert list(merged.numbers) == ["09121111111", "09122222222", "09123333333", "09124444444"]
    assert (merged.added, merged.duplicates, merged.over_cap) == (2, 2, 0)
    capped = await merge(existing, parsed, cap=3)
    assert list(capped.numbers) == ["09121111111", "09122222222", "09123333333"]
    assert (capped.added, capped.over_cap) == (1, 1)


async def test_a_large_merge_and_removal_give_the_same_result_off_the_loop():
    existing = NumberList([f"0912{index:07d}" for index in range(30_000)])
    parsed = parse_recipients("\n".join(f"0912{index:07d}" for index in range(29_990, 30_010)))
    merged = await merge(existing, parsed)
    assert len(merged.numbers) == 30_010 and merged.added == 10 and merged.duplicates == 10
    removed = await remove(merged.numbers, parse_recipients("+989120000000\n09359999999"))
    assert (removed.removed, removed.absent) == (1, 1)
    assert removed.numbers[0] == "09120000001" and len(removed.numbers) == 30_009


def test_pages_are_clamped():
    numbers = NumberList([f"0912{index:07d}" for index in range(120)])
    first = page_of(numbers, 0, per_page=50)
    assert (first.page, first.pages, first.first, len(first.numbers)) == (0, 3, 1, 50)
    last = page_of(numbers, 99, per_page=50)
    assert (last.page, last.first, last.numbers[-1]) == (2, 101, "09120000119")
    assert page_of(NumberList(), 0).pages == 1
