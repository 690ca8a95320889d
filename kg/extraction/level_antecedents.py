"""The place a body's bare level word stands for ("Ông Nguyễn Hồng Cường - trưởng phòng nông nghiệp huyện - cho
biết" after "... ở huyện đảo Phú Quốc"): the place of that level the next posts of the same title name, else the one
the article named last before the post, within a few sentences. A province named before fills a provincial ending
only where the article has no province of its own; a district or a commune fills an ending of its level (never
filled otherwise)."""

from __future__ import annotations

from functools import cache, lru_cache

from kg.extraction.canonical import _CITIES, expand
from kg.extraction.mentions import PlaceMention
from kg.extraction.places import unit_words
from kg.lexicons import table
from kg.text.normalize import fold

WINDOW = 5  # sentences back from the post's own
_CITY_ENDINGS = ("thành phố", "tp", "thành ủy", "thành đoàn")
_UNITS = unit_words("district", "commune")
_JOINS = ("", "-", "–", "kiêm", "và")  # between the posts of one title


@cache
def _levels() -> tuple[tuple[str, str], ...]:
    rows = [(r[0], r[1]) for r in table("place_levels.tsv") if len(r) > 1]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=4096)  # asked once for the next posts and once for the text before
def dangling_level(body: str) -> tuple[str, str] | None:
    """(level word, level) when the body ends in a bare level word, else None."""
    key = fold(expand(body))
    for word, level in _levels():
        if key == word or key.endswith(" " + word):
            return (word, level) if level != "-" else None
    return None


def _matches(place: PlaceMention, word: str, level: str) -> bool:
    if place.level != level:
        return False
    if level == "province":
        return not word.startswith(_CITY_ENDINGS) or place.name in _CITIES
    key = fold(place.name)
    if level == "commune":
        return key.startswith(word + " ")
    unit = key.split()[0]
    return unit not in ("huyện", "quận", "thị") or unit == word.split()[0]


def place_after(text: str, places: list[PlaceMention], posts: list[tuple[int, int]], span: tuple[int, int],
                body: str) -> PlaceMention | None:
    """The first place of the body's dangling level inside the posts that follow the post in one title ("Bí thư Tỉnh
    ủy, Chủ tịch HĐND tỉnh Trà Vinh"; `posts`: the (start, end) of the sentence's post phrases in text order)."""
    found = dangling_level(body)
    if found is None:
        return None
    end = span[1]
    for start, stop in posts:
        if start < end:
            continue
        if text[end:start].strip(" ,") not in _JOINS:
            return None
        place = next((p for p in places if start <= p.start < stop and _matches(p, *found)), None)
        if place is not None:
            return place
        end = stop
    return None


def place_before(places: list[list[PlaceMention]], index: int, at: int, body: str) -> PlaceMention | None:
    """The last place of the body's dangling level named before offset `at` in sentence `index` or in the WINDOW
    sentences before it (`places`: each sentence's places in text order); none when that sentence names two of
    them ("Dân xã Đại Mạch và xã Kim Nỗ tố cáo ...": which one the title's is, the text does not say)."""
    found = dangling_level(body)
    if found is None:
        return None
    for k in range(index, max(-1, index - WINDOW - 1), -1):
        named = [p for p in places[k] if (k < index or p.end <= at) and _matches(p, *found)]
        if named:
            return named[-1] if len({fold(p.name) for p in named}) == 1 else None
    return None


def own_name(place: PlaceMention) -> str:
    """A district's or commune's own name, without its unit word ("huyện Phú Quốc" -> "Phú Quốc", "phường 5" -> "5")."""
    words = place.name.split()
    for n in (2, 1):
        if len(words) > n and fold(" ".join(words[:n])) in _UNITS:
            return " ".join(words[n:])
    return place.name
