"""Normalisation of Vietnamese text: NFC, one tone-mark placement, matching keys.

Tone placement only touches syllable-final `oa`, `oe`, `uy` (`hoà` -> `hòa`), never `Ngoại`.

`nfc` keeps the text readable (it is what offsets refer to). `fold` makes a matching key:
lower case, old-style tone placement (`hoà` -> `hòa`, `uỷ` -> `ủy`), single spaces.
`strip_marks` removes all diacritics (for text typed without them).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TONE_PLACEMENT = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_TONE_RE = re.compile("(?:" + "|".join(_TONE_PLACEMENT) + r")(?!\w)")
_TONE_RE_CAP = {k[0].upper() + k[1:]: v[0].upper() + v[1:] for k, v in _TONE_PLACEMENT.items()}
_TONE_RE_ANY = re.compile("(?:" + "|".join(list(_TONE_PLACEMENT) + list(_TONE_RE_CAP)) + r")(?!\w)")
_SPACES = re.compile(r"[ \t\u00a0\u2009\u200b]+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def tone_placement(text: str) -> str:
    """Old-style tone placement, case preserved ("Hoà" -> "Hòa", "Uỷ" -> "Ủy"); length preserved."""
    def repl(m: re.Match[str]) -> str:
        s = m.group(0)
        return _TONE_PLACEMENT.get(s) or _TONE_RE_CAP[s]
    return _TONE_RE_ANY.sub(repl, text)


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Matching key: NFC, lower case, one tone placement, single spaces."""
    text = unicodedata.normalize("NFC", text).lower().replace("’", "'")
    text = _TONE_RE.sub(lambda m: _TONE_PLACEMENT[m.group(0)], text)
    return _SPACES.sub(" ", text).strip()


def strip_marks(text: str) -> str:
    """Remove diacritics ("Đắk Lắk" -> "Dak Lak")."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def clean_for_offsets(text: str) -> str:
    """NFC and tone placement when they keep the length (so offsets stay valid), else NFC only."""
    out = nfc(text)
    placed = tone_placement(out)
    return placed if len(placed) == len(out) else out
