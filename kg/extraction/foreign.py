"""The country of a foreign person's post when the title does not say it ("Thủ tướng Hun Sen" in a
sentence about the Cambodian government -> "Thủ tướng Campuchia"): the one foreign country the
sentence names that is not another person's, else the one foreign country the whole article names."""

from __future__ import annotations

from collections import Counter

from kg.extraction.gazetteer import countries, foreign_cities
from kg.extraction.lexicon import folded_words
from kg.text.normalize import fold
from kg.text.segment import Token
from kg.text.syllables import is_syllable

_HOME = {"việt nam", "vn"}
_MEETING = {"với", "tiếp", "gặp", "hội đàm", "điện đàm", "hội kiến", "thăm", "đàm", "kiến"}
_NATIONAL_BODIES = ("bộ ngoại giao", "bộ quốc phòng", "quốc hội", "thượng viện", "hạ viện", "chính phủ", "nghị viện",
                    "nội các", "quân đội")


def is_foreign_name(name: str) -> bool:
    """Latin letters only, or words that are no Vietnamese syllable ("Hun Sen", "Jean Louis Debré")."""
    words = name.replace("-", " ").split()
    return bool(words) and (name.isascii() or not all(map(is_syllable, words)))


def _state_roles() -> frozenset[str]:
    return folded_words("state_roles.txt")


def _ministry_roles() -> frozenset[str]:
    return folded_words("ministry_roles.txt")


def national_post(role: str, body: str) -> bool:
    """A post of a country's state: a head of state or government, a member of parliament or an
    envoy without a body, a minister of any field ("Bộ trưởng Công thương"), or a post in a ministry,
    parliament or government."""
    key = fold(body)
    if not key:
        return fold(role) in _state_roles()
    return key.startswith(_NATIONAL_BODIES) or fold(role) in _ministry_roles()


def named_countries(toks: list[Token]) -> list[str]:
    """The foreign countries named in a token list, in order (a city such as "Washington DC" names
    no country: it is skipped whole)."""
    table = countries()
    keys = [fold(t.text) for t in toks]
    out = []
    i = 0
    while i < len(toks):
        for n in (3, 2, 1):
            key = " ".join(keys[i:i + n])
            if i + n <= len(toks) and key in table and toks[i].text[:1].isupper() \
                    and not (n == 1 and _in_name(toks, i)):
                if key not in _HOME and key not in foreign_cities():
                    out.append(table[key])
                i += n
                break
        else:
            i += 1
    return out


def _country_openers() -> frozenset[str]:
    return folded_words("country_openers.txt")


def _in_name(toks: list[Token], i: int) -> bool:
    """A one-word country after a capitalised word is a name syllable ("Trần Đức Lương", "Lê Anh"), not after a
    preposition opening the sentence ("Tại Iraq")."""
    prev = toks[i - 1] if i else None
    if prev is not None and i == 1 and fold(prev.text) in _country_openers():
        return False
    return prev is not None and prev.end < toks[i].start and prev.text[:1].isupper() and prev.text.isalpha() \
        and not prev.text.isupper()


def meets(toks: list[Token]) -> bool:
    """The sentence tells of two sides meeting ("hội đàm với"): another person's country is not this one's."""
    keys = {fold(t.text) for t in toks}
    return bool(keys & _MEETING)


_DOMINANCE = 3  # times as often as any other country


def dominant_country(names: list[str], claimed: set[str], sentence: list[str]) -> str:
    """The country an article names at least twice and three times as often as any other ("Tổng thống Joe Biden"
    in an article on Mỹ), when the sentence and the words before the person's name (`sentence`) name no other,
    else ""."""
    counts = Counter(c for c in names if c not in claimed).most_common(2)
    if not counts or counts[0][1] < 2 or len(counts) > 1 and counts[0][1] < _DOMINANCE * counts[1][1]:
        return ""
    return counts[0][0] if set(sentence) <= {counts[0][0]} else ""


def only_country(names: list[str], claimed: set[str]) -> str:
    left = {c for c in names if c not in claimed}
    return left.pop() if len(left) == 1 else ""
