"""Text as Telegram sees it: HTML parse_mode into plain text + entities, command entities, limits.

Offsets and lengths of entities are in UTF-16 code units, as in the Bot API.
"""

from __future__ import annotations

import re
from typing import Any

from bot.botapi_stub.errors import (
    CAPTION_TOO_LONG,
    TEXT_EMPTY,
    TEXT_TOO_LONG,
    ApiError,
    bad_request,
)

MAX_TEXT = 4096
MAX_CAPTION = 1024

_SIMPLE_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}
_SPECIAL_TAGS = {"a", "span", "tg-emoji"}
_HTML_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ATTR = re.compile(r"""([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))""")
_COMMAND = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?")


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _parse_error(reason: str) -> ApiError:
    return bad_request(f"can't parse entities: {reason}")


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _decode_entity(text: str, index: int) -> tuple[str, int] | None:
    """The character for an HTML entity at ``text[index] == '&'`` and the index after it."""
    end = text.find(";", index)
    if end == -1 or end - index > 10:
        return None
    name = text[index + 1 : end]
    if name in _HTML_ENTITIES:
        return _HTML_ENTITIES[name], end + 1
    try:
        if name.startswith(("#x", "#X")):
            return chr(int(name[2:], 16)), end + 1
        if name.startswith("#"):
            return chr(int(name[1:])), end + 1
    except (ValueError, OverflowError):
        return None
    return None


def _entity_for_tag(name: str, attrs: str, text: str, at: int) -> dict[str, Any]:
    """The entity (without offset/length) a start tag opens; raises on unsupported tags."""
    if name in _SIMPLE_TAGS:
        return {"type": _SIMPLE_TAGS[name]}
    if name not in _SPECIAL_TAGS:
        offset = _byte_offset(text, at)
        raise _parse_error(f'Unsupported start tag "{name}" at byte offset {offset}')
    values = {
        m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None)
        for m in _ATTR.finditer(attrs)
    }
    if name == "a":
        return {"type": "text_link", "url": values.get("href", "")}
    if name == "span":
        if values.get("class") != "tg-spoiler":
            raise _parse_error(
                f'Tag "span" must have class "tg-spoiler" at byte offset {_byte_offset(text, at)}'
            )
        return {"type": "spoiler"}
    return {"type": "custom_emoji", "custom_emoji_id": values.get("emoji-id", "")}


def parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Plain text and entities of an HTML-formatted text, with tdlib's error texts."""
    out: list[str] = []
    length = 0  # UTF-16 length of out
    stack: list[tuple[str, dict[str, Any], int]] = []
    entities: list[dict[str, Any]] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "&" and (decoded := _decode_entity(text, i)):
            out.append(decoded[0])
            length += utf16_len(decoded[0])
            i = decoded[1]
            continue
        if char != "<":
            out.append(char)
            length += utf16_len(char)
            i += 1
            continue
        close = text.find(">", i)
        if close == -1:
            kind = "end" if text.startswith("</", i) else "start"
            raise _parse_error(f"Unclosed {kind} tag at byte offset {_byte_offset(text, i)}")
        body = text[i + 1 : close]
        if body.startswith("/"):
            name = body[1:].strip().lower()
            if not stack:
                raise _parse_error(f"Unexpected end tag at byte offset {_byte_offset(text, i)}")
            open_name, entity, start = stack.pop()
            if name and name != open_name:
                raise _parse_error(
                    f"Unmatched end tag at byte offset {_byte_offset(text, i)}, "
                    f'expected "</{open_name}>", found "</{name}>"'
                )
            if length > start:
                entities.append({**entity, "offset": start, "length": length - start})
        else:
            name, _, attrs = body.strip().partition(" ")
            name = name.lower().rstrip("/")
            if not name:
                raise _parse_error(f"Empty tag name at byte offset {_byte_offset(text, i)}")
            stack.append((name, _entity_for_tag(name, attrs, text, i), length))
        i = close + 1
    if stack:
        raise _parse_error(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _trim(text: str, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Strip surrounding whitespace like Telegram does, keeping entities in place."""
    stripped = text.strip()
    if not stripped:
        return "", []
    shift = utf16_len(text[: len(text) - len(text.lstrip())])
    limit = utf16_len(stripped)
    kept = []
    for entity in entities:
        start = max(entity["offset"] - shift, 0)
        end = min(entity["offset"] + entity["length"] - shift, limit)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return stripped, kept


def render(
    text: str, parse_mode: str | None, entities: list[dict[str, Any]] | None
) -> tuple[str, list[dict[str, Any]]]:
    """Plain text and entities for a text/caption as sent by the bot (HTML checked; others raw)."""
    if parse_mode and parse_mode.lower() == "html":
        plain, parsed = parse_html(text)
    else:
        plain, parsed = text, list(entities or [])
    return _trim(plain, parsed)


def render_message_text(
    text: str | None, parse_mode: str | None, entities: list[dict[str, Any]] | None
) -> tuple[str, list[dict[str, Any]]]:
    """Like :func:`render` for a message text: refuses empty and over-long texts."""
    plain, parsed = render(text or "", parse_mode, entities)
    if not plain:
        raise bad_request(TEXT_EMPTY)
    if len(plain) > MAX_TEXT:
        raise bad_request(TEXT_TOO_LONG)
    return plain, parsed


def render_caption(
    caption: str | None, parse_mode: str | None, entities: list[dict[str, Any]] | None
) -> tuple[str | None, list[dict[str, Any]]]:
    """A caption's plain text (None when absent or blank) and entities; refuses over-long ones."""
    if caption is None:
        return None, []
    plain, parsed = render(caption, parse_mode, entities)
    if len(plain) > MAX_CAPTION:
        raise bad_request(CAPTION_TOO_LONG)
    return (plain or None), parsed


def command_entities(text: str) -> list[dict[str, Any]]:
    """``bot_command`` entities as Telegram computes them for a user's text."""
    return [
        {
            "type": "bot_command",
            "offset": utf16_len(text[: m.start()]),
            "length": utf16_len(m.group()),
        }
        for m in _COMMAND.finditer(text)
    ]
