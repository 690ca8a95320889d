"""Person recogniser: Vietnamese full names (a known surname followed by one to four capitalised
syllables), names after an honorific or a title (`chị Minh`, `ông Ahmed Adel`, `Tổng thống Obama`),
with honorifics and ranks stripped and names inside place or body names refused."""

from __future__ import annotations

from kg.extraction import lexicon
from kg.extraction.gazetteer import place_names
from kg.extraction.mentions import PersonMention
from kg.text.normalize import fold
from kg.text.segment import Token

MAX_GIVEN = 4


def _is_name_token(tok: Token) -> bool:
    t = tok.text
    if not t[:1].isupper() or not t.isalpha() and "'" not in t and "’" not in t:
        return False
    if len(t) > 1 and t.isupper():  # acronyms (UBND) and bylines in capitals are not name syllables
        return False
    return len(t) <= 12


def capital_runs(toks: list[Token], text: str) -> list[tuple[int, int]]:
    """Maximal runs of name-like tokens separated by plain spaces on one line."""
    runs = []
    i = 0
    n = len(toks)
    while i < n:
        if not _is_name_token(toks[i]):
            i += 1
            continue
        j = i + 1
        while j < n and _is_name_token(toks[j]) and text[toks[j - 1].end:toks[j].start] in (" ", "\u00a0"):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _preceding_cue(toks: list[Token], keys: list[str], i: int) -> tuple[str, int]:
    """An honorific, rank or role phrase that ends right before token i: (kind, first token index)."""
    for matcher, kind in ((lexicon.honorifics(), "honorific"), (lexicon.ranks(), "rank"), (lexicon.roles(), "role")):
        for n in range(min(matcher.longest, i), 0, -1):
            key = tuple(keys[i - n:i])
            if key in matcher.entries:
                return kind, i - n
    return "", i


def _blocked(text: str, sent_start: int, start: int) -> bool:
    return bool(lexicon.blocker_regex().search(text, max(sent_start, start - 40), start))


def _strip_leading(toks: list[Token], keys: list[str], i: int, j: int) -> tuple[int, str]:
    """Skip honorifics, ranks, titles and place names at the start of a run."""
    cue = ""
    places = place_names()
    changed = True
    while changed and i < j:
        changed = False
        for matcher, kind in ((lexicon.honorifics(), "honorific"), (lexicon.ranks(), "rank"),
                              (lexicon.roles(), "role")):
            m = matcher.match(toks[:j], i, keys)
            if m and i + m[0] < j:
                i += m[0]
                cue = kind
                changed = True
                break
        if not changed:
            for n in range(min(5, j - i - 2), 0, -1):
                if " ".join(keys[i:i + n]) in places and _starts_surname(toks, keys, i + n, j):
                    i += n
                    changed = True
                    break
    return i, cue


def _starts_surname(toks: list[Token], keys: list[str], i: int, j: int) -> int:
    m = lexicon.surnames().match(toks[:j], i, keys)
    return m[0] if m else 0


def _foreign(toks: list[Token]) -> bool:
    """Latin letters only and no Vietnamese tone marks: a foreign name ("Obama", "Ahmed Adel")."""
    return all(all(c.isascii() for c in t.text) for t in toks) and any(len(t.text) > 3 for t in toks)


def find_persons(text: str, toks: list[Token], sent_start: int) -> list[PersonMention]:
    keys = [fold(t.text) for t in toks]
    places = place_names()
    out: list[PersonMention] = []
    for i0, j in capital_runs(toks, text):
        cue_kind, _ = _preceding_cue(toks, keys, i0)
        i, inner_cue = _strip_leading(toks, keys, i0, j)
        cue_kind = inner_cue or cue_kind
        if i >= j:
            continue
        start_i = None
        for k in range(i, j):
            sn = _starts_surname(toks, keys, k, j)
            if sn and sn < j - k and j - k <= sn + MAX_GIVEN:
                start_i = k
                break
            if k == i and cue_kind:
                break
        full = start_i is not None
        if start_i is None:
            if not cue_kind or cue_kind == "rank" and j - i < 2 or j - i > 4:
                continue
            start_i = i
            if keys[i] in lexicon.body_heads() or lexicon.roles().match(toks, i, keys):
                continue
            if cue_kind == "role" and not _foreign(toks[i:j]):
                cue_kind = "role-short"  # kept only if it resolves to a full name of the article
        name_toks = toks[start_i:j]
        name = text[name_toks[0].start:name_toks[-1].end]
        fname = fold(name)
        if fname in places and not (cue_kind == "honorific" and start_i == i0):
            continue
        if start_i > i0 and cue_kind != "role" and not full:
            continue
        if _blocked(text, sent_start, name_toks[0].start) and not (cue_kind and start_i == i):
            continue
        out.append(PersonMention(name_toks[0].start, name_toks[-1].end, name, start_i, j, full, cue_kind))
    return out
