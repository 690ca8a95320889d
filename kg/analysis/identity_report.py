"""The report of identity decisions: every person merged across articles or spellings, every name kept apart."""

from __future__ import annotations

import csv
from pathlib import Path

from kg.rdf.namespaces import GRAPH_RESOLUTION, VPK

COLUMNS = ["decision", "name", "persons", "articles", "spellings", "reason"]


def rows(store) -> list[list[str]]:
    found = store.query(f"""SELECT ?k ?n ?c ?r (GROUP_CONCAT(DISTINCT STR(?p); SEPARATOR=" ") AS ?ps)
            (GROUP_CONCAT(DISTINCT ?s; SEPARATOR=" / ") AS ?ss) WHERE {{ GRAPH <{GRAPH_RESOLUTION}> {{
              ?d <{VPK}decision> ?k ; <{VPK}nameKey> ?n ; <{VPK}articleCount> ?c ; <{VPK}reason> ?r ;
                 <{VPK}person> ?p ; <{VPK}spelling> ?s }} }}
            GROUP BY ?d ?k ?n ?c ?r ORDER BY DESC(?k) ?n ?ps""", union=False)
    return [[r["k"].value, r["n"].value, r["ps"].value, r["c"].value, r["ss"].value, r["r"].value] for r in found]


def write(store, path: Path) -> Path:
    """Refusals first, then merges; tab-separated."""
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, delimiter="\t", lineterminator="\n")
        out.writerow(COLUMNS)
        out.writerows(rows(store))
    return path
