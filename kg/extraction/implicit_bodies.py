"""The body of a bare title when the article is about one department ("Sở Du lịch Hà Nội đang mở đợt thanh
tra ... Theo Chánh thanh tra Võ Văn Thắng" -> "Chánh thanh tra Sở Du lịch Hà Nội"): the one `Sở` the
article names, when it names no other organisation such a title could head."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicons import word_list
from kg.text.dictionary import is_word
from kg.text.normalize import fold
from kg.text.segment import tokens

_HEADS = {"sở"}


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return frozenset(fold(w) for w in word_list("department_roles.txt"))


@lru_cache(maxsize=1)
def _other_heads() -> re.Pattern[str]:
    words = sorted(word_list("department_rivals.txt"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?= [A-ZĐ0-9])")


def takes_department(role: str) -> bool:
    return fold(role) in _roles()


def _body_names(text: str) -> list[str]:
    """Every `Sở X` the text names, as written ("Sở Du lịch Hà Nội", "Sở GD-ĐT")."""
    toks = tokens(text, 0, len(text))
    out = []
    for i, tok in enumerate(toks):
        if fold(tok.text) not in _HEADS or not tok.text[:1].isupper():
            continue
        j = i + 1
        while j < len(toks):
            t = toks[j].text
            if t[:1].isupper() and t[:1].isalpha():
                j += 1
            elif t.islower() and toks[j - 1].text[:1].isupper() and is_word(toks[j - 1].text, t):
                j += 1
            elif t == "và" and j + 1 < len(toks) and toks[j + 1].text[:1].isupper():
                j += 1
            else:
                break
        if j > i + 1 and fold(toks[j - 1].text) != "này":
            out.append(text[tok.start:toks[j - 1].end])
    return out


@lru_cache(maxsize=8)
def only_department(text: str) -> str:
    """The one department the article names ('' if none, several, or another kind of organisation too)."""
    names = _body_names(text)
    if not names or _other_heads().search(text):
        return ""
    keys = {fold(n) for n in names}
    longest = {k for k in keys if not any(o != k and o.startswith(k + " ") for o in keys)}
    if len(longest) != 1:
        return ""
    key = longest.pop()
    return next(n for n in names if fold(n) == key)
