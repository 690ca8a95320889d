"""Does the person CRF add value to the rules? Person P/R/F1 of four combinations on gold folders.

usage: python benchmarks/person_crf.py [GOLD_DIR ...] [--model kg/models/person_crf.bin] [--threshold 0.5 ...]

Systems, all scored by `kg.evaluation.metric.score` on the `person` item:
- rules: the persons of `kg.extraction.extract` with KG_PERSON_CRF=0;
- crf: the names `kg.extraction.person_crf` tags (confidence >= threshold) in the byline-masked text,
  a name whose words start or end a longer tagged name of the article counted as that name;
- union: rules plus every CRF name (confidence >= threshold) that overlaps no rule mention and is no
  short form of a rule person;
- ordinary: as union, but only CRF names the rules cannot give by construction: given-name-only
  (`Minh`, one or two syllables without a leading family name) and foreign names (`Oblak`, `Kanye West`);
- wired: `extract` as shipped with the given model and threshold (`find_persons` appends
  `person_crf.extra_mentions` through the rules' refusals), so that the article's own resolution maps `Oblak`
  to `Jan Oblak`.
Default folders: tests/gold (political) and tests/gold_general (general news). Timings are per article.
The shipped model is trained on every gold set (kg/models/README.md), so on those folders this is an
in-sample check; the honest measure is whole-set cross-validation: `scripts/cv_person_crf.py`.
`--speed N` also times `extract` with and without the wired CRF over N seeded articles of ../shared/corpus.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from kg.evaluation.metric import score
from kg.extraction import extract, person_crf
from kg.extraction.article_context import masked_text
from kg.extraction.person_crf import MODEL_PATH, crf_names, extra_names, tag_spans
from kg.model import Article, ArticleFacts
from kg.reading import iter_inputs

TESTS = Path(__file__).resolve().parents[1] / "tests"
DEFAULT = [TESTS / "gold", TESTS / "gold_general"]


def run(folder: Path, model: Path, thresholds: list[float]) -> None:
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]
    ids = {g["article"] for g in golds}
    articles = [a for a in iter_inputs([folder / "articles.jsonl"]) if isinstance(a, Article) and a.id in ids]
    extract(articles[0])  # lexicons and model loaded before timing
    tag_spans(articles[0].text, model)
    t0 = time.perf_counter()
    with person_crf.wiring(None):
        facts: dict[str, ArticleFacts] = {a.id: extract(a) for a in articles}
    t_rules = (time.perf_counter() - t0) / len(articles)
    t0 = time.perf_counter()
    spans = {a.id: tag_spans(masked_text(a), model) for a in articles}
    t_crf = (time.perf_counter() - t0) / len(articles)

    def scored(label: str, system: Callable[[Article], list[str]], per_article: float) -> None:
        records = [{"article": {"id": a.id}, "persons": [{"name": n} for n in system(a)]} for a in articles]
        s = score(golds, records).scores["person"]
        print(f"{folder.name:<14}{label:<18}{s['precision']:7.3f}{s['recall']:7.3f}{s['f1']:7.3f}"
              f"{s['tp']:6}{s['system']:6}{s['gold']:6}{per_article * 1000:10.1f}")

    scored("rules", lambda a: [p.name for p in facts[a.id].persons], t_rules)
    for th in thresholds:
        t0 = time.perf_counter()
        with person_crf.wiring(model, th):
            wired_facts = {a.id: extract(a) for a in articles}
        t_wired = (time.perf_counter() - t0) / len(articles)
        scored(f"wired@{th}", lambda a, w=wired_facts: [p.name for p in w[a.id].persons], t_wired)
        def crf(a: Article, th: float = th) -> list[str]:
            return crf_names(masked_text(a), [s for s in spans[a.id] if s[2] >= th])

        def union(a: Article, th: float = th, ordinary: bool = False) -> list[str]:
            rules = facts[a.id].persons
            extra = extra_names(masked_text(a), [s for s in spans[a.id] if s[2] >= th], rules, ordinary)
            return [p.name for p in rules] + extra

        scored(f"crf@{th}", crf, t_crf)
        scored(f"union@{th}", union, t_rules + t_crf)
        scored(f"ordinary@{th}", lambda a, th=th: union(a, th, True), t_rules + t_crf)


def speed(corpus: Path, n: int, model: Path, threshold: float) -> None:
    articles = [a for a in iter_inputs(sorted(corpus.glob("*.jsonl.gz"))) if isinstance(a, Article)]
    sample = random.Random(1).sample(articles, min(n, len(articles)))
    with person_crf.wiring(None):
        extract(sample[0])
    with person_crf.wiring(model, threshold):
        extract(sample[0])
    t0 = time.perf_counter()
    with person_crf.wiring(None):
        for a in sample:
            extract(a)
    rules = (time.perf_counter() - t0) / len(sample)
    t0 = time.perf_counter()
    with person_crf.wiring(model, threshold):
        for a in sample:
            extract(a)
    both = (time.perf_counter() - t0) / len(sample)
    print(f"speed on {len(sample)} corpus articles: rules {rules * 1000:.1f} ms/article, "
          f"rules + CRF {both * 1000:.1f} ms/article ({both / rules:.2f}x)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dirs", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--model", type=Path, default=MODEL_PATH)
    parser.add_argument("--threshold", type=float, nargs="+", default=[0.5, 0.8])
    parser.add_argument("--speed", type=int, default=0, metavar="N")
    parser.add_argument("--corpus", type=Path, default=TESTS.parents[1] / "shared" / "corpus")
    args = parser.parse_args()
    print(f"{'gold':<14}{'system':<18}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'sys':>6}{'gold':>6}{'ms/art':>10}")
    for folder in args.gold_dirs:
        if not (folder / "articles.jsonl").is_file():
            print(f"{folder}: skipped (no articles.jsonl)")
            continue
        run(folder, args.model, args.threshold)
    if args.speed and not args.corpus.is_dir():
        print(f"{args.corpus}: speed skipped (no corpus)")
    elif args.speed:
        speed(args.corpus, args.speed, args.model, args.threshold[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
