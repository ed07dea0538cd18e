"""`NumberList`: many phone numbers in one bytes blob, as a read-only sequence of str.

A list of 1,000,000 str costs ~70 MB (an object per number); this costs ~12 MB, pickles (and
deep-copies, as PTB's persistence does) as one bytes object, and hands out its batches as the
"\\n"-joined blobs a job stores, without making a str per number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any, overload

SEPARATOR = b"\n"


@cache
def _batch_pattern(size: int) -> re.Pattern[bytes]:
    return re.compile(rb"(?:[^\n]*\n){1,%d}" % size)


class NumberList(Sequence[str]):
    """Numbers joined by newlines (a number never holds one); immutable."""

    __slots__ = ("_blob", "_count")

    def __init__(self, numbers: Iterable[str] = ()) -> None:
        if isinstance(numbers, NumberList):
            self._blob, self._count = numbers._blob, numbers._count
            return
        items = numbers if isinstance(numbers, list | tuple) else list(numbers)
        if any("\n" in number for number in items):
            raise ValueError("a number cannot hold a line break")
        self._blob = "\n".join(items).encode("utf-8")
        self._count = len(items)

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[str]:
        return iter(self._items())

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        return self._items()[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, NumberList):
            return self._blob == other._blob and self._count == other._count
        if isinstance(other, list | tuple):
            return self._items() == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"NumberList({self._count} numbers)"

    def __getstate__(self) -> tuple[bytes, int]:
        return self._blob, self._count

    def __setstate__(self, state: Any) -> None:
        self._blob, self._count = state

    @classmethod
    def __get_pydantic_core_schema__(cls, _source: Any, _handler: Any) -> Any:
        """As plain data (flow records): one "\n"-joined str; a list of str is read too."""
        from pydantic_core import core_schema

        return core_schema.no_info_plain_validator_function(
            cls._validate,
            serialization=core_schema.plain_serializer_function_ser_schema(
                cls._as_text, when_used="always"
            ),
        )

    @classmethod
    def _validate(cls, value: Any) -> NumberList:
        if isinstance(value, NumberList):
            return value
        if isinstance(value, str):
            packed = cls()
            packed._blob, packed._count = (
                value.encode("utf-8"),
                value.count("\n") + 1 if value else 0,
            )
            return packed
        if isinstance(value, list | tuple) and all(isinstance(item, str) for item in value):
            return cls(value)
        raise ValueError("not a list of numbers")

    def _as_text(self) -> str:
        return self._blob.decode("utf-8")

    def batches(self, size: int) -> Iterator[tuple[int, bytes]]:
        """(count, "\\n"-joined numbers) of consecutive batches of at most `size` numbers."""
        if not self._count:
            return
        for match in _batch_pattern(max(1, size)).finditer(self._blob + SEPARATOR):
            chunk = match.group()
            yield chunk.count(SEPARATOR), chunk[:-1]

    def _items(self) -> list[str]:
        return self._blob.decode("utf-8").split("\n") if self._count else []


def as_number_list(numbers: Sequence[str]) -> NumberList:
    return numbers if isinstance(numbers, NumberList) else NumberList(numbers)
