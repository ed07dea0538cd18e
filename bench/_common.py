"""Shared by the number benchmarks: deterministic recipient lists and a timer."""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable
from typing import TypeVar

import phonenumbers

from bot.panel.digits import to_persian_digits

T = TypeVar("T")

PREFIXES = ["0912", "0913", "0915", "0919", "0901", "0935", "0936", "0939", "0921", "0990"]
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _spell(rng: random.Random, number: str) -> str:
    """One way people write ``number`` (``09121234567``)."""
    national = number[1:]
    roll = rng.random()
    spellings = (
        (0.55, lambda: number),
        (0.65, lambda: national),
        (0.73, lambda: "+98" + national),
        (0.77, lambda: "98" + national),
        (0.80, lambda: "0098" + national),
        (0.88, lambda: to_persian_digits(number)),
        (0.90, lambda: number.translate(ARABIC_INDIC)),
        (0.94, lambda: f"{number[:4]}-{number[4:7]}-{number[7:]}"),
        (0.96, lambda: f"{number[:4]} {number[4:7]} {number[7:]}"),
        (0.97, lambda: f"({number[:4]}) {number[4:7]} {number[7:]}"),
        (0.98, lambda: "\u200f" + number + "\u200f"),
    )
    for limit, spell in spellings:
        if roll < limit:
            return spell()
    return "+98 " + national


def _junk(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return rng.choice(["سلام", "abc", "شماره", "tel", "-"])
    if kind == 1:
        return str(rng.randrange(10**3, 10**8))  # too short
    if kind == 2:
        return f"021{rng.randrange(10**8):08d}"  # Tehran landline
    if kind == 3:
        return rng.choice(["+44", "+1", "00971"]) + str(rng.randrange(10**9, 10**10))
    return f"0912{rng.randrange(10**7):07d}9"  # one digit too many


def recipient_tokens(count: int, seed: int = 20240601) -> list[str]:
    """``count`` tokens: ~95 % mobiles in many spellings (~5 % of them repeats), ~5 % junk."""
    rng = random.Random(seed)
    seen: list[str] = []
    tokens: list[str] = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.05:
            tokens.append(_junk(rng))
            continue
        if roll < 0.10 and seen:
            number = rng.choice(seen)
        else:
            number = rng.choice(PREFIXES) + f"{rng.randrange(10**7):07d}"
            seen.append(number)
        tokens.append(_spell(rng, number))
    return tokens


def pasted_text(tokens: list[str], seed: int = 7) -> str:
    """Tokens joined as users paste them: mostly lines, some commas and Persian commas."""
    rng = random.Random(seed)
    separators = ["\n"] * 16 + [", ", "،", ";", "\t"]
    return "".join(token + rng.choice(separators) for token in tokens)


def phonenumbers_baseline(tokens: list[str]) -> set[str]:
    """The obvious way: phonenumbers.parse + is_valid_number + format, for each token."""
    valid: set[str] = set()
    for token in tokens:
        try:
            number = phonenumbers.parse(token, "IR")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number) and number.country_code == 98:
            valid.add(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    return valid


def best_of(runs: int, action: Callable[[], T]) -> tuple[float, float, T]:
    """Best wall-clock and CPU seconds over ``runs`` runs, and the last result."""
    walls: list[float] = []
    cpus: list[float] = []
    result: T
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus), result


def machine_note() -> str:
    """Load average and a reference loop: wall times mean little on a busy machine."""
    load = os.getloadavg()[0]
    start = time.process_time()
    sum(range(10_000_000))
    reference = time.process_time() - start
    return (
        f"machine: {os.cpu_count()} CPUs, load average {load:.2f}, "
        f"sum(range(10**7)) {reference:.2f} s CPU (~0.16 s when the machine is quiet)"
    )
