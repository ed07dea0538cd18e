"""SMS length as the panel counts it: encoding, characters, parts."""

import pytest

from bot.panel.sms import MAX_PARTS, Encoding, MessageInfo, is_too_long, message_parts


@pytest.mark.parametrize(
    ("length", "parts", "per_part"),
    [(1, 1, 160), (160, 1, 160), (161, 2, 153), (306, 2, 153), (307, 3, 153)],
)
def test_gsm7_boundaries(length, parts, per_part):
    assert message_parts("a" * length) == MessageInfo(length, Encoding.GSM7, parts, per_part)


@pytest.mark.parametrize(
    ("length", "parts", "per_part"),
    [(1, 1, 70), (70, 1, 70), (71, 2, 67), (134, 2, 67), (135, 3, 67)],
)
def test_persian_is_ucs2_with_its_boundaries(length, parts, per_part):
    assert message_parts("س" * length) == MessageInfo(length, Encoding.UCS2, parts, per_part)


def test_extension_characters_count_two():
    info = message_parts("{}[]~^|€\\")
    assert (info.encoding, info.characters) == (Encoding.GSM7, 18)


def test_extension_characters_can_push_to_a_second_part():
    assert message_parts("a" * 159 + "€").parts == 2
    assert message_parts("a" * 158 + "€").parts == 1


def test_one_persian_letter_or_digit_makes_the_whole_message_ucs2():
    assert message_parts("Hello " * 20 + "ی").encoding is Encoding.UCS2
    assert message_parts("Code ۱۲۳").encoding is Encoding.UCS2


def test_gsm7_accented_letters_and_newlines_stay_gsm7():
    info = message_parts("Café à Öl\nÑ")
    assert (info.encoding, info.characters) == (Encoding.GSM7, 11)


def test_emoji_counts_two_utf16_units():
    assert message_parts("😀").characters == 2
    assert message_parts("😀" * 35) == MessageInfo(70, Encoding.UCS2, 1, 70)
    assert message_parts("😀" * 35 + "a").parts == 2


def test_empty_text_has_no_parts():
    info = message_parts("")
    assert (info.characters, info.parts, info.remaining) == (0, 0, 0)


def test_remaining_characters_in_last_part():
    assert message_parts("a" * 150).remaining == 10
    assert message_parts("س" * 71).remaining == 63


def test_too_long_above_max_parts():
    assert not is_too_long("a" * 153 * MAX_PARTS)
    assert is_too_long("a" * (153 * MAX_PARTS + 1))
    assert is_too_long("س" * (67 * MAX_PARTS + 1))
