"""Per-update cost under a burst: `panelbot run` vs a bare PTB echo bot, both as processes.

1,000 /help messages from 50 staff chats are queued on the Bot API stand-in at once; the figure
is the time until every one is answered, per update. panelbot runs as `panelbot run` in a process
of its own (as in production); the baseline is a bare PTB echo bot (bench/_bot_echo.py: same PTB,
same stand-in) that answers every message with the very text panelbot answers /help with. The
bots alternate, best of RUNS each: other load on the machine hits both alike. Beside it, as
latency, the round trip of one user (send, wait for the answer, send again).
Goal: panelbot ≤ 1.2 × the echo bot per update in the burst.
panelbot runs with its flood control on, as in production (bot.flood_control: direct answers go
at once, only what the bot pushes on its own is spaced to Telegram's limits); `--flood-control-off`
measures it off. (PTB's AIORateLimiter, used before, held every burst to 30 messages a second:
33 ms/update.)

Run: .venv/bin/python -m bench.update_cost [--runs 3] [--chats 50] [--messages 1000]
     [--flood-control-off]
     [--compare DIR ...]   also panelbot from another checkout (e.g. a worktree of main, with
                           its own .venv when it has one), in the same alternation
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench._bot import Rig, bot_rig, panelbot_command, report, wait_for_bot_messages

GOAL = 1.2
ECHO = "bare PTB echo bot"
LATENCY_ROUNDS = 50


@dataclass
class Contender:
    label: str
    command: list[str]
    environment: dict[str, str]
    burst: list[float] = field(default_factory=list)  # seconds per update, one per run
    cpu: list[float] = field(default_factory=list)  # the bot's CPU seconds per update in it
    latency: list[float] = field(default_factory=list)  # seconds per round trip


async def _warm_up(rig: Rig, staff: list[int]) -> str:
    """Every chat sends /help once and gets its answer; returns the answer text."""
    for user_id in staff:
        rig.stub.mark_user_action(user_id)
        await rig.stub.send_text(rig.stub.users[user_id], "/help")
    answers = [await rig.stub.wait_for_message(user_id, timeout=30) for user_id in staff]
    return answers[0].text or ""


async def _burst(rig: Rig, staff: list[int], messages: int) -> tuple[float, float]:
    """Queue `messages` /help round-robin over the chats at once; (seconds, bot CPU seconds)
    per update."""
    already = len(rig.stub._events)
    cpu = rig.cpu_seconds()
    start = time.perf_counter()
    for index in range(messages):
        await rig.stub.send_text(rig.stub.users[staff[index % len(staff)]], "/help")
    await wait_for_bot_messages(rig.stub, already + messages, timeout=300)
    elapsed = time.perf_counter() - start
    cpu = rig.cpu_seconds() - cpu
    _check_every_chat_answered(rig, staff, messages)
    return elapsed / messages, cpu / messages


def _check_every_chat_answered(rig: Rig, staff: list[int], messages: int) -> None:
    expected = messages // len(staff) + 1  # + the warm-up answer
    short = [u for u in staff if len(rig.stub.messages(u)) < expected]
    if short:
        raise RuntimeError(f"chats {short[:5]} got fewer than {expected} answers")


async def _round_trips(rig: Rig, user_id: int) -> float:
    """Seconds per round trip: send /help, wait for the answer, LATENCY_ROUNDS times."""
    await rig.stub.wait_idle(quiet=0.2, timeout=30)
    start = time.perf_counter()
    for _ in range(LATENCY_ROUNDS):
        await rig.stub.send_text(rig.stub.users[user_id], "/help")
        await rig.stub.wait_for_message(user_id, timeout=30)
    return (time.perf_counter() - start) / LATENCY_ROUNDS


async def _measure(contender: Contender, staff: list[int], messages: int) -> str:
    """One run of one bot: warm-up, burst, round trips; returns its /help answer."""
    async with bot_rig(
        staff=staff, command=contender.command, extra_environment=contender.environment
    ) as rig:
        answer = await _warm_up(rig, staff)
        seconds, cpu = await _burst(rig, staff, messages)
        contender.burst.append(seconds)
        contender.cpu.append(cpu)
        contender.latency.append(await _round_trips(rig, staff[0]))
    return answer


def _panelbot(label: str, checkout: Path | None, flood_control: bool) -> Contender:
    argv, environment = panelbot_command(checkout)
    flood = {"TELEGRAM_FLOOD_CONTROL": "true" if flood_control else "false"}
    return Contender(label, argv, {**environment, **flood})


async def main(
    runs: int, chats: int, messages: int, compare: list[Path], flood_control: bool
) -> None:
    logging.disable(logging.WARNING)
    staff = list(range(1000, 1000 + chats))
    ours = _panelbot("panelbot (this checkout)", None, flood_control)
    others = [_panelbot(f"panelbot @ {path}", path, flood_control) for path in compare]
    echo: Contender | None = None
    for _ in range(runs):
        answer = await _measure(ours, staff, messages)
        if echo is None:  # the echo bot answers with the very text panelbot answered
            echo = Contender(
                ECHO, [sys.executable, "-m", "bench._bot_echo"], {"ECHO_ANSWER": answer}
            )
            answer_chars = len(answer)
        for contender in [echo, *others]:
            await _measure(contender, staff, messages)
    assert echo is not None
    _report(ours, echo, others, runs, chats, messages, answer_chars)
    print(f"  (panelbot's flood control {'on' if flood_control else 'off'})")


def _report(
    ours: Contender,
    echo: Contender,
    others: list[Contender],
    runs: int,
    chats: int,
    messages: int,
    answer_chars: int,
) -> None:
    base, base_cpu, base_latency = min(echo.burst), min(echo.cpu), min(echo.latency)
    rows = []
    for contender in [ours, *others, echo]:
        figure, cpu, latency = min(contender.burst), min(contender.cpu), min(contender.latency)
        rows.append(
            (
                contender.label,
                f"{figure * 1000:5.2f} ms/update ({figure / base:.2f}×)  "
                f"bot CPU {cpu * 1000:5.2f} ms/update ({cpu / base_cpu:.2f}×)  "
                f"latency {latency * 1000:5.2f} ms/round trip ({latency / base_latency:.2f}×)",
            )
        )
    ratio = min(ours.burst) / base
    rows.append(("goal (burst)", f"≤ {GOAL}×  →  {'met' if ratio <= GOAL else 'NOT met'}"))
    report(
        f"Per-update cost: {messages} /help from {chats} chats at once, answers of "
        f"{answer_chars} characters; best of {runs} alternated runs (lower is better)",
        rows,
    )


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--chats", type=int, default=50)
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--compare", type=Path, nargs="*", default=[])
    parser.add_argument("--flood-control-off", action="store_true")
    return parser.parse_args()


if __name__ == "__main__":
    arguments = _arguments()
    asyncio.run(
        main(
            arguments.runs,
            arguments.chats,
            arguments.messages,
            arguments.compare,
            not arguments.flood_control_off,
        )
    )
