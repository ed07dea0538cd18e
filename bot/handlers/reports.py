"""Reports: /credit, /delivery (summary, paged numbers, xlsx), /status, /inbox, /packages,
/history, and the report buttons other flows put on their messages.

Buttons: `report.delivery` (bulk id) opens a report in a new message, `report.page`
((bulk id, page)) pages it in place, `report.xlsx` (bulk id) sends the file, `report.status`
(bulk id) the bulk state, `report.inbox` (page) pages the inbox. Menu entries: `menu.credit`,
`menu.delivery`, `menu.inbox`, `menu.packages`, `menu.history`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram import Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.callbacks import Action, on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers.common import (
    END,
    answer,
    cancel,
    chat_id,
    reply,
    send_document,
    show,
    timed_out,
    user_id,
)
from bot.panel import PanelClient, PanelError
from bot.services import reports_views as views
from bot.services.reports import delivery_xlsx, history_rows, parse_bulk_id

T = TypeVar("T")

ASK_BULK_ID = 0
HISTORY_LIMIT = 10


# --- shared steps -----------------------------------------------------------------------------


def _action_value(update: Update) -> object:
    query = update.callback_query
    return query.data.value if query is not None and isinstance(query.data, Action) else None


async def _account(update: Update, context: BotContext) -> PanelClient | None:
    """This chat's panel client; without one, the user is sent to /login."""
    client = await context.panel()
    if client is None:
        await reply(update, context.t("report-login-first"))
    return client


async def _ask_panel(
    update: Update, context: BotContext, call: Callable[[PanelClient], Awaitable[T]]
) -> T | None:
    """Run one panel call for this chat; a panel error is shown as its sentence (None)."""
    client = await _account(update, context)
    if client is None:
        return None
    try:
        return await call(client)
    except PanelError as error:
        await reply(update, context.panel_error(error))
        return None


async def _show_delivery(
    update: Update, context: BotContext, bulk_id: int, page: int, in_place: bool
) -> bool:
    """Fetch and show a delivery report; False when it could not be shown."""
    items = await _ask_panel(update, context, lambda client: client.delivery(bulk_id))
    if items is None:
        return False
    text, markup = views.delivery_view(context.fmt, bulk_id, items, page, user_id(update))
    await (show if in_place else reply)(update, text, markup)
    return True


# --- /credit, /status, /packages, /inbox, /history ---------------------------------------------


async def credit(update: Update, context: BotContext) -> None:
    """/credit or the menu: the account credit in rials."""
    await answer(update)
    amount = await _ask_panel(update, context, lambda client: client.credit())
    if amount is not None:
        await reply(update, views.credit_text(context.fmt, amount))


async def bulk_state(update: Update, context: BotContext) -> None:
    """/status <bulk id> or a report.status button: statusMessage and validMessage."""
    await answer(update)
    value = _action_value(update)
    bulk_id = value if isinstance(value, int) else parse_bulk_id(" ".join(context.args or []))
    if bulk_id is None:
        key = "report-bulk-id-invalid" if context.args else "report-status-usage"
        await reply(update, context.t(key))
        return
    state = await _ask_panel(update, context, lambda client: client.check_message(bulk_id))
    if state is not None:
        text, markup = views.status_view(context.fmt, bulk_id, state, user_id(update))
        await reply(update, text, markup)


async def packages(update: Update, context: BotContext) -> None:
    """/packages or the menu: the packages (`accesslist`) of the account."""
    await answer(update)
    found = await _ask_panel(update, context, lambda client: client.packages())
    if found is not None:
        await reply(update, views.packages_text(context.fmt, found))


async def inbox(update: Update, context: BotContext) -> None:
    """/inbox, the menu, or ◀ ▶ on the inbox (edited in place): received messages."""
    await answer(update)
    value = _action_value(update)
    page = value if isinstance(value, int) else 0
    messages = await _ask_panel(update, context, lambda client: client.inbox())
    if messages is None:
        return
    text, markup = views.inbox_view(context.fmt, messages, page, user_id(update))
    paging = update.callback_query is not None and value is not None
    await (show if paging else reply)(update, text, markup)


async def history(update: Update, context: BotContext) -> None:
    """/history or the menu: this chat's recent sends, each with a button to its report."""
    await answer(update)
    records = await context.storage.recent_audits(chat_id(update), limit=HISTORY_LIMIT)
    text, markup = views.history_view(context.fmt, history_rows(records), user_id(update))
    await reply(update, text, markup)


# --- delivery report ----------------------------------------------------------------------------


async def delivery_page(update: Update, context: BotContext) -> None:
    """◀ ▶ or refresh on a report: the same message shows another page."""
    await answer(update)
    value = _action_value(update)
    if isinstance(value, tuple) and len(value) == 2:
        await _show_delivery(update, context, int(value[0]), int(value[1]), in_place=True)


