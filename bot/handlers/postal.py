"""/postal: a Tehran area or a typed postal code → operator → gender → count → message →
the shared preview and send. Back steps through every choice."""

from __future__ import annotations

from functools import partial

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.callbacks import on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers.common import END, answer, prompt, show, user_id
from bot.handlers.list_steps import ListActions, ListKeys, PagedList
from bot.handlers.target_steps import (
    CountedKeys,
    back_cancel_row,
    build_target_conversation,
    buttons_step,
    chat_panel,
    count_screen,
    counted_text_to_preview,
    text_step,
)
from bot.keyboards import button
from bot.panel import Gender, Operator, PanelError, PostalArea
from bot.services.sending import SendDraft
from bot.services.targets import (
    PostalCodeError,
    PostalSelection,
    count_postal,
    load_areas,
    parse_postal_code,
)
from storage import OperationKind

AREA, OPERATOR, GENDER, TEXT = "postal.area", "postal.operator", "postal.gender", "postal.text"
PER_PAGE = 8
TEXT_KEYS = CountedKeys(
    ask="postal-ask-text",
    empty="postal-count-empty",
    no_account="postal-no-account",
    no_sender="postal-no-sender",
)


# --- screens -------------------------------------------------------------------------------

Screen = tuple[str, InlineKeyboardMarkup]


def _target(context: BotContext, selection: PostalSelection) -> str:
    """The chosen target in words: the area with its code, or the typed code."""
    code = context.fmt.digits(selection.postal_code or "")
    if selection.area_title:
        return context.t("postal-target-area", area=selection.area_title, code=code)
    return context.t("postal-target-code", code=code)


def _area_label(context: BotContext, area: PostalArea) -> str:
    code = context.fmt.digits(area.postal_code or "")
    return context.t("postal-area-option", area=area.title, code=code)


