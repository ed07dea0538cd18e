"""The new sub-user form: its fields in order, their checks, and which field a panel code blames."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.panel.models import NewUser
from bot.services import validation

ACCESS_FIELD = "access_id"
PASSWORD_FIELD = "password"
# Fields that must never reach a log line.
SECRET_FIELDS = frozenset({"username", PASSWORD_FIELD})
# Fields made of digits: shown with the locale's digits on the review screen.
NUMERIC_FIELDS = frozenset({"national_id", "certificate_id", "phone", "mobile", "postal_code"})


@dataclass(frozen=True, slots=True)
class FormField:
    """One field of `NewUser`; `check` is None for the access level (chosen with buttons)."""

    name: str
    check: Callable[[str], str | None] | None

    @property
    def slug(self) -> str:
        """The locale key part: `national_id` → `national-id`."""
        return self.name.replace("_", "-")


FIELDS: tuple[FormField, ...] = (
    FormField("username", validation.username),
    FormField(PASSWORD_FIELD, validation.password),
    FormField("name", validation.free_text),
    FormField("company", validation.free_text),
    FormField("national_id", validation.national_id),
    FormField("certificate_id", validation.certificate_id),
    FormField(ACCESS_FIELD, None),
    FormField("phone", validation.phone),
    FormField("mobile", validation.mobile),
    FormField("postal_code", validation.postal_code),
    FormField("email", validation.email),
    FormField("address", lambda text: validation.free_text(text, limit=500)),
)
BY_NAME: dict[str, FormField] = {field.name: field for field in FIELDS}

# Panel code of `newuser` → the field to ask again (None: no field is at fault, e.g. pricing).
CODE_FIELDS: dict[int, str | None] = {
    301: "username",
    302: None,
    303: "username",
    304: "username",
    305: "username",
    306: "national_id",
    307: "national_id",
    308: "certificate_id",
    309: "certificate_id",
    310: "email",
    311: "phone",
    312: "phone",
    313: "address",
    314: "mobile",
    315: "mobile",
    316: ACCESS_FIELD,
    317: PASSWORD_FIELD,
}


def first_field() -> str:
    return FIELDS[0].name


def next_missing(values: Mapping[str, Any]) -> str | None:
    """The first field (in form order) without a value; None when the form is complete."""
    return next((field.name for field in FIELDS if field.name not in values), None)


def field_at_fault(code: int | None) -> str | None:
    return CODE_FIELDS.get(code) if code is not None else None


def build(values: Mapping[str, Any]) -> NewUser:
    """The panel's argument from a complete form."""
    return NewUser(**{field.name: values[field.name] for field in FIELDS})
