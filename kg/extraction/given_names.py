"""Foreign given names from a large international list: the first-name dictionary of Jörg Michael's `gender`
program as the `gender-guesser` package ships it (`nam_dict.txt`, GNU FDL; read unmodified at run time).

A name counts when it is common in at least one country (frequency 4 or more on the list's 1-13 scale), no
Vietnamese syllable spells it even without marks (`Truong`, `Young`, `Kyong` are Vietnamese or Korean words too),
it names no place the gazetteer knows, and it is not a word that opens names of things in Vietnamese news
(`given_name_stoplist.txt`: `Crystal Palace`, `Santa Barbara`, `Mercedes Benz`). Without the package the
hand-written list alone is used.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from kg.extraction.gazetteer import countries, place_names
from kg.lexicons import word_list
from kg.text.normalize import fold
from kg.text.syllables import looks_foreign

MIN_FREQUENCY = 4
RARE_FREQUENCY = 1  # a rarer given name opens a name of two words only (`rare_given_names`)
_KINDS = ("M ", "F ", "1M", "1F", "?M", "?F", "? ")


def _dictionary_lines() -> list[str]:
    try:
        path = resources.files("gender_guesser").joinpath("data/nam_dict.txt")
        return path.read_text(encoding="utf-8", errors="replace").splitlines()
    except (ModuleNotFoundError, FileNotFoundError):
        return []


def _frequency(line: str) -> int:
    return max((int(c, 16) for c in line[30:85] if c in "0123456789ABCDEF"), default=0)


@cache
def listed_given_names() -> frozenset[str]:
    """Given names common in some country, written as the list writes them ("Monique", "Tomasz", "Aleksander")."""
    return _given_names(MIN_FREQUENCY)


@cache
def rare_given_names() -> frozenset[str]:
    """Given names the list has but counts rare in every country ("Daniella", "Lamberto", "Facundo", "Whitney")."""
    return _given_names(RARE_FREQUENCY) - listed_given_names()


def _given_names(least: int) -> frozenset[str]:
    stop = set(word_list("given_name_stoplist.txt"))
    places = place_names() | frozenset(countries())
    out = set()
    for line in _dictionary_lines():
        if line[:2] not in _KINDS or len(line) < 31 or line[29] == "+":
            continue  # '+' in column 30: a duplicate spelled with expanded umlauts
        name = line[3:29].strip()
        if not name[:1].isupper() or not name.isalpha() or len(name) < 3 or name in stop or not looks_foreign(name):
            continue
        if _frequency(line) >= least and fold(name) not in places:
            out.add(name)
    return frozenset(out)


@cache
def place_given_names() -> frozenset[str]:
    """Given names common in some country that also name a place the gazetteer knows ("Jordan", "Georgia",
    "Victoria"): after a form of address they open a name ("Ông Jordan Ryan"), not a nationality."""
    places = place_names() | frozenset(countries())
    out = set()
    for line in _dictionary_lines():
        if line[:2] not in _KINDS or len(line) < 31 or line[29] == "+":
            continue
        name = line[3:29].strip()
        if name.isalpha() and looks_foreign(name) and _frequency(line) >= MIN_FREQUENCY and fold(name) in places:
            out.add(name)
    return frozenset(out)
