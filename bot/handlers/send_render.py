"""Texts and keyboards of the preview, and a send job's summary as it stands."""

from __future__ import annotations

from secrets import token_hex

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.context import BotContext
from bot.handlers import personal_render, recipients_render
from bot.keyboards import button
from bot.panel.numbers import ParsedRecipients
from bot.panel.sms import Encoding
from bot.services import job_views, personal_sends, personal_texts, recipients
from bot.services.job_view import JobView
from bot.services.job_views import View
from bot.services.send_execution import summary_facts
from bot.services.sending import Preview, PreviewBlock, PreviewTicket, SendDraft
from storage import JobRecord


def preview_text(
    context: BotContext,
    draft: SendDraft,
    preview: Preview,
    credit_shown: bool = True,
    block: PreviewBlock | None = None,
) -> str:
    """The preview: the text itself, then the figures, then why it cannot be sent (`block`)
    or a credit warning if due (the credit figures only when `credit_shown`: in a group they
    are for its administrators)."""
    t = context.t
    encoding = t(
        "send-encoding-gsm7" if preview.info.encoding == Encoding.GSM7 else "send-encoding-ucs2"
    )
    lines = [t("send-preview-title"), "", draft.text, ""]
    if personal := personal_sends.preview_of(draft):
        assert draft.personal is not None
        lines += [personal_render.preview_text(t, personal, draft.personal), ""]
    elif draft.has_list and (names := personal_texts.placeholder_names(draft.text)):
        shown = "، ".join(f"{{{name}}}" for name in names)
        lines += [t("personal-not-filled", names=shown), ""]
    lines.append(t("send-preview-sender", sender=context.fmt.digits(draft.sender)))
    if draft.network is not None:
        lines.append(t("send-preview-network", network=context.fmt.network(draft.network)))
    if draft.target:
        lines.append(t("send-preview-target", target=draft.target))
    lines += [
        t("send-preview-characters", characters=preview.info.characters, encoding=encoding),
        t("send-preview-parts", parts=preview.info.parts),
        t(
            "send-preview-recipients" if draft.has_list else "send-preview-recipients-estimated",
            count=preview.recipients,
        ),
        t("send-preview-total-parts", total=preview.total_parts),
        t("send-preview-cost", amount=preview.estimated_cost),
    ]
    if credit_shown:
        if preview.credit is None:
            lines.append(t("send-preview-credit-unknown"))
        else:
            lines.append(t("send-preview-credit", amount=preview.credit))
    if block is not None:
        lines += ["", block_sentence(context, preview, block, credit_shown)]
    elif credit_shown and preview.credit_looks_insufficient:
        lines += ["", t("send-preview-credit-low")]
    return "\n".join(lines)


def block_sentence(
    context: BotContext, preview: Preview, block: PreviewBlock, credit_shown: bool
) -> str:
    """Why the preview offers no Send (the credit figures only where credit is shown)."""
    t = context.t
    if block is not PreviewBlock.CREDIT:
        return t(f"preview-blocked-{block.value}")
    if not credit_shown:
        return t("preview-blocked-credit-hidden")
    if not preview.covered:
        return t("preview-blocked-credit-none", shortfall=preview.shortfall)
    return t("preview-blocked-credit", shortfall=preview.shortfall, covered=preview.covered)


