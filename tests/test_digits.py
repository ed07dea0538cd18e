from bot.panel.digits import to_latin_digits, to_persian_digits


def test_persian_and_arabic_indic_digits_become_latin():
    assert to_latin_digits("۰۹۱۲-٣٤٥ abc") == "0912-345 abc"


def test_latin_digits_become_persian():
    assert to_persian_digits("Bulk 1234") == "Bulk ۱۲۳۴"
