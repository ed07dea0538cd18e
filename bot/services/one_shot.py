"""The one-shot syntax of /send and /social, as a pure function.

After the command (on the same line or the next), lines are recipients while they look like
phone numbers — every token made of digits (any script) and phone punctuation, valid or not:
invalid ones are listed as rejected and never put in the SMS. The text starts at the first
line with anything else (letters, usually), or after a blank line that follows the numbers;
it runs to the end with its line breaks kept. On the command's own line the leading number
tokens are recipients and the text may start on that line (``/send 09121234567 سلام``).

/social takes the same shape after the network (``/social تلگرام`` or ``/social viber``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.panel.codes import SocialNetwork
from bot.panel.numbers import ParsedRecipients, RecipientCollector

__all__ = ["OneShot", "parse_one_shot"]

_DIGIT = "0-9۰-۹٠-٩"
_NUMBER_CHARS = re.compile(rf"[+\-‐‑–—().\[\]{_DIGIT}\u200c-\u200f\u2066-\u2069]+")
_ANY_DIGIT = re.compile(f"[{_DIGIT}]")
_SPLIT = re.compile(r"[\s,;،؛]+")
_NETWORKS = {
    "telegram": SocialNetwork.TELEGRAM,
    "تلگرام": SocialNetwork.TELEGRAM,
    "viber": SocialNetwork.VIBER,
    "وایبر": SocialNetwork.VIBER,
}


@dataclass(frozen=True, slots=True)
class OneShot:
    """What a one-shot message asks for: recipients (with the rejected), text, network."""

    recipients: ParsedRecipients
    text: str
    network: SocialNetwork | None = None


def _is_number_token(token: str) -> bool:
    return _NUMBER_CHARS.fullmatch(token) is not None and _ANY_DIGIT.search(token) is not None


def _tokens(line: str) -> list[str]:
    return [token for token in _SPLIT.split(line.strip()) if token]


def _looks_like_numbers(line: str) -> bool:
    tokens = _tokens(line)
    return bool(tokens) and all(_is_number_token(token) for token in tokens)


def _leading_numbers(line: str) -> tuple[str, str]:
    """The command line's leading number tokens (as written), and the rest of the line."""
    end = 0
    for match in re.finditer(r"[^\s,;،؛]+", line):
        if not _is_number_token(match[0]):
            return line[:end], line[match.start() :]
        end = match.end()
    return line, ""


def _network(line: str) -> tuple[SocialNetwork | None, str]:
    tokens = line.split(None, 1)
    if tokens and tokens[0].casefold() in _NETWORKS:
        return _NETWORKS[tokens[0].casefold()], tokens[1] if len(tokens) > 1 else ""
    return None, line


def parse_one_shot(body: str, *, social: bool = False) -> OneShot:
    """Recipients, text (and for /social the network) of what follows the command."""
    first, _, others = body.partition("\n")
    network = None
    if social:
        network, first = _network(first.strip())
    collector = RecipientCollector()
    numbers, rest = _leading_numbers(first)
    if numbers.strip():
        collector.add_text(numbers)
    if rest.strip():
        return OneShot(collector.result(), "\n".join([rest, others]).strip(), network)
    lines = others.split("\n") if others else []
    seen_numbers = bool(numbers.strip())
    for index, line in enumerate(lines):
        if not line.strip():
            if seen_numbers:
                return OneShot(collector.result(), "\n".join(lines[index + 1 :]).strip(), network)
            continue
        if not _looks_like_numbers(line):
            return OneShot(collector.result(), "\n".join(lines[index:]).strip(), network)
        collector.add_text(line)
        seen_numbers = True
    return OneShot(collector.result(), "", network)
