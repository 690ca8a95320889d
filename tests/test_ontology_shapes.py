"""The ontology declares what the graph uses, in Vietnamese and English, aligned with ORG, FOAF, schema.org,
SEM and PROV; a built graph conforms to the SHACL shapes (and a broken one does not)."""

from __future__ import annotations

import io

import pyshacl
import pytest
import rdflib
from conftest import REPO, run_kg
from graph_fixtures import small_corpus
from rdflib import RDF, RDFS, Literal, Namespace, URIRef

from kg.export import write
from kg.store import GraphStore

VPK = Namespace("https://w3id.org/vnpolkg/ontology#")
ONTOLOGY = REPO / "ontology" / "vnpolkg.ttl"
SHAPES = REPO / "ontology" / "shapes.ttl"


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY)


@pytest.fixture(scope="module")
def built() -> rdflib.Graph:
    store = GraphStore(None)
    store.add_facts(small_corpus())
    store.finalize()
    out = io.BytesIO()
    write("turtle", store, out)
    return rdflib.Graph().parse(data=out.getvalue(), format="turtle")


def validate(graph: rdflib.Graph) -> tuple[bool, str]:
    ok, _, text = pyshacl.validate(graph, shacl_graph=rdflib.Graph().parse(SHAPES), inference="none")
    return ok, text


def test_every_term_has_vietnamese_and_english_labels(ontology):
    terms = {s for s in ontology.subjects() if isinstance(s, URIRef) and str(s).startswith(str(VPK))}
    assert len(terms) > 40
    for term in terms:
        langs = {o.language for o in ontology.objects(term, RDFS.label) if isinstance(o, Literal)}
        assert {"vi", "en"} <= langs, term


def test_alignments(ontology):
    targets = {str(o) for p in (RDFS.subClassOf, RDFS.subPropertyOf, rdflib.OWL.inverseOf)
               for o in ontology.objects(None, p)}
    for ns in ("http://www.w3.org/ns/org#", "http://xmlns.com/foaf/0.1/", "https://schema.org/",
               "http://semanticweb.cs.vu.nl/2009/11/sem/", "http://www.w3.org/ns/prov#"):
        assert any(t.startswith(ns) for t in targets), ns
    assert (VPK.chaired, RDFS.subPropertyOf, VPK.attended) in ontology


def test_the_graph_uses_only_declared_terms(ontology, built):
    used = {p for p in built.predicates() if str(p).startswith(str(VPK))}
    used |= {o for o in built.objects(None, RDF.type) if str(o).startswith(str(VPK))}
    declared = set(ontology.subjects())
    assert used and used <= declared, used - declared


def test_built_graph_conforms(built):
    ok, text = validate(built)
    assert ok, text


def test_shapes_catch_broken_graphs(built):
    broken = rdflib.Graph()
    for t in built:
        broken.add(t)
    person = next(built.subjects(RDF.type, VPK.Person))
    broken.add((person, rdflib.FOAF.name, Literal("Tên Thứ Hai")))
    membership = next(built.subjects(RDF.type, VPK.Membership))
    broken.remove((membership, VPK.member, None))
    ok, text = validate(broken)
    assert not ok
    assert "foaf:name" in text or "foaf/0.1/name" in text
    assert "member" in text


def test_bundled_corpus_build_conforms(tmp_path):
    result = run_kg("build", "corpus", "--store", tmp_path / "store", "--exports", tmp_path / "exports",
                    "--workers", "1")
    assert result.returncode == 0, result.stderr
    graph = rdflib.Graph().parse(tmp_path / "exports" / "graph.ttl")
    assert len(set(graph.subjects(RDF.type, VPK.Article))) >= 20
    ok, text = validate(graph)
    assert ok, text
