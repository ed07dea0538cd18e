"""Tiny local proxies for tests: an HTTP forward proxy and a SOCKS5 proxy on 127.0.0.1.

Each records the request line of every HTTP request that went through it (`seen`), so a test
can tell which Bot API calls used the proxy. Only loopback targets are forwarded.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import struct
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

HEAD_LIMIT = 64 * 1024


@dataclass
class LocalProxy:
    scheme: str
    port: int = 0
    seen: list[str] = field(default_factory=list)  # "POST /bot<token>/getUpdates"

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def paths(self) -> list[str]:
        return [line.split(" ")[1] for line in self.seen]


@asynccontextmanager
async def running_proxy(scheme: str) -> AsyncIterator[LocalProxy]:
    """Serve an `http` or `socks5` proxy on a free port for the block."""
    proxy = LocalProxy(scheme)
    handler = _http_client if scheme == "http" else _socks5_client
    tasks: set[asyncio.Task[None]] = set()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        tasks.add(task)
        try:
            await handler(proxy, reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, ValueError):
            pass
        finally:
            tasks.discard(task)
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    proxy.port = server.sockets[0].getsockname()[1]
    try:
        yield proxy
    finally:
        server.close()
        for task in list(tasks):
            task.cancel()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(server.wait_closed(), 2)


def _loopback(host: str) -> None:
    if host != "localhost" and not ipaddress.ip_address(host).is_loopback:
        raise ValueError(f"test proxy forwards only to loopback, not {host}")


async def _http_client(
    proxy: LocalProxy, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """One request per connection: absolute-form in, origin-form out, `Connection: close`."""
    head = await reader.readuntil(b"\r\n\r\n")
    request_line, *headers = head.decode("latin-1").split("\r\n")[:-2]
    method, target, version = request_line.split(" ")
    host_port, _, path = target.removeprefix("http://").partition("/")
    host, _, port = host_port.partition(":")
    _loopback(host)
    proxy.seen.append(f"{method} /{path}")
    kept = [h for h in headers if h.split(":")[0].lower() not in ("connection", "proxy-connection")]
    length = next(
        (int(h.split(":", 1)[1]) for h in kept if h.lower().startswith("content-length:")), 0
    )
    body = await reader.readexactly(length) if length else b""
    upstream_reader, upstream = await asyncio.open_connection(host, int(port or 80))
    outgoing = [f"{method} /{path} {version}", *kept, "Connection: close", "", ""]
    upstream.write("\r\n".join(outgoing).encode("latin-1") + body)
    await upstream.drain()
    try:
        while chunk := await upstream_reader.read(65536):
            writer.write(chunk)
            await writer.drain()
    finally:
        upstream.close()


async def _socks5_client(
    proxy: LocalProxy, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """SOCKS5 without authentication, CONNECT only; then a byte tunnel that notes requests."""
    _, methods = await reader.readexactly(2)
    await reader.readexactly(methods)
    writer.write(b"\x05\x00")
    _, command, _, address_type = await reader.readexactly(4)
    if command != 1:
        raise ValueError("only CONNECT")
    if address_type == 1:
        host = str(ipaddress.ip_address(await reader.readexactly(4)))
    elif address_type == 3:
        host = (await reader.readexactly((await reader.readexactly(1))[0])).decode()
    else:
        host = str(ipaddress.ip_address(await reader.readexactly(16)))
    (port,) = struct.unpack("!H", await reader.readexactly(2))
    _loopback(host)
    upstream_reader, upstream = await asyncio.open_connection(host, port)
    writer.write(b"\x05\x00\x00\x01" + bytes(4) + b"\x00\x00")
    await writer.drain()
    try:
        await asyncio.gather(
            _pipe(reader, upstream, proxy.seen), _pipe(upstream_reader, writer, None)
        )
    finally:
        upstream.close()


async def _pipe(
    source: asyncio.StreamReader, target: asyncio.StreamWriter, seen: list[str] | None
) -> None:
    while chunk := await source.read(65536):
        if seen is not None:
            _note_request_lines(chunk, seen)
        target.write(chunk)
        await target.drain()
    with contextlib.suppress(OSError):
        target.write_eof()


def _note_request_lines(chunk: bytes, seen: list[str]) -> None:
    for line in chunk.split(b"\r\n"):
        parts = line.split(b" ")
        if len(parts) == 3 and parts[0] in (b"GET", b"POST") and parts[2].startswith(b"HTTP/"):
            seen.append(f"{parts[0].decode()} {parts[1].decode('latin-1')}")
