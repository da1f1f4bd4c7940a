"""Ways to damage a workbook's bytes, for the fuzzer: each mutation takes the file's bytes and
a seeded random generator and returns new bytes, so a case is reproduced from its seed.

Byte mutations work on any file; zip mutations open an .xlsx/.xlsm/.ods as the zip it is and
damage one member, its declared sizes, or the member list; cell mutations keep the XML well
formed but put hostile values in the cells (infinity, huge numbers, wrong cell types).
"""

from __future__ import annotations

import io
import random
import re
import struct
import warnings
import zipfile
from collections.abc import Callable

Mutation = Callable[[bytes, random.Random], bytes]
LOCAL_HEADER, CENTRAL_HEADER = b"PK\x03\x04", b"PK\x01\x02"
HOSTILE_NUMBERS = [b"1e309", b"-1e309", b"NaN", b"inf", b"1e-320", b"99999999999999999999999", b"-0", b"2024.5", b""]
HOSTILE_TEXT = [
    b"=1+1",
    b"x" * 40_000,
    b"\xf0\x9f\x91\xb6 anak",
    b"&amp;&lt;&gt;",
    b"1.234.567,89,0",
    b"I-4A I-4A",
    b"35.79.99.9999",
    b"2024-13-45",
]
CELL_TYPES = [b"n", b"s", b"b", b"e", b"d", b"str", b"inlineStr", b"zz"]
ENTITY_BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&%s;" % bytes([97 + i])) * 10) for i in range(9))
    + b"]><worksheet>&j;</worksheet>"
)


# ---- bytes ---------------------------------------------------------------------------------


def flip_bits(data: bytes, rng: random.Random) -> bytes:
    """Flip one to eight random bits."""
    damaged = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        damaged[rng.randrange(len(damaged))] ^= 1 << rng.randrange(8)
    return bytes(damaged)


def overwrite_range(data: bytes, rng: random.Random) -> bytes:
    """Overwrite up to 64 bytes with random bytes, zeros or 0xFF."""
    start, length = rng.randrange(len(data)), rng.randint(1, 64)
    filler = rng.choice([bytes(rng.randrange(256) for _ in range(length)), b"\0" * length, b"\xff" * length])
    return data[:start] + filler + data[start + length :]


def truncate(data: bytes, rng: random.Random) -> bytes:
    """Cut the file short at a random place (sometimes to nothing)."""
    return data[: rng.randrange(len(data))]


def duplicate_chunk(data: bytes, rng: random.Random) -> bytes:
    """Copy a random chunk of up to 4 KiB to a random place."""
    start = rng.randrange(len(data))
    chunk = data[start : start + rng.randint(1, 4096)]
    where = rng.randrange(len(data))
    return data[:where] + chunk * rng.randint(1, 3) + data[where:]


def delete_chunk(data: bytes, rng: random.Random) -> bytes:
    """Remove a random chunk of up to 4 KiB."""
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, 4096) :]


# ---- zip members -----------------------------------------------------------------------------


