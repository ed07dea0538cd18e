"""Group chats: /report of today's sends, who may ask, and the group's own panel account."""

from datetime import UTC, datetime

from bot.services.report_ranges import today
from bot.services.sending import PART_PRICE_RIALS
from storage import AuditState, OperationKind, Role
from tests.conftest import ADMIN_ID, OPERATOR_ID, STRANGER_ID

GROUP = -100123
SECOND_ADMIN = 1003


def t(bot_env, key, **variables):
    return bot_env.app.services.i18n.t(key, locale="fa", **variables)


def group(bot_env, admins=(ADMIN_ID,), members=()):
    return bot_env.stub.add_group(
        chat_id=GROUP, title="فروش", admins=list(admins), members=list(members)
    )


async def audit(bot_env, key, state, recipients, chat=GROUP):
    row = await bot_env.storage.audit_start(
        operation_key=key,
        chat_id=chat,
        user_id=ADMIN_ID,
        operation=OperationKind.SEND,
        sender="3000505",
        recipient_count=recipients,
    )
    if state is not AuditState.PENDING:
        await bot_env.storage.audit_finish(row, state=state, bulk_id="1")


async def test_report_in_a_group_counts_todays_sends_of_the_company_by_state(bot_env):
    """/report in a group is the company report (every chat), for the group's admins."""
    group(bot_env)
    await audit(bot_env, "a", AuditState.SENT, 10)
    await audit(bot_env, "b", AuditState.SENT, 5)
    await audit(bot_env, "c", AuditState.FAILED, 3)
    await audit(bot_env, "d", AuditState.UNKNOWN, 1)
    await audit(bot_env, "e", AuditState.PENDING, 2)
    await audit(bot_env, "f", AuditState.SENT, 500, chat=ADMIN_ID)  # another chat counts too
    reply = await bot_env.say("/report", chat=GROUP)
    period = today()
    assert reply.text.startswith(t(bot_env, "org-report-title-today", first=period.first_day))
    charged = 10 + 5 + 1 + 2 + 500  # a refused request costs nothing
    totals = t(
        bot_env,
        "org-report-totals",
        sends=6,
        recipients=521,
        parts=charged,
        cost=PART_PRICE_RIALS * charged,
    )
    assert totals in reply.text
    assert t(bot_env, "org-state-failed") in reply.text


async def test_report_with_nothing_sent_today(bot_env):
    group(bot_env)
    reply = await bot_env.say("/report", chat=GROUP)
    assert reply.text.endswith(t(bot_env, "org-report-empty"))


def test_today_starts_at_midnight_in_tehran():
    # 21:00 UTC is 00:30 of the next day in Tehran (UTC+03:30).
    period = today(datetime(2025, 3, 1, 21, 0, tzinfo=UTC))
    assert period.first_day.isoformat() == "2025-03-02"
    assert period.start == datetime(2025, 3, 1, 20, 30, tzinfo=UTC)


async def test_a_staff_admin_who_is_no_group_admin_is_refused(bot_env):
    await bot_env.storage.add_staff(SECOND_ADMIN, Role.ADMIN, added_by=ADMIN_ID)
    second = bot_env.user(SECOND_ADMIN, "Second")
    group(bot_env, members=[SECOND_ADMIN])
    await audit(bot_env, "a", AuditState.SENT, 10)
    reply = await bot_env.say("/report", user=second, chat=GROUP)
    assert reply.text == t(bot_env, "access-group-admins-only")


async def test_a_group_admin_who_is_only_an_operator_is_refused(bot_env):
    operator = await bot_env.add_operator()
    group(bot_env, admins=[ADMIN_ID, OPERATOR_ID])
    reply = await bot_env.say("/report", user=operator, chat=GROUP)
    assert reply.text == t(bot_env, "access-admins-only")


async def test_chat_admins_are_cached_for_a_short_time(bot_env):
    chat = group(bot_env)
    await bot_env.say("/report", chat=GROUP)
    await bot_env.say("/report", chat=GROUP)
    assert len(bot_env.stub.calls_for("getChatAdministrators")) == 1
    chat.admins.remove(ADMIN_ID)  # demoted in Telegram: still cached for a short time
    reply = await bot_env.say("/report", chat=GROUP)
    assert reply.text.endswith(t(bot_env, "org-report-empty"))
    bot_env.app.services.extras["chat_admins"].forget(GROUP)  # …until the cache expires
    reply = await bot_env.say("/report", chat=GROUP)
    assert reply.text == t(bot_env, "access-group-admins-only")


