"""Checks of what a person types into a form: each returns the clean value, or None if wrong.

Persian (۰-۹) and Arabic-Indic (٠-٩) digits are accepted wherever digits are expected, and
spaces, dashes and parentheses inside numbers are ignored.
"""

from __future__ import annotations

import re

from bot.panel.digits import to_latin_digits

_SEPARATORS = re.compile(r"[\s\-()\u200c\u200e\u200f]")
_MOBILE = re.compile(r"^(?:\+98|0098|98|0)?(9\d{9})$")
_LANDLINE = re.compile(r"^(?:\+98|0098|0)(\d{10})$")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
_USERNAME = re.compile(r"^[A-Za-z0-9_.]{3,32}$")


def digits_only(text: str) -> str:
    """Latin digits, separators removed: "۰۹۱۲-۱۲۳ ۴۵۶۷" → "09121234567"."""
    return _SEPARATORS.sub("", to_latin_digits(text.strip()))


def national_id(text: str) -> str | None:
    """An Iranian national id (کد ملی): 10 digits, not all equal, with its mod-11 check digit."""
    code = digits_only(text)
    if not re.fullmatch(r"\d{10}", code) or len(set(code)) == 1:
        return None
    remainder = sum(int(code[i]) * (10 - i) for i in range(9)) % 11
    expected = remainder if remainder < 2 else 11 - remainder
    return code if int(code[9]) == expected else None


def mobile(text: str) -> str | None:
    """An Iranian mobile number in the form 09xxxxxxxxx (from 0912…, +98912…, 912…)."""
    match = _MOBILE.fullmatch(digits_only(text))
    return f"0{match.group(1)}" if match else None


def phone(text: str) -> str | None:
    """A landline with its area code, as 0 and ten digits (021 8888 1234, +98 21 8888 1234)."""
    match = _LANDLINE.fullmatch(digits_only(text))
    return f"0{match.group(1)}" if match else None


def postal_code(text: str) -> str | None:
    """A 10-digit Iranian postal code (not all one digit)."""
    code = digits_only(text)
    return code if re.fullmatch(r"\d{10}", code) and len(set(code)) > 1 else None


def certificate_id(text: str) -> str | None:
    """A birth certificate number (شماره شناسنامه): 1 to 10 digits."""
    code = digits_only(text)
    return code if re.fullmatch(r"\d{1,10}", code) else None


def email(text: str) -> str | None:
    """An e-mail address; kept as typed (trimmed)."""
    value = text.strip()
    return value if len(value) <= 254 and _EMAIL.fullmatch(value) else None


def username(text: str) -> str | None:
    """A panel username: 3-32 Latin letters, digits, "_" or "."."""
    value = text.strip()
    return value if _USERNAME.fullmatch(value) else None


def password(text: str) -> str | None:
    """A password: at least 4 characters, no line breaks; kept exactly as typed."""
    return text if len(text) >= 4 and "\n" not in text and text.strip() else None


def free_text(text: str, limit: int = 200) -> str | None:
    """A name, company or address: not empty, at most `limit` characters."""
    value = " ".join(text.split())
    return value if 0 < len(value) <= limit else None
