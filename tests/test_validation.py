"""Form checks: national id check digit, mobile, phone, postal code, email, Persian digits."""

import pytest

from bot.panel.fake.newuser import is_valid_national_id
from bot.services import validation as v


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("0013542419", "0013542419"),
        ("۰۰۱۳۵۴۲۴۱۹", "0013542419"),
        ("٠٠١٣٥٤٢٤١٩", "0013542419"),
        ("001-354241-9", "0013542419"),
        ("1234567891", "1234567891"),
        ("0088052400", "0088052400"),
    ],
)
def test_national_ids_with_a_right_check_digit_pass(typed, clean):
    assert v.national_id(typed) == clean


@pytest.mark.parametrize(
    "typed", ["0013542418", "1234567890", "1111111111", "001354241", "00135424190", "abc", ""]
)
def test_national_ids_with_a_wrong_check_digit_or_length_fail(typed):
    assert v.national_id(typed) is None


def test_national_id_check_agrees_with_the_fake_panel():
    for number in range(1_234_567_000, 1_234_567_400):
        code = str(number)
        assert (v.national_id(code) is not None) == is_valid_national_id(code)


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("09121234567", "09121234567"),
        ("+98 912 123 4567", "09121234567"),
        ("00989121234567", "09121234567"),
        ("9121234567", "09121234567"),
        ("۰۹۱۲-۱۲۳-۴۵۶۷", "09121234567"),
    ],
)
def test_mobiles_in_every_spelling(typed, clean):
    assert v.mobile(typed) == clean


@pytest.mark.parametrize("typed", ["0912123456", "091212345678", "02188881234", "0812345678x"])
def test_bad_mobiles(typed):
    assert v.mobile(typed) is None


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("021 8888 1234", "02188881234"),
        ("+98 21 8888 1234", "02188881234"),
        ("۰۲۱۸۸۸۸۱۲۳۴", "02188881234"),
    ],
)
def test_landlines(typed, clean):
    assert v.phone(typed) == clean


@pytest.mark.parametrize("typed", ["88881234", "021888812", "tel"])
def test_bad_landlines(typed):
    assert v.phone(typed) is None


def test_postal_code_is_ten_digits():
    assert v.postal_code("۱۴۳۵۶۷۸۹۱۱") == "1435678911"
    assert v.postal_code("14356-78911") == "1435678911"
    assert v.postal_code("143567891") is None  # nine digits
    assert v.postal_code("14356789111") is None
    assert v.postal_code("0000000000") is None


@pytest.mark.parametrize("typed", ["ali@example.com", " a.b+c@mail.co.ir "])
def test_good_emails(typed):
    assert v.email(typed) == typed.strip()


@pytest.mark.parametrize(
    "typed", ["ali@", "ali.example.com", "ali@example", "a b@x.com", "علی@x.ir"]
)
def test_bad_emails(typed):
    assert v.email(typed) is None


def test_username_password_certificate_and_free_text():
    assert v.username("ali_1.b") == "ali_1.b"
    assert v.username("علی") is None
    assert v.username("a b") is None
    assert v.password("  s3cret ") == "  s3cret "
    assert v.password("abc") is None
    assert v.certificate_id("۱۲۳۴") == "1234"
    assert v.certificate_id("12345678901") is None
    assert v.free_text("  شرکت   نمونه ") == "شرکت نمونه"
    assert v.free_text("   ") is None
