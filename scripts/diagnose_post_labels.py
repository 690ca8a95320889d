"""Why the rules miss gold holdings: how the post labels near the person differ from the gold label.

For every gold holding of the political gold sets that the rules miss, the script compares the gold labels with the
labels the system gives near the person and names the difference (word sets and strings after the metric's
`normalise`):

- `stops early`: the gold label is the system label plus words at its end (the post phrase stops too early);
- `jurisdiction missing`: the gold label is the system label plus a place (province, district, country);
- `words missing inside`: the gold label holds every system word and more, not at the end;
- `runs long`: the system label is the gold label plus words at its end; `extra place`: plus a place;
  `extra words`: plus other words;
- `jurisdiction differs`: same role, the places differ; `body differs`: same role, other body words;
- `role differs`: the labels share words but start with different roles;
- `composed`: (flag) no gold alias occurs contiguously in the text around the person.

Two views:
- BLIND: the misses of rule outputs blind to each set (`--rules-dir`, scripts/participation_blind_rules.py),
  compared with the wrong holdings the blind rules gave the same person (the closest label), else with today's post
  phrases within one sentence of the person;
- TODAY: the misses of the current rules (`KG_POST_EXTENT_MODEL=0`: the rules' own post extents), compared with
  today's post phrases within one sentence of the person (linked to someone or not; the closest label).
With no label sharing a word, the miss is `no post phrase near`, split by whether a gold alias occurs contiguously
in the text around the person (then whether it starts with a role of kg/lexicons/roles.txt and whether the role is
written lower-case) or elsewhere in the article, or nowhere (composed by the annotator).

    python scripts/participation_blind_rules.py /tmp/blind_rules         # ~3 min, one core
    python scripts/diagnose_post_labels.py --rules-dir /tmp/blind_rules --cache /tmp/post_labels.pkl [--examples 5]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_holding_model as thm  # noqa: E402
import train_participation_model as tpm  # noqa: E402

from kg.evaluation.normalise import location_key, normalise  # noqa: E402
from kg.extraction import holding_model as hm  # noqa: E402
from kg.extraction import post_extent_model as pem  # noqa: E402
from kg.extraction.gazetteer import countries, districts, provinces  # noqa: E402
from kg.lexicons import word_list  # noqa: E402

SETS = ["tests/gold", "dev"] + ["tests/gold_blind"] + [f"tests/gold_blind{n}" for n in range(2, 23)]


# ---------------------------------------------------------------- data

def _system(rec: dict[str, Any], spans: dict[str, int]) -> list[dict[str, Any]]:
    """The holdings of a system record, each with the normalised text from its post phrase to its sentence's end
    (`cont`, '' when the evidence sentence is not one of today's sentences)."""
    out = []
    for h in rec.get("holdings", []):
        conts = []
        for ev in h.get("evidence", []):
            at = spans.get(ev["sentence"])
            if at is not None and 0 <= ev["start"] - at < len(ev["sentence"]):
                conts.append(normalise(ev["sentence"][ev["start"] - at:]))
        out.append({"person": normalise(h["person"]), "label": normalise(h["position"]),
                    "role": normalise(h.get("role", "")), "conts": conts})
    return out


def load_set(name: str, rules_dir: Path) -> list[dict[str, Any]]:
    golds = tpm.gold_docs(name)
    old = tpm.rule_outputs(name, rules_dir)
    out = []
    for article, extracted, seen in tpm.recorded(name, golds, hm.recording):
        facts = extracted.to_json()
        doc = golds[article.id]
        gold = [(normalise(p), [normalise(x) for x in ([labels] if isinstance(labels, str) else labels)])
                for p, labels in doc.get("holds", [])]
        rec = seen[0] if seen else {"sentences": [], "posts": [], "persons": [], "spans": []}
        spans = {t: a for t, (a, _) in zip(rec["sentences"], rec["spans"], strict=True)}
        out.append({"id": article.id, "set": name, "gold": gold, "blind": _system(old.get(article.id, {}), spans),
                    "blind_persons": {normalise(p["name"]) for p in old.get(article.id, {}).get("persons", [])},
                    "current": _system(facts, spans), "persons_now": {normalise(p["name"]) for p in facts["persons"]},
                    "sentences": rec["sentences"], "posts": rec["posts"], "spans": rec["spans"],
                    "tokens": rec.get("tokens", []), "person_tokens": rec.get("person_tokens", []),
                    "linked": rec.get("linked", []), "jurisdictions": rec.get("jurisdictions", []),
                    "sentence_persons": [[normalise(p) if p else "" for p in ps] for ps in rec["persons"]]})
    return out


def load(sets: list[str], rules_dir: Path, cache: Path | None) -> dict[str, list[dict[str, Any]]]:
    os.environ[hm.ENV] = "0"
    os.environ[pem.ENV] = "0"  # the rules' own post extents (the extent model is trained on them)
    return thm.cached_sets(sets, cache, lambda name: load_set(name, rules_dir))


# ---------------------------------------------------------------- comparison

def _places() -> frozenset[str]:
    names = set(provinces()) | set(districts()) | set(countries())
    return frozenset(normalise(n) for n in names)


_PLACES: frozenset[str] = frozenset()


def is_place(words: list[str]) -> bool:
    global _PLACES
    if not _PLACES:
        _PLACES = _places()
    if not words:
        return False
    text = " ".join(words)
    return text in _PLACES or location_key(text) in _PLACES


def _roles() -> list[str]:
    return sorted({normalise(r.rstrip("*")) for r in word_list("roles.txt")}, key=len, reverse=True)


_ROLES: list[str] = []


def role_of(label: str) -> str:
    """The longest role of kg/lexicons/roles.txt the (normalised) label starts with ('' if none)."""
    global _ROLES
    if not _ROLES:
        _ROLES = _roles()
    return next((r for r in _ROLES if label == r or label.startswith(r + " ")), "")


def compare(gold: str, system: str) -> str:
    """The kind of difference between a gold label and a system label (both normalised)."""
    g, s = gold.split(), system.split()
    gs, ss = set(g), set(s)
    if gs == ss:
        return "same words"
    if ss < gs:
        extra = [w for w in g if w not in ss]
        if is_place(extra):
            return "jurisdiction missing"
        if g[:len(s)] == s:
            return "stops early"
        return "role start missing" if g[-len(s):] == s else "words missing inside"
    if gs < ss:
        extra = [w for w in s if w not in gs]
        if is_place(extra):
            return "extra place"
        return "runs long" if s[:len(g)] == g else "extra words"
    rg, rs = role_of(gold), role_of(system)
    if rg and rg == rs or not rg and g[0] == s[0]:
        only_g = [w for w in g if w not in ss]
        only_s = [w for w in s if w not in gs]
        if is_place(only_g) or is_place(only_s):
            return "jurisdiction differs"
        return "body differs"
    return "role differs"


def closest(aliases: list[str], labels: list[tuple[str, list[str]]]) -> tuple[str, str, list[str]] | None:
    """(gold alias, system label, its texts from the post phrase on) sharing the largest share of words; None when
    no pair shares a word."""
    best, pair = 0.0, None
    for a in aliases:
        ga = set(a.split())
        for lab, conts in labels:
            sl = set(lab.split())
            j = len(ga & sl) / len(ga | sl) if ga | sl else 0.0
            if j > best:
                best, pair = j, (a, lab, conts)
    return pair


def compare_in_text(pair: tuple[str, str, list[str]]) -> str:
    """`compare`, with `stops early` split by whether the text after the post phrase goes on with the gold label."""
    kind = compare(pair[0], pair[1])
    if kind == "stops early":
        if not pair[2]:
            return "stops early (post phrase not located)"
        if any(c.startswith(pair[0]) and (len(c) == len(pair[0]) or c[len(pair[0])] == " ") for c in pair[2]):
            return "stops early in the text (gold = the text read further)"
        return "stops early, gold adds words from elsewhere"
    return kind


def _near(r: dict[str, Any], person: str) -> list[int]:
    hits = {k for k, ps in enumerate(r["sentence_persons"]) if person in ps}
    return sorted({j for k in hits for j in (k - 1, k, k + 1) if 0 <= j < len(r["sentences"])})


def near_labels(r: dict[str, Any], person: str) -> list[tuple[str, list[str]]]:
    out = []
    for k in _near(r, person):
        at = r["spans"][k][0]
        for p in r["posts"][k]:
            if p["label"] and not p["former"]:
                out.append((normalise(p["label"]), [normalise(r["sentences"][k][p["start"] - at:])]))
    return out


def text_class(r: dict[str, Any], person: str, aliases: list[str], raw: dict[str, list[str]]) -> str:
    """Where a gold alias occurs as written: near the person (what starts it), elsewhere, nowhere."""
    near = _near(r, person)
    window = " " + normalise(" ".join(r["sentences"][k] for k in near)) + " "
    whole = " " + normalise(" ".join(r["sentences"])) + " "
    found = [a for a in aliases if f" {a} " in window]
    if not found:
        return "gold label elsewhere in the article" if any(f" {a} " in whole for a in aliases) \
            else "gold label not contiguous in the text (composed)"
    alias = max(found, key=len)
    role = role_of(alias)
    if not role:
        return "contiguous near the person, starts with no lexicon role"
    raw_text = " ".join(r["sentences"][k] for k in near)
    first = raw.get(alias, [alias])[0].split()[0]
    m = re.search(r"(?<!\w)" + re.escape(first) + r"(?!\w)", raw_text, re.IGNORECASE)
    lower = bool(m and m.group(0)[:1].islower())
    return "contiguous near the person, lexicon role, written lower-case" if lower \
        else "contiguous near the person, lexicon role, capitalised"


# ---------------------------------------------------------------- the two views

def classify(data: dict[str, list[dict[str, Any]]], view: str, examples: dict[str, list[str]],
             composed: Counter[str]) -> Counter[str]:
    """Each missed gold holding by its class; `composed` counts per class those whose gold label does not occur
    contiguously in the text around the person."""
    out: Counter[str] = Counter()
    for records in data.values():
        for r in records:
            system = r["blind"] if view == "blind" else r["current"]
            for person, aliases in r["gold"]:
                words = [frozenset(a.split()) for a in aliases]
                if any(h["person"] == person and frozenset(h["label"].split()) in words for h in system):
                    continue
                out["missed"] += 1
                found_persons = r["blind_persons"] if view == "blind" else r["persons_now"]
                if person not in found_persons:
                    kind = "person not found"
                else:
                    kind = ""
                    if view == "blind":
                        golds = [frozenset(a.split()) for p, labels in r["gold"] if p == person for a in labels]
                        wrong = [(h["label"], h["conts"]) for h in system
                                 if h["person"] == person and frozenset(h["label"].split()) not in golds]
                        pair = closest(aliases, wrong)
                        if pair:
                            kind = "own wrong holding: " + compare_in_text(pair)
                        elif any(h["person"] == person and frozenset(h["label"].split()) in words
                                 for h in r["current"]):
                            kind = "found by today's rules"
                    if not kind:
                        pair = closest(aliases, near_labels(r, person))
                        if pair:
                            kind = "post near: " + compare_in_text(pair)
                    if not kind:
                        kind = "no post near: " + text_class(r, person, aliases, {})
                    if kind.startswith(("own", "post near")) and not _contiguous(r, person, aliases):
                        composed[kind] += 1
                    if kind.startswith(("own", "post near")):
                        ex = f"{r['set']}/{r['id']} {person}: gold {aliases} vs system {pair[1]!r}" if pair else ""
                    else:
                        ex = f"{r['set']}/{r['id']} {person}: gold {aliases}"
                    examples[kind].append(ex)
                out[kind] += 1
    return out


def _contiguous(r: dict[str, Any], person: str, aliases: list[str]) -> bool:
    window = " " + normalise(" ".join(r["sentences"][k] for k in _near(r, person))) + " "
    return any(f" {a} " in window for a in aliases)


def report(counts: Counter[str], composed: Counter[str], title: str) -> None:
    print(f"\n{title}")
    total = counts["missed"]
    print(f"{'missed gold holdings':62} {total:5d}   share  gold label not contiguous near the person")
    groups: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for k, v in counts.items():
        if k != "missed":
            groups[k.split(":")[0]].append((k, v))
    for g in sorted(groups, key=lambda g: -sum(v for _, v in groups[g])):
        rows = sorted(groups[g], key=lambda kv: -kv[1])
        if len(rows) > 1 or rows[0][0] != g:
            print(f"{g:62} {sum(v for _, v in rows):5d}")
        for k, v in rows:
            extra = f"  {composed[k]:5d}" if k in composed else ""
            print(f"  {k:60} {v:5d}  {100 * v / total:4.1f}%{extra}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", default=SETS)
    ap.add_argument("--rules-dir", type=Path, required=True, help="old_<set>.jsonl rule outputs blind to each set")
    ap.add_argument("--corpus", type=Path, default=tpm.SHARED / "corpus", help="texts of the dev gold")
    ap.add_argument("--cache", type=Path, help="pickle of the loaded articles (reused when present)")
    ap.add_argument("--examples", type=int, default=0, help="print this many examples per class")
    args = ap.parse_args(argv)
    tpm.SHARED = args.corpus.parent
    data = load(args.sets, args.rules_dir, args.cache)
    for view, title in (("blind", "BLIND rule outputs (each set unseen by the code that produced it)"),
                        ("today", "TODAY's rules (tuned on these sets)")):
        examples: dict[str, list[str]] = defaultdict(list)
        composed: Counter[str] = Counter()
        report(classify(data, view, examples, composed), composed, title)
        if args.examples:
            for k, xs in sorted(examples.items()):
                print(f"\n  [{view}] {k}")
                for x in xs[:args.examples]:
                    print("    " + x)
    return 0


if __name__ == "__main__":
    sys.exit(main())
