"""TELEGRAM_PROXY_URL carries every Bot API request; PANEL_PROXY_URL the panel's."""

from __future__ import annotations

import pytest

from bot.config import SettingsError, load_settings
from tests.conftest import running_bot_env
from tests.proxies import running_proxy
from tests.send_helpers import start_send, wait_text


@pytest.mark.parametrize("scheme", ["http", "socks5"])
async def test_every_bot_api_request_goes_through_the_telegram_proxy(database_url, scheme):
    async with (
        running_proxy(scheme) as proxy,
        running_bot_env(database_url, telegram_proxy_url=proxy.url) as env,
    ):
        await env.login()
        await start_send(env)
        await env.stub.send_document(env.admin, "list.csv", b"mobile\n09121234567\n")
        summary = await wait_text(env, "معتبر")
        assert "۱" in summary.text
    paths = proxy.paths()
    called = {call.method for call in env.stub.calls}
    assert {"getMe", "getUpdates", "sendMessage", "getFile"} <= called
    for method in called:
        assert any(path.endswith(f"/{method}") for path in paths), method
    assert any(path.startswith("/file/bot") for path in paths)  # the download itself


async def test_the_panel_client_uses_the_panel_proxy(database_url):
    async with (
        running_proxy("http") as proxy,
        running_bot_env(database_url, panel_proxy_url=proxy.url) as env,
    ):
        await env.login()
        reply = await env.say("/credit")
        assert "۲۵۰٬۰۰۰" in reply.text
    assert proxy.seen and all(line.startswith("POST /") for line in proxy.seen)
    assert not any("/bot" in line for line in proxy.seen)  # Telegram went direct


@pytest.mark.parametrize("value", ["ftp://host:21", "127.0.0.1:1080", "socks5://"])
def test_a_malformed_proxy_url_is_one_line_naming_the_setting(value):
    with pytest.raises(SettingsError, match="TELEGRAM_PROXY_URL"):
        load_settings(env_file=None, telegram_proxy_url=value)
