"""What the admin group hears when a send job ends: a job that ended with recipients of unknown
outcome or refused, once per job (claimed like an operation, so a resumed job never repeats
it), and the low-credit alert of the job's account (once per crossing, see
bot.services.alerts). Counts and names only: never the text, the numbers or a credential.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from telegram.error import TelegramError
from telegram.ext import Application

from bot.panel import PanelClient, PanelError
from bot.services import staff_names
from bot.services.approval_views import who
from bot.services.company_report_view import own_account_label
from bot.services.job_accounts import label_of
from bot.services.org_jobs import alert_low_credit
from storage import BatchState, JobCounts, JobRecord
from storage.org import OrgStore

if TYPE_CHECKING:
    from bot.context import Services

LOGGER = logging.getLogger(__name__)


def troubled(counts: JobCounts) -> bool:
    """Whether some recipients' outcome is unknown or their batch was refused."""
    return any(
        counts.of(state) for state in (BatchState.UNKNOWN, BatchState.IN_FLIGHT, BatchState.REFUSED)
    )


async def after_job(application: Application, job_id: int, panel: PanelClient | None) -> None:
    """The alerts of one ended job."""
    services: Services = application.services  # type: ignore[attr-defined]
    job = await services.storage.jobs.get(job_id)
    if job is None:
        return
    label = await account_label(services, job)
    await alert_troubled_job(application, job, label)
    if panel is None:
        return
    try:
        await alert_low_credit(application, job.account, label, panel)
    except PanelError as error:  # no answer is no crossing
        LOGGER.info("job %d: credit not checked after the send (%s)", job.id, type(error).__name__)


async def account_label(services: Services, job: JobRecord) -> str:
    fmt = services.i18n.for_locale(services.settings.locale)
    name = await label_of(services, job.account)
    if name is not None:
        return fmt.t("org-account-shared", name=name)
    names = staff_names.of(services)
    await names.load()
    return own_account_label(fmt, job.chat_id, names.display_name(job.chat_id))


async def alert_troubled_job(application: Application, job: JobRecord, label: str) -> bool:
    """Tell the admin group once that `job` ended with unknown or refused recipients."""
    services: Services = application.services  # type: ignore[attr-defined]
    counts = await services.storage.jobs.counts(job.id)
    chat = (await OrgStore.of(services.storage).get_alerts()).admin_chat_id
    if chat is None or not troubled(counts):
        return False
    if not await services.storage.claim_operation(f"job-alert:{job.id}", chat_id=chat, user_id=0):
        return False
    fmt = services.i18n.for_locale(services.settings.locale)
    names = staff_names.of(services)
    await names.load()
    text = fmt.t(
        "org-alert-job-trouble",
        job=job.id,
        name=who(fmt, job.user_id, names.display_name),
        account=label,
        total=job.recipient_count,
        sent=counts.of(BatchState.SENT),
        unknown=counts.of(BatchState.UNKNOWN) + counts.of(BatchState.IN_FLIGHT),
        refused=counts.of(BatchState.REFUSED),
        untried=counts.of(BatchState.NEW),
    )
    try:
        await application.bot.send_message(chat, text)
    except TelegramError as error:
        LOGGER.warning("job %d: alert to the admin group not sent (%s)", job.id, error)
        return False
    return True
