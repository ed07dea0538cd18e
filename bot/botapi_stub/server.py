"""The HTTP face of the stand-in: routes, token check, error shapes, file downloads."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from bot.botapi_stub.api import BY_LOWER_NAME
from bot.botapi_stub.errors import ApiError, not_found, unauthorized
from bot.botapi_stub.params import read_params
from bot.botapi_stub.state import StubState

_STATE = web.AppKey("state", StubState)
MAX_REQUEST = 60 * 1024 * 1024


def _json(body: dict[str, Any], status: int = 200) -> web.Response:
    return web.Response(
        body=json.dumps(body, ensure_ascii=False).encode("utf-8"),
        status=status,
        content_type="application/json",
    )


async def _method(request: web.Request) -> web.Response:
    state = request.app[_STATE]
    if request.match_info["token"] != state.token:
        return _json(unauthorized().payload(), 401)
    entry = BY_LOWER_NAME.get(request.match_info["method"].lower())
    if entry is None:
        return _json(not_found().payload(), 404)
    name, implementation = entry
    try:
        params = await read_params(request)
    except ApiError as error:
        return _json(error.payload(), error.code)
    state.begin_call(name, params)
    try:
        state.check_faults(name)
        state.check_flood(name, params)
        result = await implementation(state, params)
    except ApiError as error:
        return _json(error.payload(), error.code)
    finally:
        state.end_call(name)
    return _json({"ok": True, "result": result})


async def _file(request: web.Request) -> web.StreamResponse:
    state = request.app[_STATE]
    if request.match_info["token"] != state.token:
        return _json(unauthorized().payload(), 401)
    stored = state.file_by_path(request.match_info["path"])
    if stored is None:
        return _json(not_found().payload(), 404)
    return web.Response(body=stored.content, content_type="application/octet-stream")


def build_app(state: StubState) -> web.Application:
    app = web.Application(client_max_size=MAX_REQUEST)
    app[_STATE] = state
    app.router.add_route("*", "/bot{token}/{method}", _method)
    app.router.add_get("/file/bot{token}/{path:.+}", _file)
    return app
