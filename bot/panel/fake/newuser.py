"""`newuser`: validate a sub-user with codes 301-317 and create it (it can log in afterwards)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal

from bot.panel.fake.answers import Json, error, ok
from bot.panel.fake.parsing import normalise_mobile, parse_int
from bot.panel.fake.state import Account, FakePanelState

Fields = Mapping[str, str]

# Each field under the document's spelling and the vendor sample's spelling.
_SPELLINGS: dict[str, tuple[str, ...]] = {
    "username": ("User-name", "user_uname"),
    "password": ("User-pass", "user_pass"),
    "national_id": ("national-id", "national_id"),
    "certificate_id": ("certificate-id", "certificate_id"),
    "access_id": ("access-id", "access_id"),
}
_DETAILS = (
    "name",
    "company",
    "national_id",
    "certificate_id",
    "access_id",
    "tell",
    "mobile",
    "postalcode",
    "email",
    "address",
)
_USERNAME = re.compile(r"^[A-Za-z0-9_.]+$")
_CERTIFICATE = re.compile(r"^\d{1,10}$")
_LANDLINE = re.compile(r"^(?:0\d{10}|\d{8})$")


def _field(fields: Fields, name: str) -> str:
    """The field under either spelling, stripped (except a password)."""
    for spelling in _SPELLINGS.get(name, (name,)):
        value = fields.get(spelling, "")
        if value.strip():
            return value if name == "password" else value.strip()
    return ""


def is_valid_national_id(code: str) -> bool:
    """The Iranian national id: 10 digits, not all equal, with its mod-11 check digit."""
    if not re.fullmatch(r"\d{10}", code) or len(set(code)) == 1:
        return False
    remainder = sum(int(code[i]) * (10 - i) for i in range(9)) % 11
    check = int(code[9])
    return check == remainder if remainder < 2 else check == 11 - remainder


def _first_problem(state: FakePanelState, parent: Account, fields: Fields) -> int | None:
    """The code of the first invalid field, in the document's order; None when all are fine."""
    username = _field(fields, "username")
    national_id = _field(fields, "national_id")
    certificate = _field(fields, "certificate_id")
    tell, mobile = _field(fields, "tell"), _field(fields, "mobile")
    access_id = parse_int(_field(fields, "access_id"))
    checks: list[tuple[bool, int]] = [
        (not username, 303),
        (not _USERNAME.match(username), 301),
        (username in state.accounts, 304),
        (not _field(fields, "password"), 317),
        (not national_id, 306),
        (not is_valid_national_id(national_id), 307),
        (not certificate, 309),
        (not _CERTIFICATE.match(certificate), 308),
        (not _field(fields, "email"), 310),
        (not tell, 311),
        (not _LANDLINE.match(tell), 312),
        (not _field(fields, "address"), 313),
        (not mobile, 314),
        (normalise_mobile(mobile) is None, 315),
        (all(package.id != access_id for package in state.packages), 316),
        (not parent.pricing_set, 302),
    ]
    return next((code for failed, code in checks if failed), None)


def op_newuser(state: FakePanelState, account: Account, fields: Fields) -> Json:
    problem = _first_problem(state, account, fields)
    if problem is not None:
        return error(problem)
    details = {name: _field(fields, name) for name in _DETAILS}
    user = state.add_account(
        _field(fields, "username"),
        _field(fields, "password"),
        credit=Decimal(0),
        details=details,
    )
    return ok(user.user_id)
