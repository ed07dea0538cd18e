"""A persisted flow the bot can no longer read (an older shape, a renamed class, garbage): the
bot starts anyway, the entry is dropped and the user is told their flow was reset."""

from __future__ import annotations

import logging

from bot.formatting import strip_isolates
from storage.persistence import DatabasePersistence, _save_data
from tests.conftest import ADMIN_ID, OPERATOR_ID
from tests.test_restart import bot, world

# A pickle of `bot.renamed_module.OldDraft()`: a class that no longer exists.
RENAMED_CLASS = b"\x80\x04cbot.renamed_module\nOldDraft\n)\x81."
OLDER_SHAPE = {
    "flows": {
        ADMIN_ID: {"flow": "send", "v": 0, "slots": {"draft": {"kind": "send", "numbers": 3}}}
    }
}


async def _store(settings) -> None:
    persistence = DatabasePersistence(settings.database_url, settings.secret_keys)
    await persistence.update_chat_data(ADMIN_ID, OLDER_SHAPE)
    await persistence.update_conversation("send", (ADMIN_ID, ADMIN_ID), "send.text")
    blob = persistence._cipher.encrypt_bytes(RENAMED_CLASS)
    await persistence._run(_save_data, kind="user", owner_id=OPERATOR_ID, blob=blob)
    await persistence.flush()


async def test_flow_data_of_the_first_version_is_dropped_and_the_user_told(tmp_path):
    """The first version kept flow data per user (user_data["flow"]): an older shape."""
    async with world(tmp_path) as (_fake, stub, settings):
        async with bot(settings, stub):
            pass
        persistence = DatabasePersistence(settings.database_url, settings.secret_keys)
        await persistence.update_user_data(ADMIN_ID, {"flow": {"target": ADMIN_ID}})
        await persistence.update_conversation("login", (ADMIN_ID, ADMIN_ID), 1)
        await persistence.flush()
        async with bot(settings, stub) as app:
            told = await stub.wait_for_message(ADMIN_ID, timeout=8)
            assert told.text == app.services.i18n.t("flow-reset", locale="fa")
            assert "flow" not in app.user_data[ADMIN_ID]
            await stub.send_text(stub.users[ADMIN_ID], "demo")  # no password is asked for
            reply = await stub.wait_for_message(ADMIN_ID, timeout=8)
            assert "/start" in reply.text


async def test_unreadable_flows_are_dropped_and_the_users_told(tmp_path, caplog):
    async with world(tmp_path) as (_fake, stub, settings):
        admin = stub.users[ADMIN_ID]
        stub.add_user(OPERATOR_ID, "Operator")
        async with bot(settings, stub):  # create the database
            pass
        await _store(settings)
        caplog.set_level(logging.WARNING)
        async with bot(settings, stub) as app:
            told = await stub.wait_for_message(ADMIN_ID, timeout=8)
            assert told.text == app.services.i18n.t("flow-reset", locale="fa")
            told = await stub.wait_for_message(OPERATOR_ID, timeout=8)
            assert told.text == app.services.i18n.t("flow-reset", locale="fa")
            assert "Dropped unreadable user data" in caplog.text
            # The old /send conversation does not answer: the text is a stray message.
            await stub.send_text(admin, "سلام")
            reply = await stub.wait_for_message(ADMIN_ID, timeout=8)
            assert strip_isolates(reply.text) == strip_isolates(
                app.services.i18n.t("start-stray-message", locale="fa")
            )
            assert not app.chat_data[ADMIN_ID].get("flows")