def _members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def _rezip(members: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore", UserWarning)  # a duplicate name is the point
        for info, content in members:
            name = info if isinstance(info, str) else info.filename
            archive.writestr(name, content)
    return out.getvalue()


def _change_one_member(data: bytes, rng: random.Random, change: Callable[[bytes, random.Random], bytes]) -> bytes:
    """The zip with one member (an XML part, preferably a sheet) rewritten by ``change``."""
    members = _members(data)
    sheets = [i for i, (info, _) in enumerate(members) if re.search(r"sheet|content|shared", info.filename)]
    index = rng.choice(sheets or range(len(members)))
    members[index] = (members[index][0], change(members[index][1], rng))
    return _rezip(members)


def corrupt_member(data: bytes, rng: random.Random) -> bytes:
    """One member's XML bytes damaged by a byte mutation (the zip itself stays valid)."""
    return _change_one_member(data, rng, lambda content, r: r.choice(BYTE_MUTATIONS)(content or b" ", r))


def remove_member(data: bytes, rng: random.Random) -> bytes:
    """The zip without one of its members."""
    members = _members(data)
    del members[rng.randrange(len(members))]
    return _rezip(members)


def duplicate_member(data: bytes, rng: random.Random) -> bytes:
    """One member added a second time under the same name, with other content."""
    members = _members(data)
    info, content = rng.choice(members)
    return _rezip([*members, (info.filename, content[: len(content) // 2])])


def entity_bomb(data: bytes, rng: random.Random) -> bytes:
    """One member replaced by an XML document whose entities expand to a billion bytes."""
    return _change_one_member(data, rng, lambda _content, _r: ENTITY_BOMB)


def _header_offsets(data: bytes, signature: bytes) -> list[int]:
    return [found.start() for found in re.finditer(re.escape(signature), data)]


def change_sizes(data: bytes, rng: random.Random) -> bytes:
    """A member's declared compressed or uncompressed size (local or central header) changed."""
    damaged = bytearray(data)
    local, central = _header_offsets(data, LOCAL_HEADER), _header_offsets(data, CENTRAL_HEADER)
    choices = [(offset, 18) for offset in local] + [(offset, 20) for offset in central]
    offset, field = rng.choice(choices)  # field: compressed size; +4 is the uncompressed size
    field += rng.choice([0, 4])
    if offset + field + 4 <= len(damaged):
        size = rng.choice([0, 1, rng.randrange(1 << 16), rng.randrange(1 << 32)])
        damaged[offset + field : offset + field + 4] = struct.pack("<I", size)
    return bytes(damaged)


def huge_declared_size(data: bytes, rng: random.Random) -> bytes:
    """Every member's declared uncompressed size set near 4 GiB in the central directory."""
    damaged = bytearray(data)
    for offset in _header_offsets(data, CENTRAL_HEADER):
        if offset + 28 <= len(damaged):
            damaged[offset + 24 : offset + 28] = struct.pack("<I", 0xFFFFFFF0 - rng.randrange(1 << 20))
    return bytes(damaged)


# ---- cells (well-formed XML, hostile content) -------------------------------------------------


_TARGETS = {  # what a cell mutation may replace, and with what
    "number": (re.compile(rb'<v>([^<]*)</v>|office:value="([^"]*)"'), HOSTILE_NUMBERS),
    "text": (re.compile(rb"<t(?: [^>]*)?>([^<]*)</t>|<text:p>([^<]*)</text:p>"), HOSTILE_TEXT),
    "type": (re.compile(rb' t="([a-zA-Z]+)"()'), CELL_TYPES),
}


def _hostile_values(content: bytes, rng: random.Random) -> bytes:
    """One to three cell values or types in an XML part replaced by hostile ones."""
    for _ in range(rng.randint(1, 3)):
        found = [(match, new) for pattern, new in _TARGETS.values() for match in pattern.finditer(content)]
        if not found:
            break
        match, new = rng.choice(found)
        group = 1 if match.group(1) is not None else 2
        content = content[: match.start(group)] + rng.choice(new) + content[match.end(group) :]
    return content


def hostile_cells(data: bytes, rng: random.Random) -> bytes:
    """Cell values or types in one sheet or string table replaced by hostile ones."""
    return _change_one_member(data, rng, _hostile_values)


BYTE_MUTATIONS: list[Mutation] = [flip_bits, overwrite_range, truncate, duplicate_chunk, delete_chunk]
ZIP_MUTATIONS: list[Mutation] = [
    corrupt_member,
    remove_member,
    duplicate_member,
    entity_bomb,
    change_sizes,
    huge_declared_size,
    hostile_cells,
]


def mutations_for(suffix: str) -> list[Mutation]:
    """The mutations that make sense for a file of type ``suffix``."""
    return BYTE_MUTATIONS + (ZIP_MUTATIONS if suffix in (".xlsx", ".xlsm", ".ods") else [])
