"""Answer bodies in the panel's shapes: `[code, text]`, `[0, data]`, nested JSON strings."""

from __future__ import annotations

import json
from typing import Any

from bot.panel.codes import ERROR_CODES

Json = Any

# The document's own sentences; other codes answer with the English meaning, like newer panels.
_PERSIAN_TEXTS: dict[int, str] = {
    1: "متن پیام خالی میباشد",
    2: "کاربر محدود گردیده است",
    3: "شماره ارسالی به شما تعلق ندارد",
    4: "دریافت کننده وارد نگردیده است",
    5: "اعتبار شما ناکافی است",
    98: "حد بالای دریافت کننده رعایت نگردیده است",
    962: "نام کاربری یا رمز عبور اشتباه می باشد.",
    963: "کاربر شما محدود گردیده است.",
    301: "از حرف ویژه در نام کاربری استفاده گردیده است",
    302: "قیمت گذاری انجام نشده است",
    303: "نام کاربری وارد نگردیده است",
    304: "نام کاربری قبلا انتخاب گردیده است",
    306: "کد ملی وارد نگردیده است",
    307: "کد ملی به خطا وارد شده است",
    308: "شماره شناسنامه نا معتبر است",
    309: "شماره شناسنامه وارد نگردیده است",
    310: "ایمیل کاربر وارد نگردیده است",
    311: "شماره تلفن وارد نگردیده است",
    312: "شماره تلفن به درستی وارد نگردیده است",
    313: "آدرس شما وارد نگردیده است",
    314: "شماره موبایل را وارد نکرده اید",
    315: "شماره موبایل به نادرستی وارد گردیده است",
    316: "سطح دسترسی به نادرستی وارد گردیده است",
}
# What this fake answers for an op it does not know or a parameter it cannot read.
INVALID_REQUEST = -1


def error(code: int, text: str | None = None) -> list[Json]:
    """`[code, text]` with the panel's sentence for `code`."""
    return [code, text or _PERSIAN_TEXTS.get(code) or ERROR_CODES.get(code, "error")]


def invalid(what: str) -> list[Json]:
    return [INVALID_REQUEST, f"{what} is invalid"]


def ok(data: Json) -> list[Json]:
    return [0, data]


def nested(items: Json) -> str:
    """Data encoded a second time as a JSON string, escaped like PHP's json_encode."""
    return json.dumps(items, separators=(",", ":"))


def ok_list(items: list[dict[str, Json]]) -> list[Json]:
    return ok(nested(items))
