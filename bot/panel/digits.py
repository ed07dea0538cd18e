"""Digit conversion between Latin, Persian (۰-۹) and Arabic-Indic (٠-٩) forms."""

from __future__ import annotations

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
LATIN_DIGITS = "0123456789"

_TO_LATIN = str.maketrans(PERSIAN_DIGITS + ARABIC_INDIC_DIGITS, LATIN_DIGITS * 2)
_TO_PERSIAN = str.maketrans(LATIN_DIGITS, PERSIAN_DIGITS)


def to_latin_digits(text: str) -> str:
    """Replace Persian and Arabic-Indic digits with 0-9; everything else is kept."""
    return text.translate(_TO_LATIN)


def to_persian_digits(text: str) -> str:
    """Replace 0-9 with Persian digits; everything else is kept."""
    return text.translate(_TO_PERSIAN)
