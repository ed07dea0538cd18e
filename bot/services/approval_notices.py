"""Where approval messages go: the request to the admin group (or, without one, to every
admin in private), the decision to the operator who asked.

`ON_APPROVED` in `Services.extras` is the job path's hook: an approved request is handed to it
once (by the one tap that decided), to become a job.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from telegram import Message
from telegram.error import TelegramError
from telegram.ext import Application

from bot.services import staff_names
from bot.services.approval_views import operator_outcome, request_view
from storage import Role
from storage.org import OrgStore
from storage.org_records import ApprovalRecord

if TYPE_CHECKING:
    from bot.context import Services

LOGGER = logging.getLogger(__name__)
ON_APPROVED = "org.on_approved"
OnApproved = Callable[[ApprovalRecord], Awaitable[None]]


async def post_request(application: Application, record: ApprovalRecord) -> list[Message]:
    """Send the request to the admin group, else to each admin privately; the messages sent."""
    services: Services = application.services  # type: ignore[attr-defined]
    fmt = services.i18n.for_locale(services.settings.locale)
    names = staff_names.of(services)
    await names.load()
    text, markup = request_view(fmt, record, names.display_name)
    settings = await OrgStore.of(services.storage).get_alerts()
    if settings.admin_chat_id is not None:
        targets = [settings.admin_chat_id]
    else:
        members = await services.storage.list_staff()
        targets = [member.user_id for member in members if member.role is Role.ADMIN]
    sent = []
    for chat in targets:
        try:
            sent.append(await application.bot.send_message(chat, text, reply_markup=markup))
        except TelegramError as error:
            LOGGER.warning("Approval request %s not delivered to %s (%s)", record.id, chat, error)
    return sent


async def tell_operator(application: Application, record: ApprovalRecord) -> None:
    services: Services = application.services  # type: ignore[attr-defined]
    fmt = services.i18n.for_locale(services.settings.locale)
    names = staff_names.of(services)
    await names.load()
    try:
        await application.bot.send_message(
            record.chat_id, operator_outcome(fmt, record, names.display_name)
        )
    except TelegramError as error:
        LOGGER.warning("Approval outcome %s not delivered (%s)", record.id, error)


async def hand_over(services: Services, record: ApprovalRecord) -> None:
    """Give an approved request to the job path (if it registered its hook)."""
    hook: OnApproved | None = services.extras.get(ON_APPROVED)
    if hook is None:
        LOGGER.warning("Approval %s approved but no job hook is registered", record.id)
        return
    await hook(record)
