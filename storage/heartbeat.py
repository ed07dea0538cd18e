"""The running bot's heartbeat row: proof, for `rotate-keys`, that a bot uses this database."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from storage.models import BotHeartbeat, utc_now

BEAT_SECONDS = 10.0  # how often a running bot refreshes its row
STALE_AFTER = timedelta(seconds=30)  # a row older than this was left by a bot that crashed


def beat(*, session: Session, instance: str) -> None:
    """Write (or refresh) this bot's heartbeat."""
    row = session.get(BotHeartbeat, 1)
    now = utc_now()
    if row is None or row.instance != instance:
        row = row or BotHeartbeat(id=1, instance=instance)
        row.instance, row.started_at = instance, now
    row.beat_at = now
    session.add(row)


def stop(*, session: Session, instance: str) -> None:
    """Remove this bot's heartbeat (on a clean stop)."""
    row = session.get(BotHeartbeat, 1)
    if row is not None and row.instance == instance:
        session.delete(row)


def running(*, session: Session, now: datetime | None = None) -> BotHeartbeat | None:
    """The heartbeat of a bot running now, if any (stale rows of crashed bots are ignored)."""
    row = session.get(BotHeartbeat, 1)
    now = now or utc_now()
    if row is None or now - row.beat_at > STALE_AFTER:
        return None
    return row