async def delivery_file(update: Update, context: BotContext) -> None:
    """The xlsx button: the whole report as a file (number, status, status code)."""
    await answer(update, context.t("please-wait"))
    bulk_id = _action_value(update)
    if not isinstance(bulk_id, int):
        return
    items = await _ask_panel(update, context, lambda client: client.delivery(bulk_id))
    if items is None:
        return
    t = context.t
    content = delivery_xlsx(
        items,
        lambda status, raw: context.fmt.vocabulary(status, raw),
        (t("report-xlsx-number"), t("report-xlsx-status"), t("report-xlsx-code")),
        sheet_name=t("report-xlsx-sheet"),
        right_to_left=context.locale == "fa",
    )
    caption = t("report-xlsx-caption", bulk_id=bulk_id, total=len(items))
    await send_document(update, f"delivery-{bulk_id}.xlsx", content, caption)


async def open_delivery(update: Update, context: BotContext) -> int:
    """A report.delivery button (send result, history, recent bulks): the report, new message."""
    await answer(update)
    bulk_id = _action_value(update)
    if isinstance(bulk_id, int):
        await _show_delivery(update, context, bulk_id, 0, in_place=False)
    return END


async def delivery_command(update: Update, context: BotContext) -> int:
    """/delivery <bulk id> shows the report; a bare /delivery asks for the id."""
    if not context.args:
        return await ask_bulk_id(update, context)
    bulk_id = parse_bulk_id(" ".join(context.args))
    if bulk_id is None:
        await reply(update, context.t("report-bulk-id-invalid"))
        return END
    await _show_delivery(update, context, bulk_id, 0, in_place=False)
    return END


async def ask_bulk_id(update: Update, context: BotContext) -> int:
    """Menu or bare /delivery: ask for a bulk id, offering this chat's recent bulks."""
    await answer(update)
    if await _account(update, context) is None:
        return END
    records = await context.storage.recent_audits(chat_id(update), limit=HISTORY_LIMIT)
    text, markup = views.ask_bulk_view(context.fmt, history_rows(records), user_id(update))
    await reply(update, text, markup)
    return ASK_BULK_ID


async def typed_bulk_id(update: Update, context: BotContext) -> int:
    """The id typed after being asked: the report, or a hint and ask again."""
    text = update.effective_message.text if update.effective_message else None
    bulk_id = parse_bulk_id(text)
    if bulk_id is None:
        await reply(update, context.t("report-bulk-id-invalid"))
        return ASK_BULK_ID
    await _show_delivery(update, context, bulk_id, 0, in_place=False)
    return END


async def stray_input(update: Update, context: BotContext) -> int:
    """Anything else while a bulk id is expected: say what is expected, stay."""
    await answer(update)
    await reply(update, context.t("hint-send-number"))
    return ASK_BULK_ID


def _delivery_conversation(settings: Settings) -> ConversationHandler:
    return ConversationHandler(
        entry_points=[
            CommandHandler("delivery", delivery_command),
            CallbackQueryHandler(ask_bulk_id, pattern=on("menu.delivery")),
        ],
        states={
            ASK_BULK_ID: [
                MessageHandler(filters.TEXT & ~filters.COMMAND, typed_bulk_id),
                CallbackQueryHandler(open_delivery, pattern=on("report.delivery")),
            ],
            ConversationHandler.TIMEOUT: [TypeHandler(Update, timed_out)],
        },
        fallbacks=[
            CommandHandler("cancel", cancel),
            CallbackQueryHandler(cancel, pattern=on("cancel")),
            MessageHandler(filters.ALL, stray_input),
        ],
        name="reports",
        persistent=True,
        per_chat=True,
        per_user=True,
        allow_reentry=True,
        conversation_timeout=settings.conversation_timeout,
    )


def build_reports_handlers(settings: Settings) -> list[BaseHandler]:
    return [
        _delivery_conversation(settings),
        CallbackQueryHandler(open_delivery, pattern=on("report.delivery")),
        CallbackQueryHandler(delivery_page, pattern=on("report.page")),
        CallbackQueryHandler(delivery_file, pattern=on("report.xlsx")),
        CommandHandler("credit", credit),
        CallbackQueryHandler(credit, pattern=on("menu.credit")),
        CommandHandler("status", bulk_state),
        CallbackQueryHandler(bulk_state, pattern=on("report.status")),
        CommandHandler("inbox", inbox),
        CallbackQueryHandler(inbox, pattern=on("menu.inbox", "report.inbox")),
        CommandHandler("packages", packages),
        CallbackQueryHandler(packages, pattern=on("menu.packages")),
        CommandHandler("history", history),
        CallbackQueryHandler(history, pattern=on("menu.history")),
    ]
