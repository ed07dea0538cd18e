"""Parsing 1,000,000 pasted numbers: parse_recipients vs a phonenumbers-only baseline.

The input is deterministic: ~95 % mobiles in many spellings (0912…, 912…, +98…, 0098…, Persian
and Arabic-Indic digits, dashes, spaces, parentheses, RTL marks), ~5 % of them repeats, ~5 %
junk (words, landlines, foreign, too short or long), separated by newlines, commas, Persian
commas, semicolons and tabs.
Goals: ≤ 2 s for 1,000,000 numbers, and ≥ 10 × faster than the baseline.

Run: .venv/bin/python -m bench.numbers [COUNT]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# This file's name shadows the standard library's ``numbers`` (which decimal imports): put the
# repository root, not bench/, first on the path.
sys.path.pop(0)  # bench/: its numbers.py would shadow the standard library's
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import (
    best_of,
    machine_note,
    pasted_text,
    phonenumbers_baseline,
    recipient_tokens,
)
from bot.panel.numbers import parse_recipients

GOAL_SECONDS = 2.0
GOAL_SPEEDUP = 10.0
BASELINE_SAMPLE = 50_000


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    tokens = recipient_tokens(count)
    text = pasted_text(tokens)
    print(machine_note())
    print(f"input: {count:,} tokens, {len(text) / 1e6:.1f} M characters")

    wall, cpu, result = best_of(3, lambda: parse_recipients(text))
    print(
        f"parse_recipients: {wall:.2f} s wall (best of 3), {cpu:.2f} s CPU  →  "
        f"{len(result.valid):,} valid, {result.duplicates:,} duplicates, "
        f"{len(result.rejected):,} rejected"
    )

    sample = re.split(r"[\n,;،\t]+", pasted_text(tokens[:BASELINE_SAMPLE]).strip())
    base_wall, base_cpu, _ = best_of(1, lambda: phonenumbers_baseline(sample))
    scale = count / BASELINE_SAMPLE
    print(
        f"baseline (phonenumbers.parse + is_valid_number + format_number per token), "
        f"run on the first {BASELINE_SAMPLE:,} tokens and extrapolated ×{scale:g}: "
        f"{base_wall * scale:.1f} s wall, {base_cpu * scale:.1f} s CPU"
    )
    speedup = base_cpu * scale / cpu
    print(f"speed-up (CPU): {speedup:.0f} ×")
    print(
        f"goals: ≤ {GOAL_SECONDS:g} s → wall {'met' if wall <= GOAL_SECONDS else 'NOT met'}, "
        f"CPU {'met' if cpu <= GOAL_SECONDS else 'NOT met'}; "
        f"≥ {GOAL_SPEEDUP:g} × → {'met' if speedup >= GOAL_SPEEDUP else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
