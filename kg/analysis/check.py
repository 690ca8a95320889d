"""Extracted holdings that contradict a known term of office (reference data), as a quality signal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from kg.rdf.iris import article_id_of
from kg.rdf.namespaces import GRAPH_REFERENCE, RDFS, VPK
from kg.resolution.reference import matching_terms, politicians

GRACE = timedelta(days=365)  # reference bounds are often only a year


@dataclass(frozen=True)
class Finding:
    person: str
    post: str
    attested: str
    article: str
    kind: str       # "after-term", "before-term", "after-death"
    reference: str  # the known term(s)

    def line(self) -> str:
        return (f"{self.person} | {self.post} | attested {self.attested} in {self.article} | {self.kind} | "
                f"reference: {self.reference}")


def _d(text: str) -> date:
    return date.fromisoformat(text[:10])


def findings(store) -> list[Finding]:
    by_page = {p.page_id: p for group in politicians().values() for p in group}
    rows = store.query(f"""SELECT ?page ?post ?label ?g ?d WHERE {{
            GRAPH <{GRAPH_REFERENCE}> {{ ?p <{VPK}referencePageId> ?page }}
            GRAPH ?g {{ ?p <{VPK}holdsPost> ?post }} ?g <{VPK}articleDate> ?d .
            ?post <{RDFS}label> ?label }}""", union=False)
    found: set[Finding] = set()
    for row in rows:
        ref = by_page.get(row["page"].value)
        if ref is None:
            continue
        when, label = row["d"].value, row["label"].value
        article = article_id_of(row["g"].value) or row["g"].value
        if ref.death_date and _d(when) > _d(ref.death_date) + timedelta(days=31):
            found.add(Finding(ref.name, label, when, article, "after-death", f"died {ref.death_date}"))
            continue
        terms = [t for t in matching_terms(ref, label) if t.start or t.end]
        if not terms:
            continue
        covered = [t for t in terms if (not t.start or _d(t.start) - GRACE <= _d(when))
                   and (not t.end or _d(when) <= _d(t.end) + GRACE)]
        if covered:
            continue
        kind = "after-term" if all(t.end and _d(when) > _d(t.end) for t in terms) else "before-term"
        known = "; ".join(sorted(f"{t.office} {t.start or '?'}–{t.end or '?'}" for t in terms))
        found.add(Finding(ref.name, label, when, article, kind, known))
    return sorted(found, key=lambda f: (f.person, f.post, f.attested, f.article))
