"""The recipients of /send and /social: gathered from many messages and files until «ادامه»,
and, at the preview, added to, seen page by page, pruned, or replaced.

States (merged into the send conversation by bot.handlers.send):

- RECIPIENTS: the first list (or a replacing one); nothing valid → asked again;
- GATHER: the running count is shown with «ادامه»; more numbers and files add to the list; before
  the text exists, a message that does not look like numbers is taken as the text;
- REMOVE: typed (or uploaded) numbers, in any spelling, leave the list.

The draft keeps its numbers packed (storage.number_list.NumberList); the running count
(bot.services.recipient_gathering.Tally) is plain data in the flow record.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler, filters

from bot.callbacks import Action, on
from bot.context import BotContext
from bot.handlers import flow_store
from bot.handlers.common import END, answer, prompt, reply, show, user_id
from bot.handlers.conversation import TYPED, Step
from bot.handlers.preview import current_draft, show_preview
from bot.handlers.recipients_render import (
    back_keyboard,
    continue_keyboard,
    gathered_text,
    list_page,
    removed_text,
)
from bot.handlers.send_render import recipients_summary
from bot.panel.numbers import ParsedRecipients
from bot.services import personal_sends, personal_texts, recipients
from bot.services.personal_texts import PersonalTable
from bot.services.recipient_gathering import (
    Tally,
    looks_like_text,
    merge,
    page_of,
    remove,
)
from storage.number_list import NumberList

RECIPIENTS, GATHER, REMOVE = "send.recipients", "send.gather", "send.remove"
TALLY = "gathering"  # the flow record's slot of the running count
DOCUMENT = filters.Document.ALL


def tally_of(context: BotContext) -> Tally:
    return Tally.of(flow_store.get(context, TALLY, dict))


def keep_tally(context: BotContext, tally: Tally) -> None:
    flow_store.put(context, TALLY, tally.as_plain())


async def ask_recipients(update: Update, context: BotContext, *, replace: bool = False) -> str:
    """Ask for a (first or replacing) list; the running count starts again."""
    keep_tally(context, Tally(replace=replace))
    draft = current_draft(context)
    if replace and draft is not None and draft.recipients:
        asked = context.t("recipients-ask-replace", count=len(draft.recipients))
        back = back_keyboard(context.t, user_id(update))
        await prompt(update, context, f"{asked}\n\n{context.t('send-ask-recipients')}", back)
    else:
        await prompt(update, context, context.t("send-ask-recipients"))
    return RECIPIENTS


async def read_upload(
    update: Update, context: BotContext
) -> tuple[ParsedRecipients, PersonalTable | None] | None:
    """The numbers of an uploaded list and its table when it has a header row (personalised
    texts), or None (the reason already told)."""
    document = update.effective_message.document  # type: ignore[union-attr]
    assert document is not None
    try:
        recipients.check_file_size(document.file_size)
        data = bytes(await (await document.get_file()).download_as_bytearray())
        if len(data) > recipients.READING_NOTICE_BYTES:
            await reply(update, context.t("send-file-reading"))
        return await personal_sends.read_upload_off_loop(
            document.file_name or "", data, seconds=context.settings.upload_seconds
        )
    except recipients.RecipientFileProblem as problem:
        await reply(update, context.t(problem.locale_key, **problem.variables))
        return None


def _typed(update: Update) -> str:
    return update.effective_message.text or ""  # type: ignore[union-attr]


async def first_typed(update: Update, context: BotContext) -> str | int:
    """The first (or replacing) pasted list."""
    return await first_list(update, context, recipients.from_text(_typed(update)))


async def first_uploaded(update: Update, context: BotContext) -> str | int:
    """The first (or replacing) uploaded list."""
    upload = await read_upload(update, context)
    return RECIPIENTS if upload is None else await first_list(update, context, *upload)


async def first_list(
    update: Update,
    context: BotContext,
    parsed: ParsedRecipients,
    table: PersonalTable | None = None,
) -> str | int:
    """A list with a valid number opens the gathering; none valid → asked again."""
    if not parsed.valid:
        summary = recipients_summary(context, parsed)
        none = context.t("send-recipients-none")
        await reply(update, f"{summary}\n\n{none}" if summary else none)
        return RECIPIENTS
    return await gather(update, context, parsed, table)


async def gather(
    update: Update,
    context: BotContext,
    parsed: ParsedRecipients,
    table: PersonalTable | None = None,
) -> str | int:
    """Add one message's or file's numbers; show the running count and «ادامه». → GATHER

    A file's table (header row: personalised texts) is kept only while the list is that one
    file: numbers added later make the send a plain list, and the count says so."""
    draft = current_draft(context)
    if draft is None:
        return END
    tally = tally_of(context)
    base = NumberList() if tally.replace else draft.recipients
    merged = await merge(base, parsed)
    dropped = False
    if merged.added or tally.replace:
        dropped = bool(base) and draft.personal is not None  # new numbers have no row in it
        draft.personal = table if not base else None
        draft.recipients = merged.numbers
        draft.renew_key()
    tally.replace = False
    tally.rejected += len(parsed.rejected)
    tally.duplicates += merged.duplicates
    keep_tally(context, tally)
    summary = recipients_summary(context, parsed)
    if dropped:
        summary = f"{summary}\n\n{context.t('personal-table-dropped')}".strip()
    text = gathered_text(context, summary, merged, tally, to_preview=bool(draft.text))
    await prompt(update, context, text, continue_keyboard(context.t, user_id(update)))
    return GATHER


async def more_typed(update: Update, context: BotContext) -> str | int:
    """More numbers; before the text exists, a message that is not numbers is the text."""
    from bot.handlers.text_step import use_text

    typed = _typed(update)
    draft = current_draft(context)
    if draft is not None and not draft.text and looks_like_text(typed):
        return await use_text(update, context, typed)
    return await gather(update, context, recipients.from_text(typed))


async def more_uploaded(update: Update, context: BotContext) -> str | int:
    upload = await read_upload(update, context)
    return GATHER if upload is None else await gather(update, context, upload[0])


async def gathered(update: Update, context: BotContext) -> str | int:
    """«ادامه»: on to the text, or back to the preview when the text exists."""
    from bot.handlers.text_step import ask_text

    await answer(update)
    draft = current_draft(context)
    if draft is None:
        return END
    if not draft.recipients:
        return await ask_recipients(update, context)
    if draft.text:
        return await show_preview(update, context, draft)
    return await ask_text(update, context)


# --- at the preview ------------------------------------------------------------------------


async def add_tapped(update: Update, context: BotContext) -> str | int:
    """«افزودن گیرنده»: the gathering step, then back to the preview."""
    await answer(update)
    draft = current_draft(context)
    if draft is None:
        return END
    keep_tally(context, Tally())
    asked = context.t("recipients-ask-add", count=len(draft.recipients))
    await prompt(update, context, asked, continue_keyboard(context.t, user_id(update)))
    return GATHER


async def replace_tapped(update: Update, context: BotContext) -> str:
    """«ویرایش گیرندگان»: a new list replaces the current one."""
    await answer(update)
    return await ask_recipients(update, context, replace=True)


async def page_tapped(update: Update, context: BotContext) -> object:
    """«دیدن گیرندگان» or ◀ ▶: one page of the accepted list (the flow stays at the preview)."""
    from bot.handlers.preview import PREVIEW

    await answer(update)
    draft = current_draft(context)
    if draft is None:
        return END
    query = update.callback_query
    number = query.data.value if query is not None and isinstance(query.data, Action) else 0
    page = page_of(draft.recipients, int(number or 0))
    text, markup = list_page(context, page, len(draft.recipients), user_id(update))
    await show(update, text, markup)
    return PREVIEW


async def back_tapped(update: Update, context: BotContext) -> object:
    """«بازگشت به پیش‌نمایش» (an old button before the preview existed asks what is missing)."""
    from bot.handlers.text_step import ask_text

    await answer(update)
    draft = current_draft(context)
    if draft is None:
        return END
    if not draft.recipients:
        return await ask_recipients(update, context)
    if not draft.text:
        return await ask_text(update, context)
    return await show_preview(update, context, draft)


async def remove_tapped(update: Update, context: BotContext) -> str:
    """«حذف شماره»: ask the numbers to remove."""
    await answer(update)
    await prompt(
        update,
        context,
        context.t("recipients-ask-remove"),
        back_keyboard(context.t, user_id(update)),
    )
    return REMOVE


async def remove_typed(update: Update, context: BotContext) -> object:
    return await _remove(update, context, recipients.from_text(_typed(update)))


async def remove_uploaded(update: Update, context: BotContext) -> object:
    upload = await read_upload(update, context)
    return REMOVE if upload is None else await _remove(update, context, upload[0])


async def _remove(update: Update, context: BotContext, parsed: ParsedRecipients) -> object:
    draft = current_draft(context)
    if draft is None:
        return END
    if not parsed.valid:
        await reply(update, context.t("recipients-remove-none-valid"))
        return REMOVE
    removed = await remove(draft.recipients, parsed)
    draft.recipients = removed.numbers
    if removed.removed and draft.personal is not None:  # the others keep their own texts
        draft.personal = personal_texts.restricted_to(draft.personal, removed.numbers)
    draft.renew_key()
    said = removed_text(context, removed)
    if not removed.numbers:
        await reply(update, f"{said}\n{context.t('recipients-list-emptied')}")
        return await ask_recipients(update, context)
    return await show_preview(update, context, draft, notice=said)


def preview_handlers() -> list[BaseHandler]:
    """The preview's recipient buttons (send and social)."""
    return [
        CallbackQueryHandler(add_tapped, pattern=on("send.recipients.add")),
        CallbackQueryHandler(page_tapped, pattern=on("send.recipients.page")),
        CallbackQueryHandler(back_tapped, pattern=on("send.recipients.back")),
        CallbackQueryHandler(remove_tapped, pattern=on("send.recipients.remove")),
    ]


def recipient_states() -> dict[object, Step]:
    return {
        RECIPIENTS: Step(
            [
                MessageHandler(DOCUMENT, first_uploaded),
                MessageHandler(TYPED, first_typed),
                CallbackQueryHandler(back_tapped, pattern=on("send.recipients.back")),
            ],
            hint="send-hint-recipients",
        ),
        GATHER: Step(
            [
                MessageHandler(DOCUMENT, more_uploaded),
                MessageHandler(TYPED, more_typed),
                CallbackQueryHandler(gathered, pattern=on("send.gather.done")),
            ],
            hint="recipients-hint-gather",
        ),
        REMOVE: Step(
            [
                MessageHandler(DOCUMENT, remove_uploaded),
                MessageHandler(TYPED, remove_typed),
                CallbackQueryHandler(back_tapped, pattern=on("send.recipients.back")),
            ],
            hint="recipients-hint-remove",
        ),
    }
