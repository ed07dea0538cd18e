"""50 chats tap Send at once against the fake panel answering after 1 s.

The bot runs in a process of its own (as `panelbot run` does); the fake panel and the Bot API
stand-in share the benchmark's process. With panelbot's per-(chat, user) update processor,
different chats proceed in parallel while
each conversation keeps its order; the baseline is the same bot with sequential updates.
Goal: every chat has its result within 2 s.

Run: .venv/bin/python -m bench.concurrent_chats [CHATS]
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time

from bench._bot import bot_rig, report

GOAL_SECONDS = 2.0
PANEL_LATENCY = 1.0


def _is_result(text: str | None) -> bool:
    return bool(text) and "پیش‌نمایش" not in text and "در حال ارسال" not in text


async def _previews(rig, users: list[int]) -> dict[int, int]:
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


async def _all_tap_send(rig, previews: dict[int, int]) -> tuple[float, list[float]]:
    """Every user taps Send at the same moment; seconds until each saw its result."""
    start = time.perf_counter()

    async def one(user_id: int, message_id: int) -> float:
        await rig.stub.tap(rig.stub.users[user_id], message_id, text="ارسال", timeout=120)
        await rig.stub.wait_for_message(user_id, lambda m: _is_result(m.text), timeout=120)
        return time.perf_counter() - start

    times = await asyncio.gather(*(one(u, m) for u, m in previews.items()))
    return time.perf_counter() - start, list(times)


async def run(chats: int, concurrent: bool) -> tuple[float, float, int]:
    users = list(range(100, 100 + chats))
    async with bot_rig(staff=users, concurrent_updates=concurrent, own_process=True) as rig:
        previews = await _previews(rig, users)
        rig.fake.state.latency = PANEL_LATENCY
        total, times = await _all_tap_send(rig, previews)
        sends = len(rig.fake.state.requests_for("send"))
    return total, max(times), sends


async def main(chats: int) -> None:
    logging.disable(logging.WARNING)
    ours, slowest, sends = await run(chats, concurrent=True)
    base, _, base_sends = await run(chats, concurrent=False)
    report(
        f"{chats} chats tap Send at once, panel latency {PANEL_LATENCY:.0f} s",
        [
            ("panelbot (per-chat concurrent updates)", f"all answered in {ours:.2f} s"),
            ("baseline: sequential updates", f"all answered in {base:.2f} s"),
            ("speed-up", f"{base / ours:.1f}×"),
            ("sends the panel received", f"{sends} (baseline {base_sends}); expected {chats}"),
            (
                "goal",
                f"≤ {GOAL_SECONDS:.0f} s  →  {'met' if slowest <= GOAL_SECONDS else 'NOT met'}",
            ),
        ],
    )


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 50))
