"""National Assembly deputies named with their constituency: `ĐB Dương Trung Quốc (Đồng Nai)`,
`đại biểu Nguyễn Trọng Ngoạn (Bắc Giang)` in an article about the Quốc hội -> `Đại biểu Quốc hội tỉnh
Đồng Nai`."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extraction.gazetteer import provinces
from kg.extraction.mentions import PersonMention
from kg.text.normalize import fold

_CUE = re.compile(r"(?:\bĐB|\bĐBQH|[Đđ]ại biểu(?: Quốc hội| QH)?)\s*$")
_PLACE = re.compile(r"\s*\(([^()]{2,30})\)")
_ASSEMBLY = re.compile(r"Quốc hội|\bQH\b|\bĐBQH\b")
_CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}


@lru_cache(maxsize=4)
def _about_assembly(text: str) -> bool:
    """The article names the National Assembly (searched once per article, not once per sentence)."""
    return _ASSEMBLY.search(text) is not None


def deputy_posts(text: str, persons: list[PersonMention]) -> list[tuple[PersonMention, str, str]]:
    """(mention, position, province) for deputies named with their province in brackets."""
    if not _about_assembly(text):
        return []
    out = []
    for m in persons:
        if not _CUE.search(text, max(0, m.start - 20), m.start):
            continue
        after = _PLACE.match(text, m.end)
        province = provinces().get(fold(after.group(1))) if after else None
        if province:
            unit = "thành phố" if province in _CITIES else "tỉnh"
            out.append((m, f"Đại biểu Quốc hội {unit} {province}", province))
    return out
