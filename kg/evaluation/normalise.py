"""String normalisation of the metric: NFC, lower case, one tone-mark placement, abbreviations
expanded, punctuation dropped, repeated adjacent words collapsed (table in metric_normalisation.json)."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

_TABLE = json.loads((Path(__file__).with_name("metric_normalisation.json")).read_text(encoding="utf-8"))
_TONE_PLACEMENT: dict[str, str] = _TABLE["tone_placement"]
_ABBREVIATIONS: list[tuple[str, str]] = [tuple(pair) for pair in _TABLE["abbreviations"]]
_CAPITAL_ABBREVIATIONS: dict[str, str] = _TABLE["capital_abbreviations"]
_LOCATION_PREFIXES: tuple[str, ...] = tuple(_TABLE["location_prefixes"])


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"\b(TP|Tp|tp)\.(?=\w)", r"\1. ", text)
    text = " ".join(_CAPITAL_ABBREVIATIONS.get(w.strip(",;:()"), w) for w in text.split())
    text = text.lower()
    for old, new in _TONE_PLACEMENT.items():
        text = text.replace(old, new)
    words = []
    for word in re.split(r"\s+", text):
        for short, long in _ABBREVIATIONS:
            if word.strip(",;:()") == short:
                word = long
                break
        words.append(word)
    text = " ".join(words)
    text = re.sub(r"[^\w\s]", " ", text)
    words = text.split()
    for n in (3, 2, 1):
        i = 0
        while i + 2 * n <= len(words):
            if words[i : i + n] == words[i + n : i + 2 * n]:
                del words[i + n : i + 2 * n]
            else:
                i += 1
    return " ".join(words)


def word_set(text: str) -> frozenset[str]:
    return frozenset(normalise(text).split())


def location_key(text: str) -> str:
    name = normalise(text)
    changed = True
    while changed:
        changed = False
        for prefix in _LOCATION_PREFIXES:
            if name.startswith(prefix + " "):
                name = name[len(prefix) + 1 :]
                changed = True
    return name
