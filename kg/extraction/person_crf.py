"""Statistical person tagger: a linear-chain CRF (underthesea_core) over syllable tokens, on by default.

The model ships in `kg/models/person_crf.bin`; `scripts/train_person_crf.py` trains it on the gold
annotations of every gold set (see `kg/models/README.md`).
It is loaded lazily, once per process. `tag_persons(text)` returns the character spans of the
person names it finds, honorifics and titles excluded; `tag_spans` adds each span's confidence
(the lowest marginal probability of its tokens' labels).

The wiring, in `kg.extraction.persons.find_persons` (off with KG_PERSON_CRF=0):
`extra_mentions` adds only names the rules cannot give (a given name alone, a foreign name),
overlapping no rule mention, at confidence >= 0.9; each goes through the rules' own refusals
(`persons._crf_refused`: brands, schools, places, deities, anonymised names, ...); the article's
resolution then maps a short one to its full name (`Oblak` -> `Jan Oblak`). Its mentions (cue `CUE`)
make persons only: `pipeline.extract` links posts and events to the rules' mentions.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from kg.extraction import lexicon
from kg.extraction.gazetteer import countries, place_names, provinces
from kg.extraction.mentions import PersonMention
from kg.lexicons import word_list
from kg.model import PersonFact
from kg.text.normalize import fold, strip_marks
from kg.text.segment import Token, sentences, tokens
from kg.text.syllables import is_syllable, looks_foreign

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "person_crf.bin"
LABELS = ("O", "B-PER", "I-PER")
DEFAULT_CONFIDENCE = 0.5  # a span's lowest token marginal: 0.5 keeps about what the Viterbi path tags
SPORTS_GIVEN_CONFIDENCE = 0.5  # a given name alone in a sports report (persons._sports_given_confidence)
EXTRA_CONFIDENCE = 0.9  # for names added to the rules' ones: in whole-set CV 0.9 beat 0.7 and 0.8 on both kinds
_CUES = (("hon", lexicon.honorifics), ("rank", lexicon.ranks), ("role", lexicon.roles))
_PLACE_WINDOW = 4
CUE = "crf"  # the cue of the mentions the CRF adds: a person of the article, linked to no post and no event


def _shape(word: str) -> str:
    if not word[:1].isalnum():
        return "p"
    if word[:1].isdigit():
        return "d"
    if len(word) > 1 and word.isupper():
        return "U"
    return "T" if word[:1].isupper() else "l"


@cache
def _foreign_given() -> frozenset[str]:
    return frozenset(word_list("foreign_given_names.txt"))


@cache
def _surnames() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.surname_set())


@cache
def _org_words() -> frozenset[str]:
    return frozenset(word_list("org_words.txt"))


@cache
def _non_persons() -> frozenset[str]:
    return frozenset(fold(w) for name in ("non_persons.txt", "year_era_names.txt") for w in word_list(name))


@cache
def _places() -> frozenset[str]:
    return place_names() | frozenset(countries())


def _cue_kinds(keys: list[str]) -> list[str]:
    """For each token, the kind of honorific, rank or title phrase that ends right before it ('' if none)."""
    out = [""] * len(keys)
    for kind, get in reversed(_CUES):  # written last, the first kind of _CUES wins
        matcher = get()
        for a, first in enumerate(keys):
            if first not in matcher.firsts:
                continue
            for n in range(1, min(matcher.longest, len(keys) - 1 - a) + 1):
                if tuple(keys[a:a + n]) in matcher.entries:
                    out[a + n] = kind
    return out


def _in_place(keys: list[str]) -> list[bool]:
    """Tokens covered by a place or country name of the gazetteer ("Bồ Đào Nha", "Hà Nội")."""
    places = _places()
    out = [False] * len(keys)
    for a in range(len(keys)):
        for b in range(min(len(keys), a + _PLACE_WINDOW), a, -1):
            if " ".join(keys[a:b]) in places:
                out[a:b] = [True] * (b - a)
                break
    return out


def _token_attrs(tok: Token, key: str) -> list[str]:
    word = tok.text
    alpha = word.replace("-", "").replace("'", "").isalpha()
    attrs = [f"shape={_shape(word)}"]
    if alpha:
        attrs.append("vn" if all(is_syllable(p) for p in word.split("-") if p) else "novn")
        if looks_foreign(word):
            attrs.append("foreign")
        if key in _surnames():
            attrs.append("surname")
        if word in _foreign_given():
            attrs.append("fgiven")
        if word in _org_words():
            attrs.append("org")
        if strip_marks(key) in lexicon.body_heads():
            attrs.append("body")
        if len(word) > 3:
            attrs.append(f"suf={key[-3:]}")
    return attrs


def features(toks: list[Token]) -> list[list[str]]:
    """CRF attributes of each token of one sentence (the same for training and tagging)."""
    keys = [fold(t.text) for t in toks]
    attrs = [_token_attrs(t, k) for t, k in zip(toks, keys, strict=True)]
    cues = _cue_kinds(keys)
    places = _in_place(keys)
    n = len(toks)

    def key(i: int) -> str:
        return keys[i] if 0 <= i < n else ("BOS" if i < 0 else "EOS")

    shapes = [_shape(t.text) for t in toks]

    def shape(i: int) -> str:
        return shapes[i] if 0 <= i < n else "_"

    out = []
    for i in range(n):
        f = ["b", f"w={keys[i]}", f"w-1={key(i - 1)}", f"w+1={key(i + 1)}", f"w-2={key(i - 2)}", f"w+2={key(i + 2)}",
             f"w-1w={key(i - 1)}|{keys[i]}", f"ww+1={keys[i]}|{key(i + 1)}",
             f"w-2w-1={key(i - 2)}|{key(i - 1)}", f"w+1w+2={key(i + 1)}|{key(i + 2)}",
             f"s-1s={shape(i - 1)}{shape(i)}{shape(i + 1)}"]
        f.extend(attrs[i])
        f.extend(f"-1{a}" for a in attrs[i - 1] if not a.startswith("suf")) if i else f.append("first")
        f.extend(f"+1{a}" for a in attrs[i + 1] if not a.startswith("suf")) if i + 1 < n else f.append("last")
        if cues[i]:
            f.append(f"cue={cues[i]}")
        if places[i]:
            f.append("place")
        out.append(f)
    return out


def sentence_tokens(text: str) -> Iterator[list[Token]]:
    for span in sentences(text):
        toks = tokens(text, span.start, span.end)
        if toks:
            yield toks


@cache
def _tagger(path: str = str(MODEL_PATH)):  # noqa: ANN202 - underthesea_core.CRFTagger
    from underthesea_core import CRFTagger

    tagger = CRFTagger()
    tagger.load(path)
    return tagger


def _spans(toks: list[Token], tags: list[str], probs: list[list[float]], labels: list[str]) -> list[tuple]:
    index = {label: k for k, label in enumerate(labels)}
    out = []
    start = None
    for i, tag in enumerate(tags + ["O"]):
        if start is not None and tag != "I-PER":
            conf = min(probs[k][index[tags[k]]] for k in range(start, i))
            out.append((toks[start].start, toks[i - 1].end, round(conf, 4)))
            start = None
        if tag == "B-PER" or tag == "I-PER" and start is None:
            start = i
    return out


def tag_spans(text: str, model: Path | None = None) -> list[tuple[int, int, float]]:
    """(start, end, confidence) of every person name the model tags in the text."""
    tagger = _tagger(str(model or MODEL_PATH))
    labels = tagger.labels()
    out: list[tuple[int, int, float]] = []
    for toks in sentence_tokens(text):
        x = features(toks)
        out.extend(_spans(toks, tagger.tag(x), tagger.marginals(x), labels))
    return out


def tag_persons(text: str, min_confidence: float = DEFAULT_CONFIDENCE) -> list[tuple[int, int]]:
    """Character spans of the person names in the text (honorifics and titles excluded)."""
    return [(a, b) for a, b, conf in tag_spans(text) if conf >= min_confidence]


def _words(name: str) -> list[str]:
    return fold(name).replace("-", " ").split()


def _short_form(words: list[str], longer: list[list[str]]) -> bool:
    """The words start or end a longer name ("Simeone" in "Diego Simeone"), or are that name."""
    return any(words == o or len(o) > len(words) and (o[:len(words)] == words or o[-len(words):] == words)
               for o in longer)


def plausible(name: str) -> bool:
    """No place, no listed non-person, no company or team word ("Holdings", "FC") in the name."""
    key = fold(name)
    return len(name) > 1 and key not in _places() and key not in _non_persons() \
        and not any(w in _org_words() for w in name.split())


def _place_given(name: str) -> bool:
    """Two Vietnamese syllables that name a place but can be a given name (`Xuân Trường`): the rules decide
    (persons._crf_given_place); a province or a country cannot."""
    words = name.split()
    key = fold(name)
    return len(words) == 2 and all(is_syllable(w) for w in words) and key in place_names() \
        and key not in provinces() and key not in countries() and key not in _non_persons()


def _given_pair(name: str) -> bool:
    """Two Vietnamese syllables with no family name first: a given name alone (`Quang Hải`, `Văn Toàn`)."""
    words = name.split()
    return len(words) == 2 and all(is_syllable(w) and not looks_foreign(w) for w in words) \
        and fold(words[0]) not in _surnames()


def crf_names(text: str, spans: list[tuple[int, int, float]]) -> list[str]:
    """The distinct plausible names of the tagged spans; a short form of a longer tagged name counts as that name."""
    names = list(dict.fromkeys(n for n in (text[a:b] for a, b, _ in spans) if plausible(n)))
    keys = [_words(n) for n in names]
    return [n for n, k in zip(names, keys, strict=True) if not _short_form(k, [o for o in keys if len(o) > len(k)])]


def foreign(name: str) -> bool:
    """A word of the name looks foreign or is no Vietnamese syllable (`Oblak`, `Kanye West`)."""
    return any(looks_foreign(w) or not is_syllable(w) for w in name.replace("-", " ").split())


def ordinary(name: str, foreign_only: bool = False) -> bool:
    """A name the rules cannot give: foreign (`Oblak`), or a given name alone (`Minh`, `Lan Anh`) unless
    `foreign_only`."""
    if foreign(name):
        return True
    words = name.replace("-", " ").split()
    return not foreign_only and len(words) <= 2 and fold(words[0]) not in _surnames()


def extra_names(text: str, spans: list[tuple[int, int, float]], rules: list[PersonFact],
                only_ordinary: bool = False) -> list[str]:
    """CRF names to add to the rules' persons: no overlap with a rule mention, no short form of a rule
    person (or of a longer added name); with `only_ordinary`, only names `ordinary` accepts."""
    taken = [(e.start, e.end) for p in rules for e in p.evidence]
    known = [_words(n) for p in rules for n in [p.name, *p.aliases]]
    free = [(a, b, c) for a, b, c in spans if not any(a < e and s < b for s, e in taken)]
    if only_ordinary:
        free = [s for s in free if ordinary(text[s[0]:s[1]])]
    return [n for n in crf_names(text, free) if not _short_form(_words(n), known)]


def enabled() -> bool:
    """The CRF is on unless the environment sets KG_PERSON_CRF=0 (worker processes inherit it)."""
    return os.environ.get("KG_PERSON_CRF", "") != "0"


@contextlib.contextmanager
def wiring(model: Path | None, threshold: float | None = None) -> Iterator[None]:
    """`extract` as shipped (find_persons adds the CRF's names through the rules' refusals) with this model at this
    threshold (the shipped one when None); with no model, the rules alone (KG_PERSON_CRF=0)."""
    global MODEL_PATH, EXTRA_CONFIDENCE
    saved = os.environ.get("KG_PERSON_CRF"), MODEL_PATH, EXTRA_CONFIDENCE
    os.environ["KG_PERSON_CRF"] = "1" if model else "0"
    MODEL_PATH, EXTRA_CONFIDENCE = model or saved[1], saved[2] if threshold is None else threshold
    try:
        yield
    finally:
        if saved[0] is None:
            os.environ.pop("KG_PERSON_CRF")
        else:
            os.environ["KG_PERSON_CRF"] = saved[0]
        MODEL_PATH, EXTRA_CONFIDENCE = saved[1], saved[2]


def extra_mentions(text: str, toks: list[Token], found: list[PersonMention],
                   min_confidence: float | None = None, model: Path | None = None,
                   foreign_only: bool = False, given_confidence: float | None = None) -> list[PersonMention]:
    """Mentions the CRF adds to the rules' ones in one sentence: names the rules cannot give (`ordinary`),
    overlapping none of `found`. A foreign name of two words or more is full; others are short
    references that the article's full names resolve (`Oblak` -> `Jan Oblak`). `given_confidence`, when
    lower, is the least confidence of a Vietnamese given name of two syllables alone (`Quang Hải`)."""
    if not any(t.text[:1].isupper() for t in toks):
        return []  # no capital, no name: the model is not run
    tagger = _tagger(str(model or MODEL_PATH))
    least = EXTRA_CONFIDENCE if min_confidence is None else min_confidence
    x = features(toks)
    out = []
    spans = _spans(toks, tagger.tag(x), tagger.marginals(x), tagger.labels())
    for a, b, conf in spans:
        name = text[a:b]
        floor = least if given_confidence is None or not _given_pair(name) else min(least, given_confidence)
        if conf < floor or any(a < m.end and m.start < b for m in found) \
                or not (plausible(name) or _place_given(name)) or not ordinary(name, foreign_only):
            continue
        i = next(k for k, t in enumerate(toks) if t.start == a)
        j = next(k for k, t in enumerate(toks) if t.end == b) + 1
        full = j - i >= 2 and any(looks_foreign(t.text) for t in toks[i:j])
        out.append(PersonMention(a, b, name, i, j, full, CUE))
    return out
