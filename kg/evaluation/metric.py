"""Items, matching and micro-averaged precision / recall / F1, as EVALUATION.md defines them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kg.evaluation.normalise import location_key, normalise, word_set

KINDS = ("person", "holding", "participation", "chair", "event_location")


def _empty() -> dict[str, set]:
    return {kind: set() for kind in KINDS}


def _add_event(items: dict[str, set], key: str, event: dict[str, Any]) -> None:
    for person in event.get("chairs", []) or []:
        items["chair"].add((normalise(person), key))
        items["participation"].add((normalise(person), key))
    for person in event.get("attendees", []) or []:
        items["participation"].add((normalise(person), key))
    for loc in event.get("locations", []) or []:
        items["event_location"].add((key, location_key(loc)))


def gold_items(doc: dict[str, Any]) -> dict[str, set]:
    items = _empty()
    items["person"] = {normalise(p) for p in doc.get("persons", [])}
    for person, labels in doc.get("holds", []):
        if isinstance(labels, str):
            labels = [labels]
        items["holding"].add((normalise(person), frozenset(word_set(label) for label in labels)))
    for event in doc.get("events", []):
        _add_event(items, event.get("key") or "?", event)
    return items


def system_items(rec: dict[str, Any]) -> dict[str, set]:
    items = _empty()
    for p in rec.get("persons", []):
        items["person"].add(normalise(p["name"] if isinstance(p, dict) else p))
    for h in rec.get("holdings", []):
        items["holding"].add((normalise(h["person"]), word_set(h["position"])))
    for event in rec.get("events", []):
        _add_event(items, (event.get("date") or "?")[:10], event)
    return items


def count(kind: str, gold: set, system: set) -> tuple[int, int, int]:
    """(true positives, system size, gold size) for one article."""
    if kind != "holding":
        return len(gold & system), len(system), len(gold)
    matched = 0
    remaining = set(gold)
    for person, words in system:
        hit = next((g for g in remaining if g[0] == person and words in g[1]), None)
        if hit is not None:
            matched += 1
            remaining.discard(hit)
    return matched, len(system), len(gold)


def prf(tp: int, n_sys: int, n_gold: int) -> dict[str, float]:
    p = tp / n_sys if n_sys else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "system": n_sys,
            "gold": n_gold}


@dataclass
class Report:
    scores: dict[str, Any]
    details: list[str] = field(default_factory=list)

    def table(self) -> str:
        lines = [f"{'item':<16}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'sys':>6}{'gold':>6}"]
        for kind in KINDS:
            s = self.scores[kind]
            lines.append(f"{kind:<16}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}"
                         f"{s['tp']:>6}{s['system']:>6}{s['gold']:>6}")
        articles = self.scores["articles"]
        if articles["missing_from_system"]:
            lines.append(f"articles with no system output: {articles['missing_from_system']} of {articles['gold']}")
        return "\n".join(lines)


def _details(article: str, kind: str, g: set, s: set) -> list[str]:
    out = []
    if kind != "holding":
        out += [f"    missed      {x}" for x in sorted(map(str, g - s))]
        out += [f"    false alarm {x}" for x in sorted(map(str, s - g))]
    else:
        for person, words in sorted(s, key=str):
            if not any(gp == person and words in labels for gp, labels in g):
                out.append(f"    unmatched   {person} :: {' '.join(sorted(words))}")
    return out


def score(golds: Iterable[dict[str, Any]], systems: Iterable[dict[str, Any]]) -> Report:
    """Score gold documents against system records (the JSON of `ArticleFacts.to_json()`)."""
    gold_by_id = {doc["article"]: doc for doc in golds}
    system_by_id = {rec["article"]["id"]: rec for rec in systems}
    totals = {kind: [0, 0, 0] for kind in KINDS}
    details: list[str] = []
    for article, doc in gold_by_id.items():
        g = gold_items(doc)
        s = system_items(system_by_id.get(article, {}))
        for kind in KINDS:
            tp, ns, ng = count(kind, g[kind], s[kind])
            totals[kind][0] += tp
            totals[kind][1] += ns
            totals[kind][2] += ng
            if tp < ns or tp < ng:
                details.append(f"[{article}] {kind}: tp={tp} system={ns} gold={ng}")
                details += _details(article, kind, g[kind], s[kind])
    scores: dict[str, Any] = {kind: prf(*totals[kind]) for kind in KINDS}
    missing = [a for a in gold_by_id if a not in system_by_id]
    scores["articles"] = {"gold": len(gold_by_id), "missing_from_system": len(missing)}
    return Report(scores, details)
