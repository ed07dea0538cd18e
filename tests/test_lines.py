"""One sender-line model: every spelling one key; a typed line checked before any send."""

import pytest

from bot.panel.lines import LineRefusal, check_line, has_line_shape, line_key, unique_lines

SPELLINGS = [
    "3000505",
    "+983000505",
    "983000505",
    "00983000505",
    "03000505",
    "۳۰۰۰۵۰۵",
    "+۹۸ ۳۰۰۰ ۵۰۵",
    "٣٠٠٠٥٠٥",
]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_every_spelling_of_a_line_has_one_key(spelling):
    assert line_key(spelling) == "3000505"


def test_unique_lines_keeps_the_first_spelling_of_each_line():
    assert unique_lines([*SPELLINGS, "+98100020400", "100020400"]) == ["3000505", "+98100020400"]


@pytest.mark.parametrize(
    ("typed", "known", "line", "refusal"),
    [
        ("۳۰۰۰۵۰۵", ["+983000505"], "+983000505", None),  # the panel's spelling is sent
        ("0098-3000-505", ["+983000505"], "+983000505", None),
        ("09121234567", ["+983000505"], None, LineRefusal.NOT_YOURS),
        ("1994812345", ["+983000505"], None, LineRefusal.NOT_YOURS),
        ("سلام", ["+983000505"], None, LineRefusal.NOT_A_NUMBER),
        ("50002100", None, "50002100", None),
        ("+983000505", None, "+983000505", None),
        ("2188881234", None, "2188881234", None),  # a dedicated landline of Tehran
        ("09121234567", None, None, LineRefusal.NO_SHAPE),  # a mobile
        ("1994812345", None, None, LineRefusal.NO_SHAPE),
        ("999999", None, None, LineRefusal.NO_SHAPE),
    ],
)
def test_a_typed_line_is_checked(typed, known, line, refusal):
    checked = check_line(typed, known)
    assert (checked.line, checked.refusal) == (line, refusal)


def test_shapes():
    assert has_line_shape("10004346") and has_line_shape("+9890001234")
    assert not has_line_shape("+989121234567") and not has_line_shape("1234")
