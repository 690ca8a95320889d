"""ArticleFacts → RDF: namespaces, deterministic IRIs, quads (pure functions, no store)."""

from kg.rdf.quads import facts_nquads, facts_to_quads, to_nquads

__all__ = ["facts_nquads", "facts_to_quads", "to_nquads"]
