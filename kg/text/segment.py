"""Sentence and token segmentation with character offsets (fast, regex based).

Sentences end at line breaks and at `.`, `!`, `?`, `…` followed by space and a capital, a quote
or a digit. Tokens are syllables (`\\w` runs, with `&`, `'`, `.` and `-` kept inside abbreviations
such as `GD&ĐT`, `TP.HCM`, `H'Hen`) and single punctuation marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.lexicons import word_list
from kg.text.normalize import fold
from kg.text.syllables import capital_inside, glued_split, is_glue_word, is_syllable

_SENT_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“‘(]?[A-ZÀ-ỸĐ0-9])")
_TOKEN = re.compile(r"\w+(?:(?:[&'’\-]|\.(?=\w))\w+)*|[^\w\s]", re.UNICODE)

# "cộng đồng.Đó là bệnh nhân": two sentences glued at a full stop with no space after it
_GLUED_STOP = re.compile(r"(?<![\w.])([a-zà-ỹđ][^\W\d_]+)\.([A-ZĐ][^\W\d_]*)(?=[\s,])")
_ROW_NUMBER = re.compile(r"(\d{1,3})([A-ZĐ][^\W\d_]+)")
_DOT_LOWER = re.compile(r"(?<=[a-zà-ỹđ])\.(?=([a-zà-ỹđ]{2,})\b)")
_DOT_UPPER = re.compile(r"(?<=[a-zà-ỹđ])\.(?=([A-ZĐ][a-zà-ỹđ]+)$)")  # "Dũng.Tại", "ra.Duncan": no space after a stop
_HYPHEN_LOWER = re.compile(r"(?<=\w)-(?=([a-zà-ỹđ]*[à-ỹđ][a-zà-ỹđ]*)\b)")  # lower-case Vietnamese after it
_HYPHEN_UPPER = re.compile(r"(?<=[a-zà-ỹđ])-(?=[A-ZÀ-ỸĐ])")  # "Hồng-Chủ tịch": a capital after a glued dash
_WORDS_AFTER = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,5}")
_DOMAINS = {"com", "net", "org", "gov", "edu", "info", "biz"}
_SPELLED_NEXT = re.compile(r"\s[A-ZÀ-ỸĐ]\w*-\w")
_SPELLED_PREV = re.compile(r"[A-ZÀ-ỸĐ]\w*-\w+(?:-\w+)*\s$")
_NO_BREAK_BEFORE = re.compile(r"(?:\b(?:TP|Tp|tp|TS|ThS|GS|PGS|BS|Th|St|Mr|Mrs|Ms|Dr|Q|P|H|X|TT)\.|\b[A-ZĐ]\.)$")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def sentences(text: str) -> list[Span]:
    """Sentence spans: split at line breaks, then at sentence-final punctuation."""
    spans: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        cut = start
        for at, end in _breaks(line):
            _add(spans, text, cut, start + at)
            cut = start + end
        _add(spans, text, cut, start + len(line))
    return spans


def _breaks(line: str) -> list[tuple[int, int]]:
    """Where the line's sentences end and the next begin: at a stop before space and a capital, and at a stop glued
    to the next sentence's capitalised syllable after a lower-case one ("cộng đồng.Đó là")."""
    out = [(m.start(), m.end()) for m in _SENT_END.finditer(line)
           if not (_NO_BREAK_BEFORE.search(line, 0, m.start()) or _lower_next(line, m.end()))]
    out += [(m.end(1) + 1, m.start(2)) for m in _GLUED_STOP.finditer(line)
            if is_syllable(m.group(1)) and is_syllable(m.group(2)) and m.group(1) not in _DOMAINS]
    return sorted(out)


def _lower_next(line: str, at: int) -> bool:
    """The range À-Ỹ of `_SENT_END` also holds lower-case letters (đ, ă, ơ, ư, ạ ...): "trở vào... đã về dự" goes on."""
    nxt = line[at + 1:at + 2] if line[at:at + 1] in "\"“‘(" else line[at:at + 1]
    return nxt.isalpha() and nxt.islower()


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))


def _camel_split(word: str) -> int:
    """Where two capitalised syllables are glued ("MạnhBan" -> 5); 0 when they are not."""
    for p in range(2, len(word) - 1):
        if word[p].isupper() and word[p - 1].islower() and word[:1].isupper():
            left, right = word[:p], word[p:]
            if is_syllable(left) and right.isalpha() and is_syllable(right):
                return p
            return 0
    return 0


