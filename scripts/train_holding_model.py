"""Train the learned holding linker (kg/extraction/holding_model.py) on the political gold sets.

Recipe (deterministic: no sampling, Newton steps from zero weights, candidates in article order):
1. every article of the gold sets goes through `kg.extraction.extract` (`KG_HOLDING_MODEL=0`) with the model's
   recording hook: the candidate pairs of the current code (each post phrase with the nearest mention of every
   person named in its sentence or the one before or after), their features, and which of them the rules linked;
2. label of a candidate: the person (after the metric's `normalise`) holds a gold label with the candidate
   position's word set (EVALUATION.md) that no holding of the current rules already matches (a second alias of a
   matched holding counts as wrong, as the metric counts it); training rows are the candidates the rules did not
   link;
3. L2-regularised logistic regression (bias not penalised), Newton's method; features seen in fewer than
   `--min-count` training rows are dropped;
4. the model joins the rules: the best unlinked candidate of each post at or above the threshold adds its holding.
   L2 strength (`L2_GRID`) and threshold (`THRESHOLDS`) are chosen by cross-validation over 4 groups of whole sets
   (every 4th set in a group), maximising the pooled holding F1 of the additions joined to rule outputs BLIND to
   each held-out set (`--rules-dir`: `old_<set>.jsonl` from scripts/participation_blind_rules.py, the commit
   before the set was added; the current rules were tuned on every gold set);
5. `--write` trains on all sets with the chosen parameters and writes the weights and their record (sets, article
   and gold hashes, parameters, CV figures). `--cv` prints, per held-out set (leave-one-set-out), holding P/R/F1 of
   the blind rules and of rules + model with L2 and threshold chosen on the other sets only (step 4 over them),
   then the pooled figures; `--diagnose` counts the gold holdings the blind rules miss by what could recover them.

    python scripts/participation_blind_rules.py /tmp/blind_rules            # ~3 min, one core
    python scripts/train_holding_model.py --rules-dir /tmp/blind_rules --diagnose --cv
    python scripts/train_holding_model.py --rules-dir /tmp/blind_rules --write   # kg/models/holdings.json

The dev gold's texts are read from `--corpus` (default ../shared/corpus). numpy is used here only; the run-time
model is pure Python.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_participation_model as tpm  # noqa: E402

from kg.evaluation.metric import count, gold_items, prf  # noqa: E402
from kg.evaluation.normalise import normalise, word_set  # noqa: E402
from kg.extraction import holding_model as hm  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SETS = ["tests/gold", "dev"] + ["tests/gold_blind"] + [f"tests/gold_blind{n}" for n in range(2, 23)]
L2_GRID = (1.0, 3.0, 10.0, 30.0)
THRESHOLDS = tuple(round(0.2 + 0.05 * k, 2) for k in range(15))


# ---------------------------------------------------------------- data

def _holdings(rec: dict[str, Any]) -> set[tuple[str, frozenset[str]]]:
    return {(normalise(h["person"]), word_set(h["position"])) for h in rec.get("holdings", [])}


def load_set(name: str, rules_dir: Path | None) -> list[dict[str, Any]]:
    golds = tpm.gold_docs(name)
    old = tpm.rule_outputs(name, rules_dir)
    out = []
    for article, facts, seen in tpm.recorded(name, golds, hm.recording):
        gold = gold_items(golds[article.id])["holding"]
        current = _holdings(facts.to_json())
        open_gold = [g for g in gold if not any(p == g[0] and w in g[1] for p, w in current)]
        cands = []
        for c in seen[0]["candidates"] if seen else []:
            pn, ws = normalise(c.person), word_set(c.position)
            y = int(any(g[0] == pn and ws in g[1] for g in open_gold))
            rel = next((f for f in c.features if f.startswith("rel=") and "|" not in f), "rel=same")
            cands.append({"person": pn, "words": ws, "linked": c.linked, "y": y, "rel": rel,
                          "post": (c.sentence, c.post), "features": frozenset(c.features),
                          "sentence": seen[0]["sentences"][c.sentence], "position": c.position, "name": c.person})
        out.append({"id": article.id, "set": name, "gold": gold, "current": current,
                    "blind": _holdings(old.get(article.id, {})) if rules_dir is not None else current,
                    "persons": {normalise(p.name) for p in facts.persons},
                    "post_words": {word_set(x) for x in (seen[0]["post_labels"] if seen else [])},
                    "cands": cands})
    return out


def cached_sets(sets: list[str], cache: Path | None,
                load_one: Callable[[str], list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """The records of each set by `load_one`, or those pickled in `cache` (written on the first run)."""
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    data = {}
    for name in sets:
        data[name] = load_one(name)
        print(f"loaded {name}: {len(data[name])} articles", file=sys.stderr, flush=True)
    if cache:
        cache.write_bytes(pickle.dumps(data))
    return data


def load(sets: list[str], rules_dir: Path | None, cache: Path | None) -> dict[str, list[dict[str, Any]]]:
    os.environ[hm.ENV] = "0"
    return cached_sets(sets, cache, lambda name: load_set(name, rules_dir))


# ---------------------------------------------------------------- diagnosis

def diagnose(data: dict[str, list[dict[str, Any]]]) -> Counter[str]:
    """Each gold holding the blind rules miss, by the first thing that could recover it."""
    out: Counter[str] = Counter()
    for records in data.values():
        for r in records:
            for person, labels in r["gold"]:
                if any(p == person and w in labels for p, w in r["blind"]):
                    out["found by the blind rules"] += 1
                    continue
                out["missed by the blind rules"] += 1
                hits = [c for c in r["cands"] if c["person"] == person and c["words"] in labels]
                if any(p == person and w in labels for p, w in r["current"]):
                    out["  found by the current rules"] += 1
                elif any(c["rel"] == "rel=same" for c in hits):
                    out["  unlinked post, person in the same sentence"] += 1
                elif hits:
                    out["  unlinked post, person in a neighbouring sentence"] += 1
                elif person not in r["persons"]:
                    out["  person not found"] += 1
                elif any(w in labels for w in r["post_words"]):
                    out["  post phrase found, person further away"] += 1
                else:
                    out["  no post phrase with the gold words"] += 1
    return out


# ---------------------------------------------------------------- learning

def _rows(records: list[dict[str, Any]]) -> tuple[list[frozenset[str]], list[int]]:
    rows, labels = [], []
    for r in records:
        for c in r["cands"]:
            if not c["linked"]:
                rows.append(c["features"])
                labels.append(c["y"])
    return rows, labels


def fit(records: list[dict[str, Any]], l2: float, min_count: int) -> tuple[dict[str, float], float]:
    rows, labels = _rows(records)
    return tpm.fit(rows, labels, l2, min_count, iterations=40, tolerance=1e-6)


def scored(records: list[dict[str, Any]], weights: dict[str, float], bias: float) -> list[list[float]]:
    return [[0.0 if c["linked"] else hm.probability(c["features"], weights, bias) for c in r["cands"]]
            for r in records]


def additions(r: dict[str, Any], scores: list[float], threshold: float) -> set[tuple[str, frozenset[str]]]:
    best: dict[tuple[int, int], tuple[float, dict[str, Any]]] = {}
    for c, p in zip(r["cands"], scores, strict=True):
        if not c["linked"] and p >= threshold and (c["post"] not in best or p > best[c["post"]][0]):
            best[c["post"]] = (p, c)
    return {(c["person"], c["words"]) for _, c in best.values()}


def tally(records: list[dict[str, Any]], scores: list[list[float]] | None, threshold: float) -> tuple[int, int, int]:
    tp = ns = ng = 0
    for k, r in enumerate(records):
        system = set(r["blind"])
        if scores is not None:
            system |= additions(r, scores[k], threshold)
        a, b, c = count("holding", r["gold"], system)
        tp, ns, ng = tp + a, ns + b, ng + c
    return tp, ns, ng


def _f1(t: tuple[int, int, int]) -> float:
    return prf(*t)["f1"]


def choose(data: dict[str, list[dict[str, Any]]], sets: list[str], min_count: int,
           folds: int = 4) -> tuple[float, float, float]:
    """(L2, threshold, pooled F1) by cross-validation over whole sets (`folds` groups of `sets`, every k-th set in
    a group): out-of-group scores for every set, pooled."""
    best = (L2_GRID[0], 1.0, -1.0)
    groups = [sets[k::folds] for k in range(folds)]
    for l2 in L2_GRID:
        held = {}
        for group in groups:
            weights, bias = fit([r for s in sets if s not in group for r in data[s]], l2, min_count)
            for name in group:
                held[name] = scored(data[name], weights, bias)
        for t in THRESHOLDS:
            totals = [tally(data[s], held[s], t) for s in sets]
            f = _f1(tuple(map(sum, zip(*totals, strict=True))))
            if f > best[2]:
                best = (l2, t, f)
    return best


def cross_validate(data: dict[str, list[dict[str, Any]]], sets: list[str], min_count: int,
                   fixed: tuple[float, float] | None) -> None:
    """Leave-one-set-out; L2 and threshold chosen on the other sets (or `fixed`)."""
    pooled_rules, pooled_model = [0, 0, 0], [0, 0, 0]
    print(f"{'held-out set':22} {'rules P/R/F1':>20} {'rules+model P/R/F1':>22}  l2  thr  added right")
    for name in sets:
        train = [s for s in sets if s != name]
        l2, t = fixed if fixed else choose(data, train, min_count)[:2]
        weights, bias = fit([r for s in train for r in data[s]], l2, min_count)
        scores = scored(data[name], weights, bias)
        rules, model = tally(data[name], None, t), tally(data[name], scores, t)
        pooled_rules = [a + b for a, b in zip(pooled_rules, rules, strict=True)]
        pooled_model = [a + b for a, b in zip(pooled_model, model, strict=True)]
        added = model[1] - rules[1]
        right = model[0] - rules[0]
        pr, pm_ = prf(*rules), prf(*model)
        print(f"{name:22} {pr['precision']:.3f}/{pr['recall']:.3f}/{pr['f1']:.3f} "
              f"{pm_['precision']:>9.3f}/{pm_['recall']:.3f}/{pm_['f1']:.3f}  {l2:4g} {t:.2f} {added:5d} {right:5d}",
              flush=True)
    pr, pm_ = prf(*pooled_rules), prf(*pooled_model)
    print(f"{'POOLED':22} {pr['precision']:.3f}/{pr['recall']:.3f}/{pr['f1']:.3f} "
          f"{pm_['precision']:>9.3f}/{pm_['recall']:.3f}/{pm_['f1']:.3f}")


def _digest(data: dict[str, list[dict[str, Any]]]) -> str:
    ids = sorted(r["id"] for records in data.values() for r in records)
    return hashlib.sha256("\n".join(ids).encode()).hexdigest()[:16]


def _gold_digest(sets: list[str]) -> str:
    digest = hashlib.sha256()
    for name in sets:
        for path in sorted(tpm._set_paths(name)[0].glob("*.json")):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def write(data: dict[str, list[dict[str, Any]]], sets: list[str], min_count: int, rules_dir: Path | None,
          path: Path) -> None:
    l2, t, f = choose(data, sets, min_count)
    weights, bias = fit([r for s in sets for r in data[s]], l2, min_count)
    rows, labels = _rows([r for s in sets for r in data[s]])
    rules_f1 = _f1(tuple(map(sum, zip(*[tally(data[s], None, t) for s in sets], strict=True))))
    model = {"recipe": hm.RECIPE_VERSION, "trained_on": sets, "articles": sum(len(data[s]) for s in sets),
             "articles_sha256": _digest(data), "gold_sha256": _gold_digest(sets), "candidates": len(rows),
             "positives": int(sum(labels)),
             "rules": "blind rule outputs (--rules-dir, scripts/participation_blind_rules.py)" if rules_dir
             else "current rules",
             "l2": l2, "min_count": min_count, "threshold": t,
             "cv": {"folds": "4 groups of whole sets", "pooled_holding_f1_rules": rules_f1,
                    "pooled_holding_f1_rules_plus_model": f},
             "bias": bias, "weights": dict(sorted(weights.items()))}
    path.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path}: l2 {l2}, threshold {t}, CV pooled holding F1 {f:.4f} (rules {rules_f1:.4f}), "
          f"{len(weights)} weights")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", default=SETS)
    ap.add_argument("--rules-dir", type=Path, help="old_<set>.jsonl rule outputs blind to each set")
    ap.add_argument("--corpus", type=Path, default=tpm.SHARED / "corpus", help="texts of the dev gold")
    ap.add_argument("--cache", type=Path, help="pickle of the loaded candidates (reused when present)")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--diagnose", action="store_true")
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--fixed", nargs=2, type=float, metavar=("L2", "THRESHOLD"),
                    help="--cv with these parameters instead of choosing them inside each training fold")
    ap.add_argument("--write", action="store_true", help=f"train on all sets, write {hm.MODEL_PATH}")
    ap.add_argument("--out", type=Path, default=hm.MODEL_PATH)
    args = ap.parse_args(argv)
    tpm.SHARED = args.corpus.parent
    data = load(args.sets, args.rules_dir, args.cache)
    sets = [s for s in args.sets if s in data]
    if args.diagnose:
        for k, v in diagnose(data).items():
            print(f"{k:55} {v}")
    if args.cv:
        cross_validate(data, sets, args.min_count, tuple(args.fixed) if args.fixed else None)
    if args.write:
        write(data, sets, args.min_count, args.rules_dir, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
