"""Article-level context: the byline and photo credits to ignore, and the article's own province
(from the outlet, the dateline tag or the places the text names most)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from kg.extraction.gazetteer import district_provinces, provinces
from kg.extraction.lexicon import PhraseMatcher
from kg.extraction.mentions import PlaceMention
from kg.lexicons import HERE, mapping, table, word_list
from kg.model import Article
from kg.text.normalize import fold, strip_marks
from kg.text.segment import Token

_CREDIT = re.compile(r"\((?:\s*(?:[Ảả]nh|Nguồn|Video|Clip|Theo|Đồ họa|Đồ hoạ)\b)[^)\n]*\)"
                     r"|^\s*(?:[Ảả]nh|Nguồn|Theo)\s*:[^\n]*$"
                     r"|\b[Tt]rong ảnh\s*:\s*[^\n.)]*"  # a caption: what the photo shows
                     # a credit inside a line is the photographer's name, not the sentence glued after it
                     r"|\b[Ảả]nh[^\S\n]*:[^\S\n]*(?:[A-ZĐÀ-Ỹ0-9][^\s.)]*+(?![^\S\n]+[a-zà-ỹđ])[^\S\n]*){0,3}",
                     re.MULTILINE)
_TAG = re.compile(r"^\s*\(([^)]{2,30})\)\s*[-–—]", re.MULTILINE)


def masked_text(article: Article) -> str:
    """The article text with byline and photo credits replaced by spaces (offsets unchanged)."""
    text = article.text
    spans = [(m.start(), m.end()) for m in _CREDIT.finditer(text)]
    spans.extend(_byline_spans(text))
    if article.byline:
        pos = text.rfind(article.byline)
        if pos >= 0:
            spans.append((pos, pos + len(article.byline)))
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        for k in range(a, b):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars)


def _byline_spans(text: str) -> list[tuple[int, int]]:
    """The last lines when they are short and look like a byline or a source credit."""
    out = []
    end = len(text.rstrip())
    for _ in range(2):
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        words = line.split()
        if not line or line.endswith((".", ":", "?", "!", "”", '"')):
            break
        credit = line.startswith(("Theo ", "Nguồn")) and len(words) <= 8
        if not credit and (len(words) > 6 or not all(w[:1].isupper() or not w[:1].isalpha() for w in words)):
            break
        out.append((start, end))
        end = start - 1
        if end <= 0:
            break
    return out


@cache
def _outlets() -> tuple[tuple[str, ...], ...]:
    return table("outlets.tsv") if (HERE / "outlets.tsv").exists() else ()


def _surfaces_in(value: str) -> list[tuple[str, str]]:
    """(surface, province) for every province spelling written as whole words in `value`."""
    key = fold(value)
    return [(surface, name) for surface, name in provinces().items()
            if re.search(rf"(?:^|\W){re.escape(surface)}(?:$|\W)", key)]


@cache
def _province_in(value: str) -> str:
    best = ""
    for surface, name in _surfaces_in(value):
        if len(surface) > len(best):
            best = name
    return best


def is_province(name: str) -> bool:
    """A name the gazetteer knows as a province: not a person the place finder read after "tỉnh" ("Phó chủ tịch
    UBND tỉnh Trần Văn Tuý"), nor a stray word of a list."""
    return fold(name) in provinces() or name in _province_names()


@cache
def _province_names() -> frozenset[str]:
    return frozenset(provinces().values())


_LIST_ITEM = re.compile(r"(?<!\d)\d{1,3}\s*[.)/-]\s*[A-ZĐ][a-zà-ỹđ]+ [A-ZĐ]")
_ROSTER_ITEMS = 10


def is_roster(text: str) -> bool:
    """A numbered list of people and their posts ("141. Nguyễn Minh Triết, Bí thư Thành uỷ TP. Hồ Chí Minh142.
    ..."): each item names its own province, the paper's city is not theirs."""
    return sum(1 for _ in _LIST_ITEM.finditer(text)) >= _ROSTER_ITEMS


def article_province(article: Article, place_counts: Counter[str],
                     in_names: Counter[str] | None = None) -> str:
    """The province that local posts of the article belong to when the text names none. `in_names` counts the
    mentions that end an institution's name ("Trường Đại học Kiến trúc Hà Nội"): a national paper's home city
    wins over a province named only there."""
    place_counts = Counter({p: n for p, n in place_counts.items() if is_province(p)})
    tag = _TAG.search(article.text[:2000])
    home = ""
    for row in _outlets():
        if len(row) < 3 or not row[2]:
            continue
        outlet, province = row[1], _province_in(row[2])
        if article.source and fold(outlet) in fold(article.source) or tag and fold(tag.group(1)) == fold(row[0]):
            if province and _province_in(outlet) == province:  # a local paper: its province
                return province
            home = home or province  # a national paper's home city: the last resort
    if is_roster(article.text):
        home = ""  # nor for a list of people from all provinces
    if home and in_names:  # the home city's own mentions stay ("Tổng Công ty Công nghiệp Sài Gòn" in a TP HCM paper)
        place_counts = place_counts - Counter({p: n for p, n in in_names.items() if p != home})
    if article.source:
        found = _province_in(article.source)
        if found:
            return found
    # districts count for a province the text never names ("huyện Cần Giờ", "huyện Nhà Bè": Hồ Chí Minh)
    place_counts = place_counts + Counter({p: n for p, n in _district_counts(article.text).items()
                                           if p not in place_counts})
    if not place_counts:
        return home
    (top, n), *rest = place_counts.most_common(2) + [("", 0)]
    if rest and rest[0][1] == n:
        tied = {p for p, k in place_counts.items() if k == n}
        headline = _provinces_in(article.text.lstrip().split("\n", 1)[0][:200])
        if len(headline) == 1 and headline <= tied:  # "TP HCM phải mượn đất các tỉnh lân cận để làm nghĩa trang"
            return next(iter(headline))
        return home
    return top


@cache
def _institution_heads() -> PhraseMatcher:
    return PhraseMatcher({w: w for w in word_list("institution_heads.txt")})


_NAME_WORDS_MAX = 8  # words between an institution's head noun and the province ending its name
_NOT_IN_NAMES = {"o", "tai", "cua", "tu", "den", "tren", "voi", "cho", "la", "ve"}  # "Công ty X | ở Hà Nội"


def ends_institution_name(toks: list[Token], place: PlaceMention) -> bool:
    """The province closes an institution's or firm's own name ("Trường Đại học Kiến trúc | Hà Nội", "Công ty Cấp
    nước | Đà Nẵng"): the words back from it, with no mark or preposition, open with a capitalised head noun of
    institution_heads.txt followed by a capitalised word."""
    keys = [fold(t.text) for t in toks]
    for k in range(place.tok_start - 1, max(-1, place.tok_start - 1 - _NAME_WORDS_MAX), -1):
        if not toks[k].text.replace("&", "").isalnum() or strip_marks(keys[k]) in _NOT_IN_NAMES:
            return False
        head = _institution_heads().match(toks, k, keys)
        if head and toks[k].text[:1].isupper() and head[0] <= place.tok_start - k \
                and toks[k + head[0]].text[:1].isupper():
            return True
    return False


def _provinces_in(value: str) -> set[str]:
    found = {name for _, name in _surfaces_in(value)}
    return {name for name in found if not any(name != other and name in other for other in found)}


_DISTRICT = re.compile(r"\b(?:huyện|quận|Huyện|Quận) ((?:[A-ZĐÂĂÊÔƠƯ][^\s,.;:()]*)(?: [A-ZĐÂĂÊÔƠƯ][^\s,.;:()]*){0,3})")
_HOME = re.compile(r"\b(?:ở|trú|ngụ|quê|thường trú|tạm trú)\b[^.;()]*$")


def _district_counts(text: str) -> Counter[str]:
    """Provinces of the districts the text names with their unit word ("huyện Cần Giờ" -> Hồ Chí Minh), each
    district once, when the name belongs to one province only."""
    found: dict[str, str] = {}
    for m in _DISTRICT.finditer(text):
        after = text[m.end():m.end() + 30]
        if _HOME.search(text, max(0, m.start() - 30), m.start()) or _province_in.__wrapped__(after):
            continue  # a person's home ("ở xã Bình Chánh, huyện Bình Sơn, Quảng Ngãi"), or counted with its province
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            owners = district_provinces().get(fold(" ".join(words[:n])))
            if owners:
                if len(owners) == 1:
                    owner = next(iter(owners))
                    found[fold(" ".join(words[:n]))] = provinces().get(fold(owner), owner)
                break
    return Counter(found.values())


@cache
def _ministries() -> tuple[re.Pattern[str], dict[str, str]]:
    names = mapping("ministries.tsv")
    # the first word as written, the rest in any case ("Bộ Tài nguyên và môi trường")
    alternatives = "|".join(re.escape(first) + (rf" (?i:{re.escape(rest)})" if rest else "")
                            for first, _, rest in (n.partition(" ") for n in sorted(names, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), {fold(k): v for k, v in names.items()}


_MINISTRY_MAJORITY = 3  # times more often than any other the article's own ministry is named


def only_ministry_named(text: str) -> str:
    """The one ministry the text names, or names three times as often as any other and at least thrice ('' when
    none or no such one): the body of a bare "Bộ trưởng X"."""
    pattern, names = _ministries()
    found = Counter(names[fold(m.group(0))] for m in pattern.finditer(text))
    if len(found) < 2:
        return next(iter(found), "")
    (top, n), (_, second) = found.most_common(2)
    return top if n >= _MINISTRY_MAJORITY * second and n >= 3 else ""  # one ministry the article is about


def local_provinces(text: str, sentences: list[tuple[int, int, list[str]]], home: str) -> dict[int, str]:
    """Sentence start -> the province its local posts without a place belong to, where that is not the article's
    own: the one province named in the sentence and the one before it in the same paragraph (a roundup of two
    cities: "Cùng ngày, tại TP Hồ Chí Minh đã diễn ra mít tinh ... Bí thư Thành ủy Nguyễn Minh Triết" in an
    article on Hà Nội), or the one province of the districts the sentence names with their unit word when it names no
    province. `sentences` holds (start, end, provinces named) in text order."""
    out: dict[int, str] = {}
    before: set[str] = set()
    last_end = 0
    for start, end, named in sentences:
        # a sentence naming no province may name districts of one ("xã Tam Sơn, huyện Từ Sơn; ... huyện Thuận Thành")
        here = {p for p in named if is_province(p)} or set(_district_counts(text[start:end]))
        near = here | (before if "\n" not in text[last_end:start] else set())
        if home and len(near) == 1 and home not in near:
            out[start] = next(iter(near))
        before, last_end = here, end
    return out
