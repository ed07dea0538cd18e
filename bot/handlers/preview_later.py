"""«ارسال در زمانی دیگر» at every preview: a quick choice or a typed Tehran date and time;
the past refused, a time outside the panel's sending hours warned with the next allowed time;
an accepted time stores the draft as a scheduled job (bot.services.scheduled_sends) that the
scheduler starts then. The question and answers are rendered by bot.handlers.schedule_render.
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler

from bot.callbacks import Action, on
from bot.context import BotContext
from bot.handlers import flow_store
from bot.handlers.common import END, answer, chat_id, flush_soon, prompt, reply, user_id
from bot.handlers.conversation import TYPED, Step
from bot.handlers.preview import DRAFT, back_to_preview, current_draft
from bot.handlers.schedule_render import (
    AT_ACTION,
    OTHER_ACTION,
    QUICK_ACTION,
    answer_to,
    ask_when,
    from_epoch,
)
from bot.keyboards import button
from bot.services import scheduled_sends
from bot.services.schedule_time import (
    QuickChoice,
    ScheduleResult,
    check_quick_choice,
    check_time,
    parse_schedule_time,
)
from bot.services.scheduler import scheduler_of
from bot.services.sending import preview_block

PREVIEW_WHEN = "preview.when"
LATER, BACK = "send.later", "send.later_back"


def _value(update: Update) -> object:
    query = update.callback_query
    return query.data.value if query is not None and isinstance(query.data, Action) else None


async def ask(update: Update, context: BotContext) -> object:
    """«ارسال در زمانی دیگر» tapped: when? (in place of the preview, with «بازگشت»)."""
    await answer(update)
    if current_draft(context) is None:
        return END
    await _ask(update, context)
    return PREVIEW_WHEN


async def _ask(update: Update, context: BotContext) -> None:
    owner = user_id(update)
    text, markup = ask_when(context.t, context.services.clock(), owner)
    rows = list(markup.inline_keyboard)
    rows.insert(-1, [button(context.t("button-back"), BACK, None, owner)])
    await prompt(update, context, text, InlineKeyboardMarkup(rows))  # groups: ForceReply


async def typed(update: Update, context: BotContext) -> object:
    text = update.effective_message.text or ""  # type: ignore[union-attr]
    return await _use(update, context, parse_schedule_time(text, now=context.services.clock()))


async def quick(update: Update, context: BotContext) -> object:
    await answer(update)
    try:
        choice = QuickChoice(str(_value(update)))
    except ValueError:
        return PREVIEW_WHEN
    return await _use(update, context, check_quick_choice(choice, now=context.services.clock()))


async def at_next_allowed(update: Update, context: BotContext) -> object:
    """«ارسال در …» under the sending-hours warning."""
    await answer(update)
    seconds = _value(update)
    if not isinstance(seconds, int):
        return PREVIEW_WHEN
    moment = from_epoch(seconds)
    return await _use(update, context, check_time(moment, now=context.services.clock()))


async def other_time(update: Update, context: BotContext) -> object:
    await answer(update)
    await _ask(update, context)
    return PREVIEW_WHEN


async def _use(update: Update, context: BotContext, result: ScheduleResult) -> object:
    """Refused or outside the hours: say so and stay; else store the scheduled job and end."""
    said = answer_to(context.t, result, user_id(update))
    if said is not None:
        await reply(update, *said)
        return PREVIEW_WHEN
    draft = current_draft(context)
    if draft is None or preview_block(draft) is not None:
        await reply(update, context.t("preview-scheduled-gone"))
        return END
    outcome = await scheduled_sends.schedule_job(
        draft,
        result.at,  # type: ignore[union-attr]
        storage=context.storage,
        now=context.services.clock(),
        chat_id=chat_id(update),
        user_id=user_id(update),
        batch_size=context.settings.send_batch_size,
        locale=context.locale,
    )
    if not isinstance(outcome, scheduled_sends.Scheduled):
        said = answer_to(context.t, outcome, user_id(update)) if _is_time(outcome) else None
        await reply(update, *(said or (context.t("preview-scheduled-gone"),)))
        return PREVIEW_WHEN if said else END
    flow_store.drop(context, DRAFT)
    flush_soon(context.application)
    scheduler_of(context.application).wake()
    await reply(update, context.t("schedule-confirmed", when=outcome.at))
    return END


def _is_time(outcome: object) -> bool:
    return not isinstance(outcome, scheduled_sends.AlreadyConfirmed)


def preview_handlers() -> list[BaseHandler]:
    """The «ارسال در زمانی دیگر» button of the preview step."""
    return [CallbackQueryHandler(ask, pattern=on(LATER))]


def states() -> dict[object, Step]:
    handlers = [
        MessageHandler(TYPED, typed),
        CallbackQueryHandler(quick, pattern=on(QUICK_ACTION)),
        CallbackQueryHandler(at_next_allowed, pattern=on(AT_ACTION)),
        CallbackQueryHandler(other_time, pattern=on(OTHER_ACTION)),
        CallbackQueryHandler(back_to_preview, pattern=on(BACK)),
    ]
    return {PREVIEW_WHEN: Step(handlers, hint="schedule-hint")}
