"""Texts and keyboards of the preview and of a send's result (pure: context in, text out)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.context import BotContext
from bot.keyboards import button
from bot.panel.numbers import ParsedRecipients
from bot.panel.sms import Encoding
from bot.services import recipients
from bot.services.send_execution import SendOutcome
from bot.services.sending import Preview, PreviewTicket, SendDraft
from storage import AuditState


def shown_id(value: str | None) -> int | str:
    """A bulk id as an int (Persian digits, no grouping) when it is numeric."""
    text = value or "?"
    return int(text) if text.isdigit() else text


def preview_text(
    context: BotContext, draft: SendDraft, preview: Preview, credit_shown: bool = True
) -> str:
    """The preview: the text itself, then the figures, then a credit warning if due (the credit
    lines only when `credit_shown`: in a group they are for its administrators)."""
    t = context.t
    encoding = t(
        "send-encoding-gsm7" if preview.info.encoding == Encoding.GSM7 else "send-encoding-ucs2"
    )
    lines = [
        t("send-preview-title"),
        "",
        draft.text,
        "",
        t("send-preview-sender", sender=context.fmt.digits(draft.sender)),
    ]
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
    if not credit_shown:
        return "\n".join(lines)
    if preview.credit is None:
        lines.append(t("send-preview-credit-unknown"))
    else:
        lines.append(t("send-preview-credit", amount=preview.credit))
    if preview.credit_looks_insufficient:
        lines += ["", t("send-preview-credit-low")]
    return "\n".join(lines)


def preview_keyboard(
    context: BotContext, draft: SendDraft, ticket: PreviewTicket, owner: int
) -> InlineKeyboardMarkup:
    """Send / Edit text / Edit recipients (list kinds) / Cancel."""
    t = context.t
    rows = [
        [button(t("button-send"), "send.confirm", ticket, owner)],
        [button(t("button-edit-text"), "send.edit_text", None, owner)],
    ]
    if draft.has_list:
        rows[1].append(button(t("button-edit-recipients"), "send.edit_recipients", None, owner))
    rows.append([button(t("button-cancel"), "cancel", None, owner)])
    return InlineKeyboardMarkup(rows)


def outcome_text(context: BotContext, outcome: SendOutcome) -> str:
    """What happened: sent batches with their bulk ids, then the unknown or failed part."""
    t = context.t
    lines: list[str] = []
    sent = outcome.sent
    if sent:
        lines.append(t("send-result-sent", count=outcome.sent_count))
        for batch in sent:
            lines.append(
                t(
                    "send-result-batch",
                    index=batch.index,
                    count=batch.count,
                    bulk_id=shown_id(batch.bulk_id),
                )
                if len(outcome.batches) > 1
                else t("send-result-bulk", bulk_id=shown_id(batch.bulk_id))
            )
    if outcome.unknown or outcome.pending:
        lines.append(t("send-result-unknown"))
    elif outcome.error is not None:
        lines.append(context.panel_error(outcome.error))
        if outcome.unsent:
            lines.append(t("send-result-unsent", count=len(outcome.unsent)))
    elif not sent:
        lines += _recorded_failures(context, outcome)
    return "\n".join(lines)


def _recorded_failures(context: BotContext, outcome: SendOutcome) -> list[str]:
    """Failures read back from the audit trail (no exception object, only the code)."""
    return [
        context.t("send-result-failed-code", code=batch.error_code or "?")
        for batch in outcome.batches
        if batch.state == AuditState.FAILED
    ]


def report_keyboard(
    context: BotContext, outcome: SendOutcome, owner: int
) -> InlineKeyboardMarkup | None:
    """Delivery report and bulk state buttons for every sent batch."""
    rows: list[list[InlineKeyboardButton]] = []
    for batch in outcome.sent:
        rows.append(
            [
                button(
                    context.t("send-button-delivery", bulk_id=shown_id(batch.bulk_id)),
                    "report.delivery",
                    batch.bulk_id,
                    owner,
                ),
                button(
                    context.t("send-button-status", bulk_id=shown_id(batch.bulk_id)),
                    "report.status",
                    batch.bulk_id,
                    owner,
                ),
            ]
        )
    return InlineKeyboardMarkup(rows) if rows else None


def recipients_summary(context: BotContext, parsed: ParsedRecipients) -> str:
    """Valid count, duplicates dropped, and the rejected tokens with their reasons."""
    t = context.t
    lines = [
        t(
            "send-recipients-summary",
            valid=len(parsed.valid),
            duplicates=parsed.duplicates,
            rejected=len(parsed.rejected),
        )
    ]
    shown = recipients.rejected_to_show(parsed)
    if shown.items:
        lines += ["", t("send-rejected-title")]
        lines += [
            t("send-rejected-line", token=item.token, reason=t(f"send-reason-{item.reason.value}"))
            for item in shown.items
        ]
    if shown.more:
        lines.append(t("send-rejected-more", count=shown.more))
    return "\n".join(lines)
