"""Reports of one bulk: /delivery (summary, paged numbers, xlsx) and /status, plus the account
reports of `reports_account` (/credit, /inbox, /packages, /history).

Buttons: `report.delivery` (bulk id) opens a report in a new message, `report.page`
((bulk id, page)) pages or refreshes it in place, `report.xlsx` (bulk id) sends the file,
`report.status` (bulk id) the bulk state, `report.inbox` (page) pages the inbox. Menu entries:
`menu.credit`, `menu.delivery`, `menu.status`, `menu.inbox`, `menu.packages`, `menu.history`.
A bare /delivery or /status, or their menu entries, ask for the bulk id (recent bulks offered).
"""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
)

from bot.callbacks import on
from bot.config import Settings
from bot.context import BotContext
from bot.handlers import flow_store
from bot.handlers.common import END, answer, prompt, reply, send_document, show, user_id
from bot.handlers.conversation import TYPED, Step, build_conversation
from bot.handlers.reports_account import (
    account,
    account_handlers,
    action_value,
    ask_panel,
    bulk_id_value,
    recent_history,
)
from bot.services import reports_views as views
from bot.services.reports import delivery_xlsx, parse_bulk_id

ASK_BULK_ID = 0
DELIVERY, STATUS = "delivery", "status"  # what the asked-for bulk id is for
ASKED_FOR = "asked_for"  # the flow record's slot: what the bulk id is for


# --- showing one bulk ---------------------------------------------------------------------------


async def show_delivery(
    update: Update, context: BotContext, bulk_id: int, page: int = 0, in_place: bool = False
) -> None:
    """Fetch and show a delivery report: a new message, or the tapped one edited."""
    items = await ask_panel(update, context, lambda client: client.delivery(bulk_id))
    if items is not None:
        text, markup = views.delivery_view(context.fmt, bulk_id, items, page, user_id(update))
        await (show if in_place else reply)(update, text, markup)


async def show_status(update: Update, context: BotContext, bulk_id: int) -> None:
    """Fetch and show statusMessage and validMessage of a bulk."""
    state = await ask_panel(update, context, lambda client: client.check_message(bulk_id))
    if state is not None:
        text, markup = views.status_view(context.fmt, bulk_id, state, user_id(update))
        await reply(update, text, markup)


async def open_delivery(update: Update, context: BotContext) -> int:
    """A report.delivery button (send result, history, follow-up): the report, new message."""
    await answer(update)
    if (bulk_id := bulk_id_value(update)) is not None:
        await show_delivery(update, context, bulk_id)
    return END


async def open_status(update: Update, context: BotContext) -> int:
    """A report.status button: the bulk state, new message."""
    await answer(update)
    if (bulk_id := bulk_id_value(update)) is not None:
        await show_status(update, context, bulk_id)
    return END


async def delivery_page(update: Update, context: BotContext) -> None:
    """◀ ▶ or refresh on a report: the same message shows that page, fetched anew."""
    await answer(update)
    value = action_value(update)
    if isinstance(value, tuple) and len(value) == 2:
        bulk_id, page = (int(part) for part in value)
        await show_delivery(update, context, bulk_id, page, in_place=True)


async def delivery_file(update: Update, context: BotContext) -> None:
    """The xlsx button: the whole report as a file (number, status in words, status code)."""
    await answer(update, context.t("please-wait"))
    bulk_id = bulk_id_value(update)
    if bulk_id is None:
        return
    items = await ask_panel(update, context, lambda client: client.delivery(bulk_id))
    if items is None:
        return
    t = context.t
    content = await asyncio.to_thread(  # CPU work: off the event loop
        delivery_xlsx,
        items,
        context.fmt.vocabulary,
        (t("report-xlsx-number"), t("report-xlsx-status"), t("report-xlsx-code")),
        sheet_name=t("report-xlsx-sheet"),
        right_to_left=context.locale == "fa",
    )
    caption = t("report-xlsx-caption", bulk_id=bulk_id, total=len(items))
    await send_document(update, f"delivery-{bulk_id}.xlsx", content, caption)


