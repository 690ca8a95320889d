"""Links to the reference politicians (Vietnamese Wikipedia, kg/reference/): who an extracted person is,
when the match is sure, and the known terms of office of that person."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from urllib.parse import quote

from kg.resolution.lexicon import synonyms
from kg.resolution.normalize import label_key, name_key

REFERENCE = Path(__file__).resolve().parents[1] / "reference"
CRAWLED = "2025-12-31"  # "nay" (current) in the reference means current at crawl time


@dataclass(frozen=True)
class Term:
    office: str
    key: str
    start: str | None   # earliest date the start can be (ISO)
    end: str | None     # latest date the end can be; CRAWLED when current


@dataclass
class Politician:
    name: str
    page_id: str
    birth_date: str | None
    death_date: str | None
    home: str | None
    terms: list[Term] = field(default_factory=list)

    @property
    def url(self) -> str:
        return "https://vi.wikipedia.org/wiki/" + quote(self.name.replace(" ", "_"))


_YMD = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")
_MY = re.compile(r"(\d{1,2})/(\d{4})")


def parse_bound(text: str, upper: bool) -> str | None:
    """An ISO date for a term bound: '2020-10-15', '1989-11', '12/2010', '2013' (widest reading), 'nay'."""
    text = (text or "").strip()
    if text.lower() in ("nay", "đương nhiệm", "hiện tại"):
        return CRAWLED if upper else None
    m = _MY.fullmatch(text)
    if m:
        year, month, day = int(m.group(2)), int(m.group(1)), None
    else:
        m = _YMD.search(text)
        if not m:
            return None
        year = int(m.group(1))
        month = int(m.group(2)) if m.group(2) else None
        day = int(m.group(3)) if m.group(3) else None
    if not 1900 <= year <= 2100:
        return None
    month = month if month and 1 <= month <= 12 else (12 if upper else 1)
    day = day if day else (28 if upper else 1)
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return date(year, month, 28).isoformat()


def office_keys(office: str) -> list[str]:
    """Keys of an office string and of each comma part (`Ủy viên Bộ Chính trị, khóa XII, XIII`)."""
    text = re.sub(r"\([^)]*\)", " ", office)
    parts = [text] + [p for p in text.split(",") if p.strip()]
    return [phrase_key(p) for p in parts if phrase_key(p)]


@cache
def _prefix_synonyms() -> list[tuple[str, str]]:
    return sorted(synonyms().items(), key=lambda kv: -len(kv[0]))


def phrase_key(text: str) -> str:
    """label_key, with a known phrasing at the start of a longer text also mapped (`ủy viên trung ương đảng khóa
    xiii` → `ủy viên ban chấp hành trung ương đảng khóa xiii`)."""
    key = label_key(text)
    for variant, canonical in _prefix_synonyms():
        if key.startswith(variant + " "):
            if len(canonical) > len(variant) and key.startswith(canonical):
                return key  # already the full phrasing
            return canonical + key[len(variant):]
    return key


def post_matches(post_key: str, office: str) -> bool:
    if len(post_key.split()) < 2:
        return False
    return any(k == post_key or k.startswith(post_key + " ") for k in office_keys(office))


@cache
def politicians() -> dict[str, list[Politician]]:
    """Reference politicians by name key (a name may have several)."""
    people: dict[str, Politician] = {}
    with (REFERENCE / "politicians.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            people[row["wiki_page_id"]] = Politician(
                row["person"], row["wiki_page_id"],
                parse_bound(row["birth_date"], False) if row["birth_date"] else None,
                parse_bound(row["death_date"], False) if row["death_date"] else None,
                (row["hometown"] or row["birth_place"] or "").strip() or None)
    with (REFERENCE / "politician-positions.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            person = people.get(row["wiki_page_id"])
            if person and row["office"].strip():
                person.terms.append(Term(row["office"], phrase_key(row["office"]),
                                         parse_bound(row["term_start"], False), parse_bound(row["term_end"], True)))
    by_name: dict[str, list[Politician]] = {}
    for person in people.values():
        by_name.setdefault(name_key(person.name), []).append(person)
    return by_name


def matching_terms(politician: Politician, post_label: str) -> list[Term]:
    key = phrase_key(post_label)
    return [t for t in politician.terms if post_matches(key, t.office)]


def candidates(name: str, post_labels: list[str]) -> list[Politician]:
    """Reference politicians of this name with at least one office matching an extracted post."""
    found = []
    for politician in politicians().get(name_key(name), []):
        if any(matching_terms(politician, label) for label in post_labels):
            found.append(politician)
    return found
