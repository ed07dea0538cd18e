"""A restart in the middle of a batched send: the chat is told what is known; nothing re-sent."""

from __future__ import annotations

from bot.botapi_stub import running_botapi_stub
from bot.panel.fake import running_fake_panel
from bot.runtime import running_bot
from storage import AuditState, OperationKind
from tests.conftest import ADMIN_ID, TOKEN, make_settings


async def _start_batches(storage, key: str) -> None:
    """Three batches of one send: the first confirmed, the second in flight, the third unsent."""
    first = await storage.audit_start(
        operation_key=key,
        chat_id=ADMIN_ID,
        user_id=ADMIN_ID,
        operation=OperationKind.SEND,
        sender="3000505",
        recipient_count=500,
        parts=1,
        batch_index=1,
        batch_total=3,
    )
    await storage.audit_finish(first, state=AuditState.SENT, bulk_id="4711")
    await storage.audit_start(
        operation_key=key,
        chat_id=ADMIN_ID,
        user_id=ADMIN_ID,
        operation=OperationKind.SEND,
        sender="3000505",
        recipient_count=500,
        parts=1,
        batch_index=2,
        batch_total=3,
    )


async def test_restart_mid_send_reports_batches_and_resends_nothing(database_url):
    async with running_fake_panel() as fake, running_botapi_stub(TOKEN) as stub:
        settings = make_settings(database_url, fake.url, stub.base_url)
        stub.add_user(ADMIN_ID, "Admin")
        async with running_bot(settings, base_file_url=stub.base_file_url, poll_timeout=1) as app:
            await _start_batches(app.services.storage, "op-restart")
        async with running_bot(settings, base_file_url=stub.base_file_url, poll_timeout=1) as app:
            notice = await stub.wait_for_message(ADMIN_ID)
            rows = await app.services.storage.audits_for_operation("op-restart")
        assert "۴۷۱۱" in notice.text
        assert "نامعلوم" in notice.text and "/history" in notice.text
        assert [row.state for row in rows] == [AuditState.SENT, AuditState.UNKNOWN]
        assert fake.state.requests_for("send") == []
