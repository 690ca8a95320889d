"""Identity of people across articles.

Every mention of a person in an article graph is grouped by the key of its full name (so tone-mark
and spacing variants are one group), and a name written without diacritics joins the one group
whose name it is when the marks are restored. Within a group, mentions become one person unless
their posts and dates show they cannot be the same human being: two local posts in different
provinces attested less than a year apart, attestations more than 60 years apart, or (when the
name is that of one reference politician who has died) a post held after that death which is none
of the reference person's offices, against a mention holding one of them. Such a group is split
(`person/x`, `person/x-2`, ...) and the refusal is recorded with its evidence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from kg.resolution.normalize import fold, name_key

NEAR_DAYS = 365
CAREER_DAYS = 60 * 365


@dataclass
class Mention:
    graph: str                 # the article graph
    node: str                  # the person IRI it uses now
    name: str                  # the name as written
    date: str | None           # the article date
    provinces: dict[str, str] = field(default_factory=dict)  # province → post label (local posts)
    posts: list[str] = field(default_factory=list)           # labels of the current posts
    former: list[str] = field(default_factory=list)          # labels of the former posts (nguyên ...)
    reference: str | None = None  # "is" / "is not" the one reference politician of this name, with why


@dataclass(frozen=True)
class Lifespan:
    """The one reference politician of a name who has died: when, and which post labels are his or hers."""

    name: str
    death: str
    holds: Callable[[str], bool]


@dataclass
class Cluster:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def provinces(self) -> set[str]:
        return {p for m in self.mentions for p in m.provinces}


@dataclass
class Decision:
    kind: str                  # "merged" or "refused"
    key: str                   # the name key
    persons: list[str]         # IRIs (merged: one; refused: the ones kept apart)
    articles: int
    variants: list[str]
    reason: str


def _days(a: str, b: str) -> int:
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)


def mark_reference(m: Mention, life: Lifespan) -> None:
    """Whether a mention is the reference politician (holds one of the reference offices) or is not (holds
    only other posts after the reference death date); neither when nothing tells."""
    own = [p for p in m.posts + m.former if life.holds(p)]
    if own:
        m.reference = f"is:{own[0]}"
    elif m.posts and m.date and date.fromisoformat(m.date[:10]) > date.fromisoformat(life.death) + timedelta(31):
        m.reference = f"not:{m.posts[0]} on {m.date[:10]}, after the death of {life.name} ({life.death})"


def conflict(a: Mention, b: Mention) -> str | None:
    """Why a and b cannot be one person, or None."""
    kinds = {(a.reference or ":").split(":", 1)[0], (b.reference or ":").split(":", 1)[0]}
    if kinds == {"is", "not"}:
        other = a if (a.reference or "").startswith("not:") else b
        return (other.reference or "")[4:] + ", which is not among the reference offices"
    if not a.date or not b.date:
        return None
    apart = _days(a.date, b.date)
    if apart > CAREER_DAYS:
        return f"attested {apart // 365} years apart ({a.date[:10]}, {b.date[:10]})"
    if apart <= NEAR_DAYS and a.provinces and b.provinces and not set(a.provinces) & set(b.provinces):
        pa, pb = sorted(a.provinces)[0], sorted(b.provinces)[0]
        return (f"{a.provinces[pa]} on {a.date[:10]} and {b.provinces[pb]} on {b.date[:10]}: "
                f"local posts in {pa} and {pb} less than a year apart")
    return None


def _cluster(mentions: list[Mention]) -> tuple[list[Cluster], list[str]]:
    clusters: list[Cluster] = []
    reasons: list[str] = []
    for m in sorted(mentions, key=lambda m: (m.date is None, m.date or "", m.graph)):
        best, best_overlap = None, -1
        for c in clusters:
            why = next((w for w in (conflict(m, other) for other in c.mentions) if w), None)
            if why:
                reasons.append(why)
                continue
            overlap = len(set(m.provinces) & c.provinces)
            if overlap > best_overlap:
                best, best_overlap = c, overlap
        if best is None:
            best = Cluster()
            clusters.append(best)
        best.mentions.append(m)
    return clusters, reasons


def _group_key(mentions: list[Mention]) -> dict[str, list[Mention]]:
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[name_key(m.name)].append(m)
    # names typed without marks join the one marked name they fold to
    by_fold: dict[str, list[str]] = defaultdict(list)
    for key in groups:
        if fold(key) != key:
            by_fold[fold(key)].append(key)
    for key in [k for k in groups if fold(k) == k and len(k.split()) >= 2]:
        targets = by_fold.get(key, [])
        if len(targets) == 1:
            groups[targets[0]].extend(groups.pop(key))
    return groups


def resolve(mentions: list[Mention], base_iri, lifespan: Callable[[str], Lifespan | None] = lambda key: None,
            ) -> tuple[dict[tuple[str, str], str], list[Decision]]:
    """(graph, current node) → target person IRI for every mention; and the decisions made.
    `base_iri(name)` gives the IRI of a name; `lifespan(key)` the dead reference politician of a name key."""
    mapping: dict[tuple[str, str], str] = {}
    decisions: list[Decision] = []
    for key, group in sorted(_group_key(mentions).items()):
        life = lifespan(key) if len(group) > 1 else None
        for m in group:
            m.reference = None
            if life:
                mark_reference(m, life)
        names = sorted({m.name for m in group}, key=lambda n: (fold(n) == n, n))
        base = base_iri(names[0])
        clusters, reasons = _cluster(group)
        iris = [base if i == 0 else f"{base}-{i + 1}" for i in range(len(clusters))]
        for iri, cluster in zip(iris, clusters, strict=True):
            for m in cluster.mentions:
                mapping[(m.graph, m.node)] = iri
            articles = len({m.graph for m in cluster.mentions})
            variants = sorted({m.name for m in cluster.mentions})
            if articles > 1 or len(variants) > 1:
                decisions.append(Decision("merged", key, [iri], articles, variants,
                                          f"same name in {articles} articles" +
                                          (f", spellings {' / '.join(variants)}" if len(variants) > 1 else "")))
        if len(clusters) > 1:
            decisions.append(Decision("refused", key, iris, len({m.graph for m in group}), names,
                                      "; ".join(sorted(set(reasons))[:3])))
    return mapping, decisions


def canonical_name(names: list[str]) -> str:
    """The name shown for a person: the most marked spelling, then the most frequent, then the first."""
    counts: dict[str, int] = defaultdict(int)
    for n in names:
        counts[n] += 1
    return sorted(counts, key=lambda n: (fold(n) == n, -counts[n], n))[0]
