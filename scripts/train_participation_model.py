"""Train the opt-in participation model (kg/extraction/participation_model.py) on the gold sets.

Recipe (deterministic: no sampling, Newton steps from zero weights, ties broken by order):
1. every article of the given gold sets goes through `kg.extraction.extract` with the model's recording hook:
   the sentences, canonical names and rule events it reads at run time (the current code's persons and dates);
2. the rules' participations are read from the current code's events, or, with `--rules-dir`, from JSON Lines
   that another commit's `kg extract` printed (`<dir>/old_<set name>.jsonl`; the honest protocol uses e3a6343);
3. candidates and features: `participation_model.candidates`; label: (person, key) is a gold participation
   (chairs included), names compared after the metric's `normalise`;
4. L2-regularised logistic regression (bias not penalised), Newton's method to convergence; features seen in
   fewer than `--min-count` training pairs are dropped;
5. the L2 strength, the threshold, the way the model joins the rules (`replace`: rule chairs plus the pairs above
   the threshold; `hybrid`: the rules' pairs, plus the model's above the threshold, minus rule attendees it scores
   below `keep`) and the gate are chosen by leave-one-set-out cross-validation over the training sets (pooled
   micro F1 of participation), never on a test set; the rules they are joined with should be blind to the held-out
   set (`--rules-dir` from scripts/participation_blind_rules.py): the current rules were tuned on every gold set.
   Per held-out set the script prints the rules and each variant, with parameters chosen on the pooled CV and on
   the other sets only.

    python scripts/participation_blind_rules.py /tmp/blind_rules          # rule outputs blind to each set
    python scripts/train_participation_model.py --rules-dir /tmp/blind_rules   # train on all sets, write the model
    python scripts/train_participation_model.py --protocol --rules-dir /tmp/pm   # the honest protocol (report only)

numpy (installed with the project's dependencies through shapely) is used here only; the run-time model is
pure Python.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import pickle
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from kg.evaluation.normalise import normalise
from kg.extraction import participation_model as pm
from kg.extraction.logistic import Recorder
from kg.extraction.pipeline import extract
from kg.model import Article, ArticleFacts
from kg.reading import iter_inputs

ROOT = Path(__file__).resolve().parents[1]
BLIND_RULES = "--rules-dir (scripts/participation_blind_rules.py)"
SHARED = ROOT.parent / "shared"
TRAIN = ["tests/gold", "tests/gold_blind", "tests/gold_blind2", "tests/gold_blind3", "tests/gold_blind4",
         "tests/gold_blind5", "tests/gold_blind6", "dev"]
TEST = ["tests/gold_blind7", "tests/gold_blind8", "tests/gold_blind9", "tests/gold_blind10", "tests/gold_blind11"]
# sets added after the honest protocol: trained on, never in its test
LATER = [f"tests/gold_blind{n}" for n in range(12, 41)]
# the most recent fresh draws: their blind rule outputs are of code closest to today's (reported apart)
RECENT = [f"tests/gold_blind{n}" for n in range(29, 41)]
L2_GRID = (1.0, 3.0, 10.0, 30.0)
THRESHOLDS = tuple(round(0.2 + 0.05 * k, 2) for k in range(16))
MODES = ("add", "replace")
UNSCORED = -1.0  # score of a pair whose person is not acting (`Candidate.acting`): neither added nor removed
GUARD = pm.GUARDED.split("+")  # mode `guarded`: the parts of the guard (`participation_model.guarded_pair`; --guard)
KEEPS = (0.0, 0.02, 0.05, 0.1, 0.15, 0.2)  # mode `hybrid`: the lower score a rule attendee needs to stay


# ---------------------------------------------------------------- data

def _set_paths(name: str) -> tuple[Path, list[Path]]:
    """Gold folder and article inputs of a set ('dev' is ../shared/gold/dev, its texts in ../shared/corpus)."""
    if name == "dev":
        return SHARED / "gold" / "dev", [SHARED / "corpus"]
    folder = Path(name) if Path(name).is_absolute() else ROOT / name
    return folder, [folder / "articles.jsonl"]


def _articles(name: str, gold_ids: set[str]) -> Iterable[Article]:
    _, inputs = _set_paths(name)
    if name != "dev":
        yield from (a for a in iter_inputs(inputs) if isinstance(a, Article) and a.id in gold_ids)
        return
    corpus = inputs[0]
    for path in sorted(corpus.glob("*.txt")):
        if path.stem in gold_ids:
            yield from (a for a in iter_inputs([path]) if isinstance(a, Article))
    lines = []
    for pool in sorted(corpus.glob("*.jsonl.gz")):
        for line in gzip.open(pool, "rt", encoding="utf-8"):
            if json.loads(line)["id"] in gold_ids:
                lines.append(line)
    tmp = Path("/tmp") / f"participation_dev_{hashlib.sha256(''.join(lines).encode()).hexdigest()[:8]}.jsonl"
    tmp.write_text("".join(lines), encoding="utf-8")
    yield from (a for a in iter_inputs([tmp]) if isinstance(a, Article))


def _gold_pairs(doc: dict[str, Any]) -> set[tuple[str, str]]:
    out = set()
    for e in doc.get("events", []):
        for p in e.get("chairs", []) + e.get("attendees", []):
            out.add((normalise(p), e.get("key") or "?"))
    return out


def _rule_pairs(record: dict[str, Any]) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for e in record.get("events", []):
        k = (e.get("date") or "?")[:10]
        for p in e.get("attendees", []) or []:
            out.setdefault((pm.name_key(p), k), "attend")
        for p in e.get("chairs", []) or []:
            out[(pm.name_key(p), k)] = "chair"
    return out


def gold_docs(name: str) -> dict[str, dict[str, Any]]:
    """The gold files of a set by article id."""
    folder, _ = _set_paths(name)
    docs = (json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json")))
    return {doc["article"]: doc for doc in docs}


def rule_outputs(name: str, rules_dir: Path | None) -> dict[str, dict[str, Any]]:
    """Another commit's `kg extract` records of a set by article id (`<rules_dir>/old_<set>.jsonl`); none without a
    folder."""
    if rules_dir is None:
        return {}
    stem = "dev" if name == "dev" else Path(name).name
    lines = (rules_dir / f"old_{stem}.jsonl").read_text(encoding="utf-8").splitlines()
    return {rec["article"]["id"]: rec for rec in map(json.loads, filter(str.strip, lines))}


def recorded(name: str, golds: dict[str, dict[str, Any]],
             recording: Recorder) -> Iterator[tuple[Article, ArticleFacts, list[dict[str, Any]]]]:
    """Each article of the set that has a gold file, extracted under a model's recording hook: the article, its facts
    and what the hook recorded."""
    for article in _articles(name, set(golds)):
        seen: list[dict[str, Any]] = []
        with recording(seen.append):
            facts = extract(article)
        yield article, facts, seen


def load_set(name: str) -> list[dict[str, Any]]:
    """One record per article of the set: its captured inputs, the current rules' pairs, gold pairs."""
    golds = gold_docs(name)
    out = []
    for article, _facts, seen in recorded(name, golds, pm.recording):
        cap = seen[0]
        out.append({"id": article.id, "set": name, "infos": cap["infos"], "canonical": cap["canonical"],
                    "title": cap["title"], "published": cap["published"], "rules": pm.rule_pairs_of(cap["events"]),
                    "refused": {(normalise(x.name), x.key or "?", x.reason) for x in cap.get("refused", [])},
                    "gold": _gold_pairs(golds[article.id])})
    return out


