"""The floor under bench.send_million's ratio: what the writes an exactly-once sender cannot
skip cost against the bare panel, measured in the same run.

bench.send_million's goal (≤ 1.1 × the fake panel's own time) leaves a sender 10 % of one panel
request per batch for all of its own work. Here a process of its own sends the same batches
(500 numbers each) to the fake panel through the bot's PanelClient four ways, alternated, best
of ROUNDS each (modes in bench._floor_replay): bare; with the two writes per batch (in flight
before the request, the answer after) in plain sqlite3 on the event loop; with the in-flight
commit on disk (fsync, as the bot does); and with those writes in a worker thread (as the bot
does). No bot code runs but the panel client: whatever the bot adds comes on top of these.

Run: .venv/bin/python -m bench.send_floor [BATCHES] [ROUNDS]
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parents[1])

from bench._bot import report  # noqa: E402
from bench._floor_replay import MODES  # noqa: E402
from bot.panel.fake import running_fake_panel  # noqa: E402
from bot.panel.fake.seed import DEMO_LINES, DEMO_PASSWORD, DEMO_USERNAME  # noqa: E402

BATCH = 500
GOAL_RATIO = 1.1


def requests_of(batches: int) -> list[dict[str, str]]:
    line = DEMO_LINES[0].removeprefix("+98")
    return [
        {
            "uname": DEMO_USERNAME,
            "pass": DEMO_PASSWORD,
            "from": line,
            "to": json.dumps([f"09{b * BATCH + i:09d}" for i in range(BATCH)]),
            "message": "Hello",
        }
        for b in range(batches)
    ]


async def replay(plan: Path, mode: str) -> float:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench._floor_replay", str(plan), mode, stdout=asyncio.subprocess.PIPE
    )
    out, _ = await process.communicate()
    if process.returncode:
        raise RuntimeError(f"{mode} replay failed ({process.returncode})")
    return float(out.decode().strip())


async def run(batches: int, rounds: int) -> None:
    best = dict.fromkeys(MODES, float("inf"))
    with tempfile.TemporaryDirectory() as folder:
        async with running_fake_panel() as fake:
            fake.state.accounts[DEMO_USERNAME].credit *= 10_000
            plan = Path(folder) / "requests.json"
            plan.write_text(json.dumps({"url": fake.url, "requests": requests_of(batches)}))
            for _ in range(rounds):
                for mode in MODES:
                    best[mode] = min(best[mode], await replay(plan, mode))
    bare = best["bare"]
    rows = [
        ("bare panel (the baseline)", f"{bare:.2f} s  ({bare / batches * 1000:.2f} ms a batch)")
    ]
    for mode in MODES[1:]:
        extra = (best[mode] - bare) / batches * 1000
        ratio = best[mode] / bare
        rows.append((f"+ {mode}", f"{best[mode]:.2f} s  {ratio:.2f}×  (+{extra:.2f} ms a batch)"))
    rows.append(
        ("budget at the goal", f"{bare / batches * (GOAL_RATIO - 1) * 1000:.2f} ms a batch")
    )
    report(
        f"the floor of an exactly-once send: {batches:,} batches of {BATCH}, best of {rounds}", rows
    )


if __name__ == "__main__":
    arguments = sys.argv[1:]
    asyncio.run(
        run(
            int(arguments[0]) if arguments else 2000, int(arguments[1]) if len(arguments) > 1 else 3
        )
    )
