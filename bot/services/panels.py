"""One PanelClient per chat, built from the chat's stored (encrypted) credentials."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from bot.logging_setup import SECRETS
from bot.panel import PanelClient


@dataclass(frozen=True)
class PanelSettings:
    url: str
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    transport: httpx.AsyncBaseTransport | None = None
    proxy: str | None = None  # PANEL_PROXY_URL


class PanelProvider:
    """Hands out panel clients, reusing one client (one connection pool) per account."""

    def __init__(self, settings: PanelSettings) -> None:
        self._settings = settings
        self._clients: dict[tuple[str, str], PanelClient] = {}

    @property
    def url(self) -> str:
        return self._settings.url

    def client(self, username: str, password: str) -> PanelClient:
        """A client for this account (cached); its secrets are registered for log masking."""
        key = (username, password)
        if key not in self._clients:
            SECRETS.add(username, password)
            self._clients[key] = PanelClient(
                self._settings.url,
                username,
                password,
                connect_timeout=self._settings.connect_timeout,
                read_timeout=self._settings.read_timeout,
                transport=self._settings.transport,
                proxy=self._settings.proxy,
            )
        return self._clients[key]

    async def forget(self, username: str, password: str) -> None:
        """Close and drop the client of an account (after logout or a password change)."""
        client = self._clients.pop((username, password), None)
        if client is not None:
            await client.aclose()

    async def aclose(self) -> None:
        clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            await client.aclose()
