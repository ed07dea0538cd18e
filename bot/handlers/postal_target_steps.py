"""/postal's target: tick Tehran areas (or type postal codes) → operator (or both) → gender →
the summed count, shown with the sender-line step (postal_send_steps takes it from there).
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update

from bot.context import BotContext
from bot.handlers import postal_render
from bot.handlers.common import END, prompt, reply, show, user_id
from bot.handlers.list_steps import ListActions, ListKeys, PagedList
from bot.handlers.target_steps import CountedKeys, chat_panel, empty_screen, line_screen
from bot.keyboards import button
from bot.panel import Gender, Operator, PanelError
from bot.services.targets import (
    MAX_AREAS,
    PostalCodeError,
    PostalSelection,
    count_postal,
    load_areas,
    parse_postal_code,
)

AREA, OPERATOR, GENDER, SENDER = "postal.area", "postal.operator", "postal.gender", "postal.sender"
"""The flow's steps up to the sender line (also the names of their buttons)."""
DONE, ASK_CAP, BACK_TO_GENDER = "postal.done", "postal.cap", "postal.back_to_gender"
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
    done=DONE,
    summary=postal_render.ticked_summary,
)


@AREA_LIST.with_current
async def area_tapped(update: Update, context: BotContext, selection: PostalSelection) -> str | int:
    """An area: tick or untick it (up to MAX_AREAS)."""
    if not selection.toggle_area(int(update.callback_query.data.value)):
        note = context.t("targets-too-many-areas", limit=MAX_AREAS)
        return await AREA_LIST.show(update, context, selection, note)
    return await AREA_LIST.show(update, context, selection)


@AREA_LIST.with_current
async def area_typed(update: Update, context: BotContext, selection: PostalSelection) -> str | int:
    """Typed text: a 10-digit postal code is ticked; other text filters the areas by name."""
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


@AREA_LIST.with_current
async def areas_done(update: Update, context: BotContext, selection: PostalSelection) -> str | int:
    """Done: refuse an empty choice, else ask for the operator."""
    if not selection.picks:
        return await AREA_LIST.show(update, context, selection, context.t("targets-no-area"))
    await show(update, *postal_render.operator_screen(context, selection, user_id(update)))
    return OPERATOR


@AREA_LIST.with_current
async def operator_tapped(
    update: Update, context: BotContext, selection: PostalSelection
) -> str | int:
    """An operator (or both): keep it and ask for the gender."""
    value = update.callback_query.data.value
    both = [Operator.MCI, Operator.IRANCELL]
    selection.operators = both if value == postal_render.BOTH else [Operator(value)]
    await show(update, *postal_render.gender_screen(context, selection, user_id(update)))
    return GENDER


@AREA_LIST.with_current
async def gender_tapped(
    update: Update, context: BotContext, selection: PostalSelection
) -> str | int:
    """A gender: ask the panel how many numbers each area and operator holds, show the sum."""
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
    return await show_lines(update, context, selection)


async def show_lines(update: Update, context: BotContext, selection: PostalSelection) -> str:
    """The summed count with the sender-line step (or "nothing to send to")."""
    owner = user_id(update)
    summary = postal_render.count_summary(context, selection)
    if not selection.total:
        await show(update, *empty_screen(context, summary, TEXT_KEYS, BACK_TO_GENDER, owner))
        return SENDER
    cap = [[button(context.t("targets-button-cap"), ASK_CAP, None, owner)]]
    await prompt(
        update, context, *await line_screen(update, context, summary, SENDER, cap, BACK_TO_GENDER)
    )
    return SENDER
