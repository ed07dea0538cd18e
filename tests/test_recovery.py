"""Restarts during a send job (clean stop, in-process): the job resumes where it stopped, the
chat is told once what went out, and audit rows of the old send path are settled."""

from __future__ import annotations

import asyncio
import json
from collections import Counter

from bot.botapi_stub import running_botapi_stub
from bot.formatting import strip_isolates
from bot.panel.fake import running_fake_panel
from bot.runtime import running_bot
from storage import AuditState, OperationKind
from tests.conftest import ADMIN_ID, DEMO_SENDER, TOKEN, make_settings


def bot(settings, stub):
    return running_bot(settings, base_file_url=stub.base_file_url, poll_timeout=1)


async def test_a_clean_restart_mid_job_resumes_it_and_sends_each_number_once(database_url):
    async with running_fake_panel() as fake, running_botapi_stub(TOKEN) as stub:
        settings = make_settings(database_url, fake.url, stub.base_url, send_batch_size=2)
        admin = stub.add_user(ADMIN_ID, "Admin")
        fake.state.latency = 0.3
        async with bot(settings, stub) as app:
            await app.services.storage.set_credentials(
                ADMIN_ID, username="demo", password="demo", sender=DEMO_SENDER
            )
            numbers = [f"0912{index:07d}" for index in range(12)]
            await stub.send_text(admin, "/send\n" + "\n".join(numbers) + "\nسلام")
            preview = await stub.wait_for_message(ADMIN_ID, lambda m: "ارسال" in m.button_texts)
            await stub.tap(admin, preview.message_id, text="ارسال")
            while len(fake.state.requests_for("send")) < 2:
                await asyncio.sleep(0.02)
        stopped_at = len(fake.state.requests_for("send"))
        assert stopped_at < 6  # the clean stop let the batch on its way finish, no more
        async with bot(settings, stub) as app:
            i18n = app.services.i18n
            notice = await stub.wait_for_message(
                ADMIN_ID, lambda m: "🔄" in (m.text or ""), timeout=10
            )
            done = strip_isolates(i18n.t("sendjob-summary-done", locale="fa"))
            await stub.wait_for_message(
                ADMIN_ID, lambda m: done in strip_isolates(m.text or ""), timeout=20
            )
        unknown = strip_isolates(i18n.t("sendjob-summary-unknown-advice", locale="fa"))
        assert unknown not in strip_isolates(notice.text)
        sent = Counter(
            n for s in fake.state.requests_for("send") for n in json.loads(s.fields["to"])
        )
        assert len(sent) == 12 and set(sent.values()) == {1}


async def test_old_pending_audit_rows_become_unknown_and_nothing_is_resent(database_url):
    async with running_fake_panel() as fake, running_botapi_stub(TOKEN) as stub:
        settings = make_settings(database_url, fake.url, stub.base_url)
        stub.add_user(ADMIN_ID, "Admin")
        async with bot(settings, stub) as app:
            await app.services.storage.audit_start(
                operation_key="op-old",
                chat_id=ADMIN_ID,
                user_id=ADMIN_ID,
                operation=OperationKind.SEND,
                sender="3000505",
                recipient_count=500,
            )
        async with bot(settings, stub) as app:
            rows = await app.services.storage.audits_for_operation("op-old")
        assert [row.state for row in rows] == [AuditState.UNKNOWN]
        assert fake.state.requests_for("send") == []
