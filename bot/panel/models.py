"""Typed results (and the one typed argument) of the panel's operations."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot.panel.codes import BulkStatus, BulkValidation, DeliveryStatus


@dataclass(frozen=True, slots=True)
class DeliveryItem:
    """Delivery of one recipient of a bulk; unknown statuses keep their raw text."""

    number: str
    status: DeliveryStatus
    raw_status: str


@dataclass(frozen=True, slots=True)
class BulkState:
    """State of a bulk as a whole (`checkmessage`)."""

    status: BulkStatus
    validation: BulkValidation
    raw_status: str
    raw_validation: str


@dataclass(frozen=True, slots=True)
class PhoneBook:
    id: int
    title: str
    size: int | None = None


@dataclass(frozen=True, slots=True)
class InboxMessage:
    """A received message; `raw_date` keeps the panel's date text when it could not be read."""

    sender: str
    text: str
    received_at: datetime | None = None
    raw_date: str | None = None
    line: str | None = None


@dataclass(frozen=True, slots=True)
class Package:
    """A package / access level the account can give to sub-users (`accesslist`)."""

    id: int
    title: str


@dataclass(frozen=True, slots=True)
class PostalArea:
    id: int
    title: str
    postal_code: str | None = None


@dataclass(frozen=True, slots=True)
class Job:
    id: int
    title: str


@dataclass(frozen=True, slots=True)
class Trend:
    """A speciality inside a job category."""

    id: int
    title: str


@dataclass(frozen=True, slots=True)
class NewUser:
    """Every field of `newuser`; `phone` is the wire's `tell`."""

    username: str
    password: str = field(repr=False)
    name: str
    company: str
    national_id: str
    certificate_id: str
    access_id: int
    phone: str
    mobile: str
    postal_code: str
    email: str
    address: str
