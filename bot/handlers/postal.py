"""/postal: tick Tehran areas (or type postal codes) → operator (or both) → gender → the summed
count and the sender line (with «حداکثر تعداد») → message → the shared preview and send.

One send: a panel request per area and operator, each a batch of the same job. Back steps
through every choice.
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler

from bot.callbacks import on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers import postal_render
from bot.handlers.common import END, answer, prompt, reply, show, user_id
from bot.handlers.conversation import TYPED, Step
from bot.handlers.line_step import typed_line
from bot.handlers.list_steps import ListActions, ListKeys, PagedList
from bot.handlers.target_steps import (
    CountedKeys,
    ask_text_screen,
    back_cancel_row,
    build_target_conversation,
    buttons_step,
    chat_panel,
    empty_screen,
    line_screen,
    line_step,
    text_step,
    text_to_preview,
)
from bot.keyboards import button
from bot.panel import Gender, Operator, PanelError
from bot.services.sending import SendDraft
from bot.services.target_requests import parse_cap, requests_total
from bot.services.targets import (
    MAX_AREAS,
    PostalCodeError,
    PostalSelection,
    count_postal,
    load_areas,
    parse_postal_code,
)
from storage import OperationKind

AREA, OPERATOR, GENDER = "postal.area", "postal.operator", "postal.gender"
SENDER, CAP, TEXT = "postal.sender", "postal.cap", "postal.text"
BACK_TO_GENDER = "postal.back_to_gender"
PER_PAGE = 8
TEXT_KEYS = CountedKeys(
    ask="postal-ask-text", empty="postal-count-empty", no_account="postal-no-account"
)

Screen = tuple[str, InlineKeyboardMarkup]


AREA_LIST = PagedList(
    kind=PostalSelection,
    state=AREA,
    load=load_areas,
    options=lambda context, selection: [
        (area.id, postal_render.area_label(context, area)) for area in selection.shown_areas
    ],
    searchable=lambda selection: [area for area in selection.areas if area.postal_code],
    actions=ListActions(choose="postal.area", page="postal.page", show_all="postal.all_areas"),
    keys=ListKeys(
        title="postal-choose-area",
        filtered="postal-filtered",
        show_all="postal-show-all",
        no_match="postal-no-match",
        hint="postal-hint-area",
        lost="postal-lost",
        no_account="postal-no-account",
    ),
    per_page=PER_PAGE,
    ticked=lambda selection: selection.selected_ids,
    done="postal.done",
    summary=postal_render.ticked_summary,
)


async def _show_lines(update: Update, context: BotContext, selection: PostalSelection) -> str:
    """The summed count with the sender-line step (or "nothing to send to")."""
    if not selection.total:
        summary = postal_render.count_summary(context, selection)
        owner = user_id(update)
        await show(update, *empty_screen(context, summary, TEXT_KEYS, BACK_TO_GENDER, owner))
        return SENDER
    await prompt(update, context, *await _lines_screen(update, context, selection))
    return SENDER


# --- steps ---------------------------------------------------------------------------------


async def area_tapped(update: Update, context: BotContext) -> str | int:
    """An area: tick or untick it (up to MAX_AREAS)."""
    await answer(update)
    selection = AREA_LIST.current(context)
    if selection is None:
        return await AREA_LIST.lost(update, context)
    if not selection.toggle_area(int(update.callback_query.data.value)):
        note = context.t("targets-too-many-areas", limit=MAX_AREAS)
        return await AREA_LIST.show(update, context, selection, note)
    return await AREA_LIST.show(update, context, selection)


async def area_typed(update: Update, context: BotContext) -> str | int:
    """Typed text: a 10-digit postal code is ticked; other text filters the areas by name."""
    selection = AREA_LIST.current(context)
    if selection is None:
        return await AREA_LIST.lost(update, context)
    text = update.message.text
    try:
        code = parse_postal_code(text)
    except PostalCodeError as error:
        await reply(update, context.t("postal-code-length", digits=error.digits))
        return AREA
    if code is None:
        return await AREA_LIST.filter(update, context, selection, text)
    note = (
        None if selection.add_code(code) else context.t("targets-too-many-areas", limit=MAX_AREAS)
    )
    text, markup = AREA_LIST.screen(context, selection, user_id(update))
    await prompt(update, context, f"{note}\n\n{text}" if note else text, markup)
    return AREA


async def areas_done(update: Update, context: BotContext) -> str | int:
    """Done: refuse an empty choice, else ask for the operator."""
    await answer(update)
    selection = AREA_LIST.current(context)
    if selection is None:
        return await AREA_LIST.lost(update, context)
    if not selection.picks:
        return await AREA_LIST.show(update, context, selection, context.t("targets-no-area"))
    await show(update, *postal_render.operator_screen(context, selection, user_id(update)))
    return OPERATOR


async def operator_tapped(update: Update, context: BotContext) -> str | int:
    """An operator (or both): keep it and ask for the gender."""
    await answer(update)
    selection = AREA_LIST.current(context)
    if selection is None:
        return await AREA_LIST.lost(update, context)
    value = update.callback_query.data.value
    both = [Operator.MCI, Operator.IRANCELL]
    selection.operators = both if value == postal_render.BOTH else [Operator(value)]
    await show(update, *postal_render.gender_screen(context, selection, user_id(update)))
    return GENDER


async def gender_tapped(update: Update, context: BotContext) -> str | int:
    """A gender: ask the panel how many numbers each area and operator holds, show the sum."""
    await answer(update)
    selection = AREA_LIST.current(context)
    if selection is None:
        return await AREA_LIST.lost(update, context)
    selection.gender = Gender(int(update.callback_query.data.value))
    panel = await chat_panel(update, context, "postal-no-account")
    if panel is None:
        return END
    try:
        await count_postal(panel, selection)
    except PanelError as error:
        text, markup = postal_render.gender_screen(context, selection, user_id(update))
        await show(update, f"{context.panel_error(error)}\n\n{text}", markup)
        return GENDER
    return await _show_lines(update, context, selection)


async def ask_cap(update: Update, context: BotContext) -> str | int:
    """«حداکثر تعداد»: ask how many numbers at most."""
    await answer(update)
    selection = AREA_LIST.current(context)
    if selection is None:
        return await AREA_LIST.lost(update, context)
    owner = user_id(update)
    markup = InlineKeyboardMarkup([back_cancel_row(context, "postal.back_to_lines", owner)])
    await prompt(update, context, context.t("targets-ask-cap", total=selection.total), markup)
    return CAP


async def cap_typed(update: Update, context: BotContext) -> str | int:
    """A typed cap (any digits): kept when some whole request fits under it."""
    selection = AREA_LIST.current(context)
    if selection is None:
        return await AREA_LIST.lost(update, context)
    cap = parse_cap(update.message.text)
    if cap is None:
        await reply(update, context.t("targets-cap-invalid"))
        return CAP
    smallest = min((r.count for r in selection.requests if r.count), default=0)
    if cap < smallest:
        await reply(update, context.t("targets-cap-too-small", smallest=smallest))
        return CAP
    selection.cap = cap if cap < selection.total else None
    return await _show_lines(update, context, selection)


async def _lines_screen(update: Update, context: BotContext, selection: PostalSelection) -> Screen:
    cap = [[button(context.t("targets-button-cap"), "postal.cap", None, user_id(update))]]
    summary = postal_render.count_summary(context, selection)
    return await line_screen(update, context, summary, "postal.sender", cap, BACK_TO_GENDER)


async def line_tapped(update: Update, context: BotContext) -> str | int:
    """A line button: keep it and ask for the message."""
    await answer(update)
    return await _use_line(update, context, str(update.callback_query.data.value))


async def line_typed(update: Update, context: BotContext) -> str | int:
    """A typed line: checked like /send, kept, then the message."""
    line = await typed_line(update, context)
    return SENDER if line is None else await _use_line(update, context, line)


async def _use_line(update: Update, context: BotContext, line: str) -> str | int:
    selection = AREA_LIST.current(context)
    if selection is None:
        return await AREA_LIST.lost(update, context)
    if not selection.to_send:
        await reply(update, context.t(TEXT_KEYS.empty))
        return SENDER
    selection.sender = line
    owner = user_id(update)
    await prompt(
        update, context, *ask_text_screen(context, TEXT_KEYS, line, "postal.back_to_lines", owner)
    )
    return TEXT


async def back(update: Update, context: BotContext) -> str | int:
    """Back: the previous choice, with what was chosen kept."""
    await answer(update)
    selection = AREA_LIST.current(context)
    if selection is None:
        return await AREA_LIST.lost(update, context)
    owner = user_id(update)
    name = update.callback_query.data.name
    if name == "postal.back_to_area":
        return await AREA_LIST.show(update, context, selection)
    if name == "postal.back_to_operator":
        await show(update, *postal_render.operator_screen(context, selection, owner))
        return OPERATOR
    if name == "postal.back_to_lines":
        return await _show_lines(update, context, selection)
    await show(update, *postal_render.gender_screen(context, selection, owner))
    return GENDER


async def text_typed(update: Update, context: BotContext) -> str | int | None:
    """The message: hand the draft to the shared preview."""
    selection = AREA_LIST.current(context)
    if selection is None:
        return await AREA_LIST.lost(update, context)
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


def build_postal_handlers(settings: Settings) -> list[BaseHandler]:
    back_to = CallbackQueryHandler(back, pattern=on("postal.back_to_lines"))
    area = AREA_LIST.step(area_tapped, area_typed)
    states: dict[object, Step] = {
        AREA: Step(
            [CallbackQueryHandler(areas_done, pattern=on("postal.done")), *area.handlers],
            hint=area.hint,
        ),
        OPERATOR: buttons_step(
            CallbackQueryHandler(operator_tapped, pattern=on("postal.operator")),
            CallbackQueryHandler(back, pattern=on("postal.back_to_area")),
        ),
        GENDER: buttons_step(
            CallbackQueryHandler(gender_tapped, pattern=on("postal.gender")),
            CallbackQueryHandler(back, pattern=on("postal.back_to_operator")),
        ),
        SENDER: line_step(
            line_tapped,
            line_typed,
            CallbackQueryHandler(ask_cap, pattern=on("postal.cap")),
            CallbackQueryHandler(back, pattern=on(BACK_TO_GENDER)),
            action="postal.sender",
        ),
        CAP: Step([back_to, MessageHandler(TYPED, cap_typed)], hint="targets-hint-cap"),
        TEXT: text_step(text_typed, back, "postal.back_to_lines"),
    }
    return [build_target_conversation("postal", settings, AREA_LIST.start, states)]
