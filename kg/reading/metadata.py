"""Metadata of an article as published: the timestamp line, the outlet tag opening the lede, the byline.

Each function looks at the text and returns what it finds (or None); the text itself is never changed."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.reading.outlets import Outlet, outlet_by_tag

VN_OFFSET = "+07:00"  # Asia/Ho_Chi_Minh has no daylight saving time


def _iso(year: str, month: str, day: str, hour: str | None = None, minute: str | None = None) -> str | None:
    y, mo, d = int(year), int(month), int(day)
    if not (1 <= mo <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100):
        return None
    date = f"{y:04d}-{mo:02d}-{d:02d}"
    if hour is None:
        return date
    h, mi = int(hour), int(minute or 0)
    if not (0 <= h <= 23 and 0 <= mi <= 59):
        return date
    return f"{date}T{h:02d}:{mi:02d}:00{VN_OFFSET}"


_DMY = r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"
_HM = r"(\d{1,2})[:hg](\d{2})"
# (pattern, how its groups become an ISO timestamp); the first that matches a whole line wins
TIMESTAMP_PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str | None]]] = [
    (re.compile(rf"{_HM},?\s+(?:[^\d,]+,\s*)?{_DMY}"), lambda m: _iso(m[5], m[4], m[3], m[1], m[2])),
    (re.compile(rf"(?:[^\d,]+,\s*)?{_DMY},?\s*(?:[-|,]\s*)?{_HM}(?:\s*(?:\(?GMT\s*\+\s*7\)?|\+07:?00))?"),
     lambda m: _iso(m[3], m[2], m[1], m[4], m[5])),
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"),
     lambda m: m[0] if m[4] and re.search(r"(Z|[+-]\d{2}:?\d{2})$", m[0]) else _iso(m[1], m[2], m[3], m[4], m[5])),
    (re.compile(rf"(?:[^\d,]+,\s*)?{_DMY}"), lambda m: _iso(m[3], m[2], m[1])),
]


def parse_timestamp(line: str) -> str | None:
    """'11:01, 13/01/2022' → '2022-01-13T11:01:00+07:00'; a line holding only a date gives the date."""
    line = line.strip()
    for pattern, to_iso in TIMESTAMP_PATTERNS:
        match = pattern.fullmatch(line)
        if match:
            return to_iso(match)
    return None


_TAG = re.compile(r"\s*(?:\(([^()\n]{2,40})\)|([A-ZĐ][\w.]{1,12}))\s*[-–—]\s")


def outlet_tag(lede: str) -> tuple[str, Outlet | None] | None:
    """The tag opening a lede, '(LĐ online) - ...' or 'TTO - ...', and the outlet it names (when known)."""
    match = _TAG.match(lede)
    if not match:
        return None
    tag = (match[1] or match[2]).strip()
    outlet = outlet_by_tag(tag)
    if outlet is None and match[2]:
        return None  # a bare capitalised word before a dash is only a tag when it is a known one
    return tag, outlet


_BYLINE = re.compile(r"[^\W\d_][^\W\d_ .-]*(?:[ .-]+[^\W\d_][^\W\d_ .-]*){0,5}\.?")


def byline(line: str) -> str | None:
    """A last line in capitals, 'NGUYỆT THU' (up to six words, no digits), is the byline."""
    line = line.strip()
    if 2 <= len(line) <= 60 and line.isupper() and _BYLINE.fullmatch(line):
        return line
    return None