async def test_non_staff_members_are_refused_briefly(bot_env):
    stranger = bot_env.user(STRANGER_ID, "Stranger")
    group(bot_env, members=[STRANGER_ID])
    reply = await bot_env.say("/report", user=stranger, chat=GROUP)
    assert reply.text == t(bot_env, "not-staff-short")


async def test_group_commands_use_the_groups_own_account(bot_env):
    group(bot_env)
    await bot_env.login()  # the admin's private chat has an account, the group not yet
    await bot_env.say("/credit", chat=GROUP)
    assert bot_env.panel_received("credit") == []
    await bot_env.login(chat_id=GROUP)
    reply = await bot_env.say("/credit", chat=GROUP)
    assert "۲۵۰٬۰۰۰" in reply.text
    assert len(bot_env.panel_received("credit")) == 1


class _Admins:
    """A Bot stand-in that counts getChatAdministrators calls."""

    def __init__(self, ids):
        self.ids, self.calls = ids, 0

    async def get_chat_administrators(self, chat_id):
        from types import SimpleNamespace

        self.calls += 1
        return [SimpleNamespace(user=SimpleNamespace(id=i)) for i in self.ids]


async def test_the_admin_cache_expires_after_its_ttl():
    from bot.services.chat_admins import ChatAdminCache

    now = [0.0]
    cache = ChatAdminCache(ttl=60, clock=lambda: now[0])
    bot = _Admins([ADMIN_ID])
    assert await cache.admin_ids(bot, GROUP) == {ADMIN_ID}
    bot.ids = []
    now[0] = 59
    assert await cache.admin_ids(bot, GROUP) == {ADMIN_ID}
    now[0] = 61
    assert await cache.admin_ids(bot, GROUP) == frozenset()
    assert bot.calls == 2


async def test_two_admins_in_one_group_keep_their_own_flows(bot_env):
    await bot_env.storage.add_staff(SECOND_ADMIN, Role.ADMIN, added_by=ADMIN_ID)
    second = bot_env.user(SECOND_ADMIN, "Second")
    group(bot_env, admins=[ADMIN_ID, SECOND_ADMIN])
    mine = await bot_env.say("/staff", chat=GROUP)
    await bot_env.tap(t(bot_env, "staff-button-add"), chat=GROUP, message=mine)
    prompt = await bot_env.stub.wait_for_message(GROUP)  # ForceReply, addressed to the admin
    assert prompt.reply_markup == {"force_reply": True, "selective": True}
    theirs = await bot_env.say("/staff", user=second, chat=GROUP)
    assert t(bot_env, "staff-list-title") in theirs.text
    await bot_env.stub.reply_to(bot_env.admin, prompt, "12345")  # privacy mode: a reply
    roles = await bot_env.stub.wait_for_message(GROUP)
    assert "اپراتور" in roles.button_texts
    await bot_env.stub.reply_to(second, theirs, "54321")  # the second admin is not asked an id
    hint = await bot_env.stub.wait_for_message(GROUP)
    assert hint.text == t(bot_env, "start-stray-message")
    await bot_env.tap("اپراتور", chat=GROUP, message=roles)
    assert await bot_env.storage.get_role(12345) == Role.OPERATOR
    assert await bot_env.storage.get_role(54321) is None


async def test_account_reports_in_a_group_are_for_its_administrators(bot_env):
    group(bot_env, admins=(ADMIN_ID,), members=(OPERATOR_ID,))
    operator = await bot_env.add_operator()
    await bot_env.login(chat_id=GROUP)
    for command in ("/credit", "/delivery 1", "/history"):
        refused = await bot_env.say(command, user=operator, chat=GROUP)
        assert refused.text == t(bot_env, "access-group-admins-only")
    assert bot_env.panel_received("credit") == []
    answer = await bot_env.say("/credit", chat=GROUP)
    assert "۲۵۰٬۰۰۰" in answer.text
