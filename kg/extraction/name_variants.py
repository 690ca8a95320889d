"""One person written with and without the middle name of a Vietnamese full name ("Phạm Kim Huệ" beside "Phạm Thị
Kim Huệ", "Lương Cường" beside "Lương Văn Cường")."""

from __future__ import annotations

from functools import cache

from kg.extraction.mentions import PersonMention
from kg.lexicons import mapping
from kg.text.normalize import fold

_MIDDLES = {"thị": "female", "văn": "male"}  # the middle names that tell the sex, dropped in short writing


@cache
def _address_sex() -> dict[str, str]:
    return {fold(k): v for k, v in mapping("gendered_address.tsv").items()}


def _address_before(text: str, m: PersonMention) -> str:
    """The sex the form of address right before the mention tells ('' when none does)."""
    words = text[max(0, m.start - 8):m.start].split()
    return _address_sex().get(fold(words[-1]), "") if words else ""


def _dropped_middle(key: str) -> tuple[str, str]:
    """The folded name without its middle name after the family name, and that middle name ('', '' when none)."""
    words = key.split()
    if len(words) < 3 or words[1] not in _MIDDLES:
        return "", ""
    return " ".join(words[:1] + words[2:]), words[1]


def middle_dropped(fulls: dict[str, str], text: str, mentions: list[PersonMention]) -> dict[str, str]:
    """Folded full name -> the longer full name the article writes with a middle `Thị` or `Văn` after the same
    family name and before the same given name, when exactly one such name exists and no form of address before
    the short one tells the other sex ("bà Trần Trung Chiến" for "Trần Thị Trung Chiến", but not "ông ...")."""
    longer: dict[str, set[str]] = {}
    for key in fulls:
        short, middle = _dropped_middle(key)
        if short in fulls:
            longer.setdefault(short, set()).add(key)
    out: dict[str, str] = {}
    for short, keys in longer.items():
        if len(keys) != 1:
            continue
        key = next(iter(keys))
        sex = _MIDDLES[key.split()[1]]
        said = {_address_before(text, m) for m in mentions if m.full and fold(m.name) == short} - {""}
        if said <= {sex}:
            out[short] = fulls[key]
    return out
