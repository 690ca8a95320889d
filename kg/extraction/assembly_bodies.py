"""The National Assembly's committees as the press writes them: in lower case, short, with commas, dashes or 'và'
between the fields ("Chủ nhiệm Ủy ban các vấn đề xã hội Nguyễn Thị Hoài Thu", "Chủ nhiệm Uỷ ban khoa học, công
nghệ, môi trường của Quốc hội Hồ Đức Việt"): the whole name belongs to the post, whose label is the committee's
own name and "của Quốc hội" (assembly_committees.tsv)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.lexicons import table
from kg.text.normalize import fold
from kg.text.segment import Token, sentences, tokens

_SEPARATORS = frozenset({",", "-", "–", "—", "và", "&", "/"})
_SHORT_HEADS = {"ub": ("ủy", "ban")}
_ASSEMBLY = (("quốc", "hội"), ("qh",))
_ASSEMBLY_NAMED = re.compile(r"Quốc hội|\bQH\b|\bĐBQH\b")
_LOCAL_COUNCIL = re.compile(r"HĐND|Hội đồng nhân dân")
# the titles of a committee's members; a chairman's only with the Assembly named after the committee
_MEMBERS = frozenset({"chủ nhiệm", "phó chủ nhiệm", "ủy viên", "thành viên", "ủy viên thường trực"})
_CHAIRS = frozenset({"chủ tịch", "phó chủ tịch"})
_TERM_WORDS = frozenset({"khóa", "nhiệm"})


@cache
def _forms() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(folded words of a written form, canonical name), longest forms first."""
    forms = [(tuple(form.split()), row[0]) for row in table("assembly_committees.tsv") for form in row[1].split("|")]
    return tuple(sorted(forms, key=lambda f: -len(f[0])))


def _words(toks: list[Token], start: int) -> list[tuple[str, int]]:
    """The folded words from start with the token index after each (0 inside a hyphenated token, where no name
    ends; '' for a separator)."""
    out: list[tuple[str, int]] = []
    for k in range(start, min(len(toks), start + 24)):
        key = fold(toks[k].text)
        if key in _SEPARATORS:
            out.append(("", k + 1))
            continue
        parts = [w for p in key.split("-") for w in _SHORT_HEADS.get(p, (p,))]
        out.extend((w, k + 1 if n + 1 == len(parts) else 0) for n, w in enumerate(parts))
    return out


def _match(words: list[tuple[str, int]], form: tuple[str, ...]) -> int:
    """The token index after `form` read at the start of words, separators allowed between its words (0 if none)."""
    at = 0
    for n, word in enumerate(form):
        while n and at < len(words) and words[at][0] == "":
            at += 1
        if at >= len(words) or words[at][0] != word:
            return 0
        at += 1
    return words[at - 1][1]


def committee_at(toks: list[Token], start: int) -> tuple[int, str] | None:
    """(token index after the name, canonical name) of an Assembly committee named at start, or None."""
    words = _words(toks, start)
    for form, name in _forms():
        end = _match(words, form)
        if end:
            return end, name
    return None


def _assembly_after(toks: list[Token], k: int) -> int:
    """The token index after "(của) Quốc hội" / "(của) QH" at k (0 if none)."""
    keys = [fold(t.text) for t in toks[k:k + 3]]
    at = 1 if keys[:1] == ["của"] else 0
    for words in _ASSEMBLY:
        if tuple(keys[at:at + len(words)]) == words:
            return k + at + len(words)
    return 0


def _own_name_ends(toks: list[Token], k: int, person_at: set[int]) -> bool:
    """Nothing of another body's name comes after a committee's at k: a name, a lower-case word, a term or the
    sentence's end, not a capitalised word ("Ủy ban Đối ngoại | Hạ viện Mỹ") nor "của" another body."""
    if k >= len(toks) or k in person_at:
        return True
    word = toks[k].text
    return not word[:1].isupper() and fold(word) != "của" or fold(word) in _TERM_WORDS


def assembly_committee(toks: list[Token], start: int, role: str, text: str,
                       person_at: set[int]) -> tuple[int, str] | None:
    """(token index after the post's body, body label) for a post whose body at start is an Assembly committee
    ("Ủy ban các vấn đề xã hội của QH" -> "Ủy ban các vấn đề xã hội của Quốc hội"), None if it is none: a
    committee's member titles before a committee named bare in an article on the Quốc hội, or any title before a
    committee the Assembly's name follows ("của" added when the text has neither)."""
    found = committee_at(toks, start) if start < len(toks) else None
    if found is None:
        return None
    end, name = found
    owned = _assembly_after(toks, end)
    key = fold(role)
    if not owned and not (key in _MEMBERS and _own_name_ends(toks, end, person_at) and _about_assembly(text)):
        return None
    if not owned and key not in _MEMBERS | _CHAIRS:
        return None
    written_bare = owned and fold(toks[end].text) != "của"  # "Ủy ban Đối ngoại Quốc hội": as written
    return owned or end, f"{name} Quốc hội" if written_bare else f"{name} của Quốc hội"


@lru_cache(maxsize=8)
def _about_assembly(text: str) -> bool:
    """The article names the Quốc hội and no people's council (whose committees are "Ban", not "Ủy ban")."""
    return _ASSEMBLY_NAMED.search(text) is not None and _LOCAL_COUNCIL.search(text) is None


_BARE = frozenset({"ủy ban", "ub", "hội đồng"})


def named_committee(body: str, role: str, text: str, start: int, end: int) -> str:
    """The body label of a bare "Ủy ban" after a chairman's or member's title in the sentence text[start:end] that
    names one Assembly committee, or whose sentence before does ("đoàn Ủy ban Các vấn đề xã hội của Quốc hội do Chủ
    tịch Ủy ban Nguyễn Thị Hoài Thu dẫn đầu"); '' otherwise."""
    bare, key = fold(body), fold(role)
    if not bare and key.endswith(" ủy ban"):  # "Chủ tịch Ủy ban": the title written with its bare body
        bare, key = "ủy ban", key.removesuffix(" ủy ban")
    if bare not in _BARE or key not in _MEMBERS | _CHAIRS or not _about_assembly(text):
        return ""
    spans = [(s.start, s.end) for s in sentences(text)]
    at = next((k for k, (a, b) in enumerate(spans) if a <= start < b), None)
    windows = [(start, end)] + ([spans[at - 1]] if at else [])
    for a, b in windows:
        toks = tokens(text, a, b)
        names = {found[1] for k in range(len(toks)) if (found := committee_at(toks, k))
                 and _assembly_after(toks, found[0])}
        if names:
            return f"{names.pop()} của Quốc hội" if len(names) == 1 else ""
    return ""
