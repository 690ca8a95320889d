"""Train the opt-in person CRF (kg/extraction/person_crf.py) on the gold annotations, reproducibly.

usage: python scripts/train_person_crf.py [--corpus ../shared/corpus] [--out kg/models/person_crf.bin]
       [--per-pool 0] [--no-gold] [--c1 0.1] [--c2 0.01] [--iterations 150]

Recipe (deterministic for the same gold sets, corpus and seed):
1. Gold labels (`scripts/person_crf_gold.py`): every gold set of the repository (`tests/gold*`) and
   `../shared/gold/dev` (its texts read from `--corpus`; skipped when absent). Over the syllable
   tokens of each article's byline-masked text, every occurrence of a gold person's name as written
   is B-PER/I-PER, and so are its short forms: a foreign name's family name alone (`Messi`), a
   Vietnamese name's two-syllable given name (`Văn Toàn`) and its last syllable right after an
   honorific, rank or title (`ông Hải`); everything else is O.
2. Optional silver labels (`--per-pool N`, 0 by default: whole-set cross-validation found no gain,
   see kg/models/README.md): from each pool of the corpus (`*.jsonl.gz`, records in file order), drop
   every gold id, draw N articles with `random.Random(seed)`; every evidence span of a person that
   `kg.extraction.extract` finds is B-PER/I-PER; a kinship honorific before a capitalised Vietnamese
   given name (`chị Minh`), a foreign family name or two-syllable given name of a person the article
   names in full are too. `--no-gold --per-pool 1500 --c1 0.5 --iterations 80 --min-count 3` is the
   silver recipe of 2026-11-26. With `--drop-ambiguous`, sentences with an unlabelled foreign-looking
   word alone inside them are dropped.
3. Features: `kg.extraction.person_crf.features`; attributes seen fewer than `--min-count` times
   dropped; L-BFGS (OWL-QN) with `--c1`/`--c2` for `--iterations`; then trained again on only the
   attributes the L1 penalty kept (the model file stores every attribute it saw: this keeps it small).
4. `person_crf.json` beside the model records the parameters, the gold sets, a hash of the gold
   data trained on (`gold_sha256`: ids, texts, person lists), of the feature code and lexicons
   (`features_sha256`) and, with silver labels, of the rules that made them (`rules_sha256`).

Train on one core: `RAYON_NUM_THREADS=1 taskset -c 0 python scripts/train_person_crf.py`.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import random
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from person_crf_gold import gold_labels, load_sets

from kg.extraction import extract, lexicon
from kg.extraction.article_context import masked_text
from kg.extraction.person_crf import MODEL_PATH, _places, features, sentence_tokens
from kg.extraction.persons import capital_runs
from kg.model import Article
from kg.reading import iter_inputs
from kg.text.normalize import fold
from kg.text.segment import Token
from kg.text.syllables import is_syllable, looks_foreign

ROOT = Path(__file__).resolve().parents[1]
POOLS = ("dantri-2019-2021.jsonl.gz", "vims-2016.jsonl.gz", "vntc-chinh-tri-xa-hoi.jsonl.gz")
KIN = {"anh", "chị", "em", "bé", "cháu", "cụ"}


@contextlib.contextmanager
def rules_only() -> Iterator[None]:
    """Silver labels are the rules' names: the CRF that find_persons adds by default is switched off."""
    saved = os.environ.get("KG_PERSON_CRF")
    os.environ["KG_PERSON_CRF"] = "0"
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("KG_PERSON_CRF")
        else:
            os.environ["KG_PERSON_CRF"] = saved


