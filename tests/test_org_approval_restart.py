"""An approval survives restarts of the bot: a request asked before a restart is approved after
it (one job, one panel request), and a second admin's tap after another restart is told who
decided, and sends nothing."""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from dataclasses import replace

from bot.botapi_stub import running_botapi_stub
from bot.botapi_stub.serialize import message_json
from bot.formatting import strip_isolates
from bot.panel.fake import running_fake_panel
from bot.runtime import running_bot
from tests.conftest import ADMIN_ID, OPERATOR_ID, TOKEN, BotEnv, make_settings
from tests.test_org_job_wiring import (
    ADMIN_GROUP,
    NUMBERS,
    SHARED_LOGIN,
    approval_setup,
    ask_for_approval,
    next_text,
    sent_to,
)
from tests.texts import fa


@asynccontextmanager
async def restartable(database_url: str):
    """The fake panel and the Bot API stand-in outlive the bot; `start(env)` runs a new bot."""
    async with running_fake_panel() as fake, running_botapi_stub(TOKEN) as stub:
        settings = make_settings(database_url, fake.url, stub.base_url)
        admin = stub.add_user(ADMIN_ID, "Admin", "admin")

        def start(env: BotEnv | None = None):
            @asynccontextmanager
            async def running():
                kwargs = dict(base_file_url=stub.base_file_url, poll_timeout=1, strict_i18n=True)
                async with running_bot(settings, **kwargs) as app:
                    if env is None:
                        yield BotEnv(stub, fake, app, settings, admin, {ADMIN_ID: admin})
                    else:
                        yield replace(env, app=app)

            return running()

        yield start


async def test_an_approval_tapped_after_restarts_decides_once_and_sends_once(migrated_database_url):
    approve = fa("org-approval-button-approve")
    async with restartable(migrated_database_url) as start:
        async with start() as env:
            _, operator, second = await approval_setup(env)
            request = await ask_for_approval(env, operator)
            data = next(d for row in request.buttons for label, d in row if label == approve)
            assert env.panel_received("send") == []
        async with start(env) as env:  # restarted: the request's buttons still decide
            await env.stub.tap(env.admin, request.message_id, approve, chat=ADMIN_GROUP)
            await next_text(env, OPERATOR_ID, "org-approval-approved", name="Admin")
            await next_text(env, OPERATOR_ID, "sendjob-summary-done")
        async with start(env) as env:  # restarted again: a late tap is told who decided
            late = await replayed_tap(env, second, request, data)
            assert late.show_alert
            assert strip_isolates(late.text) == fa("org-approval-already-approved", name="Admin")
            await asyncio.sleep(0.5)  # a second job, if any, would have reached the panel by now
            assert sent_to(env) == [(SHARED_LOGIN, NUMBERS)]
            told = [
                m
                for m in env.stub.messages(OPERATOR_ID)
                if fa("org-approval-approved", name="Admin") in strip_isolates(m.text or "")
            ]
            assert len(told) == 1


async def replayed_tap(env: BotEnv, user, message, data: str):
    """A tap on a button a slow client still shows (Telegram re-sends its callback data)."""
    query_id, answered = env.stub.open_query()
    env.stub.updates.put(
        "callback_query",
        {
            "id": query_id,
            "from": user.to_json(),
            "message": message_json(env.stub, message),
            "chat_instance": f"ci{ADMIN_GROUP}",
            "data": data,
        },
    )
    return await asyncio.wait_for(answered, 10)
