"""«ارسال آزمایشی به خودم»: the draft's exact text, from its line, to the staff member's own
number, in one panel request outside the draft's job (it is not counted as the send).

Logs carry no number nor text.
"""

from __future__ import annotations

from bot.panel import PanelClient
from bot.services.sending import SendDraft
from storage import OperationKind


async def send_to_self(panel: PanelClient, draft: SendDraft, number: str) -> int:
    """Send the draft's text to `number` (a social draft on its network); the bulk id."""
    if draft.kind is OperationKind.SOCIAL and draft.network is not None:
        return await panel.send_social(draft.sender, [number], draft.text, draft.network)
    return await panel.send(draft.sender, [number], draft.text)
