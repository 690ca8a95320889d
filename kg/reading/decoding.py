"""Bytes → text: UTF-8, UTF-16/32 with a byte-order mark, and the legacy Vietnamese encodings.

`decode(data)` returns the text (NFC) and, when it had to convert, the name of the encoding it found;
it raises `DecodeError` with a short reason when the bytes are not usable text."""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from kg.reading.language import vietnamese_ratio
from kg.reading.legacy import LEGACY_DECODERS
from kg.reading.syllables import syllable_ratio

_BOMS = [  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", None),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
]
_VIETNAMESE_LATIN1 = frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_SNIFF = 65536


class DecodeError(ValueError):
    """The reason the bytes cannot be used (e.g. 'binary file')."""


@dataclass(frozen=True)
class Decoded:
    text: str
    converted_from: str | None = None  # set when the input was not UTF-8


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def _suspicious(text: str) -> float:
    """Share of characters that a correct decoding of Vietnamese would not give."""
    bad = sum(1 for c in text if (0x80 <= ord(c) <= 0xFF and c not in _VIETNAMESE_LATIN1)
              or unicodedata.combining(c) or (ord(c) < 0x20 and c not in "\n\t\r\f"))
    return bad / max(len(text), 1)


def _looks_binary(head: bytes) -> bool:
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 0x20 and b not in b"\n\r\t\f\x1b")
    return controls > len(head) * 0.05


def _utf16_without_bom(data: bytes) -> Decoded | None:
    head = data[:_SNIFF]
    for codec, zeros in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if zeros.count(0) > len(zeros) * 0.3:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if _suspicious(text) < 0.01:
                return Decoded(_nfc(text), "UTF-16")
    return None


def _legacy(data: bytes) -> Decoded | None:
    best: tuple[tuple[float, int], str, str] | None = None
    for name, decoder in LEGACY_DECODERS.items():
        try:
            text = decoder(data)
        except UnicodeDecodeError:
            continue
        (valid, words), bad = syllable_ratio(text), _suspicious(text)
        if valid < 0.8 or bad > 0.01 or vietnamese_ratio(text) < 0.01:
            continue
        if best is None or (valid, words) > best[0]:
            best = ((valid, words), name, text)
    return Decoded(_nfc(best[2]), best[1]) if best else None


def _font_encoded(text: str) -> Decoded | None:
    """UTF-8 text that is really TCVN3 or VNI shown as Latin-1 letters ('Tæng kÕt'): old pages and
    documents typed with legacy fonts. Only tried when the text does not already read as Vietnamese."""
    if vietnamese_ratio(text) >= 0.01 or _suspicious(text) < 0.02:
        return None
    for codec in ("cp1252", "latin-1"):
        try:
            found = _legacy(text.encode(codec))
        except UnicodeEncodeError:
            continue
        if found:
            return Decoded(found.text, f"{found.converted_from} written as Latin-1 letters")
    return None


def decode(data: bytes) -> Decoded:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as err:
                raise DecodeError(f"undecodable bytes ({name or 'UTF-8'} with a byte-order mark, "
                                  f"bad byte at offset {err.start})") from None
            if not text.strip():
                raise DecodeError("empty file")
            return Decoded(_nfc(text), name)
    if not data.strip():
        raise DecodeError("empty file")
    if _looks_binary(data[:_SNIFF]):
        found = _utf16_without_bom(data)
        if found:
            return found
        raise DecodeError("binary file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err
    else:
        return _font_encoded(text) or Decoded(_nfc(text))
    found = _legacy(data)
    if found:
        return found
    line = data[:utf8_error.start].count(b"\n") + 1
    raise DecodeError(f"undecodable bytes: not UTF-8 (bad byte 0x{data[utf8_error.start]:02X} on line {line}) "
                      "nor Windows-1258, TCVN3 or VNI")
