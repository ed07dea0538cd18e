"""The 100,000-number delivery report: parse the panel's answer, summarize it, write the .xlsx.

Ours: `PanelClient.delivery` on the panel's real answer shape (`[0, "[\\"+98912…:delivered\\",
…]"]`, served by an in-memory httpx transport), `summarize`, and `delivery_xlsx` (a streaming
writer, shared strings). Baseline: the same parse and summary, then the obvious export with
openpyxl in write_only mode (one `ws.append` per row), and in normal mode. Peak memory with
tracemalloc. The time of each step of ours is printed too.
Goals: ≤ 1 s and ≤ 200 MB peak for 100,000 numbers.

Run: .venv/bin/python -m bench.delivery_report [COUNT]
"""

from __future__ import annotations

import asyncio
import io
import json
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path[0] = str(Path(__file__).resolve().parents[1])

import httpx  # noqa: E402
import openpyxl  # noqa: E402

from bot.i18n import I18n  # noqa: E402
from bot.panel import PanelClient  # noqa: E402
from bot.services.reports import delivery_xlsx, summarize  # noqa: E402

T = TypeVar("T")
GOAL_SECONDS = 1.0
GOAL_MB = 200.0
RUNS = 5
# Status of each number of 100: as a settled-but-not-quite bulk looks.
MIX = ["delivered"] * 80 + ["failed"] * 9 + ["discarded"] * 5 + ["pending"] * 4 + ["send"] * 2


def panel_body(count: int) -> str:
    items = [f"+98912{i:07d}:{MIX[(i * 37) % 100]}" for i in range(count)]
    return json.dumps([0, json.dumps(items)])


def client_for(body: str) -> PanelClient:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, text=body))
    return PanelClient("http://panel.test/services.jspd", "bench", "bench", transport=transport)


def headers(i18n: I18n) -> tuple[str, str, str]:
    keys = ("report-xlsx-number", "report-xlsx-status", "report-xlsx-code")
    return tuple(i18n.t(key, locale="fa") for key in keys)  # type: ignore[return-value]


def ours(client: PanelClient, i18n: I18n) -> bytes:
    items = asyncio.run(client.delivery(10929800))
    summarize(items)
    fmt = i18n.for_locale("fa")
    return delivery_xlsx(
        items, fmt.vocabulary, headers(i18n), sheet_name="report", right_to_left=True
    )


def baseline(client: PanelClient, i18n: I18n, *, write_only: bool = True) -> bytes:
    items = asyncio.run(client.delivery(10929800))
    summarize(items)
    fmt = i18n.for_locale("fa")
    workbook = openpyxl.Workbook(write_only=write_only)
    sheet = workbook.create_sheet() if write_only else workbook.active
    sheet.append(headers(i18n))
    for item in items:
        sheet.append([item.number, fmt.vocabulary(item.status, item.raw_status), item.raw_status])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def best_of(runs: int, action: Callable[[], T]) -> tuple[float, float, T]:
    """Best wall-clock and CPU seconds over `runs` runs, and the last result."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus), result


def peak_mb(action: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def steps(client: PanelClient, i18n: I18n) -> None:
    """Best time of each step of ours alone."""
    parse, _, items = best_of(RUNS, lambda: asyncio.run(client.delivery(10929800)))
    summary, _, _ = best_of(RUNS, lambda: summarize(items))
    fmt = i18n.for_locale("fa")
    xlsx, _, _ = best_of(
        RUNS,
        lambda: delivery_xlsx(
            items, fmt.vocabulary, headers(i18n), sheet_name="r", right_to_left=True
        ),
    )
    print(
        f"  steps: client.delivery (HTTP answer → DeliveryItem list) {parse:.2f} s, "
        f"summarize {summary:.3f} s, xlsx {xlsx:.2f} s"
    )


def check(content: bytes, count: int) -> None:
    sheet = openpyxl.load_workbook(io.BytesIO(content), read_only=True).active
    rows = sum(1 for _ in sheet.iter_rows(values_only=True))
    assert rows == count + 1, f"{rows} rows in the file, expected {count + 1}"


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    body = panel_body(count)
    i18n = I18n.load(strict=True)
    client = client_for(body)
    print(f"input: a delivery answer of {count:,} numbers, {len(body) / 1e6:.1f} MB")

    wall, cpu, content = best_of(RUNS, lambda: ours(client, i18n))
    check(content, count)
    memory = peak_mb(lambda: ours(client, i18n))
    print(
        f"ours (client.delivery + summarize + streaming xlsx): {wall:.2f} s wall "
        f"(best of {RUNS}), {cpu:.2f} s CPU, peak {memory:.0f} MB, file {len(content) / 1e6:.1f} MB"
    )

    steps(client, i18n)
    base_wall, base_cpu, _ = best_of(1, lambda: baseline(client, i18n))
    base_memory = peak_mb(lambda: baseline(client, i18n))
    print(
        f"baseline (same parse + summary, openpyxl write_only): {base_wall:.2f} s wall, "
        f"{base_cpu:.2f} s CPU, peak {base_memory:.0f} MB"
    )
    normal_wall, _, _ = best_of(1, lambda: baseline(client, i18n, write_only=False))
    print(f"baseline (same parse + summary, openpyxl normal mode): {normal_wall:.2f} s wall")
    print(f"speed-up vs write_only: {base_wall / wall:.1f} ×")
    print(
        f"goals: ≤ {GOAL_SECONDS:g} s → {'met' if wall <= GOAL_SECONDS else 'NOT met'}; "
        f"≤ {GOAL_MB:g} MB → {'met' if memory <= GOAL_MB else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
