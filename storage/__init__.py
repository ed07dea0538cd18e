"""The bot's memory: encrypted credentials, staff, audit trail, conversation persistence.

`storage` never imports `bot`. The bot opens it with `await Storage.open(...)` and gives
python-telegram-bot a `storage.persistence.DatabasePersistence` on the same database.
"""

import storage.org_models  # noqa: F401  (company tables: always in SQLModel.metadata)
from storage.errors import (
    LastAdminError,
    LimitReachedError,
    NameTakenError,
    StorageError,
    StorageKeyError,
)
from storage.facade import Storage
from storage.records import (
    AuditRecord,
    AuditState,
    BatchRecord,
    BatchState,
    ChatSettings,
    Credentials,
    JobCounts,
    JobEnding,
    JobOverview,
    JobRecord,
    JobState,
    OperationKind,
    Role,
    StaffMember,
    TemplateRecord,
)

__all__ = [
    "AuditRecord",
    "AuditState",
    "BatchRecord",
    "BatchState",
    "ChatSettings",
    "Credentials",
    "JobCounts",
    "JobEnding",
    "JobOverview",
    "JobRecord",
    "JobState",
    "LastAdminError",
    "LimitReachedError",
    "NameTakenError",
    "OperationKind",
    "Role",
    "StaffMember",
    "Storage",
    "StorageError",
    "StorageKeyError",
    "TemplateRecord",
]
