"""Delivery follow-ups: poll a bulk's report on a back-off schedule and say once it settled."""

from __future__ import annotations

from telegram.ext import Application


async def resume(application: Application) -> None:
    """Rebuild follow-up jobs from the audit trail (JobQueue jobs are not persisted)."""
