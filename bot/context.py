"""The typed context every handler receives: settings, services and a per-chat translator."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from telegram.ext import Application, CallbackContext, ExtBot

from bot.config import Settings

if TYPE_CHECKING:
    from bot.i18n import I18n, Localizer
    from bot.panel import PanelClient, PanelError
    from bot.services.panels import PanelProvider
    from storage import Storage


def system_clock() -> datetime:
    """Now, aware in UTC: the bot's clock unless one is injected (tests control theirs)."""
    return datetime.now(UTC)


@dataclass
class Services:
    """Everything the handlers call; opened in post_init, closed in post_shutdown."""

    settings: Settings
    i18n: I18n
    storage: Storage
    panels: PanelProvider
    extras: dict[str, Any] = field(default_factory=dict)
    clock: Callable[[], datetime] = system_clock


class PanelApplication(Application):
    """An Application that carries the bot's services (PTB's Application has __slots__)."""

    def __init__(self, *, services: Services, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.services = services


class BotContext(CallbackContext[ExtBot, dict, dict, dict]):
    """CallbackContext with typed access to the services."""

    @property
    def services(self) -> Services:
        return self.application.services  # type: ignore[attr-defined]

    @property
    def settings(self) -> Settings:
        return self.services.settings

    @property
    def storage(self) -> Storage:
        return self.services.storage

    @property
    def locale(self) -> str:
        """This chat's language: stored choice, else the configured default."""
        if self.chat_data is not None and self.chat_data.get("locale"):
            return str(self.chat_data["locale"])
        return self.settings.locale

    def t(self, key: str, **variables: Any) -> str:
        """Translate `key` into this chat's language."""
        return self.services.i18n.t(key, locale=self.locale, **variables)

    @property
    def fmt(self) -> Localizer:
        """Formatters (numbers, credit, Jalali dates, statuses) in this chat's language."""
        return self.services.i18n.for_locale(self.locale)

    def panel_error(self, error: PanelError) -> str:
        """The Persian (or English) sentence for a panel error; unknown codes show the code."""
        return self.services.i18n.panel_error(error, locale=self.locale)

    async def panel(self) -> PanelClient | None:
        """The panel client of the account this staff member uses in this chat (the chat's own,
        or one shared with them: bot.services.job_accounts), None when there is none."""
        from bot.services.job_accounts import current_client

        chat, user = self._chat_id, self._user_id  # set by PTB from the update
        if chat is None:
            return None
        if user is None:
            credentials = await self.storage.get_credentials(chat)
            if credentials is None:
                return None
            return self.services.panels.client(credentials.username, credentials.password)
        return await current_client(self.services, chat, user)