def use_rules(records: list[dict[str, Any]], rules_dir: Path | None) -> None:
    """Replace the current rules' pairs of each record by another commit's (`--rules-dir`), if given."""
    if rules_dir is None:
        return
    old = {name: rule_outputs(name, rules_dir) for name in {r["set"] for r in records}}
    for r in records:
        r["rules"] = _rule_pairs(old[r["set"]].get(r["id"], {}))


def featurise(records: list[dict[str, Any]]) -> None:
    for r in records:
        r["gate"] = bool(r["rules"]) or pm.reports_event(r["infos"], r["title"], [])
        r["cands"] = [(c.person, c.key, frozenset(c.features), c.acting)
                      for c in pm.candidates(r["infos"], r["canonical"], r["title"], r["rules"], r["published"])]


# ---------------------------------------------------------------- learning

def _matrix(rows: list[frozenset[str]], index: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(rows), len(index) + 1))
    x[:, -1] = 1.0  # bias
    for i, feats in enumerate(rows):
        for f in feats:
            j = index.get(f)
            if j is not None:
                x[i, j] = 1.0
    return x


def fit(rows: list[frozenset[str]], labels: list[int], l2: float, min_count: int = 2, iterations: int = 50,
        tolerance: float = 1e-7) -> tuple[dict[str, float], float]:
    """L2-regularised logistic regression (bias not penalised) by Newton's method from zero weights; features seen in
    fewer than `min_count` rows are dropped. Also the holding linker's trainer (scripts/train_holding_model.py)."""
    counts: dict[str, int] = {}
    for feats in rows:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: j for j, f in enumerate(names)}
    x = _matrix(rows, index)
    y = np.array(labels, dtype=float)
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], l2)
    reg[-1] = 1e-6
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + reg * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < tolerance:
            break
    weights = {f: round(float(w[j]), 6) for f, j in index.items() if abs(w[j]) >= 1e-6}
    return weights, round(float(w[-1]), 6)


