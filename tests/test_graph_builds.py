"""Incremental and deterministic builds through the real command line, on the bundled corpus."""

from __future__ import annotations

import json

from conftest import REPO, run_kg


def build(tmp, name, *inputs) -> str:
    store = tmp / name
    result = run_kg("build", *inputs, "--store", store, "--no-exports", "--workers", "1")
    assert result.returncode == 0, result.stderr
    return store


def nquads(store) -> str:
    result = run_kg("export", "--format", "nquads", "--store", store)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_same_input_twice_gives_byte_identical_nquads(tmp_path):
    one = nquads(build(tmp_path, "one", REPO / "corpus"))
    two = nquads(build(tmp_path, "two", REPO / "corpus"))
    assert one == two and one.count("\n") > 1000


def test_incremental_build_equals_one_build_and_skips_known_articles(tmp_path):
    records = (REPO / "corpus" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("\n".join(records[:10]) + "\n", encoding="utf-8")
    second.write_text("\n".join(records[10:]) + "\n", encoding="utf-8")
    whole = tmp_path / "in"
    whole.mkdir()
    (whole / "all.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    store = build(tmp_path, "inc", first)
    report = tmp_path / "report.json"
    again = run_kg("build", first, second, "--store", store, "--no-exports", "--workers", "1", "--report", report)
    assert again.returncode == 0, again.stderr
    summary = json.loads(report.read_text(encoding="utf-8"))
    assert summary["articles_unchanged"] == 10 and summary["articles_extracted"] == len(records) - 10
    assert nquads(store) == nquads(build(tmp_path, "whole", whole / "all.jsonl"))


def test_remove_then_rebuild_restores_the_graph(tmp_path):
    store = build(tmp_path, "s", REPO / "corpus")
    before = nquads(store)
    removed = run_kg("remove", "000_afdb58c3525a2a02", "--store", store)
    assert removed.returncode == 0, removed.stderr
    after = nquads(store)
    assert "000_afdb58c3525a2a02" not in after and "Nguyễn Trọng Ánh Đông" not in after
    build(tmp_path, "s", REPO / "corpus")
    assert nquads(store) == before