def preview_keyboard(
    context: BotContext,
    draft: SendDraft,
    ticket: PreviewTicket,
    owner: int,
    *,
    approval: bool = False,
    block: PreviewBlock | None = None,
    covered: int = 0,
) -> InlineKeyboardMarkup:
    """Send (or «Send for approval»; none when `block`ed, «send to the first N» when the
    credit covers `covered`) / Edit text / Edit recipients, and add / see / remove (list kinds)
    / the preview's actions / Cancel."""
    t = context.t
    send = t("org-approval-button-request") if approval else t("button-send")
    personal = personal_sends.preview_of(draft)
    rows = [
        [button(send, "send.confirm", ticket, owner)],
        [button(t("button-edit-text"), "send.edit_text", None, owner)],
    ]
    if block is not None:
        rows[0] = _blocked_send_row(context, draft, ticket, owner, block, covered)
    elif personal is not None and not personal.can_send:
        rows[0] = []  # the preview says what to fix in the text first
    if draft.has_list:
        rows[1].append(button(t("button-edit-recipients"), "send.edit_recipients", None, owner))
        rows.append(recipients_render.preview_row(t, owner))
    rows += preview_action_rows(context, owner, block, approval=approval)
    rows.append([button(t("button-cancel"), "cancel", None, owner)])
    return InlineKeyboardMarkup([row for row in rows if row])


def _blocked_send_row(
    context: BotContext,
    draft: SendDraft,
    ticket: PreviewTicket,
    owner: int,
    block: PreviewBlock,
    covered: int,
) -> list[InlineKeyboardButton]:
    """No Send; after a credit block on a list, «ارسال به N گیرندهٔ نخست»."""
    if block is not PreviewBlock.CREDIT or not draft.has_list or not covered:
        return []
    label = context.t("preview-button-send-covered", count=covered)
    return [button(label, "send.covered", (ticket.operation_key, covered), owner)]


def preview_action_rows(
    context: BotContext, owner: int, block: PreviewBlock | None, *, approval: bool = False
) -> list[list[InlineKeyboardButton]]:
    """Change line / Send later (not for a send that has no text or recipients, nor one that
    waits for an approval) / Save as a saved text / Test send to oneself (both need a text;
    each test send button carries its own token, so a double tap sends once)."""
    t = context.t
    rows = [[button(t("preview-button-change-line"), "send.line", None, owner)]]
    if block in (None, PreviewBlock.CREDIT) and not approval:  # credit is checked at the time
        rows[0].append(button(t("schedule-button-later"), "send.later", None, owner))
    if block is not PreviewBlock.EMPTY_TEXT:
        rows.append(
            [
                button(t("templates-button-save"), "send.save_text", None, owner),
                button(t("preview-button-test-self"), "send.test_self", token_hex(4), owner),
            ]
        )
    return rows


async def job_summary(context: BotContext, job: JobRecord) -> View:
    """The job's fixed-size summary as it stands (a running job says so)."""
    view = JobView(context.application, job)
    counts = await context.storage.jobs.counts(job.id)
    facts = await summary_facts(context.storage, job, view.refusal_sentence)
    text, markup = job_views.summary_view(
        context.fmt, job.state, counts, facts, job.id, job.user_id
    )
    return text, markup


async def job_started(context: BotContext, job_id: int, owner: int) -> View:
    """The job's progress at its start (nothing sent yet), shown in place of the preview."""
    counts = await context.storage.jobs.counts(job_id)
    tally = job_views.Tally.of(counts)
    return job_views.progress_view(context.fmt, tally, 0.0, None, job_id, owner)


def recipients_summary(context: BotContext, parsed: ParsedRecipients) -> str:
    """Valid count, duplicates dropped, and the rejected tokens (as typed) with their reasons;
    a count of zero is left out."""
    t = context.t
    counts = [
        ("send-recipients-valid", len(parsed.valid)),
        ("send-recipients-duplicates", parsed.duplicates),
        ("send-recipients-rejected", len(parsed.rejected)),
    ]
    lines = [t(key, count=count) for key, count in counts if count]
    shown = recipients.rejected_to_show(parsed)
    if shown.items:
        lines += ["", t("send-rejected-title")] if lines else [t("send-rejected-title")]
        lines += [
            t("send-rejected-line", token=item.token, reason=t(f"send-reason-{item.reason.value}"))
            for item in shown.items
        ]
    if shown.more:
        lines.append(t("send-rejected-more", count=shown.more))
    return "\n".join(lines)
