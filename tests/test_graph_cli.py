"""kg query, stats, check and remove through the real command line."""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import REPO, run_kg
from graph_fixtures import article, small_corpus

from kg.store import GraphStore


@pytest.fixture()
def store_dir(tmp_path):
    path = tmp_path / "store"
    store = GraphStore(path)
    store.add_facts([*small_corpus(), article("late", "2025-09-01",
                                              holdings=[("Trần Đức Quận", "Bí thư Tỉnh ủy Lâm Đồng")])])
    store.finalize()
    store.close()
    return path


SIMPLE = ("SELECT DISTINCT ?name ?post WHERE { ?p foaf:name ?name ; vpk:holdsPost/rdfs:label ?post } "
          "ORDER BY ?name ?post")


def test_query_formats(store_dir):
    table = run_kg("query", SIMPLE, "--store", store_dir)
    assert table.returncode == 0 and "Bí thư Tỉnh ủy Lâm Đồng" in table.stdout and "rows)" in table.stdout
    as_csv = run_kg("query", SIMPLE, "--store", store_dir, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert {"name": "Trần Đức Quận", "post": "Bí thư Tỉnh ủy Lâm Đồng"} in rows
    as_tsv = run_kg("query", SIMPLE, "--store", store_dir, "--format", "tsv")
    assert as_tsv.stdout.splitlines()[0] == "?name\t?post"
    as_json = json.loads(run_kg("query", SIMPLE, "--store", store_dir, "--format", "json").stdout)
    assert len(as_json["results"]["bindings"]) == len(rows)


def test_query_from_file_and_named_graphs(store_dir, tmp_path):
    q = tmp_path / "q.rq"
    q.write_text("SELECT ?g WHERE { GRAPH ?g { ?p vpk:holdsPost ?post } ?post rdfs:label "
                 '"Chủ tịch Ủy ban nhân dân tỉnh Kon Tum"@vi } ORDER BY ?g', encoding="utf-8")
    result = run_kg("query", "--file", q, "--store", store_dir, "--format", "csv")
    assert result.stdout.split() == ["g", "https://w3id.org/vnpolkg/id/article/h-1",
                                     "https://w3id.org/vnpolkg/id/article/h-3"]


def test_bad_query_is_one_line(store_dir):
    result = run_kg("query", "SELECT ?x WHERE { ?x foaf:name ", "--store", store_dir)
    assert result.returncode == 2
    assert result.stderr.startswith("kg: bad SPARQL query") and len(result.stderr.strip().splitlines()) == 1


def test_missing_store_is_one_line(tmp_path):
    result = run_kg("query", "ASK {}", "--store", tmp_path / "nothing")
    assert result.returncode == 2 and "no store" in result.stderr and "Traceback" not in result.stderr


def test_competency_queries_run(store_dir):
    for path in sorted((REPO / "ontology" / "queries").glob("*.rq")):
        result = run_kg("query", "--file", path, "--store", store_dir, "--format", "json")
        assert result.returncode == 0, (path.name, result.stderr)
        json.loads(result.stdout)


def test_stats(store_dir):
    result = run_kg("stats", "--store", store_dir)
    assert result.returncode == 0
    out = result.stdout
    assert "Person" in out and "Trần Đức Quận" in out and "co-attendance" in out
    assert "Nguyễn Trọng Ánh Đông" in out.split("co-attendance")[1]
    assert [line.split()[1] for line in out.splitlines() if line.strip().startswith("refusals")] == ["1"]


def test_check(store_dir):
    result = run_kg("check", "--store", store_dir)
    assert result.returncode == 0
    assert "Trần Đức Quận | Bí thư Tỉnh ủy Lâm Đồng | attested 2025-09-01" in result.stdout
    assert result.stdout.strip().endswith("1 finding (holdings that contradict a known term of office)")


def test_remove(store_dir):
    result = run_kg("remove", "late", "h-2", "--store", store_dir)
    assert result.returncode == 0 and "removed 2 articles" in result.stdout
    store = GraphStore(store_dir, read_only=True)
    assert set(store.article_hashes()) == {a.article.id for a in small_corpus()} - {"h-2"}
    store.close()
    missing = run_kg("remove", "nope", "--store", store_dir)
    assert missing.returncode == 1 and "nope" in missing.stderr


def test_readme_query_examples_answer(store_dir):
    import re

    text = (REPO / "README.md").read_text(encoding="utf-8")
    queries = re.findall(r"```sh\nkg query '(.+?)'\n```", text, flags=re.S)
    assert len(queries) >= 2
    answers = [run_kg("query", q, "--store", store_dir, "--format", "csv") for q in queries]
    assert all(a.returncode == 0 for a in answers), [a.stderr for a in answers]
    assert "Trần Đức Quận,2021-06-01,2025-09-01" in answers[0].stdout
    assert "2021,Bí thư Tỉnh ủy Lâm Đồng,1" in answers[1].stdout
