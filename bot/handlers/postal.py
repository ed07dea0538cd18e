"""/postal: a Tehran area or a typed postal code → operator → gender → count → message →
the shared preview and send. Back steps through every choice."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.callbacks import Action, on, prefixed
from bot.config import Settings
from bot.context import BotContext
from bot.handlers.common import END, answer, cancel, show, timed_out, user_id
from bot.handlers.preview import preview_states
from bot.handlers.target_steps import (
    STRAY_INPUT,
    back_cancel_row,
    chat_panel,
    default_line,
    extra_row,
    hint_buttons,
    hint_text,
    keep_selection,
    lost,
    selection_of,
    text_to_preview,
)
from bot.keyboards import button, single_select
from bot.panel import Gender, Operator, PanelError, PostalArea
from bot.services.sending import SendDraft
from bot.services.targets import (
    PostalCodeError,
    PostalSelection,
    count_postal,
    filter_by_title,
    load_areas,
    parse_postal_code,
)
from storage import OperationKind

AREA, OPERATOR, GENDER, TEXT = "postal.area", "postal.operator", "postal.gender", "postal.text"
PER_PAGE = 8


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


def _area_screen(context: BotContext, selection: PostalSelection, owner: int) -> Screen:
    options = [(area.id, _area_label(context, area)) for area in selection.shown_areas]
    markup = single_select(
        options,
        choose="postal.area",
        page_action="postal.page",
        page=selection.page,
        per_page=PER_PAGE,
        t=context.t,
        owner=owner,
    )
    lines = [context.t("postal-choose-area")]
    if selection.query:
        lines.append(context.t("postal-filtered", query=selection.query, count=len(options)))
        show_all = button(context.t("postal-show-all"), "postal.all_areas", None, owner)
        markup = extra_row(markup, [show_all])
    return "\n\n".join(lines), markup


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
    follow = "postal-ask-text" if selection.count else "postal-count-empty"
    markup = InlineKeyboardMarkup([back_cancel_row(context, "postal.back_to_gender", owner)])
    return f"{summary}\n\n{context.t(follow)}", markup


# --- steps ---------------------------------------------------------------------------------


def _selection(context: BotContext) -> PostalSelection | None:
    return selection_of(context, PostalSelection)


async def _lost(update: Update, context: BotContext) -> int:
    return await lost(update, context, "postal-lost")


async def start(update: Update, context: BotContext) -> int | str:
    """/postal or the menu button: load the areas and show them, paged."""
    await answer(update)
    panel = await chat_panel(update, context, "postal-no-account")
    if panel is None:
        return END
    try:
        selection = await load_areas(panel)
    except PanelError as error:
        await show(update, context.panel_error(error))
        return END
    keep_selection(context, selection)
    await show(update, *_area_screen(context, selection, user_id(update)))
    return AREA


async def area_page(update: Update, context: BotContext) -> str | int:
    """◀ ▶ or "show all areas": redraw the area list in place."""
    await answer(update)
    selection = _selection(context)
    if selection is None:
        return await _lost(update, context)
    action: Action = update.callback_query.data
    if action.name == "postal.all_areas":
        selection.query, selection.page = "", 0
    else:
        selection.page = int(action.value)
    await show(update, *_area_screen(context, selection, user_id(update)))
    return AREA


async def area_tapped(update: Update, context: BotContext) -> str | int:
    """An area: keep its postal code and ask for the operator."""
    await answer(update)
    selection = _selection(context)
    if selection is None:
        return await _lost(update, context)
    if not selection.choose_area(int(update.callback_query.data.value)):
        await show(update, *_area_screen(context, selection, user_id(update)))
        return AREA
    await show(update, *_operator_screen(context, selection, user_id(update)))
    return OPERATOR


async def area_typed(update: Update, context: BotContext) -> str | int:
    """Typed text: a 10-digit postal code goes on; other text filters the areas by name."""
    selection = _selection(context)
    if selection is None:
        return await _lost(update, context)
    text = update.message.text
    try:
        code = parse_postal_code(text)
    except PostalCodeError as error:
        await update.message.reply_text(context.t("postal-code-length", digits=error.digits))
        return AREA
    owner = user_id(update)
    if code is not None:
        selection.choose_code(code)
        await show(update, *_operator_screen(context, selection, owner))
        return OPERATOR
    if not filter_by_title([a for a in selection.areas if a.postal_code], text):
        await update.message.reply_text(context.t("postal-no-match", query=text.strip()))
        return AREA
    selection.query, selection.page = text.strip(), 0
    await show(update, *_area_screen(context, selection, owner))
    return AREA


async def operator_tapped(update: Update, context: BotContext) -> str | int:
    """An operator: keep it and ask for the gender."""
    await answer(update)
    selection = _selection(context)
    if selection is None:
        return await _lost(update, context)
    selection.operator = Operator(update.callback_query.data.value)
    await show(update, *_gender_screen(context, selection, user_id(update)))
    return GENDER


async def gender_tapped(update: Update, context: BotContext) -> str | int:
    """A gender: ask the panel how many numbers the target holds, show it, ask for the text."""
    await answer(update)
    selection = _selection(context)
    if selection is None:
        return await _lost(update, context)
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
    await show(update, *_count_screen(context, selection, owner))
    return TEXT


async def back(update: Update, context: BotContext) -> str | int:
    """Back: the previous choice, with what was chosen kept."""
    await answer(update)
    selection = _selection(context)
    if selection is None:
        return await _lost(update, context)
    owner = user_id(update)
    name = update.callback_query.data.name
    if name == "postal.back_to_area":
        await show(update, *_area_screen(context, selection, owner))
        return AREA
    if name == "postal.back_to_operator":
        await show(update, *_operator_screen(context, selection, owner))
        return OPERATOR
    await show(update, *_gender_screen(context, selection, owner))
    return GENDER


async def text_typed(update: Update, context: BotContext) -> str | int | None:
    """The message: hand the draft to the shared preview."""
    selection = _selection(context)
    if selection is None:
        return await _lost(update, context)
    if not selection.count:
        await update.message.reply_text(context.t("postal-count-empty"))
        return TEXT
    panel = await chat_panel(update, context, "postal-no-account")
    if panel is None:
        return END
    sender = await default_line(update, context, panel)
    if sender is None:
        await update.message.reply_text(context.t("postal-no-sender"))
        return TEXT
    return await text_to_preview(update, context, _draft(context, selection, sender))


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


async def hint_area(update: Update, context: BotContext) -> None:
    """A sticker, photo or command on the area list: say what works here, stay."""
    if update.effective_message is not None:
        await update.effective_message.reply_text(context.t("postal-hint-area"))


def build_postal_handlers(settings: Settings) -> list[BaseHandler]:
    typed = filters.TEXT & ~filters.COMMAND
    conversation = ConversationHandler(
        entry_points=[
            CommandHandler("postal", start),
            CallbackQueryHandler(start, pattern=on("menu.postal")),
        ],
        states={
            AREA: [
                CallbackQueryHandler(area_tapped, pattern=on("postal.area")),
                CallbackQueryHandler(area_page, pattern=on("postal.page", "postal.all_areas")),
                MessageHandler(typed, area_typed),
                MessageHandler(STRAY_INPUT, hint_area),
            ],
            OPERATOR: [
                CallbackQueryHandler(operator_tapped, pattern=on("postal.operator")),
                CallbackQueryHandler(back, pattern=on("postal.back_to_area")),
                MessageHandler(STRAY_INPUT, hint_buttons),
            ],
            GENDER: [
                CallbackQueryHandler(gender_tapped, pattern=on("postal.gender")),
                CallbackQueryHandler(back, pattern=on("postal.back_to_operator")),
                MessageHandler(STRAY_INPUT, hint_buttons),
            ],
            TEXT: [
                CallbackQueryHandler(back, pattern=on("postal.back_to_gender")),
                MessageHandler(typed, text_typed),
                MessageHandler(STRAY_INPUT, hint_text),
            ],
            **preview_states(),
            ConversationHandler.TIMEOUT: [TypeHandler(Update, timed_out)],
        },
        fallbacks=[
            CommandHandler("cancel", cancel),
            CallbackQueryHandler(cancel, pattern=on("cancel")),
            CallbackQueryHandler(hint_buttons, pattern=prefixed("postal.")),
        ],
        name="postal",
        persistent=True,
        per_chat=True,
        per_user=True,
        conversation_timeout=settings.conversation_timeout,
    )
    return [conversation]
