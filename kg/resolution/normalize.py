"""Identity keys: one key per person, post, body or place whatever the spelling or abbreviation.

A key is lower case, NFC, with one tone-mark placement (`hoà` = `hòa`, `uỷ` = `ủy`), abbreviations
expanded, punctuation dropped and repeated adjacent words collapsed. Display labels keep the case.
"""

from __future__ import annotations

import re
import unicodedata

from kg.resolution.lexicon import abbreviations, display_labels, synonyms

# Old-style tone placement on the last vowel pair of a syllable → the placement the scorer uses.
_TONE_PAIRS = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_TONE_RE = re.compile("(" + "|".join(_TONE_PAIRS) + r")(?!\w)", re.IGNORECASE)
_PUNCT = re.compile(r"[^\w\s]+")
_SPACE = re.compile(r"\s+")
_DOUBLED = re.compile(r"\b(\w+(?:\s+\w+)?)(?:\s+\1\b)+")
_ADMIN_PREFIX = re.compile(r"\b(?:tỉnh|thành phố)\s+(?!ủy\b)")


# Inside a syllable (a letter follows), `oa`/`oe`/`uy` carry the mark on their second vowel (`oại`, `huỳnh`);
# after `q` the `u` is part of the consonant (`quý`).
_MARKS = {"ò": "`", "ó": "'", "ỏ": "?", "õ": "~", "ọ": ".", "ù": "`", "ú": "'", "ủ": "?", "ũ": "~", "ụ": "."}
_WITH_MARK = {("a", "`"): "à", ("a", "'"): "á", ("a", "?"): "ả", ("a", "~"): "ã", ("a", "."): "ạ",
              ("e", "`"): "è", ("e", "'"): "é", ("e", "?"): "ẻ", ("e", "~"): "ẽ", ("e", "."): "ẹ",
              ("y", "`"): "ỳ", ("y", "'"): "ý", ("y", "?"): "ỷ", ("y", "~"): "ỹ", ("y", "."): "ỵ"}
_INNER_RE = re.compile(r"([òóỏõọ])([ae])(?=\w)|([ùúủũụ])(y)(?=\w)|(?<=q)([ùúủũụ])(y)", re.IGNORECASE)


def _fix_inner(match: re.Match[str]) -> str:
    marked, vowel = next((match.group(i), match.group(i + 1)) for i in (1, 3, 5) if match.group(i))
    base = "o" if marked.lower() in "òóỏõọ" else "u"
    base = base.upper() if marked.isupper() else base
    fixed = _WITH_MARK[(vowel.lower(), _MARKS[marked.lower()])]
    return base + (fixed.upper() if vowel.isupper() else fixed)


def _fix_tone(match: re.Match[str]) -> str:
    text = match.group(0)
    fixed = _TONE_PAIRS[text.lower()]
    return fixed.upper() if text.isupper() else (fixed[0].upper() + fixed[1:] if text[0].isupper() else fixed)


def clean(text: str) -> str:
    """NFC, one tone placement, single spaces; case kept."""
    text = unicodedata.normalize("NFC", text or "")
    text = _TONE_RE.sub(_fix_tone, text)
    text = _INNER_RE.sub(_fix_inner, text)
    return _SPACE.sub(" ", text).strip()


def expand(text: str) -> str:
    """Display form: cleaned, abbreviations expanded, doubled words collapsed (`Bí thư Bí thư Tỉnh ủy`)."""
    text = clean(text)
    for pattern, full in abbreviations():
        text = pattern.sub(full, text)
    text = _SPACE.sub(" ", text).strip(" ,;-")
    return _DOUBLED.sub(r"\1", text)


def name_key(name: str) -> str:
    """Key of a person name: cleaned, lower case, no punctuation."""
    text = _PUNCT.sub(" ", clean(name).lower())
    return _SPACE.sub(" ", text).strip()


def label_key(label: str) -> str:
    """Key of a post or body label: expanded, lower case, no punctuation, no `tỉnh`/`thành phố` before a name,
    equivalent phrasings mapped to one (post_synonyms.tsv)."""
    text = _PUNCT.sub(" ", expand(label).lower())
    text = _SPACE.sub(" ", text).strip()
    text = _DOUBLED.sub(r"\1", text)
    text = _ADMIN_PREFIX.sub("", text)
    return synonyms().get(text, text)


def fold(text: str) -> str:
    """Without diacritics (đ → d): to compare a name typed without its marks."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def slug(key: str) -> str:
    """IRI-safe slug of a key: Unicode letters and digits kept, everything else a single hyphen."""
    text = re.sub(r"[^\w]+", "-", unicodedata.normalize("NFC", key).lower(), flags=re.UNICODE)
    return text.strip("-_") or "x"


def display(label: str) -> str:
    """The label shown for a post or body: the canonical phrasing when the key has one, else the expanded text."""
    return display_labels().get(label_key(label), expand(label))
