"""How many words of a text are well-formed Vietnamese syllables: a wrong legacy decoding gives
vowel runs Vietnamese never writes."""

from __future__ import annotations

import re

from kg.text.syllables import is_syllable

_WORD = re.compile(r"[^\W\d_]+")


def syllable_ratio(text: str, sample: int = 20000) -> tuple[float, int]:
    """(share of well-formed syllables among non-ASCII words, number of such words), over a sample."""
    words = [w for w in _WORD.findall(text[:sample]) if not w.isascii()]
    if not words:
        return 0.0, 0
    return sum(map(is_syllable, words)) / len(words), len(words)
