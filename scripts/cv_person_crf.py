"""Whole-set cross-validation of the gold-trained person CRF: does it add to the rules on unseen sets?

usage: python scripts/cv_person_crf.py [--corpus ../shared/corpus] [--folds 5] [--seed 20261127]
       [--threshold 0.5 0.6 0.7 0.8 0.9] [--blind /tmp/blind] [--work /tmp/person_crf_cv]
       [--c1 0.1] [--c2 0.01] [--iterations 150] [--silver N] [--fixed-model FILE] [--only-fold K]

The figures of kg/models/README.md: `RAYON_NUM_THREADS=1 python scripts/cv_person_crf.py --corpus
../shared/corpus --blind DIR --threshold 0.7 0.8 0.9`, DIR holding `kg extract --format jsonl` of
commit 75564e8 on tests/gold_blind19..22, gold_general14/15 and of 6783223 on gold_blind13..16,
gold_general12/13 (`git archive REV | tar -x -C /tmp/X`, then from /tmp `PYTHONPATH=/tmp/X python -m
kg.cli extract ...`). `--silver N` adds silver labels of N corpus articles per pool to every fold
(train_person_crf.silver); `--fixed-model` scores one given model in every fold (no training).

Recipe:
1. Sets: every gold set (`person_crf_gold.load_sets`; `dev` needs its texts in `--corpus`). Folds are
   whole sets: the political sets, shuffled with `random.Random(seed)`, are dealt to the folds in
   turn, then the general ones, continuing where the political ones stopped.
2. For each fold: a CRF is trained (train_person_crf.train, the same parameters) on the gold labels
   of the other folds' sets and scored on the fold's sets (person item of `kg.evaluation.metric.score`;
   holding and participation too for the wired system):
   - rules: `kg.extraction.extract` with KG_PERSON_CRF=0 (the rules are tuned on every set: an optimistic
     baseline);
   - crf@T: the CRF's names alone (confidence >= T, short forms merged);
   - wired@T: `extract` with the fold's model at T (the shipped wiring: `find_persons` adds
     `person_crf.extra_mentions` through the rules' refusals);
   - blind+crf@T, for sets with an output of code that had not seen them (`--blind DIR/<set>.jsonl`,
     `kg extract --format jsonl` of that code): their persons plus the CRF's ordinary names
     (given-name-only or foreign) at T that are no short form of one of them (name level); blind+crfF@T
     with only foreign ones.
3. Printed pooled over the political and over the general sets.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

from person_crf_gold import GoldSet, gold_labels, load_sets
from train_person_crf import gold_ids, pick, shrink, silver, train

from kg.evaluation.metric import score
from kg.extraction import extract, person_crf
from kg.extraction.article_context import masked_text
from kg.extraction.person_crf import _short_form, _words, crf_names, ordinary, plausible, tag_spans
from kg.model import ArticleFacts

SHARED = Path(__file__).resolve().parents[2] / "shared"  # its gold/dev ids never enter the silver draw
ITEMS = ("person", "holding", "participation")


def folds_of(sets: list[GoldSet], k: int, seed: int) -> list[list[GoldSet]]:
    rng = random.Random(seed)
    out: list[list[GoldSet]] = [[] for _ in range(k)]
    turn = 0
    for kind in ("political", "general"):
        group = sorted((s for s in sets if s.kind == kind), key=lambda s: s.name)
        rng.shuffle(group)
        for s in group:
            out[turn % k].append(s)
            turn += 1
    return out


def wired_extract(articles: list, model: Path | None, threshold: float = person_crf.EXTRA_CONFIDENCE
                  ) -> dict[str, ArticleFacts]:
    with person_crf.wiring(model, threshold):
        return {a.id: extract(a) for a in articles}


def records(facts: dict[str, ArticleFacts]) -> list[dict]:
    return [f.to_json() for f in facts.values()]


def name_records(names: dict[str, list[str]]) -> list[dict]:
    return [{"article": {"id": i}, "persons": [{"name": n} for n in ns]} for i, ns in names.items()]


def blind_union(text: str, spans: list[tuple[int, int, float]], rule_names: list[str], th: float,
                foreign_only: bool = False) -> list[str]:
    known = [_words(n) for n in rule_names]
    free = [s for s in spans if s[2] >= th and ordinary(text[s[0]:s[1]], foreign_only)]
    return rule_names + [n for n in crf_names(text, free) if plausible(n) and not _short_form(_words(n), known)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=20261127)
    parser.add_argument("--threshold", type=float, nargs="+", default=[0.5, 0.6, 0.7, 0.8, 0.9])
    parser.add_argument("--blind", type=Path, default=None)
    parser.add_argument("--work", type=Path, default=Path("/tmp/person_crf_cv"))
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--c1", type=float, default=0.1)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--min-count", type=int, default=1)
    parser.add_argument("--only-fold", type=int, default=None)
    parser.add_argument("--silver", type=int, default=0, metavar="N",
                        help="add the silver labels of N articles per corpus pool to every fold's training data")
    parser.add_argument("--silver-seed", type=int, default=20261126)
    parser.add_argument("--fixed-model", type=Path, default=None, help="score this model in every fold (no training)")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    sets = load_sets(args.corpus)
    folds = folds_of(sets, args.folds, args.seed)
    data = {}
    for s in sets:
        by_id = {g["article"]: g for g in s.golds}
        data[s.name] = [gold_labels(a, by_id[a.id]) for a in s.articles]
    sX: list = []
    sy: list = []
    if args.silver:
        for article in pick(args.corpus, args.silver, args.silver_seed, gold_ids(SHARED)):
            xs, ys, _ = silver(article, True)
            sX.extend(xs)
            sy.extend(ys)
        print(f"silver: {len(sX)} sentences", file=sys.stderr, flush=True)
    # system name -> kind -> (golds, records)
    pooled: dict[str, dict[str, tuple[list, list]]] = defaultdict(lambda: defaultdict(lambda: ([], [])))

    def add(system: str, s: GoldSet, recs: list[dict]) -> None:
        has_blind = args.blind and (args.blind / f"{s.name}.jsonl").is_file()
        for key in (s.kind, f"blindsets-{s.kind}") if has_blind else (s.kind,):
            pooled[system][key][0].extend(s.golds)
            pooled[system][key][1].extend(recs)

    for k, held in enumerate(folds):
        if args.only_fold is not None and k != args.only_fold:
            continue
        names = {s.name for s in held}
        print(f"fold {k}: {sorted(names)}", file=sys.stderr, flush=True)
        X = sX + [x for s in sets if s.name not in names for xs, _ in data[s.name] for x in xs]
        y = sy + [t for s in sets if s.name not in names for _, ys in data[s.name] for t in ys]
        if args.min_count > 1:
            from collections import Counter
            counts = Counter(a for sent in X for tok in sent for a in tok)
            X = shrink(X, {a for a, n in counts.items() if n >= args.min_count})
        path = args.fixed_model or args.work / f"fold{k}.bin"
        if not args.fixed_model:
            train(X, y, args).save(str(path))
        for s in held:
            rules = wired_extract(s.articles, None)
            add("rules", s, records(rules))
            spans = {a.id: tag_spans(masked_text(a), path) for a in s.articles}
            blind = None
            if args.blind and (args.blind / f"{s.name}.jsonl").is_file():
                lines = (args.blind / f"{s.name}.jsonl").read_text(encoding="utf-8").splitlines()
                blind = {r["article"]["id"]: [p["name"] for p in r["persons"]] for r in map(json.loads, lines)}
                add("blind", s, name_records(blind))
            for th in args.threshold:
                texts = {a.id: masked_text(a) for a in s.articles}
                add(f"crf@{th}", s, name_records(
                    {i: crf_names(texts[i], [x for x in spans[i] if x[2] >= th]) for i in texts}))
                add(f"wired@{th}", s, records(wired_extract(s.articles, path, th)))
                if blind is not None:
                    add(f"blind+crf@{th}", s, name_records(
                        {i: blind_union(texts[i], spans[i], blind.get(i, []), th) for i in texts}))
                    add(f"blind+crfF@{th}", s, name_records(
                        {i: blind_union(texts[i], spans[i], blind.get(i, []), th, True) for i in texts}))
    print(f"{'system':<16}{'pool':<18}" + "".join(f"{i[:5]:>21}" for i in ITEMS))
    for system in pooled:
        for key in sorted(pooled[system], key=lambda x: (len(x), x)):
            golds, recs = pooled[system][key]
            sc = score(golds, recs).scores
            cells = "".join(f"  {sc[i]['precision']:.3f} {sc[i]['recall']:.3f} {sc[i]['f1']:.3f}" for i in ITEMS)
            print(f"{system:<16}{key:<18}{cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
