"""Company /history: one line per send across chats, filtered, paged, with names and a snippet."""

from __future__ import annotations

from bot.i18n import I18n
from bot.services.company_history import PAGE_SIZE, history_text, scope_for, snippet
from storage import AuditState, OperationKind, Role
from storage.org import OrgStore
from storage.org_reports import HistoryFilter

# tests/ may or may not be a package; the fixtures module sits beside this file either way.
pytest_plugins = (f"{__package__}.storage_fixtures" if __package__ else "storage_fixtures",)

ALI, SARA = 2001, 2002
GROUP = -100900
I18N = I18n.load(strict=True)
LONG_TEXT = "جشنوارهٔ پاییزه\nتا ۳۰٪ تخفیف روی همهٔ کالاها فقط تا پایان هفته در همهٔ شعبه‌ها"


async def _send(store, key, *, chat, user, states, recipients=100, text="سلام"):
    for index, state in enumerate(states, start=1):
        audit_id = await store.audit_start(
            operation_key=key,
            chat_id=chat,
            user_id=user,
            operation=OperationKind.SEND,
            sender="3000",
            recipient_count=recipients,
            batch_index=index,
            batch_total=len(states),
            text=text,
        )
        await store.audit_finish(audit_id, state=state, bulk_id=f"{key}{index}")


async def _history(store):
    sent, failed, unknown = AuditState.SENT, AuditState.FAILED, AuditState.UNKNOWN
    await _send(store, "a1", chat=ALI, user=ALI, states=[sent, sent, unknown], text=LONG_TEXT)
    await _send(store, "s1", chat=GROUP, user=SARA, states=[failed])
    for n in range(PAGE_SIZE):
        await _send(store, f"s{n + 2}", chat=GROUP, user=SARA, states=[sent], recipients=10)
    return OrgStore.of(store)


async def test_one_line_per_send_newest_first_with_batches_counted(store):
    org = await _history(store)
    page, total = await org.history_page(HistoryFilter(), offset=0, limit=PAGE_SIZE)
    assert total == 2 + PAGE_SIZE and len(page) == PAGE_SIZE
    last, _ = await org.history_page(HistoryFilter(), offset=PAGE_SIZE, limit=PAGE_SIZE)
    assert [send.operation_key for send in last] == ["s1", "a1"]
    ali = last[1]
    assert (ali.recipients, ali.batches, ali.states) == (300, 3, {"sent": 2, "unknown": 1})
    assert ali.created_at.tzinfo is not None and ali.text == LONG_TEXT


async def test_filters_by_operator_account_and_state(store):
    org = await _history(store)
    by_ali, total = await org.history_page(HistoryFilter(user_id=ALI), offset=0, limit=20)
    assert [s.operation_key for s in by_ali] == ["a1"] and total == 1
    in_group, total = await org.history_page(HistoryFilter(chat_ids=(GROUP,)), offset=0, limit=20)
    assert total == 1 + PAGE_SIZE and {s.chat_id for s in in_group} == {GROUP}
    unknown, _ = await org.history_page(HistoryFilter(state="unknown"), offset=0, limit=20)
    failed, _ = await org.history_page(HistoryFilter(state="failed"), offset=0, limit=20)
    assert [s.operation_key for s in unknown] == ["a1"]
    assert [s.operation_key for s in failed] == ["s1"]


def test_operators_see_only_their_own_sends():
    wanted = HistoryFilter(user_id=ALI, state="sent")
    assert scope_for(Role.ADMIN, SARA, wanted) == wanted
    assert scope_for(Role.OPERATOR, SARA, wanted) == HistoryFilter(user_id=SARA, state="sent")
    assert scope_for(None, SARA, HistoryFilter()).user_id == SARA


async def test_the_page_names_the_sender_and_shows_a_one_line_snippet(store):
    fa = I18N.for_locale("fa")
    org = await _history(store)
    page, total = await org.history_page(HistoryFilter(user_id=ALI), offset=0, limit=PAGE_SIZE)
    names = {ALI: "علی رضایی"}
    text = history_text(
        fa, page, total=total, page=0, name_of=names.get, account_name=lambda _: None
    )
    assert "علی رضایی" in text and snippet(LONG_TEXT) in text
    assert "\n" not in snippet(LONG_TEXT) and snippet(LONG_TEXT).endswith("…")
    assert len(snippet(LONG_TEXT)) == 40
    assert fa.t("org-history-state", state=fa.t("org-state-unknown"), count=1) in text
    assert fa.t("org-history-title", page=1, pages=1, total=1) in text
    empty = history_text(fa, [], total=0, page=0, name_of=names.get, account_name=lambda _: None)
    assert empty == fa.t("org-history-empty")
