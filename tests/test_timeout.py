"""A half-finished conversation closes after the configured idle time, with a message."""

from __future__ import annotations

import pytest

from bot.botapi_stub import running_botapi_stub
from bot.formatting import strip_isolates
from bot.panel.fake import running_fake_panel
from bot.runtime import running_bot
from tests.conftest import ADMIN_ID, DEMO_SENDER, TOKEN, make_settings
from tests.texts import fa


@pytest.mark.parametrize("command", ["/send", "/books", "/postal", "/jobs", "/login"])
async def test_idle_conversation_times_out_with_a_message(database_url, command):
    async with running_fake_panel() as fake, running_botapi_stub(TOKEN) as stub:
        settings = make_settings(database_url, fake.url, stub.base_url, conversation_timeout=1)
        admin = stub.add_user(ADMIN_ID, "Admin")
        async with running_bot(settings, base_file_url=stub.base_file_url, poll_timeout=1) as app:
            i18n = app.services.i18n
            await app.services.storage.set_credentials(
                ADMIN_ID, username="demo", password="demo", sender=DEMO_SENDER
            )
            await stub.send_text(admin, command)
            await stub.wait_for_message(ADMIN_ID)
            closed = await stub.wait_for_message(
                ADMIN_ID,
                lambda m: m.text == i18n.t("conversation-timed-out", locale="fa"),
                timeout=5,
            )
            await stub.send_text(admin, "09121234567")  # too late: no flow takes it any more
            after = await stub.wait_for_message(ADMIN_ID, timeout=5)
        assert closed.text
        assert "شماره‌های گیرندگان" not in strip_isolates(after.text)
        assert fa("send-ask-text") not in strip_isolates(after.text)
        assert fake.state.requests_for("send") == []


async def test_send_on_a_preview_whose_flow_timed_out_says_it_is_outdated(database_url):
    async with running_fake_panel() as fake, running_botapi_stub(TOKEN) as stub:
        settings = make_settings(database_url, fake.url, stub.base_url, conversation_timeout=1)
        admin = stub.add_user(ADMIN_ID, "Admin")
        async with running_bot(settings, base_file_url=stub.base_file_url, poll_timeout=1) as app:
            i18n = app.services.i18n
            await app.services.storage.set_credentials(
                ADMIN_ID, username="demo", password="demo", sender=DEMO_SENDER
            )
            await stub.send_text(admin, "/send\n09121234567\nسلام")
            preview = await stub.wait_for_message(ADMIN_ID, lambda m: "ارسال" in m.button_texts)
            await stub.wait_for_message(
                ADMIN_ID, lambda m: m.text == i18n.t("conversation-timed-out", locale="fa")
            )
            await stub.tap(admin, preview.message_id, text="ارسال")
            outdated = await stub.wait_for_message(ADMIN_ID)
        assert outdated.text == i18n.t("send-preview-outdated", locale="fa")
        assert fake.state.requests_for("send") == []