AREA_LIST = PagedList(
    kind=PostalSelection,
    state=AREA,
    load=load_areas,
    options=lambda context, selection: [
        (area.id, _area_label(context, area)) for area in selection.shown_areas
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
)


def _operator_screen(context: BotContext, selection: PostalSelection, owner: int) -> Screen:
    choices = [
        button(context.fmt.operator(operator), "postal.operator", operator, owner)
        for operator in (Operator.MCI, Operator.IRANCELL)
    ]
    keyboard = [choices, back_cancel_row(context, "postal.back_to_area", owner)]
    text = context.t("postal-choose-operator", target=_target(context, selection))
    return text, InlineKeyboardMarkup(keyboard)


def _gender_screen(context: BotContext, selection: PostalSelection, owner: int) -> Screen:
    assert selection.operator is not None
    choices = [
        button(context.fmt.gender(gender), "postal.gender", gender, owner)
        for gender in (Gender.ALL, Gender.MALE, Gender.FEMALE)
    ]
    keyboard = [
        [choices[0]],
        choices[1:],
        back_cancel_row(context, "postal.back_to_operator", owner),
    ]
    text = context.t(
        "postal-choose-gender",
        target=_target(context, selection),
        operator=context.fmt.operator(selection.operator),
    )
    return text, InlineKeyboardMarkup(keyboard)


def _count_screen(context: BotContext, selection: PostalSelection, owner: int) -> Screen:
    assert selection.operator is not None and selection.gender is not None
    summary = context.t(
        "postal-count",
        target=_target(context, selection),
        operator=context.fmt.operator(selection.operator),
        gender=context.fmt.gender(selection.gender),
        count=selection.count or 0,
    )
    return count_screen(
        context, summary, selection.count, TEXT_KEYS, "postal.back_to_gender", owner
    )


# --- steps ---------------------------------------------------------------------------------


async def area_tapped(update: Update, context: BotContext) -> str | int:
    """An area: keep its postal code and ask for the operator."""
    await answer(update)
    selection = AREA_LIST.current(context)
    if selection is None:
        return await AREA_LIST.lost(update, context)
    if not selection.choose_area(int(update.callback_query.data.value)):
        return await AREA_LIST.show(update, context, selection)
    await show(update, *_operator_screen(context, selection, user_id(update)))
    return OPERATOR


async def area_typed(update: Update, context: BotContext) -> str | int:
    """Typed text: a 10-digit postal code goes on; other text filters the areas by name."""
    selection = AREA_LIST.current(context)
    if selection is None:
        return await AREA_LIST.lost(update, context)
    text = update.message.text
    try:
        code = parse_postal_code(text)
    except PostalCodeError as error:
        await update.message.reply_text(context.t("postal-code-length", digits=error.digits))
        return AREA
    if code is None:
        return await AREA_LIST.filter(update, context, selection, text)
    selection.choose_code(code)
    await show(update, *_operator_screen(context, selection, user_id(update)))
    return OPERATOR


async def operator_tapped(update: Update, context: BotContext) -> str | int:
    """An operator: keep it and ask for the gender."""
    await answer(update)
    selection = AREA_LIST.current(context)
    if selection is None:
        return await AREA_LIST.lost(update, context)
    selection.operator = Operator(update.callback_query.data.value)
    await show(update, *_gender_screen(context, selection, user_id(update)))
    return GENDER


async def gender_tapped(update: Update, context: BotContext) -> str | int:
    """A gender: ask the panel how many numbers the target holds, show it, ask for the text."""
    await answer(update)
    selection = AREA_LIST.current(context)
    if selection is None:
        return await AREA_LIST.lost(update, context)
    selection.gender = Gender(int(update.callback_query.data.value))
    return await _show_count(update, context, selection)


async def _show_count(update: Update, context: BotContext, selection: PostalSelection) -> str | int:
    panel = await chat_panel(update, context, "postal-no-account")
    if panel is None:
        return END
    owner = user_id(update)
    try:
        await count_postal(panel, selection)
    except PanelError as error:
        text, markup = _gender_screen(context, selection, owner)
        await show(update, f"{context.panel_error(error)}\n\n{text}", markup)
        return GENDER
    await prompt(update, context, *_count_screen(context, selection, owner))
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
        await show(update, *_operator_screen(context, selection, owner))
        return OPERATOR
    await show(update, *_gender_screen(context, selection, owner))
    return GENDER


async def text_typed(update: Update, context: BotContext) -> str | int | None:
    """The message: hand the draft to the shared preview."""
    selection = AREA_LIST.current(context)
    if selection is None:
        return await AREA_LIST.lost(update, context)
    draft = partial(_draft, context, selection)
    return await counted_text_to_preview(update, context, selection.count, TEXT_KEYS, draft)


def _draft(context: BotContext, selection: PostalSelection, sender: str) -> SendDraft:
    assert selection.operator is not None and selection.gender is not None
    target = context.t(
        "postal-draft-target",
        target=_target(context, selection),
        operator=context.fmt.operator(selection.operator),
        gender=context.fmt.gender(selection.gender),
    )
    return SendDraft(
        OperationKind.POSTAL,
        sender=sender,
        postal_code=selection.postal_code,
        operator=selection.operator,
        gender=selection.gender,
        target=target,
        estimated_count=selection.count,
    )


def build_postal_handlers(settings: Settings) -> list[BaseHandler]:
    states = {
        AREA: AREA_LIST.step(area_tapped, area_typed),
        OPERATOR: buttons_step(
            CallbackQueryHandler(operator_tapped, pattern=on("postal.operator")),
            CallbackQueryHandler(back, pattern=on("postal.back_to_area")),
        ),
        GENDER: buttons_step(
            CallbackQueryHandler(gender_tapped, pattern=on("postal.gender")),
            CallbackQueryHandler(back, pattern=on("postal.back_to_operator")),
        ),
        TEXT: text_step(text_typed, back, "postal.back_to_gender"),
    }
    return [build_target_conversation("postal", settings, AREA_LIST.start, states)]
