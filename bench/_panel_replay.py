"""Replays recorded send requests to a panel through the bot's own PanelClient, timed.

Run by bench.send_million in a process of its own, as the bot runs: the client's work (form
encoding, the answer's classifier) is done where the bot does it, not on the fake panel's
event loop, over one kept-alive connection like the bot's. Reads a JSON file
{"url": ..., "requests": [fields, ...]} and prints the seconds the requests took, one after
another.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

from bot.panel import PanelClient


async def replay(url: str, requests: list[dict[str, str]]) -> float:
    first = requests[0]
    async with PanelClient(url, first["uname"], first["pass"]) as panel:
        started = time.perf_counter()
        for fields in requests:
            await panel.send(fields["from"], json.loads(fields["to"]), fields["message"])
        return time.perf_counter() - started


def main() -> None:
    plan = json.loads(Path(sys.argv[1]).read_text())
    print(f"{asyncio.run(replay(plan['url'], plan['requests'])):.6f}")


if __name__ == "__main__":
    main()
