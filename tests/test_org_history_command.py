"""/history › «همهٔ ارسال‌ها» through the real Application: admins page through every chat's sends
with staff names and a snippet, filter by operator, state and account; operators see their own."""

from __future__ import annotations

from bot.formatting import strip_isolates
from bot.services.company_history import PAGE_SIZE, pages
from storage import AuditState, OperationKind
from storage.org import OrgStore
from storage.org_records import Profile
from tests.conftest import ADMIN_ID, OPERATOR_ID
from tests.test_org_job_wiring import next_text, operator_preview, share_with_operator
from tests.texts import fa

SARA, GROUP = 2002, -100321


async def sent(bot_env, key, *, chat, user, state=AuditState.SENT, text="سلام"):
    audit_id = await bot_env.storage.audit_start(
        operation_key=key,
        chat_id=chat,
        user_id=user,
        operation=OperationKind.SEND,
        sender="3000",
        recipient_count=10,
        text=text,
    )
    await bot_env.storage.audit_finish(audit_id, state=state, bulk_id=key.removeprefix("k"))


async def company(bot_env):
    """Sends of three staff members in three chats; Sara's are many (two pages)."""
    await bot_env.add_operator()
    org = OrgStore.of(bot_env.storage)
    await org.save_profile(Profile(SARA, "سارا", "احمدی"))
    await org.save_profile(Profile(OPERATOR_ID, "رضا"))
    await sent(bot_env, "k1", chat=OPERATOR_ID, user=OPERATOR_ID, text="حراج ویژهٔ زمستانه")
    await sent(bot_env, "k2", chat=GROUP, user=SARA, state=AuditState.FAILED)
    for n in range(PAGE_SIZE):
        await sent(bot_env, f"k{n + 10}", chat=GROUP, user=SARA)
    await sent(bot_env, "k3", chat=ADMIN_ID, user=ADMIN_ID)


def plain(message) -> str:
    return strip_isolates(message.text or "")


def labels(message) -> list[str]:
    return [strip_isolates(label) for label in message.button_texts]


async def open_company(bot_env, user=None):
    mine = await bot_env.say("/history", user=user)
    return await bot_env.tap(fa("org-history-button-open"), user=user, message=mine)


async def test_an_admin_pages_and_filters_every_chats_sends(bot_env):
    await company(bot_env)
    total = PAGE_SIZE + 3
    first = await open_company(bot_env)
    assert plain(first).startswith(
        strip_isolates(fa("org-history-title", page=1, pages=pages(total), total=total))
    )
    assert "سارا احمدی" in plain(first)
    assert fa("org-history-button-newer") not in labels(first)

    older = await bot_env.tap(fa("org-history-button-older"), message=first)
    assert strip_isolates(fa("org-history-title", page=2, pages=2, total=total)) in plain(older)
    assert "رضا" in plain(older) and "«حراج ویژهٔ زمستانه»" in plain(older)

    choose = await bot_env.tap(fa("org-history-button-operator"), message=older)
    assert strip_isolates(choose.text) == fa("org-history-choose")
    only_reza = await bot_env.tap("رضا", message=choose)
    assert strip_isolates(fa("org-history-title", page=1, pages=1, total=1)) in plain(only_reza)

    choose = await bot_env.tap(fa("org-history-button-operator"), message=only_reza)
    everyone = await bot_env.tap(fa("org-history-button-all"), message=choose)
    choose = await bot_env.tap(fa("org-history-button-state"), message=everyone)
    failed = await bot_env.tap(fa("org-state-failed"), message=choose)
    assert strip_isolates(fa("org-history-title", page=1, pages=1, total=1)) in plain(failed)
    assert "سارا احمدی" in plain(failed) and "رضا" not in plain(failed)


async def test_an_operator_sees_only_their_own_sends_and_no_staff_filter(bot_env):
    await company(bot_env)
    operator = bot_env.users[OPERATOR_ID]
    mine = await open_company(bot_env, user=operator)
    assert strip_isolates(fa("org-history-title", page=1, pages=1, total=1)) in plain(mine)
    assert "سارا" not in plain(mine)
    assert fa("org-history-button-operator") not in labels(mine)
    assert fa("org-history-button-state") in labels(mine)


async def test_an_admin_filters_by_the_shared_account(bot_env):
    _, operator = await share_with_operator(bot_env)
    await sent(bot_env, "k5", chat=ADMIN_ID, user=ADMIN_ID)  # with the admin chat's own account
    preview = await operator_preview(bot_env, operator, text="پیامک حساب فروش")
    await bot_env.tap(fa("button-send"), user=operator, message=preview)
    await next_text(bot_env, OPERATOR_ID, "sendjob-summary-done")

    first = await open_company(bot_env)
    assert strip_isolates(fa("org-history-title", page=1, pages=1, total=2)) in plain(first)
    assert fa("org-account-of", name="Admin") in plain(first)  # a private chat's own, by name
    choose = await bot_env.tap(fa("org-history-button-account"), message=first)
    sales = fa("org-account-shared", name="خط فروش")
    only = await bot_env.tap(sales, message=choose)
    assert strip_isolates(fa("org-history-title", page=1, pages=1, total=1)) in plain(only)
    assert "«پیامک حساب فروش»" in plain(only) and sales in plain(only)


async def test_a_groups_own_account_is_shown_by_the_groups_title(bot_env):
    """Once staff wrote in the group, its title names its account, not its id."""
    bot_env.stub.add_group(GROUP, "پشتیبانی", admins=[ADMIN_ID])
    await bot_env.say("/help", chat=GROUP)
    await sent(bot_env, "k7", chat=GROUP, user=ADMIN_ID)
    first = await open_company(bot_env)
    assert fa("org-account-of-group", title="پشتیبانی") in plain(first)
    assert fa("org-account-chat", chat_id=GROUP) not in plain(first)
