"""`kg export` through the real command line, every format re-parsed by rdflib or networkx."""

from __future__ import annotations

import csv
import json

import networkx as nx
import pytest
import rdflib
from conftest import run_kg
from graph_fixtures import small_corpus

from kg.export import write_default_exports
from kg.store import GraphStore

VPK = "https://w3id.org/vnpolkg/ontology#"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("graph") / "store"
    store = GraphStore(path)
    store.add_facts(small_corpus())
    store.finalize()
    store.close()
    return path


def export(store_dir, fmt, out):
    result = run_kg("export", "--format", fmt, "-o", out, "--store", store_dir)
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.parametrize("fmt,parser,named", [("turtle", "turtle", False), ("ntriples", "nt", False),
                                              ("trig", "trig", True), ("nquads", "nquads", True),
                                              ("jsonld", "json-ld", True)])
def test_rdf_formats_reparse(store_dir, tmp_path, fmt, parser, named):
    out = export(store_dir, fmt, tmp_path / f"graph.{fmt}")
    data = rdflib.Dataset()
    data.parse(out, format=parser)
    names = rdflib.URIRef("http://xmlns.com/foaf/0.1/name")
    people = {str(o) for o in data.objects(None, names)} if not named else \
        {str(o) for _, _, o, _ in data.quads((None, names, None, None))}
    assert {"Trương Thị Mai", "Trần Đức Quận", "Nguyễn Văn Hùng"} <= people
    holds = rdflib.URIRef(VPK + "holdsPost")
    if named:
        graphs = {str(g) for _, _, _, g in data.quads((None, holds, None, None))}
        assert "https://w3id.org/vnpolkg/id/article/000_afdb58c3525a2a02" in graphs
    else:
        assert len(list(data.triples((None, holds, None)))) >= 10


def test_jsonld_has_a_context(store_dir, tmp_path):
    doc = json.loads(export(store_dir, "jsonld", tmp_path / "g.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"]["vpk"] == VPK and doc["@context"]["foaf"] == "http://xmlns.com/foaf/0.1/"


def test_nquads_to_stdout_are_sorted(store_dir):
    result = run_kg("export", "--format", "nquads", "--store", store_dir)
    lines = result.stdout.splitlines()
    assert result.returncode == 0 and lines == sorted(lines) and len(lines) > 500


def test_graphml_opens_with_labels_types_and_relations(store_dir, tmp_path):
    out = export(store_dir, "graphml", tmp_path / "g.graphml")
    g = nx.read_graphml(out)
    assert g.number_of_nodes() > 20 and g.number_of_edges() > 20
    assert all("label" in d and "type" in d for _, d in g.nodes(data=True))
    assert all("relation" in d for _, _, d in g.edges(data=True))
    assert {d["type"] for _, d in g.nodes(data=True)} == {"person", "post", "organization", "event", "place"}
    text = out.read_text(encoding="utf-8")
    assert 'id="label"' in text and 'id="relation"' in text  # named key ids, as Gephi and Cytoscape show them
    quan = next(n for n, d in g.nodes(data=True) if d["label"] == "Trần Đức Quận")
    assert any(d["relation"] == "chaired" for _, _, d in g.out_edges(quan, data=True))


def test_gexf_has_lifetimes(store_dir, tmp_path):
    out = export(store_dir, "gexf", tmp_path / "g.gexf")
    g = nx.read_gexf(out)
    quan = next(d for _, d in g.nodes(data=True) if d["label"] == "Trần Đức Quận")
    assert quan["start"] == "2021-06-01" and quan["end"] == "2024-06-01"
    assert 'mode="dynamic"' in out.read_text(encoding="utf-8")
    event = next(n for n, d in g.nodes(data=True) if d["label"].startswith("Hội nghị Ban Chấp hành Đảng bộ"))
    assert {(d["start"], d["end"]) for _, _, d in g.in_edges(event, data=True)} == {("2023-03-01", "2023-03-01")}


def test_csv_writes_nodes_and_edges(store_dir, tmp_path):
    folder = export(store_dir, "csv", tmp_path / "tables")
    nodes = list(csv.DictReader((folder / "nodes.csv").open(encoding="utf-8")))
    edges = list(csv.DictReader((folder / "edges.csv").open(encoding="utf-8")))
    ids = {n["id"] for n in nodes}
    assert all(e["source"] in ids and e["target"] in ids and e["relation"] for e in edges)
    assert any(n["label"] == "Bí thư Tỉnh ủy Lâm Đồng" and n["type"] == "post" for n in nodes)


def test_csv_needs_a_folder(store_dir):
    result = run_kg("export", "--format", "csv", "--store", store_dir)
    assert result.returncode == 2 and result.stderr.startswith("kg: ") and "Traceback" not in result.stderr


def test_default_exports(store_dir, tmp_path):
    store = GraphStore(store_dir, read_only=True)
    written = write_default_exports(store, tmp_path / "exports")
    store.close()
    assert [p.name for p in written] == ["graph.ttl", "graph.graphml", "identity-decisions.tsv"]
    report = written[2].read_text(encoding="utf-8").splitlines()
    assert report[0].split("\t") == ["decision", "name", "persons", "articles", "spellings", "reason"]
    assert report[1].startswith("refused\tnguyễn văn hùng\t") and "Kon Tum" in report[1]
    assert any(line.startswith("merged\ttrần đức quận\t") for line in report)
    assert len(rdflib.Graph().parse(written[0])) > 500
    assert nx.read_graphml(written[1]).number_of_nodes() > 20
