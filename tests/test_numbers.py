"""Recipient parsing: what a user pastes, and what the bot will send to or reject."""

import pytest

from bot.panel.numbers import (
    ParsedRecipients,
    Rejected,
    RejectReason,
    chunk,
    normalize_mobile,
    parse_recipient_tokens,
    parse_recipients,
    to_international,
)

R = RejectReason
A = "09121234567"
B = "09351234567"
C = "09901112233"

# (pasted text, valid numbers, duplicates, rejected (token, reason) pairs)
CASES = [
    ("", [], 0, []),
    ("   \n\n ,, ;; ", [], 0, []),
    ("09121234567", [A], 0, []),
    ("9121234567", [A], 0, []),
    ("989121234567", [A], 0, []),
    ("+989121234567", [A], 0, []),
    ("00989121234567", [A], 0, []),
    ("+98 0912 123 4567", [A], 0, []),
    ("۰۹۱۲۱۲۳۴۵۶۷", [A], 0, []),
    ("٠٩١٢١٢٣٤٥٦٧", [A], 0, []),
    ("+۹۸۹۱۲۱۲۳۴۵۶۷", [A], 0, []),
    ("۰۹۱۲-۱۲۳-۴۵۶۷", [A], 0, []),
    ("0912-123-4567", [A], 0, []),
    ("0912.123.4567", [A], 0, []),
    ("(0912) 123 4567", [A], 0, []),
    ("+98 (912) 123-45-67", [A], 0, []),
    ("0912 123 4567", [A], 0, []),
    ("0912 1234567", [A], 0, []),
    ("912 123 4567", [A], 0, []),
    ("+98 912 123 4567", [A], 0, []),
    ("0912 123 4567 0935 123 4567", [A, B], 0, []),
    ("09121234567 09351234567", [A, B], 0, []),
    ("09121234567\t09351234567\t09901112233", [A, B, C], 0, []),
    ("09121234567,09351234567;09901112233", [A, B, C], 0, []),
    ("09121234567، 09351234567؛ 09901112233", [A, B, C], 0, []),
    ("09121234567\r\n09351234567\r\n", [A, B], 0, []),
    ("\u200f09121234567\u200f\n\u200e+989351234567\u200e", [A, B], 0, []),
    ("09121234567\u00a009351234567", [A, B], 0, []),
    ("\ufeff0912\u200c1234567", [A], 0, []),
    ("09121234567\n9121234567\n+989121234567\n۰۹۱۲۱۲۳۴۵۶۷", [A], 3, []),
    ("09351234567, 09121234567, 09351234567", [B, A], 1, []),
    ("9121234567.0", [A], 0, []),
    ('"09121234567"', [A], 0, []),
    ("02188881234", [], 0, [("02188881234", R.NOT_MOBILE)]),
    ("021-8888-1234", [], 0, [("021-8888-1234", R.NOT_MOBILE)]),
    ("021 8888 1234", [], 0, [("021 8888 1234", R.NOT_MOBILE)]),
    ("+982188881234", [], 0, [("+982188881234", R.NOT_MOBILE)]),
    ("+14155552671", [], 0, [("+14155552671", R.FOREIGN)]),
    ("+1 415 555 2671", [], 0, [("+1 415 555 2671", R.FOREIGN)]),
    ("+44 20 7946 0958", [], 0, [("+44 20 7946 0958", R.FOREIGN)]),
    ("00971501234567", [], 0, [("00971501234567", R.FOREIGN)]),
    ("+0912 123 4567", [], 0, [("+0912 123 4567", R.BAD_PREFIX)]),
    ("+89 912 123 4567", [], 0, [("+89 912 123 4567", R.BAD_PREFIX)]),
    ("0912123456", [], 0, [("0912123456", R.TOO_SHORT)]),
    ("091212345678", [], 0, [("091212345678", R.TOO_LONG)]),
    ("912123456", [], 0, [("912123456", R.TOO_SHORT)]),
    ("+98912123456", [], 0, [("+98912123456", R.TOO_SHORT)]),
    ("3000505", [], 0, [("3000505", R.TOO_SHORT)]),
    ("0912abc4567", [], 0, [("0912abc4567", R.INVALID_CHARS)]),
    ("0912*123*4567", [], 0, [("0912*123*4567", R.INVALID_CHARS)]),
    ("سلام", [], 0, [("سلام", R.NOT_A_NUMBER)]),
    ("hello, world", [], 0, [("hello", R.NOT_A_NUMBER), ("world", R.NOT_A_NUMBER)]),
    ("-", [], 0, [("-", R.NOT_A_NUMBER)]),
    (
        "علی ۰۹۱۲۱۲۳۴۵۶۷\nرضا 0935 123 4567",
        [A, B],
        0,
        [],  # names beside numbers are ignored
    ),
    ("علی رضایی: 09123216547", ["09123216547"], 0, []),
    ("09123216547 - علی", ["09123216547"], 0, []),
    ("علی:09123216547, سارا", ["09123216547"], 0, [("سارا", R.NOT_A_NUMBER)]),
    ("علی ۰۹۱۲۱۲۳", [], 0, [("علی", R.NOT_A_NUMBER), ("۰۹۱۲۱۲۳", R.TOO_SHORT)]),
    ("۰۹۱۲ ۱۲۳, ۰۲۱-۸۸۸۸۱۲۳۴", [], 0, [("۰۹۱۲ ۱۲۳", R.TOO_SHORT), ("۰۲۱-۸۸۸۸۱۲۳۴", R.NOT_MOBILE)]),
    ("12 0912 123 4567", [A], 0, [("12", R.TOO_SHORT)]),
    ("0912 123 456", [], 0, [("0912 123 456", R.TOO_SHORT)]),
    ("+1 912 123 4567", [], 0, [("+1 912 123 4567", R.FOREIGN)]),
    ("+98 21 8888 1234", [], 0, [("+98 21 8888 1234", R.NOT_MOBILE)]),
    (
        "+1 415 555 2671 0912 123 4567",
        [A],
        0,
        [("+1 415 555 2671", R.FOREIGN)],
    ),
    (
        "09121234567\n02188881234\n+447911123456\nabc\n09121234567\n0912",
        [A],
        1,
        [
            ("02188881234", R.NOT_MOBILE),
            ("+447911123456", R.FOREIGN),
            ("abc", R.NOT_A_NUMBER),
            ("0912", R.TOO_SHORT),
        ],
    ),
]


