"""Check a zip archive (.xlsx, .xlsm, .xlsb, .ods) by what its entries really inflate to.

The sizes a zip declares can lie: every entry is inflated here, streaming, with a counter, and
the check stops as soon as the archive's real inflated bytes pass the cap — before any reader
(calamine) sees the file. Encrypted entries and compression methods other than stored and
deflate (deflate64, bzip2, lzma …) are refused up front: office files never use them.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from enum import StrEnum

__all__ = ["ZipProblem", "ZipRefused", "check_zip"]

_STORED, _DEFLATED = 0, 8
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_LOCAL_SIGNATURE = b"PK\x03\x04"
_CHUNK = 64 * 1024
MAX_ENTRIES = 10_000


class ZipProblem(StrEnum):
    """Why an archive is refused (values double as locale key suffixes)."""

    BROKEN = "broken"
    ENCRYPTED = "encrypted"
    COMPRESSION = "compression"
    INFLATES_TOO_MUCH = "inflates-too-much"


class ZipRefused(ValueError):
    def __init__(self, problem: ZipProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def check_zip(data: bytes, *, max_inflated: int) -> int:
    """The archive's real inflated size; ZipRefused when broken, encrypted or too big."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ZipRefused(ZipProblem.BROKEN) from error
    if not entries or len(entries) > MAX_ENTRIES:
        raise ZipRefused(ZipProblem.BROKEN)
    total = 0
    for entry in entries:
        if entry.flag_bits & 0x1:
            raise ZipRefused(ZipProblem.ENCRYPTED)
        if entry.compress_type not in (_STORED, _DEFLATED):
            raise ZipRefused(ZipProblem.COMPRESSION)
        total += _inflated_size(data, entry, max_inflated - total)
    return total


def _inflated_size(data: bytes, entry: zipfile.ZipInfo, budget: int) -> int:
    """Bytes the entry's stream really inflates to (declared sizes ignored)."""
    start = _data_start(data, entry.header_offset)
    if entry.compress_type == _STORED:
        size = min(entry.compress_size, len(data) - start)
        if size > budget:
            raise ZipRefused(ZipProblem.INFLATES_TOO_MUCH)
        return size
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    produced, position, pending = 0, start, b""
    try:
        while not inflater.eof:
            output = inflater.decompress(pending, _CHUNK)
            pending = inflater.unconsumed_tail
            produced += len(output)
            if produced > budget:
                raise ZipRefused(ZipProblem.INFLATES_TOO_MUCH)
            if not output and not pending:  # needs more input
                if position >= len(data):
                    raise ZipRefused(ZipProblem.BROKEN)  # the stream never ends
                pending = data[position : position + _CHUNK]
                position += len(pending)
    except zlib.error as error:
        raise ZipRefused(ZipProblem.BROKEN) from error
    return produced


def _data_start(data: bytes, offset: int) -> int:
    header = data[offset : offset + _LOCAL_HEADER.size]
    if len(header) < _LOCAL_HEADER.size or not header.startswith(_LOCAL_SIGNATURE):
        raise ZipRefused(ZipProblem.BROKEN)
    fields = _LOCAL_HEADER.unpack(header)
    name_length, extra_length = fields[-2], fields[-1]
    return offset + _LOCAL_HEADER.size + name_length + extra_length
