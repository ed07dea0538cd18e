"""Personalised texts (issue 17) through the real Application: a .csv or .xlsx with a header
row, a text naming its columns, the preview's two rendered examples, and ONE job whose panel
requests carry each recipient's own text (numbers with the same text share a request)."""

from __future__ import annotations

import json

import pytest

from bot.formatting import strip_isolates
from bot.services.personal_texts import column_key, render
from tests.send_helpers import start_send, wait_text, xlsx_bytes
from tests.texts import fa, fa_head

TEXT = "سلام {نام}، قسط {مبلغ} ریالی شما سررسید شده است."
ROWS = [
    ["نام", "موبایل", "مبلغ"],
    ["علی", "09121234567", "120000"],
    ["سارا رضایی از شرکت پخش سراسری البرز", "09351112233", "5000"],  # 2 SMS once filled
    ["مریم", "09120000001", "100"],
    ["مریم", "09120000002", "100"],  # the same text as the row above: one request for both
]


def expected_texts() -> dict[str, str]:
    header = [column_key(name) for name in ROWS[0]]
    return {row[1]: render(TEXT, dict(zip(header, row, strict=True))) for row in ROWS[1:]}


def csv_bytes() -> bytes:
    return "\n".join(",".join(row) for row in ROWS).encode()


async def upload_and_preview(env, filename: str, content: bytes, text: str = TEXT):
    await env.login()
    await start_send(env)
    await env.stub.send_document(env.admin, filename=filename, content=content)
    await wait_text(env, fa("recipients-gather-more").splitlines()[0])
    return await env.say(text)


@pytest.mark.parametrize(
    "filename,content",
    [("list.csv", csv_bytes()), ("list.xlsx", xlsx_bytes(ROWS))],
    ids=["csv", "xlsx"],
)
async def test_a_personalised_send_gives_each_number_its_own_text(bot_env, filename, content):
    preview = await upload_and_preview(bot_env, filename, content)
    shown = strip_isolates(preview.text)
    expected = expected_texts()
    assert fa("personal-preview-title") in shown
    first = fa("personal-preview-example", number="09121234567", text=expected["09121234567"])
    assert first in shown
    longest = max(expected.values(), key=len)
    assert longest in shown  # the second example is the longest text
    assert fa("personal-preview-longest", parts=2) in shown
    assert fa("personal-preview-total", parts=5) in shown  # 1 + 2 + 1 + 1
    assert fa("send-preview-recipients", count=4) in shown

    await bot_env.tap("ارسال", message=preview)
    summary = await wait_text(bot_env, fa("sendjob-summary-done"))
    assert fa_head("sendjob-summary-sent") in strip_isolates(summary.text)
    sends = bot_env.panel_received("send")
    received: dict[str, list[str]] = {}
    for send in sends:
        for number in json.loads(send.fields["to"]):
            received.setdefault(number, []).append(send.fields["message"])
    assert received == {number: [text] for number, text in expected.items()}  # each once
    assert len(sends) == 3  # the two «مریم» rows share one request
    assert all("{" not in send.fields["message"] for send in sends)
    assert len(await bot_env.storage.jobs.recent(bot_env.admin.user_id)) == 1  # ONE job


async def test_a_placeholder_naming_no_column_blocks_the_send_and_says_why(bot_env):
    preview = await upload_and_preview(bot_env, "list.csv", csv_bytes(), "سلام {نام} {شهر}")
    shown = strip_isolates(preview.text)
    assert fa_head("personal-unknown-names") in shown and "{شهر}" in shown
    assert fa("button-send") not in [strip_isolates(text) for text in preview.button_texts]
    fixed = await bot_env.tap(fa("button-edit-text"), message=preview)
    assert fixed.text
    again = await bot_env.say("سلام {نام}")
    assert fa("button-send") in [strip_isolates(text) for text in again.button_texts]
    assert bot_env.panel_received("send") == []


def test_a_personalised_draft_waiting_for_approval_keeps_its_table():
    """An operator's send may wait for an admin: the stored draft keeps each row's values."""
    from bot.services import personal_sends
    from bot.services.approval_jobs import draft_from_json, draft_to_json
    from bot.services.personal_texts import read_table
    from bot.services.sending import SendDraft
    from storage import OperationKind

    draft = SendDraft(OperationKind.SEND, sender="3000", text=TEXT)
    draft.personal = read_table(ROWS)
    stored = json.loads(json.dumps(draft_to_json(draft)))
    again = draft_from_json(stored)
    assert again.is_personal
    assert dict(personal_sends.texts_of(again)) == dict(personal_sends.texts_of(draft))


def _messages_by_number(env) -> dict[str, list[str]]:
    received: dict[str, list[str]] = {}
    for send in env.panel_received("send"):
        for number in json.loads(send.fields["to"]):
            received.setdefault(number, []).append(send.fields["message"])
    return received


async def test_numbers_removed_at_the_preview_keep_the_others_texts_personal(bot_env):
    preview = await upload_and_preview(bot_env, "list.csv", csv_bytes())
    ask = await bot_env.tap(fa("recipients-button-remove"), message=preview)
    assert strip_isolates(ask.text) == fa("recipients-ask-remove")
    after = await bot_env.say("09351112233")
    shown = strip_isolates(after.text)
    assert fa("recipients-removed", count=1) in shown
    assert fa("personal-preview-title") in shown  # still one text per recipient
    assert fa("send-preview-recipients", count=3) in shown
    await bot_env.tap(fa("button-send"), message=after)
    await wait_text(bot_env, fa("sendjob-summary-done"))
    expected = expected_texts()
    del expected["09351112233"]
    assert _messages_by_number(bot_env) == {number: [text] for number, text in expected.items()}


async def test_numbers_added_to_a_table_say_the_text_is_no_longer_filled_in(bot_env):
    await bot_env.login()
    await start_send(bot_env)
    await bot_env.stub.send_document(bot_env.admin, filename="list.csv", content=csv_bytes())
    await wait_text(bot_env, fa("recipients-gather-more").splitlines()[0])
    added = await bot_env.say("09127777777")
    assert fa("personal-table-dropped") in strip_isolates(added.text)
    preview = await bot_env.say(TEXT)
    shown = strip_isolates(preview.text)
    assert fa("personal-not-filled", names="{نام}، {مبلغ}") in shown
    assert fa("personal-preview-title") not in shown