def rules_digest() -> str:
    """Hash of the rule code and lexicons that made the silver labels (the labels change with them)."""
    digest = hashlib.sha256()
    for path in sorted([*ROOT.glob("kg/extraction/*.py"), *ROOT.glob("kg/lexicons/*"), *ROOT.glob("kg/text/*.py")]):
        if path.is_file() and path.name != "person_crf.py":
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def features_digest() -> str:
    """Hash of the feature code and the lexicons it reads (a model fits the features it was trained with)."""
    digest = hashlib.sha256()
    for path in sorted([ROOT / "kg/extraction/person_crf.py", *ROOT.glob("kg/lexicons/*")]):
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def gold_ids(shared: Path) -> set[str]:
    ids: set[str] = set()
    for path in sorted(ROOT.glob("tests/gold*/articles.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(json.loads(line)["id"])
    for path in sorted((shared / "gold" / "dev").glob("*.json")):
        ids.add(json.loads(path.read_text(encoding="utf-8"))["article"])
    return ids


def pick(corpus: Path, per_pool: int, seed: int, excluded: set[str]) -> list[Article]:
    rng = random.Random(seed)
    chosen: list[Article] = []
    for pool in POOLS:
        items = [a for a in iter_inputs([corpus / pool]) if isinstance(a, Article) and a.id not in excluded]
        chosen.extend(rng.sample(items, min(per_pool, len(items))))
    return chosen


def _cue_names(toks: list[Token], tags: list[str], text: str) -> None:
    """`chị Minh`, `em Lan Anh`: a kinship honorific before one or two capitalised Vietnamese syllables."""
    for i, j in capital_runs(toks, text):
        if i == 0 or toks[i - 1].text not in KIN or j - i > 2 or any(t != "O" for t in tags[i:j]):
            continue
        keys = [fold(t.text) for t in toks[i:j]]
        if " ".join(keys) in _places() or not all(is_syllable(t.text) for t in toks[i:j]) \
                or lexicon.roles().match(toks, i):
            continue
        tags[i:j] = ["B-PER"] + ["I-PER"] * (j - i - 1)


def short_forms(names: list[str]) -> set[tuple[str, ...]]:
    """Short forms of the article's full names that it may use alone: a foreign family name
    (`Ronaldo` of `Cristiano Ronaldo`) and a Vietnamese given name of two syllables (`Văn Toàn`)."""
    forms = set()
    for name in names:
        words = fold(name).replace("-", " ").split()
        if len(words) < 2:
            continue
        if any(looks_foreign(w) or not is_syllable(w) for w in name.split()):
            if len(words[-1]) > 2:
                forms.add((words[-1],))
        elif len(words) >= 3:
            forms.add(tuple(words[-2:]))
    return forms


def _propagate(toks: list[Token], tags: list[str], text: str, forms: set[tuple[str, ...]]) -> None:
    """A capitalised run that is exactly a short form of a person the article names is that person."""
    for i, j in capital_runs(toks, text):
        if all(t == "O" for t in tags[i:j]) and tuple(fold(t.text) for t in toks[i:j]) in forms:
            tags[i:j] = ["B-PER"] + ["I-PER"] * (j - i - 1)


def _ambiguous(toks: list[Token], tags: list[str], text: str) -> bool:
    """An unlabelled foreign-looking word alone inside the sentence ("thủ thành Oblak"): the rules
    do not name bare foreign surnames, so its O label is unreliable."""
    for i, j in capital_runs(toks, text):
        if j - i == 1 and i > 0 and tags[i] == "O" and looks_foreign(toks[i].text) and len(toks[i].text) > 2 \
                and fold(toks[i].text) not in _places():
            return True
    return False


def silver(article: Article, keep_ambiguous: bool) -> tuple[list[list[list[str]]], list[list[str]], int]:
    """Features and labels of the article's sentences, and how many sentences were dropped."""
    text = masked_text(article)
    with rules_only():
        persons = extract(article).persons
    spans = sorted({(e.start, e.end) for p in persons for e in p.evidence})
    forms = short_forms([p.name for p in persons])
    X, y, dropped = [], [], 0
    for toks in sentence_tokens(text):
        tags = ["O"] * len(toks)
        for a, b in spans:
            inside = [k for k, t in enumerate(toks) if t.start >= a and t.end <= b]
            for k in inside:
                tags[k] = "B-PER" if k == inside[0] else "I-PER"
        _cue_names(toks, tags, text)
        _propagate(toks, tags, text, forms)
        if not keep_ambiguous and _ambiguous(toks, tags, text):
            dropped += 1
            continue
        X.append([[sys.intern(a) for a in tok] for tok in features(toks)])  # shared strings: a tenth of the memory
        y.append(tags)
    return X, y, dropped


def active(path: Path, X: list[list[list[str]]]) -> set[str]:
    """Attributes with a weight: alone on one token, they move the label marginals off uniform."""
    from underthesea_core import CRFTagger

    tagger = CRFTagger()
    tagger.load(str(path))
    flat = tagger.marginals([[]])[0]
    vocab = sorted({a for sent in X for tok in sent for a in tok})
    return {a for a in vocab if max(abs(p - q) for p, q in zip(tagger.marginals([[a]])[0], flat, strict=True)) > 1e-9}


def shrink(X: list[list[list[str]]], keep: set[str]) -> list[list[list[str]]]:
    return [[[a for a in tok if a in keep] for tok in sent] for sent in X]


def train(X: list[list[list[str]]], y: list[list[str]], args: argparse.Namespace):  # noqa: ANN201 - CRFModel
    from underthesea_core import CRFTrainer

    trainer = CRFTrainer()
    trainer.set_l1_penalty(args.c1)
    trainer.set_l2_penalty(args.c2)
    trainer.set_max_iterations(args.iterations)
    with _quiet():  # the trainer prints every iteration
        return trainer.train(X, y)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    sys.stdout.flush()
    sys.stderr.flush()
    saved = [os.dup(1), os.dup(2)]
    with open(os.devnull, "w") as sink:
        os.dup2(sink.fileno(), 1)
        os.dup2(sink.fileno(), 2)
        try:
            yield
        finally:
            for fd, copy in enumerate(saved, 1):
                os.dup2(copy, fd)
                os.close(copy)


def gold_digest(sets: list) -> str:
    """Hash of the gold data trained on: every set's article ids, texts and person lists."""
    digest = hashlib.sha256()
    for s in sets:
        by_id = {g["article"]: g for g in s.golds}
        for a in s.articles:
            digest.update(json.dumps([s.name, a.id, a.text, sorted(by_id[a.id].get("persons", []))],
                                     ensure_ascii=False).encode())
    return digest.hexdigest()[:16]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--shared-gold", type=Path, default=ROOT.parent / "shared" / "gold" / "dev")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--no-gold", action="store_true", help="silver labels only (the recipe of 2026-11-26)")
    parser.add_argument("--per-pool", type=int, default=0, help="silver articles drawn per corpus pool")
    parser.add_argument("--seed", type=int, default=20261126)
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--c1", type=float, default=0.1)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--min-count", type=int, default=1)
    parser.add_argument("--drop-ambiguous", action="store_true")
    args = parser.parse_args()
    t0 = time.perf_counter()
    X: list[list[list[str]]] = []
    y: list[list[str]] = []
    recipe: dict = {k: str(v) if isinstance(v, Path) else v
                    for k, v in vars(args).items() if k not in ("corpus", "shared_gold", "out")}
    if not args.no_gold:
        sets = load_sets(args.corpus, args.shared_gold)
        for s in sets:
            by_id = {g["article"]: g for g in s.golds}
            for a in s.articles:
                xs, ys = gold_labels(a, by_id[a.id])
                X.extend([[sys.intern(f) for f in tok] for tok in sent] for sent in xs)
                y.extend(ys)
        recipe.update(gold_sets=[s.name for s in sets], gold_articles=sum(len(s.articles) for s in sets),
                      gold_sha256=gold_digest(sets), gold_names=sum(t == "B-PER" for tags in y for t in tags))
    dropped = 0
    if args.per_pool:
        articles = pick(args.corpus, args.per_pool, args.seed, gold_ids(args.shared_gold.parents[1]))
        before = len(y)
        for article in articles:
            xs, ys, d = silver(article, not args.drop_ambiguous)
            X.extend(xs)
            y.extend(ys)
            dropped += d
        recipe.update(rules_sha256=rules_digest(), silver_articles=len(articles),
                      silver_ids_sha256=hashlib.sha256("\n".join(a.id for a in articles).encode()).hexdigest()[:16],
                      silver_names=sum(t == "B-PER" for tags in y[before:] for t in tags), dropped=dropped)
    if args.min_count > 1:
        X = shrink(X, {a for a, n in Counter(a for s in X for t in s for a in t).items() if n >= args.min_count})
    print(f"{len(X)} sentences, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model = train(X, y, args)
    model.save(str(args.out))
    seen = model.num_attributes
    X = shrink(X, active(args.out, X))
    model = train(X, y, args)  # the same optimum over the attributes the L1 penalty kept: a small file
    model.save(str(args.out))
    recipe.update(features_sha256=features_digest(), sentences=len(X), attributes_seen=seen,
                  attributes=model.num_attributes, seconds=round(time.perf_counter() - t0))
    args.out.with_suffix(".json").write_text(json.dumps(recipe, indent=1, ensure_ascii=False) + "\n",
                                             encoding="utf-8")
    print(json.dumps(recipe, ensure_ascii=False), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
