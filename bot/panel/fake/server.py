"""The fake panel over HTTP: an aiohttp app, fault injection, start/stop helpers.

Faults (see `FakePanelState.inject`): `code` answers `[code, text]` without running the op; every
other kind runs the op first (a send really goes out) and then delays, withholds (`hang`),
cuts (`drop`) or garbles (`malformed`, or any raw `body` and HTTP status) the answer.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass

from aiohttp import web

from bot.panel.fake.answers import Json, error
from bot.panel.fake.ops import perform
from bot.panel.fake.state import FakePanelState, Fault, ReceivedRequest

_CLOSING: web.AppKey[asyncio.Event] = web.AppKey("closing", asyncio.Event)
_STATE: web.AppKey[FakePanelState] = web.AppKey("state", FakePanelState)
_HTML = "text/html"
_METHOD_NOT_ALLOWED = (
    "<!DOCTYPE html><html><head><title>405 Method Not Allowed</title></head><body>"
    "<h1>Method Not Allowed</h1><p>The requested method GET is not allowed for this URL.</p>"
    "</body></html>"
)
_NOT_FOUND = (
    "<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
    "<p>The requested URL was not found on this server.</p></body></html>"
)
MALFORMED_BODIES = {
    "html": (
        '<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8">'
        "<title>سامانه پیامک</title></head><body><h1>سامانه در حال بروزرسانی است</h1>"
        "<p>لطفا دقایقی دیگر مراجعه فرمایید.</p></body></html>"
    ),
    "empty": "",
    "null": "null",
    "garbage": (
        "<br />\n<b>Notice</b>:  Undefined index: to in <b>/var/www/html/services.jspd</b>"
        " on line <b>42</b><br />\n[0,"
    ),
}


@dataclass(frozen=True)
class FakePanel:
    """A running fake panel: POST to `url`; inspect and script it through `state`."""

    url: str
    state: FakePanelState
    host: str
    port: int


async def _fields(request: web.Request) -> dict[str, str]:
    """Form fields as received, urlencoded or multipart (file parts decoded as UTF-8)."""
    form = await request.post()
    fields: dict[str, str] = {}
    for name, value in form.items():
        if name not in fields:
            fields[name] = value if isinstance(value, str) else value.file.read().decode()
    return fields


async def _pause(closing: asyncio.Event, seconds: float) -> None:
    """Sleep `seconds`, cut short when the server shuts down."""
    with suppress(TimeoutError):
        await asyncio.wait_for(closing.wait(), seconds)


def _answer(body: Json) -> web.Response:
    return web.Response(text=json.dumps(body), content_type=_HTML, charset="utf-8")


def _drop(request: web.Request) -> web.Response:
    """Close the connection without a response."""
    if request.transport is not None:
        request.transport.close()
    return web.Response()


async def _misbehave(request: web.Request, fault: Fault, body: Json) -> web.Response:
    if fault.hang:
        await request.app[_CLOSING].wait()
        return _drop(request)
    if fault.drop:
        return _drop(request)
    if fault.body is not None:
        return web.Response(status=fault.status, text=fault.body, content_type=_HTML)
    if fault.malformed is not None:
        return web.Response(text=MALFORMED_BODIES[fault.malformed], content_type=_HTML)
    return _answer(body)


async def _handle(request: web.Request) -> web.StreamResponse:
    path = request.path.rstrip("/")
    if path and not path.endswith("services.jspd"):
        return web.Response(status=404, text=_NOT_FOUND, content_type=_HTML)
    if request.method != "POST":
        return web.Response(
            status=405, text=_METHOD_NOT_ALLOWED, content_type=_HTML, headers={"Allow": "POST"}
        )
    state = request.app[_STATE]
    fields = await _fields(request)
    op = fields.get("op", "")
    state.record(ReceivedRequest(op, dict(fields), request.content_type))
    fault = state.take_fault(op)
    body = error(fault.code) if fault and fault.code is not None else perform(state, fields)
    delay = state.latency + (fault.latency if fault else 0.0)
    if delay > 0:
        await _pause(request.app[_CLOSING], delay)
    return await _misbehave(request, fault, body) if fault else _answer(body)


def build_app(state: FakePanelState) -> web.Application:
    app = web.Application()
    app[_STATE] = state
    app[_CLOSING] = asyncio.Event()
    app.router.add_route("*", "/{tail:.*}", _handle)
    return app


@asynccontextmanager
async def running_fake_panel(
    state: FakePanelState | None = None, host: str = "127.0.0.1", port: int = 0
) -> AsyncIterator[FakePanel]:
    """Serve a fake panel (the demo one by default) on `host:port` (0 = any free port)."""
    state = state if state is not None else FakePanelState.demo()
    app = build_app(state)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
    await runner.setup()
    try:
        site = web.TCPSite(runner, host, port)
        await site.start()
        bound_port = runner.addresses[0][1]
        yield FakePanel(f"http://{host}:{bound_port}/services.jspd", state, host, bound_port)
    finally:
        app[_CLOSING].set()
        await runner.cleanup()


async def serve_forever(host: str = "127.0.0.1", port: int = 8765) -> None:
    """Serve the demo panel until cancelled (Ctrl-C), printing its URL first."""
    async with running_fake_panel(host=host, port=port) as fake:
        print(
            f"Fake panel on {fake.url} — account demo / demo. Ctrl-C to stop.",
            flush=True,
        )
        await asyncio.Event().wait()
