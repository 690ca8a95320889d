"""Legacy Vietnamese 8-bit encodings Python has no codec for: TCVN3 (ABC) and VNI-Windows.

The tables are data files in `encodings/` (see the README there)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources


def _rows(name: str) -> list[list[str]]:
    text = resources.files("kg.reading.encodings").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@cache
def _tcvn3_table() -> dict[int, str]:
    return {int(byte, 16): char for byte, char, *_ in _rows("tcvn3.tsv")}


@cache
def _vni() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {seq: char for seq, char in _rows("vni.tsv")}
    pattern = re.compile("|".join(re.escape(s) for s in sorted(table, key=len, reverse=True)))
    return pattern, table


def decode_tcvn3(data: bytes) -> str:
    table = _tcvn3_table()
    text = "".join(table.get(b) or chr(b) for b in data)
    return unicodedata.normalize("NFC", text)


def decode_vni(data: bytes) -> str:
    pattern, table = _vni()
    text = data.decode("cp1252", errors="strict")
    return unicodedata.normalize("NFC", pattern.sub(lambda m: table[m.group(0)], text))


def decode_cp1258(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("cp1258", errors="strict"))


# name shown to the user → decoder; tried in this order, the most Vietnamese-looking result wins
LEGACY_DECODERS = {
    "Windows-1258": decode_cp1258,
    "TCVN3 (ABC)": decode_tcvn3,
    "VNI-Windows": decode_vni,
}


def encode_tcvn3(text: str) -> bytes:
    """The inverse of `decode_tcvn3` (used to make test files)."""
    table = _tcvn3_table()
    inverse = {char: byte for byte, char in table.items() if len(char) == 1 and not unicodedata.combining(char)}
    return bytes(inverse.get(c, ord(c) if ord(c) < 0x80 else ord("?")) for c in unicodedata.normalize("NFC", text))


def encode_vni(text: str) -> bytes:
    """The inverse of `decode_vni` (used to make test files)."""
    _, table = _vni()
    inverse = {char: seq for seq, char in table.items()}
    return "".join(inverse.get(c, c) for c in unicodedata.normalize("NFC", text)).encode("cp1252")


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 keeps vowel letters precomposed and writes tone marks as separate combining bytes."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        try:
            out.append(char.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", char)
        tones = [m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323"]
        rest = unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in tones))
        out.append((rest + "".join(tones)).encode("cp1258"))
    return b"".join(out)
