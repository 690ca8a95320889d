"""The extraction lexicons, compiled once per process into matchers (tries over folded tokens)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.lexicons import mapping, table, word_list
from kg.text.normalize import fold, strip_marks
from kg.text.segment import Token


class PhraseMatcher:
    """Longest match of folded multi-token phrases starting at a token position."""

    def __init__(self, phrases: dict[str, object]):
        self.entries: dict[tuple[str, ...], object] = {}
        self.longest = 1
        self.firsts: set[str] = set()
        for phrase, value in phrases.items():
            key = tuple(fold(phrase).split())
            if key:
                self.entries[key] = value
                self.longest = max(self.longest, len(key))
                self.firsts.add(key[0])

    def match(self, toks: list[Token], i: int, keys: list[str] | None = None) -> tuple[int, object] | None:
        """(number of tokens, value) of the longest phrase starting at toks[i], or None."""
        keys = keys if keys is not None else [fold(t.text) for t in toks]
        if i >= len(keys) or keys[i] not in self.firsts:
            return None
        for n in range(min(self.longest, len(toks) - i), 0, -1):
            key = tuple(keys[i:i + n])
            if key in self.entries:
                return n, self.entries[key]
        return None


@dataclass(frozen=True)
class RoleInfo:
    label: str
    standalone: bool


@cache
def folded_words(name: str) -> frozenset[str]:
    """The entries of a word list as matching keys (fold)."""
    return frozenset(fold(w) for w in word_list(name))


@cache
def folded_phrases(name: str) -> frozenset[tuple[str, ...]]:
    """The entries of a word list as sequences of matching keys, one per word (fold)."""
    return frozenset(tuple(fold(w).split()) for w in word_list(name))


@cache
def surnames() -> PhraseMatcher:
    return PhraseMatcher({s: s for s in word_list("surnames.txt")})


@cache
def surname_set() -> frozenset[str]:
    return frozenset(s for s in word_list("surnames.txt") if " " not in s)


@cache
def described_roles() -> PhraseMatcher:
    """Descriptions read as posts in apposition only (described_roles.txt)."""
    return PhraseMatcher({line: RoleInfo(line, False) for line in word_list("described_roles.txt")})


@cache
def roles() -> PhraseMatcher:
    out: dict[str, object] = {}
    for line in word_list("roles.txt"):
        standalone = line.endswith("*")
        label = line.rstrip("*")
        out[label] = RoleInfo(label, standalone)
    return PhraseMatcher(out)


@cache
def honorifics() -> PhraseMatcher:
    return PhraseMatcher({row[0]: row[1] if len(row) > 1 else "honorific" for row in table("honorifics.tsv")})


@cache
def ranks() -> PhraseMatcher:
    return PhraseMatcher({r: r for r in word_list("ranks.txt")})


@cache
def abbreviations() -> dict[str, str]:
    return mapping("abbreviations.tsv")


@cache
def label_abbreviations() -> dict[str, str]:
    """The short forms expanded in post labels (those not marked `as written`)."""
    return {row[0]: row[1] for row in table("abbreviations.tsv") if len(row) > 1 and row[2:3] != ("as written",)}


@cache
def event_words() -> PhraseMatcher:
    return PhraseMatcher(mapping("event_words.tsv"))


@cache
def participation() -> PhraseMatcher:
    return PhraseMatcher(mapping("participation.tsv"))


@cache
def lowercase_post_words() -> PhraseMatcher:
    return PhraseMatcher({w: w for w in word_list("lowercase_post_words.txt")})


@cache
def blocker_regex() -> re.Pattern[str]:
    """Matches a name blocker at the very end of the text before a capitalised sequence, which may open with a quote
    ('mang tên "Lady Girl"', 'khách sạn “Hoa Hồng”')."""
    words = sorted(word_list("name_blockers.txt"), key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w.])(?:{alternatives})\s*[\"“]?$")


@cache
def blocker_words() -> frozenset[str]:
    """One-word name blockers, folded ("đường", "phố")."""
    return frozenset(fold(w) for w in word_list("name_blockers.txt") if " " not in w.strip())


@cache
def body_words() -> frozenset[str]:
    """Lower-case two-syllable words that continue a body name ("quản trị", "nông thôn")."""
    return folded_words("body_words.txt")


def historical_persons() -> frozenset[str]:
    """Figures of the past (`Hồ Chí Minh`, `Trần Phú`), folded."""
    return folded_words("historical_persons.txt")


def described_role_keys() -> frozenset[str]:
    """Descriptions read as posts in apposition only ("người đứng đầu"), folded."""
    return folded_words("described_roles.txt")


@cache
def body_heads() -> frozenset[str]:
    return frozenset(strip_marks(fold(w)) for w in word_list("body_heads.txt"))


def _marked_body_heads() -> frozenset[str]:
    return folded_words("body_heads.txt")


def is_body_head(key: str) -> bool:
    """A folded word begins a body's name, exactly as listed: a word with other marks or none is another word
    ("Trọng" is not "Trong", "Thanh" is not "Thành")."""
    return key in _marked_body_heads()


@cache
def ministries() -> dict[str, str]:
    """Folded ministry names as the press writes them -> the official name ("bộ tài nguyên - môi trường" ->
    "Bộ Tài nguyên và Môi trường")."""
    return {fold(k): v for k, v in mapping("ministries.tsv").items()}


@cache
def terms() -> dict[tuple[str, str], tuple[str, str]]:
    """(body kind, Roman numeral) -> (start, end) ISO dates; end '' while running."""
    return {(row[0], row[1]): (row[2], row[3] if len(row) > 3 else "") for row in table("terms.tsv")}
