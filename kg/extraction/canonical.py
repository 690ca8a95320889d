"""Canonical post labels: role + body + jurisdiction, abbreviations expanded, doubled words collapsed.

A local body named without its place (`Tỉnh ủy`, `UBND tỉnh`, `Sở Xây dựng`) takes the article's
province (from the text, the dateline or the outlet), so `Bí thư Tỉnh ủy` in a Lâm Đồng article is
`Bí thư Tỉnh ủy Lâm Đồng`.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extraction import lexicon
from kg.extraction.gazetteer import provinces, provinces_with_a_city_of_their_name
from kg.lexicons import table as lexicon_table
from kg.text.normalize import fold, tone_placement

_LOCAL_ENDINGS = ("tỉnh ủy", "thành ủy", "tỉnh", "thành phố", "tp", "tỉnh đoàn", "thành đoàn")
_LOCAL_STARTS = ("sở ", "công an tỉnh", "công an thành phố")
_WORD = re.compile(r"\S+")
_NOT_MINISTRY = ("bộ ", "văn phòng", "ủy ban", "ngân hàng", "thanh tra")  # ministry-level bodies without "Bộ"
_CITY_WRITTEN_WITH_TP = {"Hồ Chí Minh"}
# a unit's short form glued to its name ("Q.Đống Đa", "Q.10", "H.Sóc Sơn", "P.11", "TX.Sơn Tây")
_UNIT_SHORT = re.compile(r"(?<![\w.])(Q|H|P|TX)\.\s?(?=[A-ZĐ0-9])")
_UNIT_WORDS = {"Q": "quận", "H": "huyện", "P": "phường", "TX": "thị xã"}


def expand(text: str, table: dict[str, str] | None = None) -> str:
    """Expand abbreviations of bodies word by word ("HĐND tỉnh" -> "Hội đồng nhân dân tỉnh")."""
    table = lexicon.abbreviations() if table is None else table
    text = re.sub(r"\b(TP|Tp)\.(?=\w)", r"\1. ", text)
    text = re.sub(r"\b([A-ZĐ]{1,5}) & ([A-ZĐ]{1,5})\b", r"\1&\2", text)  # "TN & MT" -> "TN&MT"
    words = []
    for w in text.split():
        core = w.strip(",;:()")
        if core in table:
            words.append(w.replace(core, table[core]))
        elif core.isupper() and (glued := _glued_short_forms(core, table)):
            words.append(w.replace(core, glued))  # "UBNDTP" -> "Ủy ban nhân dân thành phố"
        else:
            words.append(w)
    return " ".join(words)


def _glued_short_forms(word: str, table: dict[str, str]) -> str:
    """Two short forms the source glued together ("UBNDTP", "HĐNDTP", "BCHTƯ"): both expanded; "" when the word
    is no such pair."""
    for k in range(2, len(word) - 1):
        if word[:k] in table and word[k:] in table:
            return f"{table[word[:k]]} {table[word[k:]]}"
    return ""


def collapse_repeats(text: str) -> str:
    words = text.split()
    for n in (3, 2, 1):
        i = 0
        while i + 2 * n <= len(words):
            if [fold(w) for w in words[i:i + n]] == [fold(w) for w in words[i + n:i + 2 * n]]:
                del words[i + n:i + 2 * n]
            else:
                i += 1
    return " ".join(words)


def names_place(body: str) -> bool:
    key = fold(expand(body))
    for surface in provinces():
        if re.search(rf"(?:^|\s){re.escape(surface)}(?:$|\s|,)", key):
            return True
    return False


def needs_jurisdiction(body: str) -> bool:
    key = fold(expand(body))
    if not key or names_place(body):
        return False
    return key.endswith(_LOCAL_ENDINGS) or key.startswith(_LOCAL_STARTS) or inner_department(body)


_DEPARTMENT = re.compile(r"(?<=[\s,–-])Sở (?=\w)")


def inner_department(body: str) -> bool:
    """A provincial department (Sở) names the parent of the body's first unit ("Phòng Vận tải Sở GTCC", "Phòng Môi
    trường Sở Tài nguyên"): the department is the province's, as "Sở GTCC" alone is; not "Sở" ending a place's name
    ("phường Ngã Tư Sở", "Yên Sở")."""
    return any(not body[:m.start()].rstrip(" ,–-").split()[-1][:1].isupper() for m in _DEPARTMENT.finditer(body))


_CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"}


def _province_word_for_city(body: str, jurisdiction: str) -> bool:
    """A provincial body ("UBND tỉnh", "Tỉnh ủy") is never a centrally governed city's: the article's city
    (often only the outlet's) is not this post's place."""
    key = fold(expand(body))
    return jurisdiction in _CITIES and key.endswith(("tỉnh", "tỉnh ủy", "tỉnh đoàn"))


def _city_word_for_province(body: str, jurisdiction: str) -> bool:
    """A body ending in a bare "thành phố" ("Phó Chủ tịch LĐLĐ TP") is a city's: a province with no city of its
    name (Bình Định, whose city is Quy Nhơn) is not its place, though the article names it."""
    return (fold(expand(body)).endswith(("thành phố", "tp")) and jurisdiction not in _CITIES
            and jurisdiction not in provinces_with_a_city_of_their_name())


# "Ủy ban Pháp luật của Quốc hội", "Hội đồng Dân tộc của Quốc hội": the Assembly's bodies are named with "của"
_OWNED_AS_NAMED = ("quốc hội",)


def _without_of(body: str) -> str:
    """"của" before the body's own name goes ("Chủ tịch HĐQT của VietBank" is "Chủ tịch HĐQT VietBank"), not
    before another title ("Người phát ngôn của Thủ tướng") nor in the name of an Assembly body."""
    words = body.split()
    keys = [fold(w) for w in words]
    roles = lexicon.roles()
    keep = [w for k, w in enumerate(words)
            if keys[k] != "của" or k + 1 == len(words) or roles.match(words, k + 1, keys) is not None  # type: ignore[arg-type]
            or " ".join(keys[k + 1:k + 3]) in _OWNED_AS_NAMED]
    return " ".join(keep)


@cache
def _province_names() -> frozenset[str]:
    """Canonical province names, some of which no spelling maps to as written ("Thừa Thiên Huế")."""
    return frozenset(provinces().values())


_PROVINCIAL_ENDINGS = ("tỉnh", "tỉnh ủy", "tỉnh đoàn")
_PROVINCIAL_STARTS = ("sở ", "công an tỉnh")


def seat_province(jurisdiction: str, body: str, published: str | None) -> str:
    """The province a provincial body placed by its seat city belongs to ("Sở Xây dựng" of an article about Huế
    is of Thừa Thiên Huế) while the city was part of it (province_seats.tsv); the city's own bodies keep it."""
    row = next((r for r in lexicon_table("province_seats.tsv") if r[0] == jurisdiction and len(r) > 2), None)
    if row is None or published and published[:10] >= row[2]:
        return jurisdiction
    key = fold(expand(body))
    provincial = key.endswith(_PROVINCIAL_ENDINGS) or key.startswith(_PROVINCIAL_STARTS) or inner_department(body)
    return row[1] if provincial else jurisdiction


_COMMITTEE = "Ủy ban"


def _front_committee(body: str) -> str:
    """A front's officers hold posts of its committee (fronts.tsv): the front of the country is its central
    committee ("Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam"); a local one is the committee of
    its place, without the country ("Mặt trận Tổ quốc Việt Nam thành phố Đà Nẵng" -> "Ủy ban Mặt trận Tổ quốc
    thành phố Đà Nẵng")."""
    words = body.split()
    own = words[2:] if fold(" ".join(words[:2])) == fold(_COMMITTEE) else words
    for row in lexicon_table("fronts.tsv"):
        front, country, central = row[0].split(), row[1].split(), row[2]
        n, c = len(front), len(country)
        if [fold(w) for w in own[:n]] != [fold(w) for w in front]:
            continue
        national = [fold(w) for w in own[n:n + c]] == [fold(w) for w in country]
        rest = own[n + c:] if national else own[n:]
        if not rest:
            return central if national else body
        return " ".join([_COMMITTEE, *front, *rest])
    return body


def label(role: str, body: str, jurisdiction: str, published: str | None = None) -> tuple[str, str, str]:
    """(position label, body label, jurisdiction used) for a role and body as written (published: the article's
    date, for places whose level changed)."""
    written = lexicon.label_abbreviations()
    role = tone_placement(expand(role.strip(), written))
    body = _UNIT_SHORT.sub(lambda m: _UNIT_WORDS[m.group(1)] + " ", body)
    body = tone_placement(collapse_repeats(expand(body.strip(" ,;-–"), written)))
    body = _without_of(body)
    body = _front_committee(body)
    if fold(role).endswith(("bộ trưởng", "thứ trưởng")) and body and not fold(body).startswith(_NOT_MINISTRY):
        body = "Bộ " + body  # "Bộ trưởng Thủy sản" -> "Bộ trưởng Bộ Thủy sản"
    juris = ""
    jurisdiction = seat_province(jurisdiction, body, published)
    known = fold(jurisdiction) in provinces() or jurisdiction in _province_names()  # not "tỉnh Nguyễn Văn Tám"
    if body and jurisdiction and known and needs_jurisdiction(body) \
            and not _province_word_for_city(body, jurisdiction) and not _city_word_for_province(body, jurisdiction):
        juris = jurisdiction
        named = jurisdiction
        if jurisdiction in _CITY_WRITTEN_WITH_TP and not fold(body).endswith(("thành phố", "tp")):
            named = f"TP {jurisdiction}"  # "Thành ủy TP Hồ Chí Minh", as the city is always written
        body = f"{body} {named}"
    position = collapse_repeats(f"{role} {body}".strip())
    return position[:1].upper() + position[1:], body, juris
