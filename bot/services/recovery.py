"""After a restart: rebuild delivery follow-ups and tell chats about interrupted sends.

A send interrupted by a crash or restart leaves `pending` audit rows: the panel may or may not
have received those requests. Nothing is ever re-sent on its own; each chat is told which
batches were confirmed (with their bulk ids), which are unknown, and which never started.
"""

from __future__ import annotations

import logging
from collections import defaultdict

from telegram.error import TelegramError
from telegram.ext import Application

from storage import AuditRecord, AuditState

LOGGER = logging.getLogger(__name__)


async def resume_after_restart(application: Application) -> None:
    """Called from post_init. Each step is owned by the service it belongs to."""
    from bot.services import followups

    await report_interrupted_sends(application)
    await followups.resume(application)


async def report_interrupted_sends(application: Application) -> None:
    """Mark every still-pending request `unknown` and tell its chat what is known."""
    services = application.services  # type: ignore[attr-defined]
    storage = services.storage
    operations: dict[str, int] = {
        row.operation_key: row.chat_id for row in await storage.unfinished_audits()
    }
    for key, chat_id in operations.items():
        rows = await storage.audits_for_operation(key)
        for row in rows:
            if row.state == AuditState.PENDING:
                await storage.audit_finish(row.id, state=AuditState.UNKNOWN)
        locale = (await storage.get_chat_settings(chat_id)).locale or services.settings.locale
        summary = _summary(rows)
        summary["bulk_ids"] = services.i18n.for_locale(locale).digits(str(summary["bulk_ids"]))
        text = services.i18n.t("recovery-interrupted-send", locale=locale, **summary)
        try:
            await application.bot.send_message(chat_id, text)
        except TelegramError:
            LOGGER.warning("Could not tell chat %s about an interrupted send", chat_id)


def _summary(rows: list[AuditRecord]) -> dict[str, object]:
    """Counts and bulk ids of an interrupted operation's batches, for the locale string."""
    by_state: dict[str, list[AuditRecord]] = defaultdict(list)
    for row in rows:
        state = AuditState.UNKNOWN if row.state == AuditState.PENDING else row.state
        by_state[state].append(row)
    total = max((row.batch_total for row in rows), default=0)
    confirmed = by_state[AuditState.SENT]
    return {
        "total": total,
        "confirmed": len(confirmed),
        "bulk_ids": ", ".join(str(row.bulk_id) for row in confirmed) or "-",
        "unknown": len(by_state[AuditState.UNKNOWN]),
        "failed": len(by_state[AuditState.FAILED]),
        "not_started": max(total - len(rows), 0),
    }
