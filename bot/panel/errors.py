"""The one hierarchy of panel errors, and the constructors that pick the right class.

Every error carries a Fluent `locale_key` and `locale_args` so the bot can render a Persian
sentence; `str(error)` is an English line for logs and never holds credentials.
"""

from __future__ import annotations

from typing import Any

from bot.panel.codes import (
    AUTH_CODES,
    AUTH_ERROR_TEXT,
    CREDIT_CODES,
    ERROR_CODES,
    RECIPIENT_LIMIT_CODES,
    RESTRICTED_CODES,
)

BULK_NOT_FOUND_CODE = 456
AUTH_CODE = 962


class PanelError(Exception):
    """Anything the panel (or the way to it) did wrong; base of every panel error."""

    def __init__(
        self,
        message: str,
        *,
        code: int | None = None,
        text: str | None = None,
        locale_key: str,
        locale_args: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.text = text
        self.locale_key = locale_key
        self.locale_args: dict[str, Any] = dict(locale_args or {})


class PanelAuthError(PanelError):
    """Wrong username or password (962, or the English auth text)."""


class PanelRestrictedError(PanelError):
    """The account is restricted or lacks access (RESTRICTED_CODES)."""


class PanelCreditError(PanelError):
    """Insufficient credit (5)."""


class PanelRecipientLimitError(PanelError):
    """Too many recipients in one request (98): split the batch further."""


class PanelInputError(PanelError):
    """The panel rejected what was asked (any other documented code, e.g. 301-317)."""


class PanelBulkNotFoundError(PanelError):
    """The bulk id is unknown to the panel (delivery answered `null`, or code 456)."""


class PanelTransportError(PanelError):
    """The panel could not be reached; nothing was sent, for sure."""


class PanelOutcomeUnknownError(PanelError):
    """A sending request may have reached the panel but no clear answer came back."""


class PanelProtocolError(PanelError):
    """The panel answered with a body that could not be understood."""


class PanelUnclearSendError(PanelOutcomeUnknownError, PanelProtocolError):
    """A sending op got an unreadable answer: the message may have gone out."""


def _class_for_code(code: int) -> type[PanelError]:
    if code in AUTH_CODES:
        return PanelAuthError
    if code in RESTRICTED_CODES:
        return PanelRestrictedError
    if code in CREDIT_CODES:
        return PanelCreditError
    if code in RECIPIENT_LIMIT_CODES:
        return PanelRecipientLimitError
    if code == BULK_NOT_FOUND_CODE:
        return PanelBulkNotFoundError
    if code in ERROR_CODES:
        return PanelInputError
    return PanelError


def error_for_code(code: int, text: str | None = None) -> PanelError:
    """The error for a non-zero panel code; unknown codes keep the code in the message."""
    meaning = ERROR_CODES.get(code)
    if meaning is None:
        key = "panel-error-unknown"
        message = f"panel error {code} (unknown code)"
    else:
        key = f"panel-error-{code}"
        message = f"panel error {code}: {meaning}"
    if text and text != meaning:
        message = f"{message} ({text})"
    cls = _class_for_code(code)
    return cls(message, code=code, text=text, locale_key=key, locale_args={"code": code})


def is_auth_text(text: str) -> bool:
    """True for the English auth sentence some ops send instead of code 962."""
    return text.strip().strip("\"'. ").lower() == AUTH_ERROR_TEXT


def error_for_text(text: str) -> PanelError:
    """The error for a textual answer that carries no code."""
    if is_auth_text(text):
        return error_for_code(AUTH_CODE, text)
    return PanelError(
        f"panel error: {text}", text=text, locale_key="panel-error-text", locale_args={"text": text}
    )


def bulk_not_found() -> PanelBulkNotFoundError:
    return PanelBulkNotFoundError(
        "panel: bulk id not found",
        code=BULK_NOT_FOUND_CODE,
        locale_key="panel-bulk-not-found",
        locale_args={"code": BULK_NOT_FOUND_CODE},
    )


def bad_response(reason: str) -> PanelProtocolError:
    return PanelProtocolError(f"panel: bad response ({reason})", locale_key="panel-bad-response")


def unclear_send(reason: str) -> PanelUnclearSendError:
    """`reason` (a code or a short snippet of the answer) is kept in `locale_args["detail"]`."""
    return PanelUnclearSendError(
        "panel: sending outcome unknown, unclear answer",
        locale_key="panel-outcome-unknown",
        locale_args={"detail": reason},
    )


def unreachable(reason: str) -> PanelTransportError:
    return PanelTransportError(f"panel unreachable ({reason})", locale_key="panel-unreachable")


def outcome_unknown(reason: str) -> PanelOutcomeUnknownError:
    return PanelOutcomeUnknownError(
        f"panel: sending outcome unknown ({reason})",
        locale_key="panel-outcome-unknown",
        locale_args={"detail": reason},
    )
