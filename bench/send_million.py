"""A 1,000,000-recipient send end to end: upload, preview, Send, 2,000 batches, the summary.

Ours: the real bot in a process of its own (as in production) against the fake panel and the
Bot API stand-in (both in this process): a staff member uploads a .txt of 1,000,000 numbers,
types the text and taps Send; timed from the tap to the summary. Baseline, same run: the fake
panel's own time for the very same 2,000 requests, replayed to it one after another over HTTP
the way the bot sends them: from a process of its own, through the bot's PanelClient, on one
kept-alive connection (bench._panel_replay). Also printed: the same requests from this
process with a plain httpx client (the client then shares the fake panel's core).
Meanwhile a second staff member types /help every 0.2 s: its latency p95 is printed. Peak
memory is the bot process's high-water mark (VmHWM).
Goals: total ≤ 1.1 × the panel's own time; peak ≤ 300 MB; /help p95 ≤ 100 ms.

Run: .venv/bin/python -m bench.send_million [COUNT] [PANEL_LATENCY_SECONDS]
     (a latency makes the fake panel answer each send that much later, as a real panel does;
      SEND_REQUESTS_IN_FLIGHT=2 in the environment runs the bot with two requests in flight)
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parents[1])

import httpx  # noqa: E402

from bench._bot import TOKEN, _environment, _log_in, report  # noqa: E402
from bot.botapi_stub import BotApiStub, running_botapi_stub  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.i18n import I18n  # noqa: E402
from bot.panel.fake import running_fake_panel  # noqa: E402

SENDER, OTHER = 1, 2
GOAL_RATIO, GOAL_MB, GOAL_HELP_MS = 1.1, 300.0, 100.0
HELP_EVERY = 0.2
I18N = I18n.load()
LIST_SO_FAR = I18N.t("recipients-total", accepted=1).split("\u2068")[0].strip()
"""The running count after an upload ("the list so far: N"), up to its number."""


def said(key: str) -> str:
    """The first line of a locale message, as the bot shows it (waits follow wording fixes)."""
    return I18N.t(key).splitlines()[0].strip()


async def wait_text(stub: BotApiStub, chat: int, fragment: str, timeout: float) -> None:
    await stub.wait_for_message(chat, lambda m: fragment in (m.text or ""), timeout=timeout)


def _slow(fake, latency: float) -> None:
    fake.state.latency = latency


async def confirm_send(stub: BotApiStub, count: int, before_send=lambda: None) -> None:
    """/send, the default line, the .txt upload, its count, the text (it ends the list), Send."""
    user = stub.users[SENDER]
    await stub.send_text(user, "/send")
    choose = await stub.wait_for_message(SENDER, lambda m: "پیش‌فرض" in " ".join(m.button_texts))
    default = next(text for text in choose.button_texts if "پیش‌فرض" in text)
    await stub.tap(user, choose.message_id, text=default)
    await wait_text(stub, SENDER, said("send-ask-recipients")[:20], 30)
    content = "\n".join(f"09{index:09d}" for index in range(count)).encode()
    await stub.send_document(user, filename="million.txt", content=content)
    await wait_text(stub, SENDER, LIST_SO_FAR, 300)
    await stub.send_text(user, "Hello")
    preview = await stub.wait_for_message(SENDER, lambda m: "ارسال" in m.button_texts, 60)
    before_send()  # from here the panel answers with the chosen latency (the baseline too)
    await stub.tap(user, preview.message_id, text="ارسال")


async def help_latencies(stub: BotApiStub, done: asyncio.Event) -> list[float]:
    """Another chat types /help every HELP_EVERY seconds until `done`."""
    user, seconds = stub.users[OTHER], []
    while not done.is_set():
        started = time.perf_counter()
        await stub.send_text(user, "/help")
        await stub.wait_for_message(OTHER, timeout=30)
        seconds.append(time.perf_counter() - started)
        await asyncio.sleep(HELP_EVERY)
    return seconds


async def replay_in_process(requests: list[dict[str, str]], url: str) -> float:
    """The same requests from this process (the fake panel's own loop) with a plain client."""
    async with httpx.AsyncClient(timeout=60) as client:
        started = time.perf_counter()
        for fields in requests:
            (await client.post(url, data=fields)).raise_for_status()
        return time.perf_counter() - started


async def replay_as_the_bot(requests: list[dict[str, str]], url: str, folder: str) -> float:
    """The same requests sent again one after another from a process of its own through the
    bot's PanelClient (one kept-alive connection), as the bot sent them: the baseline."""
    plan = Path(folder) / "requests.json"
    plan.write_text(json.dumps({"url": url, "requests": requests}))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench._panel_replay", str(plan), stdout=asyncio.subprocess.PIPE
    )
    out, _ = await process.communicate()
    if process.returncode:
        raise RuntimeError(f"replay failed ({process.returncode})")
    return float(out.decode().strip())


def peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def run(count: int, latency: float = 0.0) -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with running_fake_panel() as fake, running_botapi_stub(TOKEN) as stub:
            fake.state.accounts["demo"].credit *= 10_000
            environment = _environment(folder, fake, stub, [SENDER, OTHER])
            settings = Settings(_env_file=None, **{k.lower(): v for k, v in environment.items()})
            await _log_in(settings, [SENDER, OTHER])
            for user_id in (SENDER, OTHER):
                stub.add_user(user_id, f"Staff {user_id}")
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bench._bot_process", env={**os.environ, **environment}
            )
            try:
                async with asyncio.timeout(30):
                    while not stub.calls_for("getUpdates"):
                        await asyncio.sleep(0.05)
                fake.state.latency = 0.0
                await confirm_send(stub, count, before_send=lambda: _slow(fake, latency))
                started = time.perf_counter()
                done = asyncio.Event()
                helper = asyncio.create_task(help_latencies(stub, done))
                await wait_text(stub, SENDER, said("sendjob-summary-done"), 3600)
                total = time.perf_counter() - started
                done.set()
                latencies = await helper
                peak = peak_mb(process.pid)
            finally:
                process.terminate()
                await process.wait()
            requests = [dict(r.fields) for r in fake.state.requests_for("send")]
            sends = len(requests)
            panel_own = await replay_as_the_bot(requests, fake.url, folder)
            in_process = await replay_in_process(requests, fake.url)
    p95 = statistics.quantiles(latencies, n=20)[-1] * 1000 if len(latencies) > 1 else float("nan")
    ratio = total / panel_own
    report(
        f"send of {count:,} recipients ({sends:,} panel requests, panel latency {latency:g} s)",
        [
            ("ours: tap to summary", f"{total:.1f} s"),
            ("baseline: the fake panel's own time", f"{panel_own:.1f} s"),
            ("  (same requests from the panel's own process)", f"{in_process:.1f} s"),
            ("ratio", f"{ratio:.2f}×  (goal ≤ {GOAL_RATIO}×)"),
            ("peak memory of the bot", f"{peak:.0f} MB  (goal ≤ {GOAL_MB:.0f} MB)"),
            (
                "/help latency p95 in another chat",
                f"{p95:.0f} ms over {len(latencies)}  (goal ≤ {GOAL_HELP_MS:.0f} ms)",
            ),
        ],
    )


if __name__ == "__main__":
    arguments = sys.argv[1:]
    asyncio.run(
        run(
            int(arguments[0]) if arguments else 1_000_000,
            float(arguments[1]) if len(arguments) > 1 else 0.0,
        )
    )