def _spelled_out(text: str, a: int, b: int) -> bool:
    """A foreign name spelled out in Vietnamese syllables ("Khăm-tày Xi-phăn-đon", "Phôm-vi-hẳn"): a capitalised word
    of three hyphened syllables, or of two next to another such word, is one name word, not a word and a dash."""
    word = text[a:b]
    return word[:1].isupper() and (word.count("-") >= 2 or _SPELLED_NEXT.match(text, b) is not None
                                   or _SPELLED_PREV.search(text[max(0, a - 40):a]) is not None)


@cache
def _titles() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold(line.rstrip("*")).split()) for line in word_list("roles.txt"))


def _title_at(text: str, at: int) -> bool:
    """A title of roles.txt begins at offset `at` ("Chủ tịch Liên hiệp ...", "Phó hiệu trưởng Trường ...")."""
    words = _WORDS_AFTER.match(text, at)
    keys = tuple(fold(words.group(0)).split()) if words else ()
    return any(keys[:n] in _titles() for n in range(1, len(keys) + 1))


def _dash_before_title(text: str, word: str, a: int) -> re.Match[str] | None:
    """A dash without its spaces between a capitalised name and a title ("ông Vũ Xuân Hồng-Chủ tịch Liên hiệp
    ...", "ngài Jens Vibjerg-Chủ nhiệm ủy ban"): the name ends at the dash, as at a spaced one."""
    dash = _HYPHEN_UPPER.search(word) if "-" in word and word[:1].isupper() else None
    return dash if dash and _title_at(text, a + dash.end()) else None


_PREVIOUS_WORD = re.compile(r"(\w+) $")


def _glued_before_capital(text: str, word: str, a: int) -> int:
    """Where a glue word ("củaHuawei"), or the last syllable of a title ("Chủ tịchHội đồng châu Âu"), is glued to the
    capitalised word after it, its space lost; 0 when it is not (any other word: "đànReview", "macOS")."""
    k = capital_inside(word)
    if not k or is_glue_word(word[:k]):
        return k
    before = _PREVIOUS_WORD.search(text, max(0, a - 30), a)
    return k if before and (fold(before.group(1)), fold(word[:k])) in _titles() else 0


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens; a capitalised syllable glued to a common word ("Khuđược"), or a glue word or a title glued to a
    capitalised word ("củaHuawei", "Chủ tịchHội"), gives two tokens."""
    end = len(text) if end is None else end
    out = []
    for m in _TOKEN.finditer(text[start:end]):
        word, a = m.group(0), start + m.start()
        k = glued_split(word) if word[:1].isupper() and not word.isascii() else 0
        k = k or (_camel_split(word) if not word.isascii() else 0)
        k = k or _glued_before_capital(text, word, a)
        dot = _DOT_LOWER.search(word) if word[:1].isupper() else None
        if dot and (dot.group(1) in _DOMAINS or not is_syllable(dot.group(1))):
            dot = None  # "Cenhomes.vn"
        up = _DOT_UPPER.search(word) if not dot else None
        if up and is_syllable(word[:up.start()]) and (is_syllable(up.group(1)) or word[:1].islower()):
            dot = up  # two sentences glued at a full stop, not "Co.Ltd"
        row = _ROW_NUMBER.fullmatch(word) if word[:1].isdigit() and (a == 0 or text[a - 1] == "\n") else None
        if row and is_syllable(row.group(2)):  # "2Đỗ Đình Thực": a table's row number glued to the name it opens
            dot = None
            k = row.end(1)
        hyphen = _HYPHEN_LOWER.search(word) if not dot and not _spelled_out(text, a, a + len(word)) else None
        if hyphen and is_syllable(hyphen.group(1)):  # "Erdogan-làm": a dash without its spaces
            dot = hyphen
        elif not dot and not k:
            dot = _dash_before_title(text, word, a)
        if dot:  # "Tâm.phần", "Erdogan-làm": a full stop or a dash without its space
            out.append(Token(word[:dot.start()], a, a + dot.start()))
            out.append(Token(word[dot.start()], a + dot.start(), a + dot.start() + 1))
            out.extend(Token(t.text, t.start + a + dot.end(), t.end + a + dot.end()) for t in
                       tokens(word[dot.end():]))
        elif k:
            out.append(Token(word[:k], a, a + k))
            out.append(Token(word[k:], a + k, a + len(word)))
        else:
            out.append(Token(word, a, a + len(word)))
    return out
