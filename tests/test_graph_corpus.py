"""Real multi-article input from ../shared/corpus: the VNTC articles naming Nông Đức Mạnh or Phan Văn Khải
give one node each, with facts from many articles, and a graph that conforms to the shapes."""

from __future__ import annotations

import io

import pyshacl
import pytest
import rdflib
from conftest import REPO, shared_records

from kg.export import write
from kg.extraction import extract
from kg.reading.jsonl import record_to_article
from kg.store import GraphStore

NAMES = ("Nông Đức Mạnh", "Phan Văn Khải")
LIMIT = 40  # articles per name: enough to cross many articles, quick enough for every test run


@pytest.fixture(scope="module")
def store(shared):
    picked: dict[str, list] = {n: [] for n in NAMES}
    for number, record in enumerate(shared_records("vntc-chinh-tri-xa-hoi"), 1):
        for name in NAMES:
            if name in record["text"] and len(picked[name]) < LIMIT:
                article = record_to_article(record, "vntc-chinh-tri-xa-hoi.jsonl.gz", number)
                if not isinstance(article, str):
                    picked[name].append(article)
                break
        if all(len(v) >= LIMIT for v in picked.values()):
            break
    articles = {a.id: a for group in picked.values() for a in group}
    graph = GraphStore(None)
    batch = [extract(a) for a in articles.values()]
    graph.add_facts(batch[: len(batch) // 2])
    graph.add_facts(batch[len(batch) // 2:])  # two batches: identity must not depend on them
    graph.finalize()
    return graph


@pytest.mark.parametrize("name", NAMES)
def test_one_iri_per_person_with_facts_from_many_articles(store, name):
    people = list(store.query(f'SELECT DISTINCT ?p WHERE {{ ?p a vpk:Person ; foaf:name "{name}" }}'))
    assert len(people) == 1
    person = people[0]["p"].value
    rows = list(store.query(f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ <{person}> ?p ?o }} }}"))
    assert int(rows[0]["n"].value) >= 10
    facts = list(store.query(f"""SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{
        GRAPH ?g {{ <{person}> vpk:holdsPost|vpk:attended|vpk:formerlyHeld ?x }} }}"""))
    assert int(facts[0]["n"].value) >= 5


def test_linked_to_the_reference(store):
    rows = list(store.query('SELECT ?page WHERE { ?p foaf:name "Nông Đức Mạnh" ; owl:sameAs ?page }'))
    assert [r["page"].value for r in rows] == ["https://vi.wikipedia.org/wiki/N%C3%B4ng_%C4%90%E1%BB%A9c_M%E1%BA%A1nh"]


def test_real_graph_conforms_to_the_shapes(store):
    out = io.BytesIO()
    write("turtle", store, out)
    data = rdflib.Graph().parse(data=out.getvalue(), format="turtle")
    shapes = rdflib.Graph().parse(REPO / "ontology" / "shapes.ttl")
    ok, _, text = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    assert ok, text[:2000]
