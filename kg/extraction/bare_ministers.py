"""A minister named by a bare title ("Bộ trưởng Đỗ Quang Trung") takes the article's one ministry only when nothing
in the article says otherwise: not when the same person's own ministry is written elsewhere in it ("Bộ trưởng Nội vụ
Đỗ Quang Trung"), not when that ministry's minister is another person the article names (a ministry has one
minister), and not for the minister-rank head of another body ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"); in the
headline of a related article listed at the end, the title stays bare."""

from __future__ import annotations

import re
from typing import TypeVar

from kg.model import HoldingFact
from kg.text.normalize import fold

K = TypeVar("K")

_MINISTERS = {"bộ trưởng"}  # one per ministry
_DEPUTIES = {"thứ trưởng", "thứ trưởng thường trực"}
_HEAD_AFTER = re.compile(r"\s*[,–-]\s*[Cc]hủ nhiệm\b")  # "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"


def _written(fact: HoldingFact, text: str) -> bool:
    """Some mention of the post writes its body, not the bare title."""
    return any(len(text[e.start:e.end].split()) > len(fact.role.split()) for e in fact.evidence)


def drop_filled_ministers(holdings: dict[K, HoldingFact], text: str) -> dict[K, HoldingFact]:
    """The holdings without the bare ministers' posts that the article's one ministry filled in against the text."""
    ministers = [k for k, f in holdings.items() if fold(f.role) in _MINISTERS | _DEPUTIES and f.body and not f.former]
    written = {k for k in ministers if _written(holdings[k], text)}
    drop = set()
    for k in ministers:
        fact = holdings[k]
        if k in written:
            continue
        own = any(o != k and holdings[o].person == fact.person and fold(holdings[o].role) == fold(fact.role)
                  for o in written)
        taken = fold(fact.role) in _MINISTERS and any(
            holdings[o].person != fact.person and fold(holdings[o].position) == fold(fact.position) for o in written)
        head = any(_HEAD_AFTER.match(text, e.end) for e in fact.evidence)
        if own or taken or head:
            drop.add(k)
        elif all(_in_related_headline(text, e.start) for e in fact.evidence):
            fact.position, fact.body, fact.jurisdiction = fact.role, "", ""  # another article's headline: kept bare
    return {k: f for k, f in holdings.items() if k not in drop}


_RELATED = re.compile(r"\(\d{1,2}/\d{1,2}/\d{4}\)\s*$")  # "Bộ trưởng Mai Ái Trực thừa nhận ...(10/06/2004)"


def _in_related_headline(text: str, at: int) -> bool:
    """The offset lies in a line listing a related article by its headline and date, as news sites append them:
    the ministry of the article around it is not that minister's."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return _RELATED.search(text[start:end if end >= 0 else len(text)]) is not None
