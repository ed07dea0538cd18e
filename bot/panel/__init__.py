"""The SMS panel SDK: a typed async client for the IPPanel-style web service.

Imports neither `telegram` nor `storage`.
"""

from bot.panel.client import PanelClient
from bot.panel.codes import (
    BulkStatus,
    BulkValidation,
    DeliveryStatus,
    Gender,
    Operator,
    SendOp,
    SocialNetwork,
)
from bot.panel.errors import (
    PanelAuthError,
    PanelBulkNotFoundError,
    PanelCreditError,
    PanelError,
    PanelInputError,
    PanelOutcomeUnknownError,
    PanelProtocolError,
    PanelRecipientLimitError,
    PanelRestrictedError,
    PanelTransportError,
    PanelUnclearSendError,
)
from bot.panel.models import (
    BulkState,
    DeliveryItem,
    InboxMessage,
    Job,
    NewUser,
    Package,
    PhoneBook,
    PostalArea,
    Trend,
)

__all__ = [
    "BulkState",
    "BulkStatus",
    "BulkValidation",
    "DeliveryItem",
    "DeliveryStatus",
    "Gender",
    "InboxMessage",
    "Job",
    "NewUser",
    "Operator",
    "Package",
    "PanelAuthError",
    "PanelBulkNotFoundError",
    "PanelClient",
    "PanelCreditError",
    "PanelError",
    "PanelInputError",
    "PanelOutcomeUnknownError",
    "PanelProtocolError",
    "PanelRecipientLimitError",
    "PanelRestrictedError",
    "PanelTransportError",
    "PanelUnclearSendError",
    "PhoneBook",
    "PostalArea",
    "SendOp",
    "SocialNetwork",
    "Trend",
]
