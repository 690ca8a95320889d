"""Place recogniser: provinces (any era, spelling variants), countries, and units named with their
type word (`huyện Hoa Lư`, `xã Trường Yên`, `TP Đà Nẵng`, `điểm cầu Lâm Đồng`)."""

from __future__ import annotations

from functools import cache

from kg.extraction.dates import event_cue_words
from kg.extraction.gazetteer import countries, districts, provinces, wards
from kg.extraction.lexicon import PhraseMatcher, folded_words
from kg.extraction.mentions import PlaceMention
from kg.lexicons import word_list
from kg.text.normalize import fold, strip_marks
from kg.text.segment import Token

_UNIT_WORDS = {
    "huyện": "district", "quận": "district", "thị xã": "district", "thành phố": "city", "tp": "city",
    "xã": "commune", "phường": "commune", "thị trấn": "commune", "tỉnh": "province",
    "thủ đô": "capital",  # "tại thủ đô Budapest": a city by its bare name
}


def unit_words(*levels: str) -> frozenset[str]:
    """The unit words ("huyện", "phường", ...) that name a place of one of these levels ("district", "commune")."""
    return frozenset(w for w, level in _UNIT_WORDS.items() if level in levels)


@cache
def hamlet_units() -> frozenset[str]:
    """The units below a commune or ward, folded ("thôn", "ấp", "khu phố", "tổ dân phố")."""
    return folded_words("hamlet_units.txt")


def _buildings() -> frozenset[str]:
    return folded_words("foreign_buildings.txt")


@cache
def _gazetteer() -> PhraseMatcher:
    entries: dict[str, object] = {}
    for surface, name in countries().items():
        entries[surface] = (name, "country")
    for surface in districts():
        if "(" not in surface and (" " in surface or len(surface) > 5):  # one short syllable ("Ba") is too ambiguous
            entries[surface] = (_title(surface), "district")
    for surface, name in provinces().items():
        entries[surface] = (name, "province")
    for surface, name in countries().items():
        entries.setdefault(surface, (name, "country"))
    for surface in _buildings():  # "tại Nhà Trắng": a building, no place
        entries.pop(surface, None)
    for surface, name in provinces().items():  # typed without diacritics: "Ha Noi", "Da Nang"
        bare = strip_marks(surface)
        if " " in bare and bare != surface:
            entries.setdefault(bare, (name, "province"))
    for surface, name in provinces().items():  # "TP. HCM": the stop before a space is a token of its own
        if ". " in surface:
            entries.setdefault(surface.replace(". ", " . "), (name, "province"))
    return PhraseMatcher(entries)


def _title(folded: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in folded.split())


@cache
def _state_forms() -> PhraseMatcher:
    return PhraseMatcher({w: w for w in word_list("state_forms.txt")})


@cache
def _units() -> PhraseMatcher:
    return PhraseMatcher(_UNIT_WORDS)


@cache
def _known_units() -> frozenset[str]:
    return frozenset(districts()) | frozenset(provinces()) | wards()


def _lead_runs_on(toks: list[Token], keys: list[str], j: int) -> bool:
    """ "Khai mạc hội nghị tại Hà Nội Sáng 12/5, ...": a headline run into its lead's date; the place ends there."""
    return keys[j] in event_cue_words("lead_opener") and j + 1 < len(toks) and toks[j + 1].text[:1].isdigit()


def find_places(text: str, toks: list[Token]) -> list[PlaceMention]:
    keys = [fold(t.text) for t in toks]
    gaz = _gazetteer()
    units = _units()

    out: list[PlaceMention] = []
    i = 0
    n = len(toks)
    while i < n:
        unit = units.match(toks, i, keys)
        capital = bool(unit) and toks[i].text[:1].isupper() and keys[i] != "tp"  # "Thị xã Nghĩa Lộ", "Huyện ủy"
        if unit:
            j = i + unit[0]
            if j < n and toks[j].text == ".":
                j += 1
            m = gaz.match(toks, j, keys) if j < n else None
            if m and m[1][1] == "province":
                out.append(PlaceMention(toks[i].start, toks[j + m[0] - 1].end, m[1][0], "province", i, j + m[0]))
                i = j + m[0]
                continue
            if j < n and toks[j].text.isdigit() and len(toks[j].text) <= 2 and unit[1] in ("district", "commune"):
                word = text[toks[i].start:toks[i + unit[0] - 1].end]  # numbered units of cities: "quận 10"
                label = f"{word.lower()} {toks[j].text}"
                out.append(PlaceMention(toks[i].start, toks[j].end, label, unit[1], i, j + 1))
                i = j + 1
                continue
            k = j
            while k < n and k - j < 4 and toks[k].text[:1].isupper() and toks[k].text.isalpha() \
                    and not toks[k].text.isupper():
                k += 1
            if k > j and unit[1] == "capital":
                name = text[toks[j].start:toks[k - 1].end]
                out.append(PlaceMention(toks[i].start, toks[k - 1].end, name, "city", i, k))
                i = k
                continue
            if k > j and (capital or toks[j - 1].text == ".") \
                    and fold(text[toks[j].start:toks[k - 1].end]) not in _known_units():
                k = j  # a capitalised unit word opens a place only with a name the gazetteer knows ("Tỉnh Đoàn X"), and
                # so does one before a full stop ("trên địa bàn TP. Theo đó, ...": the stop may end the sentence)
            if k > j:
                level = unit[1] if unit[1] != "city" else ("province" if fold(text[toks[j].start:toks[k - 1].end])
                                                          in provinces() else "district")
                word = text[toks[i].start:toks[i + unit[0] - 1].end]
                name = text[toks[j].start:toks[k - 1].end]
                label = name if level == "province" else f"{word.lower()} {name}"
                if level == "province":
                    label = provinces().get(fold(name), name)
                out.append(PlaceMention(toks[i].start, toks[k - 1].end, label, level, i, k))
                i = k
                continue
        form = _state_forms().match(toks, i, keys) if toks[i].text[:1].isupper() and not gaz.match(toks, i, keys) \
            else None
        if form and i + form[0] < n:  # "Cộng hòa Hungary", "Vương quốc Bỉ": the country under its formal name
            m = gaz.match(toks, i + form[0], keys)
            j = i + form[0] + (m[0] if m else 0)
            if m and m[1][1] == "country" and not (j < n and toks[j].text[:1].isupper() and toks[j].text.isalpha()):
                out.append(PlaceMention(toks[i].start, toks[j - 1].end, m[1][0], "country", i, j))
                i = j
                continue
        if toks[i].text[:1].isupper():
            m = gaz.match(toks, i, keys)
            if m:
                name, level = m[1]
                j = i + m[0]
                nxt = toks[j].text if j < n else ""
                if not (nxt[:1].isupper() and nxt.isalpha()) or _lead_runs_on(toks, keys, j):
                    out.append(PlaceMention(toks[i].start, toks[j - 1].end, name, level, i, j))
                    i = j
                    continue
            if (i > 0 and toks[i - 1].text[:1].isupper() and toks[i - 1].text.isalpha() or m) \
                    and keys[i] not in ("ủy", "uỷ"):  # "Tỉnh Ủy Gia Lai": a committee, then its province
                # inside a longer name ("Thái Bình Dương" holds no "Bình Dương"): skip the capitalised run
                while i + 1 < n and toks[i + 1].text[:1].isupper() and toks[i + 1].text.isalpha():
                    i += 1
        i += 1
    return out