# --- asking for a bulk id -----------------------------------------------------------------------


async def delivery_command(update: Update, context: BotContext) -> int:
    """/delivery <bulk id> shows the report; a bare /delivery asks for the id."""
    return await _command(update, context, DELIVERY)


async def status_command(update: Update, context: BotContext) -> int:
    """/status <bulk id> shows the bulk state; a bare /status asks for the id."""
    return await _command(update, context, STATUS)


async def _command(update: Update, context: BotContext, purpose: str) -> int:
    if not context.args:
        return await _ask(update, context, purpose)
    bulk_id = parse_bulk_id(" ".join(context.args))
    if bulk_id is None:
        await reply(update, context.t("report-bulk-id-invalid"))
    else:
        await _show_for(update, context, purpose, bulk_id)
    return END


async def ask_delivery_id(update: Update, context: BotContext) -> int:
    """Menu entry of the delivery report: ask for the bulk id."""
    return await _ask(update, context, DELIVERY)


async def ask_status_id(update: Update, context: BotContext) -> int:
    """Menu entry of the bulk state: ask for the bulk id."""
    return await _ask(update, context, STATUS)


async def _ask(update: Update, context: BotContext, purpose: str) -> int:
    """Ask for a bulk id, offering this chat's recent bulks as buttons."""
    await answer(update)
    if await account(update, context) is None:
        return END
    flow_store.put(context, ASKED_FOR, {"purpose": purpose})
    rows = await recent_history(update, context)
    action = "report.status" if purpose == STATUS else "report.delivery"
    text, markup = views.ask_bulk_view(context.fmt, rows, user_id(update), action)
    await prompt(update, context, text, markup)
    return ASK_BULK_ID


async def typed_bulk_id(update: Update, context: BotContext) -> int:
    """The id typed after being asked: the report or state, or a hint and ask again."""
    text = update.effective_message.text if update.effective_message else None
    bulk_id = parse_bulk_id(text)
    if bulk_id is None:
        await reply(update, context.t("report-bulk-id-invalid"))
        return ASK_BULK_ID
    purpose = (flow_store.get(context, ASKED_FOR, dict) or {}).get("purpose", DELIVERY)
    await _show_for(update, context, purpose, bulk_id)
    return END


async def _show_for(update: Update, context: BotContext, purpose: str, bulk_id: int) -> None:
    if purpose == STATUS:
        await show_status(update, context, bulk_id)
    else:
        await show_delivery(update, context, bulk_id)


def _bulk_id_conversation(settings: Settings) -> ConversationHandler:
    return build_conversation(
        "reports",
        settings,
        entry_points=[
            CommandHandler("delivery", delivery_command),
            CommandHandler("status", status_command),
            CallbackQueryHandler(ask_delivery_id, pattern=on("menu.delivery")),
            CallbackQueryHandler(ask_status_id, pattern=on("menu.status")),
        ],
        states={
            ASK_BULK_ID: Step(
                [
                    MessageHandler(TYPED, typed_bulk_id),
                    CallbackQueryHandler(open_delivery, pattern=on("report.delivery")),
                    CallbackQueryHandler(open_status, pattern=on("report.status")),
                ],
                hint="hint-send-number",
            ),
        },
    )


def build_reports_handlers(settings: Settings) -> list[BaseHandler]:
    return [
        _bulk_id_conversation(settings),
        CallbackQueryHandler(open_delivery, pattern=on("report.delivery")),
        CallbackQueryHandler(open_status, pattern=on("report.status")),
        CallbackQueryHandler(delivery_page, pattern=on("report.page")),
        CallbackQueryHandler(delivery_file, pattern=on("report.xlsx")),
        *account_handlers(),
    ]
