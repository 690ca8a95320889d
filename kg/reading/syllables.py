"""How many words of a text are well-formed Vietnamese syllables (initial + vowel nucleus + final,
at most one tone mark). A wrong legacy decoding gives vowel runs Vietnamese never writes."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

_TONES = "\u0300\u0301\u0303\u0309\u0323"
_WORD = re.compile(r"[^\W\d_]+")
_INITIAL = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
_FINAL = "(?:ch|ng|nh|c|m|n|p|t)?"


@cache
def _syllable() -> re.Pattern[str]:
    text = resources.files("kg.reading.encodings").joinpath("nuclei.txt").read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    nuclei = sorted((n for n in lines if n and not n.startswith("#")), key=len, reverse=True)
    return re.compile(f"{_INITIAL}(?:{'|'.join(nuclei)}){_FINAL}")


def _is_syllable(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(decomposed.count(t) for t in _TONES) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return _syllable().fullmatch(bare) is not None


def syllable_ratio(text: str, sample: int = 20000) -> tuple[float, int]:
    """(share of well-formed syllables among non-ASCII words, number of such words), over a sample."""
    words = [w for w in _WORD.findall(text[:sample]) if not w.isascii()]
    if not words:
        return 0.0, 0
    return sum(map(_is_syllable, words)) / len(words), len(words)
