"""What needs the whole graph, recomputed from the article graphs each time (idempotent):
identity of people across articles, one label per entity, orphan cleanup, memberships, reference links."""

from __future__ import annotations

from pyoxigraph import NamedNode

from kg.rdf.namespaces import SYSTEM_GRAPHS
from kg.store.hygiene import one_label, one_place_level, one_structure_link, prune_orphans
from kg.store.identity import decision_quads, resolve_persons
from kg.store.links import reference_links
from kg.store.memberships import memberships


def finalize(gs) -> None:
    store = gs.store
    for name in SYSTEM_GRAPHS:
        if store.contains_named_graph(NamedNode(name)):
            store.remove_graph(NamedNode(name))
    decisions = resolve_persons(gs)
    one_structure_link(gs)
    prune_orphans(gs)
    one_label(gs)
    one_place_level(gs)
    store.extend(memberships(gs) + reference_links(gs) + decision_quads(decisions))
    gs.resolution_decisions = decisions
