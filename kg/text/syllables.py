"""Well-formed Vietnamese syllables (initial + vowel nucleus + final, one tone mark at most), the split of a
capitalised syllable glued to a following common word ("Khuđược" -> "Khu" + "được"), and where a capital follows
lower-case letters inside a word ("củaHuawei")."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

from kg.lexicons import word_list

_TONES = "\u0300\u0301\u0303\u0309\u0323"
_INITIAL = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
_FINAL = "(?:ch|ng|nh|c|m|n|p|t)?"


@cache
def _pattern() -> re.Pattern[str]:
    text = resources.files("kg.reading.encodings").joinpath("nuclei.txt").read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    nuclei = sorted((n for n in lines if n and not n.startswith("#")), key=len, reverse=True)
    return re.compile(f"{_INITIAL}(?:{'|'.join(nuclei)}){_FINAL}")


@lru_cache(maxsize=50_000)
def is_syllable(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(decomposed.count(t) for t in _TONES) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return _pattern().fullmatch(bare) is not None


@cache
def _glue_words() -> frozenset[str]:
    return frozenset(unicodedata.normalize("NFC", w) for w in word_list("glue_words.txt"))


@cache
def _frequent_words() -> frozenset[str]:
    return frozenset(unicodedata.normalize("NFC", w) for w in word_list("frequent_words.txt"))


def _common_after(word: str, k: int) -> bool:
    """word[k:] is a word typing glues to a name: a short glue word, or a frequent lower-case word after a
    capitalised syllable of two letters or more ("Trọngmong", not the Ê Đê family name "Êban")."""
    return word[k:] in _glue_words() or k >= 2 and word[k:] in _frequent_words()


@lru_cache(maxsize=50_000)
def glued_split(word: str) -> int:
    """Where a capitalised non-syllable splits into a capitalised syllable and a common lower-case
    word ("Khuđược" -> 3), or a foreign word of plain letters and a glue word with marks ("Bidenở" -> 5); 0 when it
    does not."""
    if len(word) < 4 or not word[:1].isupper() or word.isascii() or not word[1:].islower() or is_syllable(word):
        return 0
    for k in range(len(word) - 1, 0, -1):
        if len(word) - k >= 2 and _common_after(word, k) and is_syllable(word[:k]):
            return k
        if k >= 3 and word[:k].isascii() and not word[k:].isascii() and word[k:] in _glue_words():
            return k
    return 0


def is_glue_word(word: str) -> bool:
    """A short common word that typing glues to the word next to it ("là", "của", "với")."""
    return word in _glue_words()


@lru_cache(maxsize=50_000)
def capital_inside(word: str) -> int:
    """Where a capital follows two or more lower-case letters inside a word ("củaHuawei" -> 3, "tịchHội" -> 4);
    0 when none does (a word opened by a capital, "iPhone", "Co.opMart")."""
    if not word[:1].islower():
        return 0
    k = next((i for i, c in enumerate(word) if c.isupper()), 0)
    return k if k >= 2 and word[:k].isalpha() and word[k + 1:k + 2].isalpha() else 0


_BARE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")


@lru_cache(maxsize=50_000)
def looks_foreign(word: str) -> bool:
    """A word no Vietnamese syllable spells, even without its marks ("Andrea", "Agnelli", "Ed", "Aztlan")."""
    bare = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    bare = "".join(c for c in bare if unicodedata.category(c) != "Mn")
    if not bare.isalpha():
        return False
    return any(c in "fjwz" for c in bare) or _BARE.fullmatch(bare) is None
