"""The bot's memory: encrypted credentials, staff, audit trail, conversation persistence.

`storage` never imports `bot`. The bot opens it with `await Storage.open(...)` and gives
python-telegram-bot a `storage.persistence.DatabasePersistence` on the same database.
"""

from storage.errors import LastAdminError, StorageError, StorageKeyError
from storage.facade import Storage
from storage.records import (
    AuditRecord,
    AuditState,
    BatchRecord,
    BatchState,
    ChatSettings,
    Credentials,
    JobCounts,
    JobRecord,
    JobState,
    OperationKind,
    Role,
    StaffMember,
)

__all__ = [
    "AuditRecord",
    "AuditState",
    "BatchRecord",
    "BatchState",
    "ChatSettings",
    "Credentials",
    "JobCounts",
    "JobRecord",
    "JobState",
    "LastAdminError",
    "OperationKind",
    "Role",
    "StaffMember",
    "Storage",
    "StorageError",
    "StorageKeyError",
]
