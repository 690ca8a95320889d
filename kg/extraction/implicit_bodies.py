"""The body of a bare title when the article is about one department ("Sở Du lịch Hà Nội đang mở đợt thanh
tra ... Theo Chánh thanh tra Võ Văn Thắng" -> "Chánh thanh tra Sở Du lịch Hà Nội"): the one `Sở` the
article names, when it names no other organisation such a title could head; likewise a school's head
("Hiệu trưởng Hồ Viết Hà" in an article on one school)."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extraction.canonical import expand
from kg.extraction.gazetteer import provinces
from kg.lexicons import word_list
from kg.text.dictionary import is_word
from kg.text.normalize import fold
from kg.text.segment import tokens

_HEAD = "sở"


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return frozenset(fold(w) for w in word_list("department_roles.txt"))


@lru_cache(maxsize=1)
def _other_heads() -> re.Pattern[str]:
    words = sorted(word_list("department_rivals.txt"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?= [A-ZĐ0-9])")


def takes_department(role: str) -> bool:
    return fold(role) in _roles()


def named_bodies(text: str, head: str, start: int = 0, end: int | None = None) -> list[str]:
    """Every body named with the head word `head` (folded) in text[start:end], as written, in order
    ("Sở Du lịch Hà Nội", "Sở GD-ĐT"); a body referred back to ("Sở này") is none."""
    toks = tokens(text, start, len(text) if end is None else end)
    out = []
    for i, tok in enumerate(toks):
        if fold(tok.text) != head or not tok.text[:1].isupper():
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
    names = named_bodies(text, _HEAD)
    if not names or _other_heads().search(text):
        return ""
    keys = {fold(n) for n in names}
    longest = {k for k in keys if not any(o != k and o.startswith(k + " ") for o in keys)}
    if len(longest) != 1:
        return ""
    key = longest.pop()
    return next(n for n in names if fold(n) == key)


@lru_cache(maxsize=1)
def _school_roles() -> frozenset[str]:
    return frozenset(fold(w) for w in word_list("school_roles.txt"))


_SCHOOL_HEADS = ("trường", "đh", "đại", "học", "cđ", "cao")  # Trường, ĐH, Đại học, Học viện, CĐ, Cao đẳng ...
_SCHOOL_SECOND = {"đại": "học", "học": "viện", "cao": "đẳng"}
_SCHOOL_KINDS = {"đại học", "cao đẳng", "học viện", "cđ", "đh", "trường"}


@lru_cache(maxsize=8)
def only_school(text: str) -> str:
    """The one school the article names ('' if none or several): "Trường CĐ Nghề Đà Nẵng", "ĐH Tôn Đức Thắng"."""
    found: dict[str, str] = {}
    for head in _SCHOOL_HEADS:
        for name in named_bodies(text, head):
            name = name.split("\n")[0].strip()  # a name never runs over a line ("ĐH Tôn Đức Thắng | Trước đó")
            words = name.split()
            if head in _SCHOOL_SECOND and (len(words) < 3 or fold(words[1]) != _SCHOOL_SECOND[head]):
                continue
            key = fold(expand(name)).removeprefix("trường ")
            if head == "trường" and (len(words) < 3 or not is_word(*map(fold, words[1:3]))) \
                    and (len(words) < 2 or fold(words[1]) not in ("đh", "cđ", "thpt", "thcs")):
                continue  # "Trường Sa", "Trường Sơn": no school
            if key in _SCHOOL_KINDS:
                continue  # "Trường Đại học | kiến trúc TPHCM": the name is cut, no school of its own
            rest = fold(expand(" ".join(words[1:])))
            if head == "cđ" and (rest in provinces() or rest.startswith(("thành phố", "tp", "tỉnh"))):
                continue  # "CĐ TP.HCM": the city's trade union (Công đoàn), no college
            if len(found.get(key, "")) < len(name):
                found[key] = name
    longest = {k for k in found if not any(o != k and o.startswith(k + " ") for o in found)}
    return found[longest.pop()] if len(longest) == 1 else ""


_COMPANY_HEADS = {"ngân": ("hàng",), "công": ("ty",), "tập": ("đoàn",), "tổng": ("công", "ty")}


@lru_cache(maxsize=8)
def only_company(text: str) -> str:
    """The one bank or company the article names with its head word ('' if none or several): "Ngân hàng TMCP Sài
    Gòn Thương Tín", "Tập đoàn Aquaone"."""
    found: dict[str, str] = {}
    for head, second in _COMPANY_HEADS.items():
        for name in named_bodies(text, head):
            name = name.split("\n")[0].strip()
            words = [fold(w) for w in name.split()]
            if tuple(words[1:1 + len(second)]) != second or len(words) <= 1 + len(second):
                continue
            key = fold(expand(name))
            if len(found.get(key, "")) < len(name):
                found[key] = name
    longest = {k for k in found if not any(o != k and o.startswith(k + " ") for o in found)}
    return found[longest.pop()] if len(longest) == 1 else ""


def _board_role(role: str) -> bool:
    """A title of a company's board given without the company ("Chủ tịch HĐQT")."""
    key = fold(expand(role))
    return any(key.endswith(" " + fold(expand(b))) for b in word_list("company_boards.txt"))


def board_company(role: str, sentence: str) -> str:
    """The one company a sentence names, for a bare board title in it ('' if not a board title, or none or several)."""
    return only_company(sentence) if _board_role(role) else ""


def implicit_body(role: str, text: str) -> str:
    """The organisation a bare title before a name belongs to in this article ('' if the article does not say)."""
    if takes_department(role):
        return only_department(text)
    if fold(role) in _school_roles():
        return only_school(text)
    if _board_role(role):
        return only_company(text)
    return ""


_HOSPITAL = re.compile(r"(?<!\w)(?:Bệnh viện|BV|Viện) [A-ZĐ0-9]")


@lru_cache(maxsize=8)
def faculty_school(text: str) -> str:
    """The school a faculty (Khoa) without its parent belongs to: the one school the article names, if it names no
    hospital or institute, which have faculties of their own."""
    return "" if _HOSPITAL.search(text) else only_school(text)