@pytest.mark.parametrize(("text", "valid", "duplicates", "rejected"), CASES)
def test_pasted_text(text, valid, duplicates, rejected):
    result = parse_recipients(text)
    assert result.valid == valid
    assert result.duplicates == duplicates
    assert [(item.token, item.reason) for item in result.rejected] == rejected


def test_the_table_is_large_and_covers_every_reason():
    assert len(CASES) >= 40
    seen = {reason for *_, rejected in CASES for _, reason in rejected}
    assert seen == set(RejectReason)


def test_tokens_from_cells_are_parsed_like_text():
    result = parse_recipient_tokens(["09121234567", " 0935 123 4567 ", "9121234567", "x", ""])
    assert result == ParsedRecipients(
        valid=[A, B], duplicates=1, rejected=[Rejected("x", R.NOT_A_NUMBER)]
    )


def test_a_cell_may_hold_several_numbers():
    assert parse_recipient_tokens(["09121234567, 09351234567"]).valid == [A, B]


def test_reason_counts_summarise_rejections():
    result = parse_recipients("abc\nxyz\n0912\n+4420")
    assert result.reason_counts() == {R.NOT_A_NUMBER: 2, R.TOO_SHORT: 1, R.FOREIGN: 1}


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("+98 912 123 4567", A),
        ("۰۹۱۲-۱۲۳-۴۵۶۷", A),
        ("+989121234567", A),
        ("02188881234", None),
        ("+14155552671", None),
        ("", None),
    ],
)
def test_normalize_mobile(token, expected):
    assert normalize_mobile(token) == expected


def test_to_international():
    assert to_international("0912 123 4567") == "+989121234567"
    assert to_international("+989351234567") == "+989351234567"
    with pytest.raises(ValueError):
        to_international("02188881234")


def test_chunk_batches_keep_order_and_size():
    numbers = [f"0912000000{i}" for i in range(7)]
    assert list(chunk(numbers, 3)) == [numbers[0:3], numbers[3:6], numbers[6:7]]
    assert list(chunk([], 3)) == []
    with pytest.raises(ValueError):
        list(chunk(numbers, 0))
