"""Run every benchmark, one after another: `.venv/bin/python -m bench`.

Each prints its figure beside a baseline measured in the same run, and the goal.
"""

from __future__ import annotations

import subprocess
import sys

BENCHMARKS = (
    "numbers",
    "recipients_xlsx",
    "delivery_report",
    "update_cost",
    "concurrent_chats",
    "send_million",
    "send_floor",
)


def main() -> int:
    failed = 0
    for name in BENCHMARKS:
        print(f"\n######## bench.{name}", flush=True)
        failed += (
            subprocess.run([sys.executable, "-m", f"bench.{name}"], check=False).returncode != 0
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