def _rows(records: list[dict[str, Any]], with_rules: bool) -> tuple[list[frozenset[str]], list[int]]:
    rows, labels = [], []
    for r in records:
        for person, key, feats, _acting in r["cands"]:
            rows.append(feats if with_rules else frozenset(f for f in feats if not f.startswith("r_")))
            labels.append(int((normalise(person), key) in r["gold"]))
    return rows, labels


def predict(records: list[dict[str, Any]], weights: dict[str, float], bias: float, with_rules: bool
            ) -> list[list[tuple[str, str, float]]]:
    out = []
    for r in records:
        scored = []
        for person, key, feats, acting in r["cands"]:
            feats = feats if with_rules else frozenset(f for f in feats if not f.startswith("r_"))
            scored.append((normalise(person), key, pm.probability(feats, weights, bias) if acting else UNSCORED))
        out.append(scored)
    return out


def _rule_sets(r: dict[str, Any]) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    every = {(normalise(p), k) for (p, k) in r["rules"]}
    chairs = {(normalise(p), k) for (p, k), v in r["rules"].items() if v == "chair"}
    return every, chairs


def system_pairs(r: dict[str, Any], scored: list[tuple[str, str, float]], threshold: float, mode: str,
                 keep: float | None = None, gate: bool = True) -> set[tuple[str, str]]:
    """The pairs a variant outputs. keep (mode `hybrid`): a rule attendee stays while the model scores it at least
    this (below the threshold); gate: the model adds nothing where no event is reported (`reports_event`)."""
    every, chairs = _rule_sets(r)
    model = {(p, k) for p, k, s in scored if s >= threshold}
    if mode == "guarded":  # hybrid, adding no one the current rules left out on purpose (`events.Refusal`)
        mode = "hybrid"
        model = {(p, k) for p, k in model if (p, k) in every or not pm.guarded_pair(p, k, r["refused"], every, GUARD)}
    untouched = {(p, k) for p, k, s in scored if s == UNSCORED} & every  # the model leaves these to the rules
    if mode == "rules" or gate and not r["gate"] and mode != "alone":
        return every
    if mode == "alone":
        return model
    if mode == "add":
        return every | model
    if mode == "fallback":  # the model only where the rules open no event
        return every if every else model
    if mode == "hybrid":
        kept = {(p, k) for p, k, s in scored if keep is not None and s >= keep and (p, k) in every}
        return chairs | model | kept | untouched
    return chairs | model | untouched  # replace


def prf(records: list[dict[str, Any]], systems: list[set[tuple[str, str]]]
        ) -> tuple[float, float, float, int, int, int]:
    tp = sum(len(r["gold"] & s) for r, s in zip(records, systems, strict=True))
    ns = sum(len(s) for s in systems)
    ng = sum(len(r["gold"]) for r in records)
    p = tp / ns if ns else 0.0
    rc = tp / ng if ng else 0.0
    return p, rc, (2 * p * rc / (p + rc) if p + rc else 0.0), tp, ns, ng


def cross_validate(records: list[dict[str, Any]], with_rules: bool, sets: list[str]
                   ) -> dict[float, list[list[tuple[str, str, float]]]]:
    """Leave-one-set-out scores of every record for each L2 strength (records in the order given)."""
    out = {}
    for l2 in L2_GRID:
        scored: dict[str, list[tuple[str, str, float]]] = {}
        for held in sets:
            train = [r for r in records if r["set"] != held]
            test = [r for r in records if r["set"] == held]
            weights, bias = fit(*_rows(train, with_rules), l2)
            for r, s in zip(test, predict(test, weights, bias, with_rules), strict=True):
                scored[r["id"]] = s
        out[l2] = [scored[r["id"]] for r in records]
    return out


