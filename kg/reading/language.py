"""Is a text Vietnamese? Letters carrying marks that only Vietnamese uses (hook above, dot below,
horn, breve, đ) are about 15% of the letters of Vietnamese news and none of English or French."""

from __future__ import annotations

import unicodedata

_VIETNAMESE_MARKS = frozenset("\u0309\u0323\u031b\u0306")
MIN_RATIO = 0.01


def vietnamese_ratio(text: str) -> float:
    letters = vietnamese = 0
    for char in text:
        if not char.isalpha():
            continue
        letters += 1
        if char in "đĐ" or (ord(char) > 0x7F and _VIETNAMESE_MARKS & set(unicodedata.normalize("NFD", char))):
            vietnamese += 1
    return vietnamese / letters if letters else 0.0


def is_vietnamese(text: str) -> bool:
    return vietnamese_ratio(text) >= MIN_RATIO
