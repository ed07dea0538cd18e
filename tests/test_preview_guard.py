"""A preview that would fail offers no Send and says why (issue 14), through the real
Application: credit short (the shortfall, the covered count and «send to that many»), no
recipients (an empty phone book, nothing valid), an empty / invisible text."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal

from bot.botapi_stub.user_side import visible
from bot.formatting import strip_isolates
from bot.services.sending import PreviewBlock, SendDraft, estimate, preview_block
from storage import OperationKind
from tests.send_helpers import final_result, preview_of, start_send, wait_text
from tests.texts import fa

SEND = fa("button-send")


def many_numbers(count: int) -> str:
    return "\n".join(f"0912{index:07d}" for index in range(count))


def buttons(message) -> list[str]:
    return [visible(text) for text in message.button_texts]


def plain(message) -> str:
    return strip_isolates(message.text or "")


def sent_numbers(bot_env) -> list[list[str]]:
    return [json.loads(send.fields["to"]) for send in bot_env.panel_received("send")]


async def test_short_credit_shows_the_shortfall_and_sends_exactly_the_covered_count(bot_env):
    bot_env.fake.state.accounts["demo"].credit = Decimal(30_000)  # 300 one-SMS recipients
    preview = await preview_of(bot_env, many_numbers(500), "Hello")
    text = plain(preview)
    assert fa("preview-blocked-credit", shortfall=20_000, covered=300) in text
    assert fa("send-preview-credit-low") not in text
    assert SEND not in buttons(preview)
    offer = fa("preview-button-send-covered", count=300)
    assert offer in buttons(preview)
    before = len(bot_env.stub.messages(bot_env.admin.user_id))

    taps = await asyncio.gather(  # a double tap on the offer
        *(bot_env.stub.tap(bot_env.admin, preview.message_id, text=offer) for _ in range(2))
    )
    outdated = bot_env.app.services.i18n.t("send-preview-outdated", locale="fa")
    assert sorted(answer.text or "" for answer in taps) == sorted(["", outdated])
    cut = await wait_text(bot_env, fa("preview-covered-notice", count=300, dropped=200))
    assert cut.message_id == preview.message_id  # the same preview, edited: nothing stacks
    assert fa("send-preview-recipients", count=300) in plain(cut)
    assert SEND in buttons(cut)
    await bot_env.stub.wait_idle()
    assert len(bot_env.stub.messages(bot_env.admin.user_id)) == before
    messages = len(bot_env.stub.messages(bot_env.admin.user_id))

    await bot_env.tap(SEND, message=cut)
    result = await final_result(bot_env)
    assert fa("sendjob-summary-done") in plain(result)
    assert sent_numbers(bot_env) == [[f"0912{index:07d}" for index in range(300)]]
    assert len(bot_env.stub.messages(bot_env.admin.user_id)) == messages


async def test_credit_for_nobody_offers_no_send_at_all(bot_env):
    bot_env.fake.state.accounts["demo"].credit = Decimal(50)
    preview = await preview_of(bot_env, "09121234567\n09351112233", "Hello")
    assert fa("preview-blocked-credit-none", shortfall=150) in plain(preview)
    assert SEND not in buttons(preview)
    assert not any("گیرندهٔ نخست" in label for label in buttons(preview))
    assert bot_env.panel_received("send") == []


async def test_an_empty_phone_book_is_refused_before_any_send(bot_env):
    await bot_env.login()
    shown = await bot_env.say("/books")
    while not any("دفترچه خالی" in visible(label) for label in shown.button_texts):
        shown = await bot_env.tap(fa("button-next"), message=shown)  # the list is paged
    empty = next(label for label in shown.button_texts if "دفترچه خالی" in visible(label))
    shown = await bot_env.tap(empty, message=shown)
    await bot_env.tap("تمام", message=shown)
    await bot_env.say("۳۰۰۰۵۰۵")
    preview = await bot_env.say("متن آزمایشی")
    assert fa("preview-blocked-no-recipients") in plain(preview)
    assert SEND not in buttons(preview)
    await bot_env.stub.wait_idle()
    assert bot_env.panel_received("booksend") == []


async def test_nothing_valid_never_reaches_a_preview(bot_env):
    await bot_env.login()
    await start_send(bot_env)
    reply = await bot_env.say("0912123\nسلام")
    assert fa("send-recipients-none") in plain(reply)  # with the rejected tokens, one message
    assert fa("send-preview-title") not in plain(reply)
    await bot_env.stub.wait_idle()
    assert bot_env.panel_received("send") == []


async def test_invisible_texts_are_refused_at_the_text_step_and_at_edit(bot_env):
    await bot_env.login()
    await start_send(bot_env)
    gathered = await bot_env.say("09121234567")
    await bot_env.tap(fa("recipients-button-continue"), message=gathered)
    for invisible in ("\u200c", "\u200c \u200c", "\u200f\u200c\u2068\u2069", " \u200d "):
        reply = await bot_env.say(invisible)
        assert plain(reply) == fa("send-text-empty")
    preview = await bot_env.say("سلام")
    await bot_env.tap(fa("button-edit-text"), message=preview)
    reply = await bot_env.say("\u200c\u200c\u200c")
    assert plain(reply) == fa("send-text-empty")
    await bot_env.stub.wait_idle()
    assert bot_env.panel_received("send") == []


async def test_a_one_shot_with_an_invisible_text_sends_nothing(bot_env):
    await bot_env.login()
    await bot_env.stub.send_text(bot_env.admin, "/send 09121234567\n\u200c\u200c")
    await wait_text(bot_env, fa("send-text-empty"))
    await bot_env.stub.wait_idle()
    assert bot_env.panel_received("send") == []


def test_the_block_of_a_draft():
    def block(draft: SendDraft, credit: int | None = None) -> PreviewBlock | None:
        return preview_block(draft, estimate(draft, None if credit is None else Decimal(credit)))

    listed = SendDraft(OperationKind.SEND, text="سلام", recipients=["09121234567"])
    assert block(listed) is None
    assert block(SendDraft(OperationKind.SEND, text="\u200c", recipients=["09121234567"])) == (
        PreviewBlock.EMPTY_TEXT
    )
    assert block(SendDraft(OperationKind.SEND, text="سلام")) is PreviewBlock.NO_RECIPIENTS
    empty_book = SendDraft(OperationKind.BOOKS, text="سلام", book_ids=[1], estimated_count=0)
    assert block(empty_book) is PreviewBlock.NO_RECIPIENTS
    unknown_size = SendDraft(OperationKind.BOOKS, text="سلام", book_ids=[1])
    assert block(unknown_size) is None
    assert block(listed, credit=99) is PreviewBlock.CREDIT
    assert block(listed, credit=100) is None
    assert (
        estimate(
            SendDraft(OperationKind.SEND, text="a" * 200, recipients=["1"] * 10), Decimal(450)
        ).covered
        == 2
    )  # two SMS each: 200 rials a recipient


async def test_a_retry_after_a_credit_refusal_previews_with_the_covered_count(bot_env):
    preview = await preview_of(bot_env, many_numbers(500), "Hello")
    assert SEND in buttons(preview)
    bot_env.fake.state.accounts["demo"].credit = Decimal(20_000)  # spent elsewhere meanwhile
    await bot_env.tap(SEND, message=preview)
    failed = await final_result(bot_env)
    assert "کد ۵" in plain(failed)
    retry = next(label for label in buttons(failed) if "ارسال دوباره" in label)
    offer = await bot_env.tap(retry, message=failed)
    assert plain(offer) == fa("preview-retry-credit-short")
    assert fa("sendjob-button-retry-yes") not in buttons(offer)
    again = await bot_env.tap(fa("preview-button-retry-preview"), message=offer)
    assert fa("preview-blocked-credit", shortfall=30_000, covered=200) in plain(again)
    assert SEND not in buttons(again)
    cut = await bot_env.tap(fa("preview-button-send-covered", count=200), message=again)
    await bot_env.tap(SEND, message=cut)
    await wait_text(bot_env, fa("sendjob-summary-done"))
    first, second = sent_numbers(bot_env)
    assert len(first) == 500 and second == first[:200]  # the refused request, then 200