def choose(records: list[dict[str, Any]], cv: dict[float, list[list[tuple[str, str, float]]]], modes: tuple[str, ...],
           gate: bool = True) -> tuple[float, float, str, tuple[float, ...], float | None]:
    """(l2, threshold, mode, result, keep) of the best pooled F1 in cross-validation; keep only for `hybrid`."""
    best: tuple[float, float, str, tuple[float, ...], float | None] | None = None
    for l2, scored in cv.items():
        for mode in modes:
            for t in THRESHOLDS:
                for keep in [k for k in KEEPS if k < t] if mode in ("hybrid", "guarded") else [None]:
                    result = prf(records, [system_pairs(r, s, t, mode, keep, gate)
                                           for r, s in zip(records, scored, strict=True)])
                    if best is None or result[2] > best[3][2] + 1e-9:
                        best = (l2, t, mode, result, keep)
    assert best is not None
    return best


def _fmt(name: str, result: tuple[float, ...]) -> str:
    p, r, f, tp, ns, ng = result
    return f"{name:<34} P {p:.3f} R {r:.3f} F1 {f:.3f}  (tp {tp}, system {ns}, gold {ng})"


# ---------------------------------------------------------------- commands

def load(sets: list[str], rules_dir: Path | None, cache: Path | None) -> list[dict[str, Any]]:
    """The records of the sets (from the cache of the extracted sentences when it holds the same sets), joined with
    the rule outputs of `rules_dir`, featurised."""
    key = f"{sets}"
    records = None
    if cache and cache.exists():
        data = pickle.loads(cache.read_bytes())
        records = data["records"] if data.get("key") == key else None
    if records is None:
        records = [r for name in sets for r in load_set(name)]
        if cache:
            cache.write_bytes(pickle.dumps({"key": key, "records": records}))
    use_rules(records, rules_dir)
    featurise(records)
    return records


def _use_lexicons(folder: Path) -> None:
    """Cue lexicons of another commit (its kg/lexicons folder) for the model's features: the protocol reads the
    participation and event words of the code the test sets were blind to."""
    from types import SimpleNamespace

    from kg.extraction.lexicon import PhraseMatcher

    def read(name: str) -> dict[str, str]:
        rows = (line.split("\t") for line in (folder / name).read_text(encoding="utf-8").splitlines())
        return {r[0]: r[1] for r in rows if len(r) > 1 and not r[0].startswith("#")}

    part, words = PhraseMatcher(read("participation.tsv")), PhraseMatcher(read("event_words.tsv"))
    pm.lexicon = SimpleNamespace(participation=lambda: part, event_words=lambda: words)  # type: ignore[assignment]


# protocol variants: name -> (rule output as features, modes CV chooses among, gate)
VARIANTS: dict[str, tuple[bool, tuple[str, ...], bool]] = {
    "model alone": (False, ("alone",), True),
    "model + rules": (True, MODES, True),
    "rules + model alone": (False, ("add",), True),
    "model alone + rule chairs": (False, ("replace",), True),
    "model alone + rule chairs, no gate": (False, ("replace",), False),
    "hybrid": (False, ("hybrid",), True),
    "hybrid, no gate": (False, ("hybrid",), False),
}


