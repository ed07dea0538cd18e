"""/settings › «هشدارها و گروه مدیران» (bot admins only): the admin group that gets approval
requests and alerts, the credit threshold and the daily summary's hour.

The view is not a flow; «this group is the admin group» and «daily summary off» act at once;
the threshold and the hour are two small steps of the settings flow (typed, any digits).
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler

from bot.callbacks import on
from bot.context import BotContext
from bot.handlers.access import admins_only
from bot.handlers.common import END, answer, chat_id, is_private, prompt, reply, show, user_id
from bot.handlers.conversation import TYPED, Step
from bot.keyboards import button
from bot.services import staff_names
from bot.services.alerts import Alerts, parse_hour
from bot.services.approvals import parse_limit
from storage.org import OrgStore
from storage.org_records import Alerts as AlertSettings

THRESHOLD, HOUR = "settings.alerts.threshold", "settings.alerts.hour"
VIEW, GROUP, HOUR_OFF = "settings.alerts", "settings.alerts.group", "settings.alerts.hour_off"
MAX_THRESHOLD_RIALS = 10**13


def _alerts(context: BotContext) -> Alerts:
    return Alerts(OrgStore.of(context.storage))


async def _is_admin(update: Update, context: BotContext) -> bool:
    return await admins_only(update, context, "org-alerts-admins-only")


def alerts_text(context: BotContext, settings: AlertSettings, chat: int) -> str:
    if settings.admin_chat_id is None:
        group = context.t("org-alerts-group-none")
    elif settings.admin_chat_id == chat:
        group = context.t("org-alerts-group-this")
    else:
        title = staff_names.cached_name(context.services, settings.admin_chat_id)
        group = (
            context.t("org-alerts-group-named", title=title)
            if title
            else context.t("org-alerts-group-other")
        )
    off = context.t("org-alerts-off")
    threshold = settings.credit_threshold_rials
    hour = settings.summary_hour
    return context.t(
        "org-alerts-title",
        group=group,
        threshold=off if threshold is None else context.t("org-alerts-rials", amount=threshold),
        hour=off
        if hour is None
        else context.t("org-alerts-hour-value", hour=context.fmt.digits(f"{hour:02d}:00")),
    )


def alerts_keyboard(context: BotContext, owner: int, in_group: bool) -> InlineKeyboardMarkup:
    rows = []
    if in_group:
        rows.append([button(context.t("org-alerts-button-group"), GROUP, owner=owner)])
    rows += [
        [button(context.t("org-alerts-button-threshold"), THRESHOLD, owner=owner)],
        [button(context.t("org-alerts-button-hour"), HOUR, owner=owner)],
        [button(context.t("org-alerts-button-hour-off"), HOUR_OFF, owner=owner)],
        [button(context.t("settings-button-close"), "settings.close", owner=owner)],
    ]
    return InlineKeyboardMarkup(rows)


async def show_alerts(update: Update, context: BotContext, notice: str | None = None) -> None:
    """The alert settings, with `notice` (what just changed) above them."""
    settings = await _alerts(context).settings()
    text = alerts_text(context, settings, chat_id(update))
    if notice:
        text = f"{notice}\n\n{text}"
    markup = alerts_keyboard(context, user_id(update), not is_private(update))
    await show(update, text, markup)


async def open_alerts(update: Update, context: BotContext) -> None:
    """«هشدارها و گروه مدیران» tapped: the view (admins only)."""
    if not await _is_admin(update, context):
        return
    await answer(update)
    await show_alerts(update, context)


async def make_admin_group(update: Update, context: BotContext) -> None:
    """«This group is the admin group»: approval requests and alerts come here from now on."""
    if not await _is_admin(update, context) or is_private(update):
        return
    await answer(update)
    await _alerts(context).update(admin_chat_id=chat_id(update))
    await show_alerts(update, context, context.t("org-alerts-group-set"))


async def summary_off(update: Update, context: BotContext) -> None:
    if not await _is_admin(update, context):
        return
    await answer(update)
    await _alerts(context).update(summary_hour=None)
    await show_alerts(update, context, context.t("org-alerts-saved"))


async def ask_threshold(update: Update, context: BotContext) -> int | str:
    """«Change the credit threshold». → THRESHOLD"""
    if not await _is_admin(update, context):
        return END
    await answer(update)
    await prompt(update, context, context.t("org-alerts-ask-threshold"))
    return THRESHOLD


async def threshold_typed(update: Update, context: BotContext) -> int | str:
    """A typed amount in rials (0 turns the alert off). → END"""
    value = parse_limit(update.effective_message.text)  # type: ignore[union-attr]
    if value is None or value > MAX_THRESHOLD_RIALS:
        await reply(update, context.t("org-alert-bad-threshold"))
        return THRESHOLD
    await _alerts(context).update(credit_threshold_rials=value or None)
    await show_alerts(update, context, context.t("org-alerts-saved"))
    return END


async def ask_hour(update: Update, context: BotContext) -> int | str:
    """«Change the daily summary's hour». → HOUR"""
    if not await _is_admin(update, context):
        return END
    await answer(update)
    await prompt(update, context, context.t("org-alerts-ask-hour"))
    return HOUR


async def hour_typed(update: Update, context: BotContext) -> int | str:
    hour = parse_hour(update.effective_message.text)  # type: ignore[union-attr]
    if hour is None:
        await reply(update, context.t("org-alert-bad-hour"))
        return HOUR
    await _alerts(context).update(summary_hour=hour)
    await show_alerts(update, context, context.t("org-alerts-saved"))
    return END


def alert_entry_points() -> list[BaseHandler]:
    return [
        CallbackQueryHandler(ask_threshold, pattern=on(THRESHOLD)),
        CallbackQueryHandler(ask_hour, pattern=on(HOUR)),
    ]


def alert_steps() -> dict[object, Step]:
    return {
        THRESHOLD: Step([MessageHandler(TYPED, threshold_typed)], hint="org-alert-bad-threshold"),
        HOUR: Step([MessageHandler(TYPED, hour_typed)], hint="org-alert-bad-hour"),
    }


def alert_views() -> list[BaseHandler]:
    return [
        CallbackQueryHandler(open_alerts, pattern=on(VIEW)),
        CallbackQueryHandler(make_admin_group, pattern=on(GROUP)),
        CallbackQueryHandler(summary_off, pattern=on(HOUR_OFF)),
    ]
