"""National Assembly deputies named with their constituency: `ĐB Dương Trung Quốc (Đồng Nai)`,
`đại biểu Nguyễn Trọng Ngoạn (Bắc Giang)` in an article about the Quốc hội -> `Đại biểu Quốc hội tỉnh
Đồng Nai`; without one, `Đại biểu Nguyễn Minh Thuyết cũng thừa nhận ...` -> `Đại biểu Quốc hội`, when the
article is about the Quốc hội rather than a people's council or a congress, whose members are also `đại biểu`."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extraction.gazetteer import countries, provinces
from kg.extraction.mentions import PersonMention
from kg.text.normalize import fold

_CUE = re.compile(r"(?:\bĐB|\bĐBQH|[Đđ]ại biểu(?: Quốc hội| QH)?)\s*$")
_PLACE = re.compile(r"\s*\(([^()]{2,30})\)")
# the deputy's province in brackets after the name, with the cue inside: "Lê Huy Ngọ (ĐB Đắc Lắc)"
_PLACED_CUE = re.compile(r"\s*\((?:ĐBQH|ĐB|[Đđ]ại biểu(?: Quốc hội| QH)?)\s+([^()]{2,30})\)")
_ASSEMBLY = re.compile(r"Quốc hội|\bQH\b|\bĐBQH\b")
_CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}
_BARE_CUE = re.compile(r"(?<!\w)(?:ĐB|[Đđ]ại biểu)\s*$")
# a former deputy; a delegation's name; the Ban Công tác đại biểu (the deputies' affairs board)
_NOT_A_DEPUTY = re.compile(r"(?:\b(?:nguyên|cựu|đoàn|Đoàn|[Cc]ông tác)\s+)$")
_UNIT = re.compile(r"^(?:tp\.?|thành phố|tỉnh)\s*")
_OTHER_ASSEMBLIES = re.compile(r"HĐND|Hội đồng nhân dân|[Đđ]ại hội|[Hh]ội nghị")


@lru_cache(maxsize=4)
def _about_assembly(text: str) -> bool:
    """The article names the National Assembly (searched once per article, not once per sentence)."""
    return _ASSEMBLY.search(text) is not None


def deputy_posts(text: str, persons: list[PersonMention], province: str = "") -> list[tuple[PersonMention, str, str]]:
    """(mention, position, province) for deputies named with their province in brackets (province: the article's,
    for a people's council named without its place)."""
    if not _about_assembly(text):
        return _council_deputies(text, persons, province)
    out = []
    for m in persons:
        inside = _PLACED_CUE.match(text, m.end)
        cued = inside or _CUE.search(text, max(0, m.start - 20), m.start)
        if not cued and not _deputies_debate(text):
            continue
        after = inside or _PLACE.match(text, m.end)
        place = fold(after.group(1)) if after else ""
        province = provinces().get(place) or provinces().get(_UNIT.sub("", place)) if place else None
        if (inside or not cued) and not province:
            continue  # "Ông Mạc Kim Tôn (Thái Bình) đề cập" in a debate of the deputies: the province is the cue
        if province:
            unit = "thành phố" if province in _CITIES else "tỉnh"
            out.append((m, f"Đại biểu Quốc hội {unit} {_as_written(after.group(1), province)}", province))
        elif _bare_deputy(text, m):
            out.append((m, "Đại biểu Quốc hội", ""))
    return out or _council_deputies(text, persons, province)


_COUNCIL = re.compile(r"(?:HĐND|Hội đồng nhân dân)\s+((?:thành phố|TP\.?|tỉnh)?\s*[A-ZĐ][\w.]*(?:\s[A-ZĐ][\w]*){0,3})")
def _as_written(written: str, province: str) -> str:
    """The province as the article spells it when that is another spelling of the full name ("Đắc Lắc" for
    "Đắk Lắk"), the gazetteer's name for a short form ("TP HCM")."""
    name = _UNIT.sub("", written.strip())
    words = name.split()
    other = len(words) == len(province.split()) and fold(name) != fold(province)
    return name if other and all(w[:1].isupper() and not w.isupper() for w in words) else province


_CONGRESSES = re.compile(r"[Đđ]ại hội|[Hh]ội nghị|Quốc hội|\bQH\b|\bĐBQH\b")


def _council_place(words: list[str]) -> str | None:
    """The province a council's name ends with ("TP HCM", "thành phố Hà Nội", "tỉnh Quảng Nam"), longest first."""
    for k in range(len(words), 0, -1):
        name = fold(" ".join(words[:k]))
        place = provinces().get(name) or provinces().get(_UNIT.sub("", name))
        if place:
            return place
    return None


@lru_cache(maxsize=4)
def _session_council(text: str) -> tuple[str, str]:
    """The one provincial people's council an article reports on ("HĐND thành phố Hà Nội bàn thảo ...", twice or
    more, more often than the Quốc hội, a congress or a conference, whose members are also `đại biểu`): its
    position's body ("Hội đồng nhân dân thành phố Hà Nội") and its province, ('', '') if none or several."""
    found = [_council_place(m.group(1).split()) for m in _COUNCIL.finditer(text)]
    places = {p for p in found if p}
    councils = len(re.findall(r"HĐND|Hội đồng nhân dân", text))
    if len(places) != 1 or councils < 2 or councils <= len(_CONGRESSES.findall(text)):
        return "", ""
    place = places.pop()
    return f"Hội đồng nhân dân {'thành phố' if place in _CITIES else 'tỉnh'} {place}", place


_COUNCIL_MENTION = re.compile(r"(?:HĐND|Hội đồng nhân dân)(?:\s+(\S+))?")
_LOWER_LEVELS = {"quận", "huyện", "xã", "phường", "thị", "các", "cấp"}


@lru_cache(maxsize=4)
def _named_council(text: str, province: str) -> tuple[str, str]:
    """The provincial people's council of an article that names a council only once or only bare ("Kỳ họp thứ 5
    HĐND TP Đà Nẵng", "buổi họp HĐND chiều nay") and more often than a congress or a conference: the one place
    its mentions name, else the article's province; ('', '') when a mention is of a lower council or another
    place."""
    mentions = [m.group(1) or "" for m in _COUNCIL_MENTION.finditer(text)]
    if not mentions or len(mentions) <= len(_CONGRESSES.findall(text)) \
            or any(fold(word).strip(",.;:()") in _LOWER_LEVELS for word in mentions):
        return "", ""
    places = {p for m in _COUNCIL.finditer(text) if (p := _council_place(m.group(1).split()))}
    place = places.pop() if len(places) == 1 else "" if places else province
    if not place or fold(place) not in provinces() and place not in provinces().values():
        return "", ""
    return f"Hội đồng nhân dân {'thành phố' if place in _CITIES else 'tỉnh'} {place}", place


def _council_deputies(text: str, persons: list[PersonMention],
                      province: str = "") -> list[tuple[PersonMention, str, str]]:
    """`đại biểu Vũ Đức Tân` in an article on a session of one provincial people's council -> its deputy
    (`Đại biểu Hội đồng nhân dân thành phố Hà Nội`), as a bare `đại biểu` is a deputy of the Quốc hội in an
    article on the Quốc hội."""
    council, place = _session_council(text)
    if not council:
        council, place = _named_council(text, province)
    if not council:
        return []
    out = []
    for m in persons:
        cue = _BARE_CUE.search(text, max(0, m.start - 12), m.start)
        if cue and _NOT_A_DEPUTY.search(text, max(0, cue.start() - 10), cue.start()) is None:
            out.append((m, f"Đại biểu {council}", place))
    return out


def session_council(text: str) -> str:
    """The people's council whose session the article reports ('' if none or several)."""
    return _session_council(text)[0]


def deputy_body(position: str) -> str:
    """The body of a deputy's position: the Quốc hội, or the people's council named in it."""
    return "Quốc hội" if "Quốc hội" in position else position.removeprefix("Đại biểu ")


@lru_cache(maxsize=4)
def assembly_first(text: str) -> bool:
    """The article speaks of the Quốc hội more than of a people's council, a congress or a conference, whose
    members are also called `đại biểu`."""
    return len(_ASSEMBLY.findall(text)) > max(1, len(_OTHER_ASSEMBLIES.findall(text)))


_DEPUTIES = re.compile(r"\b(?:ĐB|ĐBQH|[Đđ]ại biểu)\b")


@lru_cache(maxsize=4)
def _deputies_debate(text: str) -> bool:
    """The article reports the deputies of the Quốc hội speaking (it names them, and the Quốc hội more often than a
    people's council, a congress or a conference): a name with a province in brackets is a deputy's."""
    return assembly_first(text) and _DEPUTIES.search(text) is not None


def _bare_deputy(text: str, m: PersonMention) -> bool:
    """`Đại biểu` / `ĐB` right before a name (no other title between) in an article about the Quốc hội."""
    start = max(0, m.start - 12)
    cue = _BARE_CUE.search(text, start, m.start)
    if cue is None or not assembly_first(text):
        return False
    return _NOT_A_DEPUTY.search(text, max(0, cue.start() - 10), cue.start()) is None


# bodies besides the Quốc hội a bare "Chủ tịch" may chair: the state, the Front, councils, boards, associations
_OTHER_CHAIRS = re.compile(r"Chủ tịch nước|MTTQ|Mặt trận|UBND|\bHội [A-ZĐ]|[ỦUủu][ỷy] ban nhân dân|HĐQT|"
                           r"Hội đồng quản trị|"
                           r"[Cc]hủ tịch (?:Hội|tỉnh|thành phố|TP|huyện|quận|xã|phường|Ủy ban(?! [Tt]hường vụ)|"
                           r"Uỷ ban(?! [Tt]hường vụ)|UB(?!TVQH))\b")
_CHAIRS = {"chủ tịch", "phó chủ tịch"}
_OWN = {"việt nam", "vn"}


_FOREIGN_ASSEMBLY = re.compile(r"(?:Quốc hội|Nghị viện|Quốc hội nước) ([A-ZĐ][\wà-ỹ]*(?: [A-ZĐ][\wà-ỹ]*)?)")


@lru_cache(maxsize=4)
def _no_other_chair(text: str) -> bool:
    """No other body a bare chairman could head, and no foreign parliament ("Quốc hội Mỹ")."""
    if _OTHER_CHAIRS.search(text):
        return False
    for m in _FOREIGN_ASSEMBLY.finditer(text):
        words = m.group(1).split()
        if any(fold(" ".join(words[:k])) in countries() and fold(" ".join(words[:k])) not in _OWN for k in (1, 2)):
            return False
    return True


def assembly_chair(role: str, text: str) -> str:
    """'Quốc hội' for a bare "Chủ tịch" / "Phó chủ tịch" before a Vietnamese name in an article about the Quốc hội
    that names no other body such a title heads ("Phó chủ tịch Nguyễn Văn Yểu cho hay, sẽ tiếp tục đưa vấn đề ra
    kỳ họp thứ 8"), '' otherwise."""
    if fold(role) in _CHAIRS and assembly_first(text) and _no_other_chair(text):
        return "Quốc hội"
    return ""
