"""Sends that need an admin's approval: from the confirmed draft to the request, and from the
one approving tap to the job.

* `approval_needed(...)`: the account's rule (`needs_approval`) for this staff member's draft.
* `submit(...)`: stores the request with the whole draft in its encrypted payload (`extra`) and
  posts it to the admins (the preview's «ارسال برای تأیید»).
* `install(application)`: registers `on_approved` as the `org.on_approved` hook. The approved
  draft becomes a job under the draft's own operation key, so a second hand-over (two taps, a
  restart) finds the key claimed and makes nothing: exactly one job per request. The job runs
  in the operator's chat, as the operator, with the request's account; the approving admin is
  recorded as `confirmed_by`.
"""

from __future__ import annotations

import logging
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter
from telegram.ext import Application

from bot.panel import Gender, Operator, SocialNetwork
from bot.services import send_execution
from bot.services.approval_notices import ON_APPROVED, post_request
from bot.services.approval_views import ApprovalSummary
from bot.services.approvals import Approvals, needs_approval
from bot.services.job_accounts import label_of
from bot.services.personal_texts import PersonalTable
from bot.services.sending import SendDraft, estimate
from storage import OperationKind
from storage.org import OrgStore
from storage.org_records import ApprovalRecord

if TYPE_CHECKING:
    from bot.context import Services

LOGGER = logging.getLogger(__name__)
DRAFT = "draft"
LOCALE = "locale"


def _approvals(services: Services) -> Approvals:
    return Approvals(OrgStore.of(services.storage))


def _cost(draft: SendDraft) -> int:
    return int(estimate(draft, None).estimated_cost)


async def approval_needed(services: Services, draft: SendDraft, user_id: int) -> bool:
    """Whether this staff member's send of `draft` must wait for an admin's approval."""
    key = draft.account_key
    if key is None:
        return False
    rule = await _approvals(services).rule(key)
    if rule is None:
        return False
    role = await services.storage.get_role(user_id)
    return needs_approval(rule, role, draft.recipient_count, _cost(draft))


async def submit(
    application: Application, draft: SendDraft, *, chat_id: int, user_id: int, locale: str
) -> ApprovalRecord:
    """Store the request for `draft` and post it to the admins."""
    services: Services = application.services  # type: ignore[attr-defined]
    key = draft.account_key or f"chat:{chat_id}"
    fmt = services.i18n.for_locale(services.settings.locale)
    name = await label_of(services, key)
    account = fmt.t("org-account-shared", name=name) if name else fmt.t("org-account-own")
    summary = ApprovalSummary(
        operation=OperationKind(draft.kind).value,
        sender=draft.sender,
        target=None if draft.has_list else draft.target,
        recipients=draft.recipient_count,
        cost_rials=_cost(draft),
        text=draft.text,
        account=account,
        extra={DRAFT: draft_to_json(draft), LOCALE: locale},
    )
    record = await _approvals(services).request(
        account_key=key,
        chat_id=chat_id,
        requested_by=user_id,
        operation=summary.operation,
        recipient_count=summary.recipients,
        cost_rials=summary.cost_rials,
        payload=summary.to_payload(),
    )
    await post_request(application, record)
    return record


async def on_approved(application: Application, record: ApprovalRecord) -> int | None:
    """The approved request as a job, handed to the worker; None when it made one before."""
    from bot.services.job_worker import worker_of

    services: Services = application.services  # type: ignore[attr-defined]
    extra = ApprovalSummary.from_payload(record.payload).extra
    draft = draft_from_json(extra[DRAFT])
    draft.account_key = record.account_key
    job_id = await send_execution.enqueue(
        draft,
        services.storage,
        chat_id=record.chat_id,
        user_id=record.requested_by,
        confirmed_by=record.decided_by,
        batch_size=services.settings.send_batch_size,
        locale=extra.get(LOCALE),
    )
    if job_id is None:
        LOGGER.info("approval %s: its job was made before", record.id)
        return None
    await worker_of(application).submit_id(job_id)
    return job_id


def install(application: Application) -> None:
    """post_init: approved requests become jobs."""
    services: Services = application.services  # type: ignore[attr-defined]

    async def hook(record: ApprovalRecord) -> None:
        await on_approved(application, record)

    services.extras[ON_APPROVED] = hook


def draft_to_json(draft: SendDraft) -> dict[str, Any]:
    data = asdict(draft)
    data["kind"] = OperationKind(draft.kind).value
    data["recipients"] = list(draft.recipients)  # packed NumberList → JSON list
    data["network"] = draft.network.value if draft.network else None
    data["operator"] = draft.operator.value if draft.operator else None
    data["gender"] = int(draft.gender) if draft.gender is not None else None
    return data


def draft_from_json(data: dict[str, Any]) -> SendDraft:
    values = dict(data)
    values["kind"] = OperationKind(values["kind"])
    network, operator, gender = values["network"], values["operator"], values["gender"]
    values["network"] = SocialNetwork(network) if network else None
    values["operator"] = Operator(operator) if operator else None
    values["gender"] = Gender(gender) if gender is not None else None
    personal = values.get("personal")  # a personalised send's table (plain JSON data here)
    values["personal"] = _PERSONAL_TABLE.validate_python(personal) if personal else None
    return SendDraft(**values)


_PERSONAL_TABLE = TypeAdapter(PersonalTable)
