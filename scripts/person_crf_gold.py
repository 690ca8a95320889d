"""Gold sets and gold-projected B-PER/I-PER labels for the person CRF (train_person_crf.py, cv_person_crf.py).

A gold set is a folder of hand-annotated articles (`tests/gold*`, `../shared/gold/dev`). Its kind is
`general` (general news, persons only: `tests/gold_general*`) or `political` (every other set).

Labels of an article (`gold_labels`): over the syllable tokens of its byline-masked text, every
occurrence of a gold person's name as written is B-PER/I-PER (a capitalised first token, the
longest name first, no token labelled twice); so are its short forms: the family name alone of a
foreign name given in full (`Messi` of `Lionel Messi`), the two-syllable given name of a Vietnamese
name of three syllables or more (`Văn Toàn`), and its last syllable right after an honorific, rank
or title (`ông Hải`). Everything else is O.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path

from kg.extraction.article_context import masked_text
from kg.extraction.person_crf import _cue_kinds, features, sentence_tokens
from kg.model import Article
from kg.reading import iter_inputs
from kg.text.normalize import fold
from kg.text.segment import Token, tokens
from kg.text.syllables import is_syllable, looks_foreign

ROOT = Path(__file__).resolve().parents[1]
_NOT_BEFORE = {"tp", "tp.", "thành phố"}  # "TP Hồ Chí Minh": a city, not the person


@dataclass
class GoldSet:
    name: str
    kind: str  # "political" | "general"
    articles: list[Article]
    golds: list[dict]


def _gold_files(folder: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def _dev_articles(corpus: Path, ids: set[str]) -> list[Article]:
    found: dict[str, Article] = {}
    for pool in sorted(corpus.glob("*.jsonl.gz")):
        with gzip.open(pool, "rt", encoding="utf-8") as f:
            lines = [line for line in f if line.strip() and json.loads(line).get("id") in ids]
        tmp = Path("/tmp") / f"person_crf_dev_{pool.stem}.jsonl"
        tmp.write_text("".join(lines), encoding="utf-8")
        found.update({a.id: a for a in iter_inputs([tmp]) if isinstance(a, Article) and a.id in ids})
        tmp.unlink()
    for path in sorted(corpus.glob("*.txt")):
        found.update({a.id: a for a in iter_inputs([path]) if isinstance(a, Article) and a.id in ids})
    return [found[i] for i in sorted(found)]


def load_sets(corpus: Path | None = None, shared_gold: Path | None = None) -> list[GoldSet]:
    """Every gold set of the repository, and `../shared/gold/dev` (texts from `corpus`) when both exist."""
    out = []
    for folder in sorted(ROOT.glob("tests/gold*")):
        if not (folder / "articles.jsonl").is_file():
            continue
        golds = _gold_files(folder)
        ids = {g["article"] for g in golds}
        articles = [a for a in iter_inputs([folder / "articles.jsonl"]) if isinstance(a, Article) and a.id in ids]
        kind = "general" if folder.name.startswith("gold_general") else "political"
        out.append(GoldSet(folder.name, kind, articles, golds))
    dev = shared_gold or ROOT.parent / "shared" / "gold" / "dev"
    if corpus and corpus.is_dir() and dev.is_dir():
        golds = _gold_files(dev)
        articles = _dev_articles(corpus, {g["article"] for g in golds})
        have = {a.id for a in articles}
        out.append(GoldSet("dev", "political", articles, [g for g in golds if g["article"] in have]))
    return out


def _foreign(name: str) -> bool:
    return any(looks_foreign(w) or not is_syllable(w) for w in name.replace("-", " ").split())


def forms(name: str) -> list[tuple[tuple[str, ...], bool]]:
    """(folded token keys, needs a cue before it) of the ways the article may write the person's name."""
    keys = tuple(fold(t.text) for t in tokens(name))
    out = [(keys, False)]
    words = name.replace("-", " ").split()
    if len(keys) >= 2 and _foreign(name):
        if len(keys[-1]) > 2:
            out.append((keys[-1:], False))
    elif len(keys) >= 3:
        out.append((keys[-2:], False))
        out.append((keys[-1:], True))
    elif len(keys) == 2 and len(words) == 2:
        out.append((keys[-1:], True))
    return out


def label(toks: list[Token], names: list[str]) -> list[str]:
    keys = [fold(t.text) for t in toks]
    cues = _cue_kinds(keys)
    tags = ["O"] * len(toks)
    wanted = sorted({f for n in names for f in forms(n)}, key=lambda f: (-len(f[0]), f))
    for form, needs_cue in wanted:
        n = len(form)
        for i in range(len(toks) - n + 1):
            if tuple(keys[i:i + n]) != form or not toks[i].text[:1].isupper() or any(t != "O" for t in tags[i:i + n]):
                continue
            if i and keys[i - 1] in _NOT_BEFORE:
                tags[i:i + n] = ["-"] * n  # inside a city's name: no shorter form either
            elif not needs_cue or cues[i]:
                tags[i:i + n] = ["B-PER"] + ["I-PER"] * (n - 1)
    return [t if t != "-" else "O" for t in tags]


def gold_labels(article: Article, gold: dict) -> tuple[list[list[list[str]]], list[list[str]]]:
    """Features and gold-projected labels of the article's sentences."""
    names = list(gold.get("persons", []))
    X, y = [], []
    for toks in sentence_tokens(masked_text(article)):
        X.append(features(toks))
        y.append(label(toks, names))
    return X, y
