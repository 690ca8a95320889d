"""Administrative places: provinces (63 before and 34 after the 2025 merger, pre-2008 units and
spelling variants), districts, countries. Province and district names come from the PyPI package
`vietnamadminunits`; additions are in `kg/lexicons/provinces_extra.tsv` and `countries.txt`."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from kg.lexicons import mapping, word_list
from kg.text.normalize import fold


def _package_json(name: str) -> dict:
    path = resources.files("vietnamadminunits") / "data" / name
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def provinces() -> dict[str, str]:
    """Folded surface form -> canonical short province name ("lâm đồng" -> "Lâm Đồng")."""
    out: dict[str, str] = {}
    for name in ("parser_legacy.json", "parser_from_2025.json"):
        for item in _package_json(name)["DICT_PROVINCE"].values():
            short = item["provinceShort"]
            out[fold(short)] = short
            out[fold(item["province"])] = short
    for surface, canonical in mapping("provinces_extra.tsv").items():
        out[fold(surface)] = canonical
    return out


@cache
def districts() -> dict[str, str]:
    """Folded district short name -> province short name (first seen; names repeat across provinces)."""
    legacy = _package_json("parser_legacy.json")
    prov = {k: v["provinceShort"] for k, v in legacy["DICT_PROVINCE"].items()}
    out: dict[str, str] = {}
    for pkey, dists in legacy["DICT_PROVINCE_DISTRICT"].items():
        for d in dists.values():
            for key in _district_keys(d["districtShort"]):
                out.setdefault(key, prov.get(pkey, ""))
    return out


def _district_keys(short: str) -> tuple[str, ...]:
    """The folded name as the package stores it ("cao lãnh (thành phố)", keeping the kind that tells apart a
    city and a district of one name), the bare name a text uses ("cao lãnh") and that name written as one word."""
    key = fold(short)
    bare = _KIND.sub("", key).strip()
    keys = (key, bare) if bare != key else (key,)
    joined = bare.replace(" ", "")  # names of the highlands the press writes as one word: "Đa Krông" -> "Đakrông"
    return keys + (joined,) if " " in bare else keys


_KIND = re.compile(r"\s*\([^)]*\)")


@cache
def provinces_with_a_city_of_their_name() -> frozenset[str]:
    """Province-level units (short names) that are cities or have a city sharing a word of their name ("Huế",
    "Quảng Ngãi", "Điện Biên" with Điện Biên Phủ); not Bình Định (Quy Nhơn) nor Quảng Nam (Tam Kỳ)."""
    legacy = _package_json("parser_legacy.json")
    out: set[str] = set()
    for pkey, dists in legacy["DICT_PROVINCE_DISTRICT"].items():
        province = legacy["DICT_PROVINCE"].get(pkey, {}).get("provinceShort", "")
        words = set(fold(province).split())
        cities = {w for d in dists.values() if d["districtType"] == "Thành phố"
                  for w in fold(d["districtShort"]).split()}
        if pkey.startswith("thanhpho") or words & cities:
            out.add(province)
    return frozenset(out)


@cache
def district_provinces() -> dict[str, frozenset[str]]:
    """Folded district short name -> every province (short name) that has a district of that name."""
    legacy = _package_json("parser_legacy.json")
    prov = {k: v["provinceShort"] for k, v in legacy["DICT_PROVINCE"].items()}
    out: dict[str, set[str]] = {}
    for pkey, dists in legacy["DICT_PROVINCE_DISTRICT"].items():
        for d in dists.values():
            if pkey in prov:
                for key in _district_keys(d["districtShort"]):
                    out.setdefault(key, set()).add(prov[pkey])
    return {k: frozenset(v) for k, v in out.items()}


@cache
def wards() -> frozenset[str]:
    """Folded commune/ward short names of two syllables ("Mông Dương"), for refusing person candidates."""
    legacy = _package_json("parser_legacy.json")["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"]
    out = set()
    for dists in legacy.values():
        for ws in dists.values():
            for w in ws.values():
                short = w.get("wardShort")
                name = fold(short) if isinstance(short, str) else ""
                if name.count(" ") == 1:
                    out.add(name)
    return frozenset(out)


@cache
def countries() -> dict[str, str]:
    """Folded country name -> its usual short name ("vương quốc campuchia" -> "Campuchia")."""
    out: dict[str, str] = {}
    for line in word_list("countries.txt"):
        surface, _, short = line.partition("\t")
        out[fold(surface.strip())] = short.strip() or surface.strip()
    return out


@cache
def foreign_cities() -> frozenset[str]:
    """Folded names of the foreign cities, states and seats of government in `countries.txt`."""
    return frozenset(fold(w) for w in word_list("foreign_cities.txt"))


@cache
def states() -> dict[str, str]:
    """`countries()` without the cities: the names that say which country a person belongs to."""
    cities = foreign_cities()
    return {k: v for k, v in countries().items() if k not in cities and fold(v) not in cities}


@cache
def place_names() -> frozenset[str]:
    """Every folded place name (for refusing person candidates that are places)."""
    others = frozenset(fold(w) for w in word_list("non_persons.txt") if " " in w)
    return frozenset(provinces()) | frozenset(districts()) | frozenset(countries()) | others


def max_len() -> int:
    return 6