def protocol(args: argparse.Namespace) -> int:
    if args.lexicons:
        _use_lexicons(args.lexicons)
    records = load(args.train + args.test, args.rules_dir, args.cache)
    train = [r for r in records if r["set"] in args.train]
    test = [r for r in records if r["set"] in args.test]
    print(f"train: {len(train)} articles, {sum(len(r['gold']) for r in train)} gold pairs, "
          f"{sum(len(r['cands']) for r in train)} candidates; test: {len(test)} articles, "
          f"{sum(len(r['gold']) for r in test)} gold pairs")
    print(_fmt("rules (CV sets)", prf(train, [system_pairs(r, [], 1, "rules") for r in train])))
    cvs: dict[bool, dict[float, list[list[tuple[str, str, float]]]]] = {}
    for label in args.variants or VARIANTS:
        with_rules, modes, gate = VARIANTS[label]
        if with_rules not in cvs:
            cvs[with_rules] = cross_validate(train, with_rules, args.train)
        cv = cvs[with_rules]
        l2, t, mode, result, keep = choose(train, cv, modes, gate)
        print(_fmt(f"{label} CV [{mode} l2={l2} t={t} keep={keep}]", result))
        if args.cv_only:
            continue
        weights, bias = fit(*_rows(train, with_rules), l2)
        scored = predict(test, weights, bias, with_rules)
        print(_fmt(f"{label} TEST", prf(test, [system_pairs(r, s, t, mode, keep, gate)
                                               for r, s in zip(test, scored, strict=True)])))
    if not args.cv_only:
        reach = sum(len(r["gold"] & {(normalise(p), k) for p, k, _, _ in r["cands"]}) for r in test)
        print(f"candidate recall on test: {reach}/{sum(len(r['gold']) for r in test)}")
        print(_fmt("rules TEST", prf(test, [system_pairs(r, [], 1, "rules") for r in test])))
    return 0


def _short(name: str) -> str:
    return Path(name).name.replace("gold_", "")


Choice = tuple[float, float, str, tuple[float, ...], float | None]  # (l2, threshold, mode, result, keep)


def loso_report(records: list[dict[str, Any]], cv: dict[float, list[list[tuple[str, str, float]]]],
                sets: list[str], mode: str, gate: bool) -> tuple[Choice, tuple[float, ...]]:
    """Per held-out set (each fold): the rules and the variant, with its parameters chosen on the pooled CV of all
    sets ("pooled") and, stricter, on the other sets only ("fold"); returns the pooled choice and the fold result."""
    best = choose(records, cv, (mode,), gate)
    l2, t, _, result, keep = best
    pooled = [system_pairs(r, s, t, mode, keep, gate) for r, s in zip(records, cv[l2], strict=True)]
    rules = [system_pairs(r, [], 1, "rules") for r in records]
    fold: list[set[tuple[str, str]]] = [set() for _ in records]
    lines = []
    for held in sets:
        idx = [i for i, r in enumerate(records) if r["set"] == held]
        others = [r for r in records if r["set"] != held]
        o_cv = {k: [v[i] for i, r in enumerate(records) if r["set"] != held] for k, v in cv.items()}
        f_l2, f_t, _, _, f_keep = choose(others, o_cv, (mode,), gate)
        for i in idx:
            fold[i] = system_pairs(records[i], cv[f_l2][i], f_t, mode, f_keep, gate)
        part = [records[i] for i in idx]
        lines.append(f"  {_short(held):<8} rules {prf(part, [rules[i] for i in idx])[2]:.3f}  pooled "
                     f"{prf(part, [pooled[i] for i in idx])[2]:.3f}  fold {prf(part, [fold[i] for i in idx])[2]:.3f}"
                     f"  [fold: l2={f_l2} t={f_t} keep={f_keep}]")
    print(_fmt(f"{mode}{'' if gate else ', no gate'} [l2={l2} t={t} keep={keep}]", result))
    fold_result = prf(records, fold)
    print(_fmt("  fold-chosen parameters", fold_result))
    recent = [i for i, r in enumerate(records) if r["set"] in RECENT]
    if recent:
        part = [records[i] for i in recent]
        for label, systems in (("rules", rules), ("pooled-chosen", pooled), ("fold-chosen", fold)):
            print(_fmt(f"  recent ({len({r['set'] for r in part})} sets), {label}",
                       prf(part, [systems[i] for i in recent])))
    print("\n".join(lines))
    return best, fold_result


CAUTIOUS = ("hybrid", 0.5, 0.0, True)  # the shipped default variant `cautious`: mode, threshold, keep, gate


def fixed_report(records: list[dict[str, Any]], cv: dict[float, list[list[tuple[str, str, float]]]],
                 sets: list[str]) -> None:
    """The `cautious` settings (fixed, not chosen by CV) for each L2 strength: pooled and per held-out set."""
    mode, t, keep, gate = CAUTIOUS
    for l2, scored in cv.items():
        systems = [system_pairs(r, s, t, mode, keep, gate) for r, s in zip(records, scored, strict=True)]
        per = []
        for held in sets:
            idx = [i for i, r in enumerate(records) if r["set"] == held]
            f1 = prf([records[i] for i in idx], [systems[i] for i in idx])[2]
            per.append(f"{_short(held)} {f1:.3f}")
        print(_fmt(f"cautious [l2={l2} t={t} keep={keep}]", prf(records, systems)))
        recent = [i for i, r in enumerate(records) if r["set"] in RECENT]
        if recent:
            print(_fmt("  recent", prf([records[i] for i in recent], [systems[i] for i in recent])))
        print("  " + "  ".join(per))


