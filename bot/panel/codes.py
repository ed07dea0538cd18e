"""The panel's vocabulary: error codes, delivery statuses, bulk states and wire enums.

One table shared by the client (to classify errors), the fake panel (to answer them) and the
locales (every code here must have a Persian sentence).
"""

from __future__ import annotations

from enum import Enum, IntEnum, StrEnum

# Every code named by the document or by newer panels' tables (panel-api.md), with its English
# meaning. Codes 6-9 disagree between panel versions: show the document's sentence with the
# code, never branch behaviour on them.
ERROR_CODES: dict[int, str] = {
    0: "success",
    1: "message text is empty",
    2: "user is restricted",
    3: "the sender number does not belong to you",
    4: "no recipient given",
    5: "insufficient credit",
    6: "unsuitable number of message parts",
    7: "the line is not suitable for bulk sending",
    8: "recipient limit exceeded",
    9: "sending is not allowed at this hour",
    21: "voice: invalid file",
    22: "voice: file too large",
    23: "voice: invalid duration",
    98: "recipient upper limit exceeded",
    99: "the sender number's operator is disconnected",
    100: "phone book not found",
    101: "phone book is empty",
    102: "phone book is not accessible",
    111: "voice: not allowed",
    131: "voice: invalid recipient",
    132: "voice: sending failed",
    266: "account cannot use shared lines",
    301: "special characters used in the username",
    302: "pricing has not been set",
    303: "username not given",
    304: "username already taken",
    305: "username not given",
    306: "national id not given",
    307: "national id is wrong",
    308: "birth certificate number is invalid",
    309: "birth certificate number not given",
    310: "user email not given",
    311: "phone number not given",
    312: "phone number is wrong",
    313: "address not given",
    314: "mobile number not given",
    315: "mobile number is wrong",
    316: "access level is wrong",
    317: "password not given",
    404: "pattern not available",
    455: "scheduled sending of this bulk was cancelled",
    456: "invalid bulk id",
    458: "invalid ticket id",
    962: "wrong username or password",
    963: "your user is restricted (invalid access)",
    964: "no reseller access",
    970: "pattern parameters invalid",
    971: "pattern invalid",
    972: "pattern recipient invalid",
    992: "sending allowed only 08:00-23:00",
    993: "phone book must be a list",
    994: "identity documents needed",
    995: "bank card documents needed",
    996: "pattern inactive",
    997: "pattern not allowed",
    998: "documents not approved",
    1001: "username format invalid",
    1002: "password too weak",
    1003: "registration problem",
    1004: "registration problem",
    1005: "registration problem",
    1006: "send date is in the past",
}

AUTH_CODES = frozenset({962})
RESTRICTED_CODES = frozenset({2, 963, 964})
CREDIT_CODES = frozenset({5})
RECIPIENT_LIMIT_CODES = frozenset({98})
SENDER_LINE_CODES = frozenset({3, 99})
"""Refusals of the sender line itself (not the account's, or its operator cut off): another
line may go through, the same one never."""
NEW_USER_CODES = frozenset(range(301, 318))
# The English text some ops (delivery) return instead of code 962.
AUTH_ERROR_TEXT = "the username or password is incorrect"


class DeliveryStatus(StrEnum):
    """Per-number delivery status of a bulk; `UNKNOWN` keeps values the document does not name."""

    NOTSYNC = "notsync"
    SEND = "send"
    PENDING = "pending"
    FAILED = "failed"
    DISCARDED = "discarded"
    DELIVERED = "delivered"
    UNKNOWN = "unknown"

    @property
    def is_final(self) -> bool:
        return self in {DeliveryStatus.FAILED, DeliveryStatus.DISCARDED, DeliveryStatus.DELIVERED}


class BulkStatus(StrEnum):
    """`statusMessage` of checkmessage."""

    FINISH = "Finish"
    NO_CONTACT_WITH_OPERATOR = "NoContactWithTheOperator"
    INTERACTING = "Interacting"
    NO_AUTHENTICATION = "NoAuthentication"
    ACTIVE = "Active"
    NO_SEND_SMS = "NoSendSMS"
    CANCEL = "Cancel"
    NO_SUFFICIENT_CHARGE = "No Sufficient Charge"
    UNKNOWN = "unknown"


class BulkValidation(StrEnum):
    """`validMessage` of checkmessage."""

    APPROVE = "approve"
    CANCEL = "cancel"
    NOTCONFIRM = "notconfirm"
    UNKNOWN = "unknown"


class Operator(StrEnum):
    """Mobile operator of a postal-code target (wire value of `type`)."""

    MCI = "tci"  # Hamrah-e Aval
    IRANCELL = "mtn"


class Gender(IntEnum):
    """Gender filter of a postal-code target (wire value of `gender`)."""

    ALL = 0
    MALE = 1
    FEMALE = 2


class SocialNetwork(StrEnum):
    """Network of `sendsociol` (wire value of `type`)."""

    TELEGRAM = "telegram"
    VIBER = "viber"


class SendOp(Enum):
    """Panel operations that spend credit: never retried after the request was written."""

    SEND = "send"
    SOCIAL = "sendsociol"
    BOOKS = "booksend"
    POSTAL = "postalcodesend"
    JOBS = "jobssend"
