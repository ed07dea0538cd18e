"""Plain values the storage hands out: enums and frozen records, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Role(StrEnum):
    """What a staff member may do: admins also manage staff."""

    ADMIN = "admin"
    OPERATOR = "operator"


class AuditState(StrEnum):
    """Life of one panel request: `pending` is written before the panel is called."""

    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"
    UNKNOWN = "unknown"


class OperationKind(StrEnum):
    """The sending operations the audit trail records."""

    SEND = "send"
    SOCIAL = "social"
    BOOKS = "books"
    POSTAL = "postal"
    JOBS = "jobs"


FINAL_STATES = frozenset({AuditState.SENT, AuditState.FAILED, AuditState.UNKNOWN})


@dataclass(frozen=True, slots=True)
class Credentials:
    """A chat's panel account; secrets are kept out of `repr` so they never reach a log."""

    username: str = field(repr=False)
    password: str = field(repr=False)
    sender: str | None = None


@dataclass(frozen=True, slots=True)
class ChatSettings:
    """Per-chat preferences; `None` means "use the bot's default"."""

    locale: str | None = None
    default_sender: str | None = None


@dataclass(frozen=True, slots=True)
class TemplateRecord:
    """A saved text of a panel account; the text is kept out of `repr` (never in a log)."""

    id: int
    name: str
    created_by: int
    created_at: datetime
    updated_at: datetime
    text: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class StaffMember:
    """A Telegram user allowed to use the bot."""

    user_id: int
    role: Role
    added_by: int | None
    added_at: datetime


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One panel request of a sending operation (one row per batch)."""

    id: int
    operation_key: str
    chat_id: int
    user_id: int
    created_at: datetime
    operation: OperationKind
    sender: str | None
    recipient_count: int | None
    target: str | None
    parts: int | None
    batch_index: int
    batch_total: int
    state: AuditState
    bulk_id: str | None
    error_code: str | None
    finished_at: datetime | None
    follow_up_done: bool
    settled_at: datetime | None
    text: str | None = field(default=None, repr=False)


class BatchState(StrEnum):
    """Life of one batch of a job: `in_flight` is written before the panel is called."""

    NEW = "new"  # not attempted
    IN_FLIGHT = "in_flight"
    SENT = "sent"
    REFUSED = "refused"  # a documented refusal: nothing was sent
    UNKNOWN = "unknown"  # the panel may have sent it: never retried
    SPLIT = "split"  # refused for its size (98) and replaced by smaller batches


class JobState(StrEnum):
    """Life of a job. Only `running` jobs are picked up by the worker."""

    RUNNING = "running"
    DONE = "done"  # every batch was attempted
    STOPPED = "stopped"  # the user stopped it
    HALTED = "halted"  # a refusal ended it (or its account could no longer be used)
    HELD = "held"  # a run of unclear panel answers: waits for the user (continue or stop)
    SCHEDULED = "scheduled"  # waits for `due_at`; the scheduler claims it (→ running) once
    CANCELLED = "cancelled"  # a scheduled job that never started (cancelled, or no credit)


@dataclass(frozen=True, slots=True)
class JobRecord:
    """One send job as the worker and the views see it."""

    id: int
    operation_key: str
    chat_id: int
    user_id: int
    created_at: datetime
    operation: OperationKind
    sender: str
    target: str | None
    parts: int
    recipient_count: int
    batch_size: int
    locale: str | None
    state: JobState
    progress_message_id: int | None
    summary_done: bool
    finished_at: datetime | None
    text: str = field(repr=False)
    params: dict[str, object] = field(default_factory=dict, repr=False)
    due_at: datetime | None = None  # a scheduled send's time (aware UTC)
    account_key: str | None = None  # None: the chat's own account (jobs made before 0007)
    confirmed_by: int | None = None

    @property
    def account(self) -> str:
        """The job's account key (`chat:<id>` or `shared:<id>`)."""
        return self.account_key or f"chat:{self.chat_id}"


@dataclass(frozen=True, slots=True)
class BatchRecord:
    """One batch; `numbers` is filled only when asked for (it is the decrypted blob)."""

    id: int
    job_id: int
    index: int
    count: int
    state: BatchState
    bulk_id: str | None
    error_code: str | None
    detail: str | None
    audit_id: int | None
    numbers: list[str] | None = field(default=None, repr=False)
    text: str | None = field(default=None, repr=False)  # its own text (personalised), if any


@dataclass(frozen=True, slots=True)
class JobCounts:
    """Batches and recipients per state of one job (SPLIT batches are not counted)."""

    batches: dict[BatchState, int]
    recipients: dict[BatchState, int]

    def of(self, state: BatchState) -> int:
        return self.recipients.get(state, 0)

    def batches_of(self, state: BatchState) -> int:
        return self.batches.get(state, 0)

    @property
    def total_batches(self) -> int:
        return sum(self.batches.values())

    @property
    def total(self) -> int:
        return sum(self.recipients.values())


@dataclass(frozen=True, slots=True)
class JobOverview:
    """One job as a history line shows it: the job and its counts per state."""

    job: JobRecord
    counts: JobCounts
    single_bulk_id: str | None = None  # the bulk id when the job went out in one request


@dataclass(frozen=True, slots=True)
class JobEnding:
    """What a job's summary shows, read in one trip as the job ends."""

    job: JobRecord
    counts: JobCounts
    batches: list[BatchRecord]
