"""Train the learned post extent (kg/extraction/post_extent_model.py) on the political gold sets; whole-set CV.

Recipe (deterministic: full-batch Adam from zero weights, a fixed number of steps, rows in article order):
1. the articles of the gold sets are read as scripts/diagnose_post_labels.py reads them (its `load`, current code,
   every model off): each sentence's tokens, post phrases, persons and the rule links;
2. for every post phrase the rules link to a person and every longer end `post_extent_model.ends` allows, the
   extended post is labelled as the pipeline labels it (`holding_model.post_label`); the row is positive when the
   extended label's word set is a gold label of the person and the rule's label is not; rows where both are gold
   labels are left out;
3. L2-regularised logistic regression over `post_extent_model.features` (features in at least `--min-count` rows);
4. the model joins the rules: per linked post, the best end at or above the threshold replaces the person's
   holding with the rule's label by the extended one. L2 (`L2_GRID`) and threshold (`THRESHOLDS`) are chosen by
   cross-validation over 4 groups of whole sets, maximising pooled holding F1 of the changes joined to rule outputs
   BLIND to each held-out set (`--rules-dir`: scripts/participation_blind_rules.py);
5. `--cv`: leave-one-set-out, parameters chosen on the other sets; `--write` trains on all sets.

    python scripts/participation_blind_rules.py /tmp/blind_rules            # ~3 min, one core
    python scripts/train_post_extent_model.py --rules-dir /tmp/blind_rules --cache /tmp/post_labels.pkl --cv
    python scripts/train_post_extent_model.py --rules-dir /tmp/blind_rules --cache /tmp/post_labels.pkl --write
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import diagnose_post_labels as dpl  # noqa: E402
import train_participation_model as tpm  # noqa: E402

from kg.evaluation.metric import count, prf  # noqa: E402
from kg.evaluation.normalise import word_set  # noqa: E402
from kg.extraction import holding_model as hm  # noqa: E402
from kg.extraction import post_extent_model as pem  # noqa: E402
from kg.extraction.mentions import PostMention  # noqa: E402
from kg.text.segment import Token  # noqa: E402

L2_GRID = (1.0, 3.0, 10.0)
THRESHOLDS = tuple(round(0.3 + 0.05 * k, 2) for k in range(14))
STEPS = 300


# ---------------------------------------------------------------- rows

def _mention(p: dict[str, Any], body: str, toks: list[Token], end: int) -> PostMention:
    return PostMention(p["start"], toks[end - 1].end, p["text"], p["role"], body, p["tok_start"], end,
                       p.get("standalone", False), p["former"], p.get("acting", False), p.get("term", ""),
                       p.get("terms_plural", False))


def decisions(r: dict[str, Any]) -> list[dict[str, Any]]:
    """Every linked post of an article with its possible ends: rows (features, label) and the word sets."""
    golds: dict[str, set[frozenset[str]]] = {}
    for person, aliases in r["gold"]:
        golds.setdefault(person, set()).update(frozenset(a.split()) for a in aliases)
    out = []
    for si, pairs in enumerate(r["linked"]):
        toks = [Token(*t) for t in r["tokens"][si]]
        posts = r["posts"][si]
        blocked = {k for a, b in r["person_tokens"][si] for k in range(a, b)} | \
            {k for p in posts for k in range(p["tok_start"], p["tok_end"])}
        text_at = r["spans"][si][0]
        sentence = r["sentences"][si]
        for qi in sorted({q for _, q in pairs}):
            p = posts[qi]
            if p["former"] or not p["label"]:
                continue
            persons = sorted({r["sentence_persons"][si][pi] for pi, q in pairs if q == qi} - {""})
            old = word_set(p["label"])
            options = []
            for e in pem.ends(toks, p["tok_end"], blocked):
                added = sentence[p["end"] - text_at:toks[e - 1].end - text_at].strip()
                labelled = hm.post_label(_mention(p, f"{p['body']} {added}".strip(), toks, e), "x",
                                         r["jurisdictions"][si])
                if not labelled:
                    continue
                new = word_set(labelled[0])
                ys = []
                for person in persons:
                    g = golds.get(person, set())
                    ys.append(None if old in g and new in g else int(new in g and old not in g))
                feats = frozenset(pem.features(toks, p["role"], bool(p["body"]), p["tok_end"], e))
                options.append({"end": e, "new": new, "features": feats, "ys": ys})
            if options:
                out.append({"persons": persons, "old": old, "options": options})
    return out


def prepare(data: dict[str, list[dict[str, Any]]]) -> None:
    for records in data.values():
        for r in records:
            r["decisions"] = decisions(r)
            r["gold_items"] = {(p, frozenset(frozenset(a.split()) for a in aliases)) for p, aliases in r["gold"]}
            r["blind_items"] = {(h["person"], frozenset(h["label"].split())) for h in r["blind"]}


def _rows(records: list[dict[str, Any]]) -> tuple[list[frozenset[str]], list[int]]:
    rows, labels = [], []
    for r in records:
        for d in r["decisions"]:
            for o in d["options"]:
                for y in o["ys"]:
                    if y is not None:
                        rows.append(o["features"])
                        labels.append(y)
    return rows, labels


def fit(records: list[dict[str, Any]], l2: float, min_count: int) -> tuple[dict[str, float], float]:
    """L2-regularised logistic regression by full-batch Adam (deterministic)."""
    rows, labels = _rows(records)
    counts: Counter[str] = Counter(f for feats in rows for f in feats)
    names = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: j for j, f in enumerate(names)}
    x = np.zeros((len(rows), len(index) + 1), dtype=np.float32)
    x[:, -1] = 1.0
    for i, feats in enumerate(rows):
        for f in feats:
            j = index.get(f)
            if j is not None:
                x[i, j] = 1.0
    y = np.array(labels, dtype=np.float32)
    w = np.zeros(x.shape[1], dtype=np.float64)
    reg = np.full(x.shape[1], l2)
    reg[-1] = 0.0
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    lr, b1, b2 = 0.1, 0.9, 0.999
    xt = np.ascontiguousarray(x.T)
    for t in range(1, STEPS + 1):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w.astype(np.float32), -30, 30)))
        grad = (xt @ (p - y)).astype(np.float64) + reg * w
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        w -= lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + 1e-8)
    weights = {f: round(float(w[j]), 6) for f, j in index.items() if abs(w[j]) >= 1e-4}
    return weights, round(float(w[-1]), 6)


# ---------------------------------------------------------------- joining to rule outputs

def changed(r: dict[str, Any], weights: dict[str, float], bias: float, threshold: float,
            base: set[tuple[str, frozenset[str]]]) -> set[tuple[str, frozenset[str]]]:
    system = set(base)
    for d in r["decisions"]:
        best = None
        for o in d["options"]:
            p = pem.probability(o["features"], weights, bias)
            if p >= threshold and (best is None or p > best[0]):
                best = (p, o)
        if best is None:
            continue
        for person in d["persons"]:
            system.discard((person, d["old"]))
            system.add((person, best[1]["new"]))
    return system


def tally(records: list[dict[str, Any]], model: tuple[dict[str, float], float] | None, threshold: float,
          view: str = "blind") -> tuple[int, int, int]:
    tp = ns = ng = 0
    for r in records:
        base = r["blind_items"] if view == "blind" else {(h["person"], frozenset(h["label"].split()))
                                                          for h in r["current"]}
        system = changed(r, model[0], model[1], threshold, base) if model else base
        a, b, c = count("holding", r["gold_items"], system)
        tp, ns, ng = tp + a, ns + b, ng + c
    return tp, ns, ng


def _pool(ts: list[tuple[int, int, int]]) -> tuple[int, int, int]:
    return tuple(map(sum, zip(*ts, strict=True)))  # type: ignore[return-value]


def choose(data: dict[str, list[dict[str, Any]]], sets: list[str], min_count: int,
           folds: int = 4) -> tuple[float, float, float]:
    best = (L2_GRID[0], 1.0, -1.0)
    groups = [sets[k::folds] for k in range(folds)]
    for l2 in L2_GRID:
        models = {}
        for group in groups:
            m = fit([r for s in sets if s not in group for r in data[s]], l2, min_count)
            for name in group:
                models[name] = m
        for t in THRESHOLDS:
            f = prf(*_pool([tally(data[s], models[s], t) for s in sets]))["f1"]
            if f > best[2]:
                best = (l2, t, f)
    return best


def cross_validate(data: dict[str, list[dict[str, Any]]], sets: list[str], min_count: int,
                   fixed: tuple[float, float] | None) -> None:
    pooled_rules: list[tuple[int, int, int]] = []
    pooled_model: list[tuple[int, int, int]] = []
    print(f"{'held-out set':22} {'rules P/R/F1':>17} {'rules+model P/R/F1':>20}  l2  thr  changed right")
    for name in sets:
        train = [s for s in sets if s != name]
        l2, t = fixed if fixed else choose(data, train, min_count)[:2]
        model = fit([r for s in train for r in data[s]], l2, min_count)
        rules, joined = tally(data[name], None, t), tally(data[name], model, t)
        pooled_rules.append(rules)
        pooled_model.append(joined)
        n_changed = sum(len(changed(r, *model, t, r["blind_items"]) - r["blind_items"]) for r in data[name])
        pr, pm_ = prf(*rules), prf(*joined)
        print(f"{name:22} {pr['precision']:.3f}/{pr['recall']:.3f}/{pr['f1']:.3f} "
              f"{pm_['precision']:>8.3f}/{pm_['recall']:.3f}/{pm_['f1']:.3f}  {l2:4g} {t:.2f} {n_changed:5d} "
              f"{joined[0] - rules[0]:+5d}", flush=True)
    pr, pm_ = prf(*_pool(pooled_rules)), prf(*_pool(pooled_model))
    print(f"{'POOLED':22} {pr['precision']:.3f}/{pr['recall']:.3f}/{pr['f1']:.3f} "
          f"{pm_['precision']:>8.3f}/{pm_['recall']:.3f}/{pm_['f1']:.3f}")


def write(data: dict[str, list[dict[str, Any]]], sets: list[str], min_count: int, path: Path) -> None:
    l2, t, f = choose(data, sets, min_count)
    weights, bias = fit([r for s in sets for r in data[s]], l2, min_count)
    rows, labels = _rows([r for s in sets for r in data[s]])
    rules_f1 = prf(*_pool([tally(data[s], None, t) for s in sets]))["f1"]
    ids = sorted(r["id"] for s in sets for r in data[s])
    model = {"recipe": pem.RECIPE_VERSION, "trained_on": sets, "articles": len(ids),
             "articles_sha256": hashlib.sha256("\n".join(ids).encode()).hexdigest()[:16],
             "rows": len(rows), "positives": int(sum(labels)), "l2": l2, "min_count": min_count, "threshold": t,
             "cv": {"folds": "4 groups of whole sets", "pooled_holding_f1_blind_rules": rules_f1,
                    "pooled_holding_f1_blind_rules_plus_model": f},
             "bias": bias, "weights": dict(sorted(weights.items()))}
    path.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path}: l2 {l2}, threshold {t}, CV pooled holding F1 {f:.4f} (rules {rules_f1:.4f})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", default=dpl.SETS)
    ap.add_argument("--rules-dir", type=Path, required=True)
    ap.add_argument("--corpus", type=Path, default=tpm.SHARED / "corpus", help="texts of the dev gold")
    ap.add_argument("--cache", type=Path, help="pickle of scripts/diagnose_post_labels.py's loading")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--stats", action="store_true", help="rows, positives, and the ceiling of the changes")
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--fixed", nargs=2, type=float, metavar=("L2", "THRESHOLD"))
    ap.add_argument("--write", action="store_true", help=f"train on all sets, write {pem.MODEL_PATH}")
    ap.add_argument("--out", type=Path, default=pem.MODEL_PATH)
    args = ap.parse_args(argv)
    tpm.SHARED = args.corpus.parent
    data = dpl.load(args.sets, args.rules_dir, args.cache)
    sets = [s for s in args.sets if s in data]
    prepare(data)
    if args.stats:
        rows, labels = _rows([r for s in sets for r in data[s]])
        print(f"rows {len(rows)}, positives {sum(labels)}, linked posts "
              f"{sum(len(r['decisions']) for s in sets for r in data[s])}")
    if args.cv:
        cross_validate(data, sets, args.min_count, tuple(args.fixed) if args.fixed else None)
    if args.write:
        write(data, sets, args.min_count, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
