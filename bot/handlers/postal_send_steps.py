"""/postal after the count: «حداکثر تعداد», the sender line (tapped or typed) and the message,
handed to the shared preview as one draft with a panel request per area and operator.
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update

from bot.context import BotContext
from bot.handlers import postal_render
from bot.handlers.common import prompt, reply, user_id
from bot.handlers.postal_target_steps import AREA_LIST, SENDER, TEXT_KEYS, show_lines
from bot.handlers.target_steps import back_cancel_row, line_callbacks, text_to_preview
from bot.services.sending import SendDraft
from bot.services.target_requests import parse_cap, requests_total
from bot.services.targets import PostalSelection
from storage import OperationKind

CAP, TEXT = "postal.cap", "postal.text"
BACK_TO_LINES = "postal.back_to_lines"


@AREA_LIST.with_current
async def ask_cap(update: Update, context: BotContext, selection: PostalSelection) -> str | int:
    """«حداکثر تعداد»: ask how many numbers at most."""
    owner = user_id(update)
    markup = InlineKeyboardMarkup([back_cancel_row(context, BACK_TO_LINES, owner)])
    await prompt(update, context, context.t("targets-ask-cap", total=selection.total), markup)
    return CAP


@AREA_LIST.with_current
async def cap_typed(update: Update, context: BotContext, selection: PostalSelection) -> str | int:
    """A typed cap (any digits): kept when some whole request fits under it."""
    cap = parse_cap(update.message.text)
    if cap is None:
        await reply(update, context.t("targets-cap-invalid"))
        return CAP
    smallest = min((r.count for r in selection.requests if r.count), default=0)
    if cap < smallest:
        await reply(update, context.t("targets-cap-too-small", smallest=smallest))
        return CAP
    selection.cap = cap if cap < selection.total else None
    return await show_lines(update, context, selection)


line_tapped, line_typed = line_callbacks(
    AREA_LIST,
    TEXT_KEYS,
    lambda selection: bool(selection.to_send),
    stay=SENDER,
    back=BACK_TO_LINES,
    then=TEXT,
)


@AREA_LIST.with_current
async def text_typed(
    update: Update, context: BotContext, selection: PostalSelection
) -> str | int | None:
    """The message: hand the draft to the shared preview."""
    return await text_to_preview(update, context, _draft(context, selection))


def _draft(context: BotContext, selection: PostalSelection) -> SendDraft:
    assert selection.sender is not None
    requests = selection.to_send
    return SendDraft(
        OperationKind.POSTAL,
        sender=selection.sender,
        requests=requests,
        target=postal_render.draft_target(context, selection, requests),
        estimated_count=requests_total(requests),
    )
