"""One post written two ways in one article ("Phó Giám đốc Sở Du lịch tỉnh Bình Định", then "Phó Giám đốc Sở Du lịch
Bình Định") is one holding: labels that differ only by the unit word before the place are merged, keeping the first
and the evidence of both."""

from __future__ import annotations

from typing import TypeVar

from kg.model import HoldingFact
from kg.text.normalize import fold

K = TypeVar("K")

_UNIT_WORDS = {"tỉnh", "thành", "phố", "tp"}


def _core(position: str) -> frozenset[str]:
    return frozenset(w for w in fold(position).replace(".", " ").split() if w not in _UNIT_WORDS)


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
