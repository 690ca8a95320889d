"""One post written two ways in one article is one holding: labels that differ only by the unit word before the place
("Phó Giám đốc Sở Du lịch tỉnh Bình Định", then "Phó Giám đốc Sở Du lịch Bình Định") are merged, keeping the first and
the evidence of both; a label whose words, punctuation aside, begin another label of the same person ("Trưởng ban Đào
tạo" beside "Trưởng ban Đào tạo, Đại học QGHN", or its unit another way: "Cục trưởng Thú y" beside "Cục trưởng Cục
Thú y, Bộ Nông nghiệp ...") goes into the fuller one, as does a label the fuller one only adds a rank to ("Phó Chủ
tịch UBND TP HCM" beside "Phó Chủ tịch Thường trực UBND TP HCM") or a people's committee ("Chủ tịch TP HCM" beside
"Chủ tịch UBND TP HCM")."""

from __future__ import annotations

import re
from functools import cache
from typing import TypeVar

from kg.extraction.companies import board_key
from kg.lexicons import mapping, word_list
from kg.model import HoldingFact
from kg.text.normalize import fold

K = TypeVar("K")

_UNIT_WORDS = {"tỉnh", "thành", "phố", "tp"}
_PUNCTUATION = re.compile(r"[,;:()\-–—]")


@cache
def firm_titles() -> dict[str, str]:
    """A firm head's English title -> the Vietnamese title of the same post, folded ("ceo" -> "tổng giám đốc")."""
    return {fold(k): fold(v) for k, v in mapping("firm_roles.tsv").items()}


def _core(position: str) -> frozenset[str]:
    key = board_key(position)
    first = key.split(" ", 1)
    if first[0] in firm_titles() and len(first) > 1:
        key = f"{firm_titles()[first[0]]} {first[1]}"  # "CEO Huawei Việt Nam" is "Tổng Giám đốc Huawei Việt Nam"
    return frozenset(w for w in key.replace(".", " ").split() if w not in _UNIT_WORDS)


def merge_unit_variants(holdings: dict[K, HoldingFact]) -> dict[K, HoldingFact]:
    kept: dict[tuple[str, frozenset[str], bool], K] = {}
    out: dict[K, HoldingFact] = {}
    for k, fact in holdings.items():
        key = (fact.person, _core(fact.position), fact.former)
        first = kept.get(key)
        if first is not None:
            out[first].evidence.extend(fact.evidence)
            continue
        kept[key] = k
        out[k] = fact
    return out


def _words(position: str) -> list[str]:
    return _PUNCTUATION.sub(" ", fold(position)).split()


def merge_shorter_spellings(holdings: dict[K, HoldingFact]) -> dict[K, HoldingFact]:
    """Without the labels whose words begin a fuller label of the same person, punctuation set aside ("Thủ tướng"
    beside "Thủ tướng Singapore", "Trưởng ban Đào tạo" beside "Trưởng ban Đào tạo, Đại học QGHN"): one post."""
    words = {k: _words(f.position) for k, f in holdings.items()}
    order = {k: i for i, k in enumerate(holdings)}
    out: dict[K, HoldingFact] = {}
    for k, fact in holdings.items():
        n = len(words[k])
        fuller = next((o for o, f in holdings.items() if o != k and f.person == fact.person and f.former == fact.former
                       and (len(words[o]) > n and (words[o][:n] == words[k] or _unit_of(fact.position, f.position)
                                                   or _ranked(fact.position, f.position)
                                                   or _committee_short(fact.position, f.position))
                            or words[o] == words[k] and order[o] < order[k])),  # "X - Bộ Y" beside "X, Bộ Y"
                      None)
        if fuller is not None:
            holdings[fuller].evidence.extend(fact.evidence)
            continue
        out[k] = fact
    return out


def _unit_of(position: str, fuller: str) -> bool:
    """The label is the fuller one's unit without its parent, written another way ("Cục trưởng Thú y" beside "Cục
    trưởng Cục Thú y, Bộ Nông nghiệp và Phát triển nông thôn")."""
    core = _core(position)
    parts = fuller.split(", ")
    return any(_core(", ".join(parts[:i])) == core for i in range(1, len(parts)))


def _ranked(position: str, fuller: str) -> bool:
    """The fuller label is this one with rank words put in ("Phó Chủ tịch Thường trực UBND TP HCM" beside "Phó Chủ
    tịch UBND thành phố HCM"): the same words in the same order, unit words and punctuation aside, the others all
    rank words."""
    ranks = frozenset(word_list("rank_qualifiers.txt"))
    words = [w for w in _words(position) if w not in _UNIT_WORDS]
    more = [w for w in _words(fuller) if w not in _UNIT_WORDS]
    return len(more) > len(words) > 0 and more[0] == words[0] and all(w in ranks for w in more if w not in words) \
        and [w for w in more if w not in ranks or w in words] == words


_PEOPLES_COMMITTEE = ("ủy", "ban", "nhân", "dân")


def _committee_short(position: str, fuller: str) -> bool:
    """The label is the fuller one without its people's committee: the press's "Chủ tịch TP HCM", "Chủ tịch phường
    Long Bình" for the chairman of the place's Ủy ban nhân dân (unit words and punctuation aside)."""
    words = [w for w in _words(position) if w not in _UNIT_WORDS]
    more = [w for w in _words(fuller) if w not in _UNIT_WORDS]
    for k in range(1, len(more) - len(_PEOPLES_COMMITTEE) + 1):
        if tuple(more[k:k + len(_PEOPLES_COMMITTEE)]) == _PEOPLES_COMMITTEE:
            return more[:k] + more[k + len(_PEOPLES_COMMITTEE):] == words
    return False