def train_and_write(args: argparse.Namespace) -> int:
    records = load(args.train, args.rules_dir, args.cache)
    with_rules = args.with_rules
    cv = cross_validate(records, with_rules, args.train)
    print(_fmt("rules on the same sets", prf(records, [system_pairs(r, [], 1, "rules") for r in records])))
    modes = tuple(args.modes)
    results = {(m, g): loso_report(records, cv, args.train, m, g) for m in modes for g in (True, False)}
    fixed_report(records, cv, args.train)
    # the way of joining the rules with the best fold-chosen CV (its parameters chosen on the other sets only); its
    # parameters are then those of the pooled CV
    (mode, gate), ((l2, t, _, result, keep), fold_result) = max(results.items(), key=lambda kv: kv[1][1][2])
    print(_fmt(f"chosen: {mode}{'' if gate else ', no gate'} [l2={l2} t={t} keep={keep}]", result))
    other = results[(mode, not gate)][0][3]
    weights, bias = fit(*_rows(records, with_rules), l2)
    ids = sorted(r["id"] for r in records)
    model = {"recipe": pm.RECIPE_VERSION, "trained_on": args.train, "articles": len(records),
             "gold_pairs": sum(len(r["gold"]) for r in records),
             "articles_sha256": hashlib.sha256("\n".join(ids).encode()).hexdigest()[:16],
             "rule_features": with_rules,
             "rules": "current code" if args.rules_dir is None else BLIND_RULES,
             "l2": l2, "threshold": t, "mode": mode, "gate": gate, **({"keep": keep} if keep is not None else {}),
             "cv_f1": round(result[2], 4), "cv_f1_fold": round(fold_result[2], 4),
             "cv_f1_other_gate": round(other[2], 4),
             "bias": bias, "weights": dict(sorted(weights.items()))}
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(weights)} weights")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", nargs="+", default=None, help="gold sets to train on (default: all)")
    ap.add_argument("--test", nargs="+", default=TEST, help="with --protocol: the sets to measure on")
    ap.add_argument("--protocol", action="store_true", help="CV on --train, measure on --test; write nothing")
    ap.add_argument("--rules-dir", type=Path, default=None, help="rule outputs old_<set>.jsonl of another commit")
    ap.add_argument("--lexicons", type=Path, default=None,
                    help="with --protocol: kg/lexicons folder of another commit for the cue features")
    ap.add_argument("--with-rules", action="store_true",
                    help="train with the rules' output as features (the shipped file since the sixteenth session: "
                         "the rules of every set blind to it, --rules-dir; the fifth session's protocol, whose training"
                         " rules were partly tuned, found it worse on unseen text)")
    ap.add_argument("--cv-only", action="store_true", help="with --protocol: cross-validation only, no test scores")
    ap.add_argument("--variants", nargs="+", choices=list(VARIANTS), default=None,
                    help="with --protocol: the variants to report (default: all)")
    ap.add_argument("--modes", nargs="+", choices=("replace", "hybrid", "guarded"), default=["replace", "hybrid"],
                    help="ways to join the rules that cross-validation chooses among for the written model, each "
                         "with and without the gate (score them against blind rule outputs: --rules-dir)")
    ap.add_argument("--guard", default=pm.GUARDED, help="mode guarded: the guard's parts joined by + "
                    f"({', '.join(pm.GUARDS)}; participation_model.guarded_pair)")
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the extracted sentences (development)")
    ap.add_argument("--out", type=Path, default=pm.MODEL_PATH)
    args = ap.parse_args(argv)
    GUARD[:] = args.guard.split("+")
    if args.protocol:
        args.train = args.train or TRAIN
        return protocol(args)
    args.train = args.train or TRAIN + TEST + LATER
    return train_and_write(args)


if __name__ == "__main__":
    sys.exit(main())
