"""Settings, loaded once from the environment and `.env`.

A bad or missing setting raises :class:`SettingsError` whose message is one line
naming the setting and how to fix it; the CLI prints it and exits.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Literal

from cryptography.fernet import Fernet
from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

TOKEN_PATTERN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{20,}$")
FAKE_PANEL = "fake"

HINTS: dict[str, str] = {
    "telegram_bot_token": "ask @BotFather for a token and put TELEGRAM_BOT_TOKEN=<token> in .env"
    " (or try everything offline first: panelbot demo)",
    "panel_url": "set PANEL_URL to your panel's services.jspd URL, or PANEL_URL=fake",
    "secret_keys": "run `panelbot genkey` and put SECRET_KEYS=<key> in .env",
    "admin_ids": "write Telegram user ids separated by commas, e.g. ADMIN_IDS=12345,67890",
    "database_url": "e.g. DATABASE_URL=sqlite:///panelbot.db",
    "telegram_proxy_url": "e.g. TELEGRAM_PROXY_URL=socks5://127.0.0.1:1080 or http://host:3128",
    "panel_proxy_url": "e.g. PANEL_PROXY_URL=http://host:3128, or leave it empty",
}
PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")


class SettingsError(Exception):
    """A setting is missing or malformed; the message says which and how to fix it."""


def _split_csv(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in str(value).split(",") if part.strip()]


class Settings(BaseSettings):
    """Every setting of panelbot; see `.env.example` for what each means."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: str | None = None
    panel_url: str = FAKE_PANEL
    database_url: str = "sqlite:///panelbot.db"
    secret_keys: Annotated[list[str], NoDecode] = []
    admin_ids: Annotated[list[int], NoDecode] = []
    telegram_api_base_url: str | None = None
    telegram_proxy_url: str | None = None
    panel_proxy_url: str | None = None
    telegram_flood_control: bool = True
    locale: Literal["fa", "en"] = "fa"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    panel_connect_timeout: float = 10.0
    panel_read_timeout: float = 30.0
    send_batch_size: int = 500
    send_requests_in_flight: int = Field(default=1, ge=1, le=8)
    conversation_timeout: int = 900
    upload_seconds: float = 60.0

    @field_validator("secret_keys", mode="before")
    @classmethod
    def _parse_keys(cls, value: object) -> list[str]:
        keys = _split_csv(value)
        for key in keys:
            try:
                Fernet(key.encode())
            except (ValueError, TypeError) as exc:
                raise ValueError("is not a Fernet key (44 url-safe base64 characters)") from exc
        return keys

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _parse_ids(cls, value: object) -> list[int]:
        ids = _split_csv(value)
        if not all(re.fullmatch(r"-?\d+", i) for i in ids):
            raise ValueError("must be numeric Telegram user ids")
        return [int(i) for i in ids]

    @field_validator(
        "telegram_bot_token",
        "telegram_api_base_url",
        "telegram_proxy_url",
        "panel_proxy_url",
        mode="before",
    )
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("telegram_bot_token")
    @classmethod
    def _check_token(cls, value: str | None) -> str | None:
        if value is not None and not TOKEN_PATTERN.match(value):
            raise ValueError("does not look like a bot token (digits:letters from @BotFather)")
        return value

    @field_validator("telegram_proxy_url", "panel_proxy_url")
    @classmethod
    def _check_proxy_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip()
        scheme, _, rest = value.partition("://")
        if scheme.lower() not in PROXY_SCHEMES or not rest.strip("/"):
            raise ValueError("must be a proxy URL: http://, https:// or socks5://host:port")
        return value

    @field_validator("panel_url")
    @classmethod
    def _check_panel_url(cls, value: str) -> str:
        value = value.strip()
        if value != FAKE_PANEL and not re.match(r"^https?://\S+$", value):
            raise ValueError("must be an http(s) URL or the word 'fake'")
        return value

    @property
    def uses_fake_panel(self) -> bool:
        return self.panel_url == FAKE_PANEL


def load_settings(env_file: str | Path | None = ".env", **overrides: object) -> Settings:
    """Load settings from the environment and `env_file`; raise SettingsError on bad input."""
    try:
        return Settings(_env_file=env_file, **overrides)  # type: ignore[call-arg]
    except ValidationError as exc:
        error = exc.errors()[0]
        field = str(error["loc"][0]) if error["loc"] else "?"
        reason = str(error["msg"]).removeprefix("Value error, ")
        hint = HINTS.get(field, "see .env.example")
        raise SettingsError(f"Setting {field.upper()} {reason}: {hint}.") from None


def require_for_run(settings: Settings) -> None:
    """Check what `panelbot run` needs beyond parsing; raise SettingsError naming the gap."""
    if not settings.telegram_bot_token:
        raise SettingsError(f"TELEGRAM_BOT_TOKEN is not set: {HINTS['telegram_bot_token']}.")
    if not settings.secret_keys:
        raise SettingsError(f"SECRET_KEYS is not set: {HINTS['secret_keys']}.")
