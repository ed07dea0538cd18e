"""/postal: tick Tehran areas (or type postal codes) → operator (or both) → gender → the summed
count and the sender line (with «حداکثر تعداد») → message → the shared preview and send.

One send: a panel request per area and operator, each a batch of the same job. Back steps
through every choice. The steps are in postal_target_steps and postal_send_steps; this module
joins them into the conversation.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler

from bot.callbacks import on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers import postal_render
from bot.handlers.common import show, user_id
from bot.handlers.conversation import TYPED, Step
from bot.handlers.postal_send_steps import (
    BACK_TO_LINES,
    CAP,
    TEXT,
    ask_cap,
    cap_typed,
    line_tapped,
    line_typed,
    text_typed,
)
from bot.handlers.postal_target_steps import (
    AREA,
    AREA_LIST,
    ASK_CAP,
    BACK_TO_GENDER,
    DONE,
    GENDER,
    OPERATOR,
    SENDER,
    area_tapped,
    area_typed,
    areas_done,
    gender_tapped,
    operator_tapped,
    show_lines,
)
from bot.handlers.target_steps import build_target_conversation, buttons_step, line_step, text_step
from bot.services.targets import PostalSelection

BACK_TO_AREA, BACK_TO_OPERATOR = "postal.back_to_area", "postal.back_to_operator"


@AREA_LIST.with_current
async def back(update: Update, context: BotContext, selection: PostalSelection) -> str | int:
    """Back: the previous choice, with what was chosen kept."""
    owner = user_id(update)
    name = update.callback_query.data.name
    if name == BACK_TO_AREA:
        return await AREA_LIST.show(update, context, selection)
    if name == BACK_TO_OPERATOR:
        await show(update, *postal_render.operator_screen(context, selection, owner))
        return OPERATOR
    if name == BACK_TO_LINES:
        return await show_lines(update, context, selection)
    await show(update, *postal_render.gender_screen(context, selection, owner))
    return GENDER


def build_postal_handlers(settings: Settings) -> list[BaseHandler]:
    back_to_lines = CallbackQueryHandler(back, pattern=on(BACK_TO_LINES))
    area = AREA_LIST.step(area_tapped, area_typed)
    states: dict[object, Step] = {
        AREA: Step([CallbackQueryHandler(areas_done, pattern=on(DONE)), *area.handlers], area.hint),
        OPERATOR: buttons_step(
            CallbackQueryHandler(operator_tapped, pattern=on(OPERATOR)),
            CallbackQueryHandler(back, pattern=on(BACK_TO_AREA)),
        ),
        GENDER: buttons_step(
            CallbackQueryHandler(gender_tapped, pattern=on(GENDER)),
            CallbackQueryHandler(back, pattern=on(BACK_TO_OPERATOR)),
        ),
        SENDER: line_step(
            line_tapped,
            line_typed,
            CallbackQueryHandler(ask_cap, pattern=on(ASK_CAP)),
            CallbackQueryHandler(back, pattern=on(BACK_TO_GENDER)),
            action=SENDER,
        ),
        CAP: Step([back_to_lines, MessageHandler(TYPED, cap_typed)], hint="targets-hint-cap"),
        TEXT: text_step(text_typed, back, BACK_TO_LINES),
    }
    return [build_target_conversation("postal", settings, AREA_LIST.start, states)]
