"""The `panelbot` command line as a newcomer meets it."""

from __future__ import annotations

import subprocess
import sys

import pytest
from cryptography.fernet import Fernet

from bot.cli import main
from bot.config import SettingsError, load_settings, require_for_run

VALID_TOKEN = "123456:" + "A" * 35


def run_cli(*args: str, cwd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=30,
        env={"PATH": "/usr/bin:/bin"},
    )


def test_help_lists_every_command(tmp_path):
    result = run_cli("--help", cwd=str(tmp_path))
    assert result.returncode == 0
    for command in ("run", "fake-panel", "genkey", "migrate", "rotate-keys", "demo"):
        assert command in result.stdout


def test_genkey_prints_a_usable_fernet_key(capsys):
    assert main(["genkey"]) == 0
    key = capsys.readouterr().out.strip()
    Fernet(key.encode())  # raises if not a key


def test_run_without_token_says_what_to_do(tmp_path):
    result = run_cli("run", cwd=str(tmp_path))
    assert result.returncode == 2
    line = result.stderr.strip()
    assert "TELEGRAM_BOT_TOKEN" in line and "@BotFather" in line and "panelbot demo" in line
    assert "Traceback" not in result.stderr


def test_run_without_keys_says_genkey(tmp_path):
    (tmp_path / ".env").write_text(f"TELEGRAM_BOT_TOKEN={VALID_TOKEN}\n")
    result = run_cli("run", cwd=str(tmp_path))
    assert result.returncode == 2
    assert "SECRET_KEYS" in result.stderr and "panelbot genkey" in result.stderr


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("SECRET_KEYS", "not-a-key", "SECRET_KEYS is not a Fernet key"),
        ("ADMIN_IDS", "12,abc", "ADMIN_IDS must be numeric"),
        ("TELEGRAM_BOT_TOKEN", "hello", "TELEGRAM_BOT_TOKEN does not look like a bot token"),
        ("PANEL_URL", "panel.example.ir", "PANEL_URL must be an http(s) URL"),
        ("LOCALE", "de", "Setting LOCALE"),
    ],
)
def test_malformed_setting_is_one_clear_line(monkeypatch, name, value, expected):
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as info:
        load_settings(env_file=None)
    message = str(info.value)
    assert expected in message
    assert "\n" not in message


def test_settings_parse_lists_and_defaults(monkeypatch):
    key = Fernet.generate_key().decode()
    monkeypatch.setenv("SECRET_KEYS", f" {key} ,{Fernet.generate_key().decode()}")
    monkeypatch.setenv("ADMIN_IDS", "12, 34")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", VALID_TOKEN)
    settings = load_settings(env_file=None)
    assert settings.secret_keys[0] == key and len(settings.secret_keys) == 2
    assert settings.admin_ids == [12, 34]
    assert settings.locale == "fa" and settings.log_level == "INFO"
    assert settings.uses_fake_panel
    require_for_run(settings)
