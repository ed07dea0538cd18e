"""One permission rule for every path: for every feature of the registry, in a private chat and
in groups (as a group administrator or not), for a staff admin and an operator, a typed command,
a menu button and replayed callback data are allowed or refused alike."""

from __future__ import annotations

import asyncio

import pytest

from bot.botapi_stub.records import BotMessage
from bot.botapi_stub.serialize import message_json
from bot.features import FEATURES
from tests.conftest import ADMIN_ID, OPERATOR_ID

GROUP_OF_ADMINS = -100601  # both users administer this group
GROUP_OF_MEMBERS = -100602  # neither does
# Written from the issue, not read from the registry: the registry must agree with them.
ADMIN_ONLY = {"newuser", "staff", "report", "accounts"}  # sharing accounts: admins (issue 18)
PRIVATE_ONLY = {"newuser"}
FOR_GROUP_ADMINS = {
    "credit", "delivery", "status", "inbox", "packages", "history", "report",
    "staff", "login", "logout", "settings", "lang", "templates_edit", "accounts",
}  # fmt: skip
REFUSALS = ("access-admins-only", "access-private-only", "access-group-admins-only")


def t(env, key: str, **variables) -> str:
    return env.app.services.i18n.t(key, locale="fa", **variables)


def expected_refusal(feature: str, chat: int, admin: bool) -> str | None:
    private = chat > 0
    if feature in ADMIN_ONLY and not admin:
        return "access-admins-only"
    if not private and feature in PRIVATE_ONLY:
        return "access-private-only"
    if chat == GROUP_OF_MEMBERS and feature in FOR_GROUP_ADMINS:
        return "access-group-admins-only"
    return None


def test_the_registry_declares_the_rule_of_the_issue():
    assert {f.name for f in FEATURES if f.admins_only} == ADMIN_ONLY
    assert {f.name for f in FEATURES if not f.in_groups} == PRIVATE_ONLY
    assert {f.name for f in FEATURES if f.group_admins} == FOR_GROUP_ADMINS


async def replay(env, user, message: BotMessage, data: str):
    """Callback data tapped on `message`, as a client replaying it would send it."""
    query_id, answered = env.stub.open_query()
    env.stub.updates.put(
        "callback_query",
        {
            "id": query_id,
            "from": user.to_json(),
            "message": message_json(env.stub, message),
            "chat_instance": f"ci{message.chat_id}",
            "data": data,
        },
    )
    return await asyncio.wait_for(answered, 5)


def menu_data(menu: BotMessage, label: str) -> str | None:
    for row in menu.inline_keyboard:
        for button in row:
            if button["text"] == label:
                return button["callback_data"]
    return None


async def setup(env):
    operator = await env.add_operator()
    for chat in (ADMIN_ID, OPERATOR_ID, GROUP_OF_ADMINS, GROUP_OF_MEMBERS):
        await env.login(chat_id=chat)
    env.stub.add_group(GROUP_OF_ADMINS, "مدیران", admins=[ADMIN_ID, OPERATOR_ID])
    env.stub.add_group(GROUP_OF_MEMBERS, "اعضا", admins=[4040], members=[ADMIN_ID, OPERATOR_ID])
    return [(env.admin, True), (operator, False)]


@pytest.mark.parametrize("feature", FEATURES, ids=[f.name for f in FEATURES])
async def test_one_rule_for_commands_buttons_and_replayed_callbacks(bot_env, feature):
    refusals = {t(bot_env, key) for key in REFUSALS}
    for user, admin in await setup(bot_env):
        menu = await bot_env.say("/start", user=user)
        label = t(bot_env, f"start-button-{feature.name}") if feature.menu else None
        data = menu_data(menu, label) if label else None
        if feature.menu and feature.admins_only and not admin:
            assert data is None  # an operator's menu does not offer it
        for chat in (user.user_id, GROUP_OF_ADMINS, GROUP_OF_MEMBERS):
            expected = expected_refusal(feature.name, chat, admin)
            want = t(bot_env, expected) if expected else None
            where = f"{feature.name} by {'admin' if admin else 'operator'} in {chat}"
            for command in feature.commands:
                reply = await bot_env.say(f"/{command}", user=user, chat=chat)
                if want:
                    assert reply.text == want, f"/{command}: {where}"
                else:
                    assert reply.text not in refusals, f"/{command}: {where}"
                await bot_env.stub.wait_idle()
            if data is None:
                continue
            target = bot_env.last(chat)
            answer = await replay(bot_env, user, target, data)
            if want:
                assert answer.text == want, f"replayed menu button: {where}"
            else:
                assert answer.text not in refusals, f"replayed menu button: {where}"
            await bot_env.stub.wait_idle()
        if data is not None:  # the menu button itself, in the private chat
            answer = await bot_env.stub.tap(user, menu.message_id, text=label)
            want_private = expected_refusal(feature.name, user.user_id, admin)
            assert answer.text == (t(bot_env, want_private) if want_private else answer.text)
            assert want_private is not None or answer.text not in refusals
            await bot_env.stub.wait_idle()
