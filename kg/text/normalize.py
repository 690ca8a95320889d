"""Normalisation of Vietnamese text: NFC, one tone-mark placement, matching keys.

Tone placement is decided per syllable from its vowels (`place_tone`): on the last vowel that
carries a shape mark (`ê`, `ơ`, `ư`, ...), else on the last vowel before a final consonant, else
on the middle of three vowels or the first of two ("old style": `hòa`, `ủy`). So the misplaced
marks of older texts (`Đòan`, `sóat`, `Hùynh`, `qúy`) and the new style (`hoà`) all give one key.

`nfc` keeps the text readable (it is what offsets refer to). `fold` makes a matching key:
lower case, one tone placement, single spaces. `strip_marks` removes all diacritics.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"[ \t\u00a0\u2009\u200b]+")

_TONES = "\u0300\u0301\u0309\u0303\u0323"  # grave, acute, hook, tilde, dot below
_VOWELS = frozenset("aăâeêioôơuưy")
_SHAPED = frozenset("ăâêôơư")
_ONSET = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?")
_FINAL = re.compile(r"(?:ng|nh|ch|[cmnpt])?$")
_WORD = re.compile(r"\w+")


def _split_tone(ch: str) -> tuple[str, str]:
    parts = unicodedata.normalize("NFD", ch)
    tone = next((c for c in parts if c in _TONES), "")
    return unicodedata.normalize("NFC", parts.replace(tone, "")) if tone else ch, tone


@lru_cache(maxsize=100_000)
def place_tone(word: str) -> str:
    """One Vietnamese syllable with its tone mark on the standard vowel (case kept); other words as given."""
    bases, tone = [], ""
    for ch in word:
        base, t = _split_tone(ch)
        if t:
            if tone:
                return word  # two tone marks: not one syllable
            tone = t
        bases.append(base)
    if not tone:
        return word
    low = "".join(bases).lower()
    onset = _ONSET.match(low).group(0)
    if onset == "gi" and not any(c in _VOWELS for c in low[2:]):
        onset = "g"  # "gì": the i is the vowel
    final = _FINAL.search(low, len(onset)).group(0)
    nucleus = low[len(onset):len(low) - len(final)]
    if not nucleus or any(c not in _VOWELS for c in nucleus) or len(nucleus) > 3:
        return word
    shaped = [k for k, c in enumerate(nucleus) if c in _SHAPED]
    if shaped:
        at = shaped[-1]
    elif final:
        at = len(nucleus) - 1
    else:
        at = 1 if len(nucleus) == 3 else 0
    k = len(onset) + at
    bases[k] = unicodedata.normalize("NFC", bases[k] + tone)
    return "".join(bases)


_NEW_STYLE = {old: new for new, old in (
    ("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
    ("oè", "òe"), ("oé", "óe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
    ("uỳ", "ùy"), ("uý", "úy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy"))}


def _repair_word(word: str) -> str:
    placed = place_tone(word)
    if placed == word:
        return word
    tail = placed[-2:].lower()
    if tail in _NEW_STYLE and placed[:-2] + (_NEW_STYLE[tail] if placed[-2:].islower() else
                                             _NEW_STYLE[tail][0].upper() + _NEW_STYLE[tail][1]) == word:
        return word  # "hoà": the new style, not a misplaced mark
    return placed


def repair_tone(text: str) -> str:
    """Misplaced tone marks put right ("Đòan" -> "Đoàn", "Hùynh" -> "Huỳnh"); both accepted styles of
    open "oa", "oe", "uy" ("hòa", "hoà") kept as written. Length preserved."""
    return _WORD.sub(lambda m: _repair_word(m.group(0)), text)


def _place_all(text: str) -> str:
    return _WORD.sub(lambda m: place_tone(m.group(0)), text)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def tone_placement(text: str) -> str:
    """One tone placement per syllable, case preserved ("Hoà" -> "Hòa", "Đòan" -> "Đoàn"); length preserved."""
    return _place_all(text)


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Matching key: NFC, lower case, one tone placement, single spaces."""
    text = _place_all(unicodedata.normalize("NFC", text).lower().replace("’", "'"))
    return _SPACES.sub(" ", text).strip()


def strip_marks(text: str) -> str:
    """Remove diacritics ("Đắk Lắk" -> "Dak Lak")."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def clean_for_offsets(text: str) -> str:
    """NFC and tone placement when they keep the length (so offsets stay valid), else NFC only."""
    out = nfc(text)
    placed = tone_placement(out)
    return placed if len(placed) == len(out) else out
