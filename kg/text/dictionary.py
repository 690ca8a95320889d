"""The Vietnamese word list shipped with underthesea (Viet74K), as a set of folded words.

Used to tell whether two syllables form one word ("Giáo dục", "Tỉnh ủy") or a name followed by
a verb ("Đà Nẵng cho"). Empty when the file is missing (the rules then fall back to capitals).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from kg.text.normalize import fold


@cache
def _lines() -> tuple[str, ...]:
    """The list's multi-syllable entries as written; empty when the file is missing."""
    try:
        path = resources.files("underthesea") / "corpus" / "data" / "Viet74K.txt"
        lines = path.read_text(encoding="utf-8").splitlines()
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return ()
    return tuple(line for line in lines if " " in line.strip())


@cache
def words() -> frozenset[str]:
    return frozenset(fold(line) for line in _lines())


@cache
def proper_words() -> frozenset[str]:
    """The list's entries written with a capital: names of people and places ("Quang Trung", "Xuân Trường")."""
    return frozenset(fold(line) for line in _lines() if line[:1].isupper())


def is_word(*syllables: str) -> bool:
    return fold(" ".join(syllables)) in words()


def is_proper_word(*syllables: str) -> bool:
    return fold(" ".join(syllables)) in proper_words()
