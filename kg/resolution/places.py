"""Places: one node per administrative unit whatever the prefix or spelling, its province, and what
a unit abolished or merged (2008, 2025) became."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.resolution.lexicon import former_units, place_prefixes
from kg.resolution.normalize import clean, name_key

REFERENCE = Path(__file__).resolve().parents[1] / "reference"
MERGER_DATE = "2025-07-01"


@dataclass(frozen=True)
class PlaceInfo:
    key: str                      # identity key (slug source)
    label: str                    # display name
    level: str                    # "country", "province", "district" or "other"
    province: str | None = None   # the province-level unit it lies in (label), for districts
    became: str | None = None     # the unit it became part of, for abolished units
    changed: str | None = None    # the date of that change


def _strip_prefix(name: str) -> str:
    text = clean(name)
    low = text.lower()
    for prefix in place_prefixes():
        if low.startswith(prefix + " ") and len(low) > len(prefix) + 1:
            return text[len(prefix) + 1:].strip()
    return text


@cache
def _provinces() -> dict[str, PlaceInfo]:
    """Province-level units by key of every alias: the 34 of 2025 and the 63 before (with what they became)."""
    table: dict[str, PlaceInfo] = {}
    new = json.loads((REFERENCE / "provinces-34-from-2025-07-01.json").read_text(encoding="utf-8"))
    old = json.loads((REFERENCE / "provinces-63-before-2025-07-01.json").read_text(encoding="utf-8"))
    for unit in old:
        became = unit.get("post2025_province_name")
        info = PlaceInfo(name_key(unit["Name"]), unit["Name"], "province",
                         became=became if became and became != unit["Name"] else None,
                         changed=MERGER_DATE if became and became != unit["Name"] else None)
        for alias in [unit["Name"], unit["FullName"], *unit.get("aliases", [])]:
            table.setdefault(name_key(_strip_prefix(alias)), info)
    for unit in new:
        info = PlaceInfo(name_key(unit["Name"]), unit["Name"], "province")
        for alias in [unit["Name"], unit["FullName"], *unit.get("aliases", [])]:
            table[name_key(_strip_prefix(alias))] = table.get(name_key(_strip_prefix(alias)), info)
    for name, (became, date) in former_units().items():
        table[name_key(name)] = PlaceInfo(name_key(name), name, "province", became=became, changed=date)
    for alias in ("hcm", "tphcm", "sài gòn"):
        table.setdefault(alias, table[name_key("Hồ Chí Minh")])
    return table


@cache
def place_info(name: str) -> PlaceInfo:
    bare = _strip_prefix(name)
    found = _provinces().get(name_key(bare))
    if found:
        return found
    district = _district(clean(name), bare)
    if district:
        return district
    if name_key(bare) in _countries():
        return PlaceInfo(name_key(bare), bare, "country")
    whole = clean(name)  # an unknown place keeps its prefix: `Quận 1`, `xã An Hòa`
    return PlaceInfo(name_key(whole), whole, "other")


@cache
def _countries() -> frozenset[str]:
    """Country names of the extraction lexicon, formal and short forms alike."""
    from kg.lexicons import table

    return frozenset(name_key(cell) for row in table("countries.txt") for cell in row if cell)


def _district(name: str, bare: str) -> PlaceInfo | None:
    try:
        from vietnamadminunits import ParseMode, parse_address

        parsed = parse_address(name, mode=ParseMode.LEGACY, level=2)
    except Exception:  # the parser raises on input it cannot read: then it is no known district
        return None
    if not parsed.province or not parsed.district:
        return None
    district = clean(parsed.district)
    province = _provinces().get(name_key(_strip_prefix(parsed.province)))
    province_label = province.label if province else _strip_prefix(parsed.province)
    own = name_key(_strip_prefix(district))
    if _loose(bare) not in (_loose(own), _loose(f"{own} {province_label}")):
        return None  # a partial match (a word of the name) is not the place named
    return PlaceInfo(name_key(f"{district} {province_label}"), district, "district", province=province_label)


def _loose(text: str) -> str:
    """A key without the words that only say the level (`tỉnh`, `thành phố`)."""
    return " ".join(w for w in _LEVEL_WORDS.sub(" ", name_key(text)).split())


_LEVEL_WORDS = re.compile(r"\b(?:tỉnh|thành phố|tp)\b")


def province_of(name: str) -> str | None:
    """The province-level unit a place is or lies in (label), None when unknown."""
    info = place_info(name)
    return info.label if info.level == "province" else info.province
