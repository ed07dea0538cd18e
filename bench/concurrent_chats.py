"""50 chats at once on a panel that answers after 1 s: /credit, then a confirmed send.

`panelbot run` runs in a process of its own (as in production); the fake panel and the Bot API
stand-in share the benchmark's process. Every chat asks /credit at the same moment; then every
chat, each with a /send preview open, taps Send at the same moment. The figure is the time until
the last chat saw its answer (its credit; its send result). The baseline, measured in the same
run, is the floor: as many credit calls straight to the panel at once, no bot in between.
Goal: every chat answered within 1.5 s.

Run: .venv/bin/python -m bench.concurrent_chats [--chats 50] [--runs 2] [--compare DIR ...]
     [--flood-control-off]
     (--compare: also panelbot from another checkout, e.g. a worktree of main;
      --flood-control-off: also this checkout with flood control off, in the same alternation)
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import time
from pathlib import Path

from bench._bot import Rig, bot_rig, panelbot_command, report
from bot.panel import PanelClient
from bot.panel.fake import running_fake_panel

GOAL_SECONDS = 1.5
PANEL_LATENCY = 1.0
CREDIT = "۲۵۰٬۰۰۰"  # the demo account's credit as the bot shows it


def _is_result(text: str | None) -> bool:
    return bool(text) and "پیش‌نمایش" not in text and "در حال ارسال" not in text


async def _all_at_once(rig: Rig, users: list[int], act, answered) -> float:
    """Every user does `act(user_id)` at the same moment; seconds until the last one's answer."""
    start = time.perf_counter()

    async def one(user_id: int) -> None:
        await act(user_id)
        await rig.stub.wait_for_message(user_id, answered, timeout=120)

    await asyncio.gather(*(one(u) for u in users))
    return time.perf_counter() - start


async def _credit(rig: Rig, users: list[int]) -> float:
    async def ask(user_id: int) -> None:
        await rig.stub.send_text(rig.stub.users[user_id], "/credit")

    return await _all_at_once(rig, users, ask, lambda m: CREDIT in (m.text or ""))


async def _previews(rig: Rig, users: list[int]) -> dict[int, int]:
    """Each user pastes a one-shot /send; returns the preview message id per user."""
    previews = {}
    for user_id in users:
        user = rig.stub.users[user_id]
        await rig.stub.send_text(user, f"/send\n0912{user_id:07d}\nbench message {user_id}")
        preview = await rig.stub.wait_for_message(
            user_id, lambda m: "ارسال" in m.button_texts, timeout=10
        )
        previews[user_id] = preview.message_id
    return previews


async def _send(rig: Rig, users: list[int]) -> tuple[float, int]:
    """Every user taps Send on their preview at once; (seconds, sends the panel received)."""
    rig.fake.state.latency = 0.0
    previews = await _previews(rig, users)
    rig.fake.state.latency = PANEL_LATENCY
    before = len(rig.fake.state.requests_for("send"))

    async def tap(user_id: int) -> None:
        await rig.stub.tap(rig.stub.users[user_id], previews[user_id], text="ارسال", timeout=120)

    seconds = await _all_at_once(rig, users, tap, lambda m: _is_result(m.text))
    return seconds, len(rig.fake.state.requests_for("send")) - before


FLOOD_OFF = Path("(flood control off)")  # a pseudo-source: this checkout, flood control off


async def _bot_run(users: list[int], source: Path | None) -> tuple[float, float, int]:
    """One bot process: (credit seconds, send seconds, sends the panel received)."""
    command, environment = panelbot_command(None if source == FLOOD_OFF else source)
    if source == FLOOD_OFF:
        environment = {**environment, "TELEGRAM_FLOOD_CONTROL": "false"}
    async with bot_rig(staff=users, command=command, extra_environment=environment) as rig:
        await _credit(rig, users[:1])  # warm-up: first panel connection, first credit
        rig.fake.state.latency = PANEL_LATENCY
        credit = await _credit(rig, users)
        send, sends = await _send(rig, users)
    return credit, send, sends


async def _panel_floor(chats: int) -> float:
    """Seconds for `chats` credit calls straight to the fake panel at once."""
    async with running_fake_panel() as fake, PanelClient(fake.url, "demo", "demo") as client:
        await client.credit()
        fake.state.latency = PANEL_LATENCY
        start = time.perf_counter()
        await asyncio.gather(*(client.credit() for _ in range(chats)))
        return time.perf_counter() - start


async def main(chats: int, runs: int, compare: list[Path], flood_off: bool) -> None:
    logging.disable(logging.WARNING)
    users = list(range(100, 100 + chats))
    sources: list[Path | None] = [None, *([FLOOD_OFF] if flood_off else []), *compare]
    figures: dict[Path | None, list[tuple[float, float, int]]] = {s: [] for s in sources}
    floors = []
    for _ in range(runs):  # alternated: other load on the machine hits all alike
        floors.append(await _panel_floor(chats))
        for source in sources:
            figures[source].append(await _bot_run(users, source))
    _report(chats, runs, min(floors), figures)


def _report(chats: int, runs: int, floor: float, figures: dict) -> None:
    rows = []
    for source, results in figures.items():
        label = "panelbot (this checkout)" if source is None else f"panelbot @ {source}"
        if source == FLOOD_OFF:
            label = f"panelbot (this checkout) {source}"
        credit = min(r[0] for r in results)
        send = min(r[1] for r in results)
        sends = min(r[2] for r in results)
        rows.append((f"{label}: /credit", f"all answered in {credit:.2f} s"))
        rows.append((f"{label}: confirmed send", f"all answered in {send:.2f} s ({sends} sends)"))
        if source is None:
            ours = (credit, send, sends)
    rows.append(("baseline: credit calls straight to the panel", f"all answered in {floor:.2f} s"))
    met = max(ours[0], ours[1]) <= GOAL_SECONDS and ours[2] >= chats
    rows.append(("goal (both)", f"≤ {GOAL_SECONDS} s  →  {'met' if met else 'NOT met'}"))
    report(
        f"{chats} chats at once, panel latency {PANEL_LATENCY:.0f} s, "
        f"best of {runs} alternated runs",
        rows,
    )


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=50)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--compare", type=Path, nargs="*", default=[])
    parser.add_argument("--flood-control-off", action="store_true")
    return parser.parse_args()


if __name__ == "__main__":
    arguments = _arguments()
    asyncio.run(
        main(arguments.chats, arguments.runs, arguments.compare, arguments.flood_control_off)
    )
