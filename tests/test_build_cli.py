"""`kg build` and `kg extract` through the real command line: good and bad input, exit status, report."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest
from conftest import run_kg

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpus" / "000_afdb58c3525a2a02.txt"
VI = "Sáng 5/3, đồng chí Nguyễn Văn Nam, Bí thư Tỉnh ủy Lâm Đồng, chủ trì hội nghị tổng kết công tác năm 2021."


def _articles(n: int) -> list[dict]:
    lines = (REPO / "corpus" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[:n]]


def _article_ids(store: Path) -> set[str]:
    out = run_kg("query", "SELECT ?id WHERE { ?a a vpk:Article ; schema:identifier ?id }", "--store", store,
                 "--format", "json")
    assert out.returncode == 0, out.stderr
    return {row["id"] for row in _rows(out.stdout)}


def _rows(text: str) -> list[dict]:
    data = json.loads(text)
    if isinstance(data, dict) and "results" in data:  # SPARQL 1.1 JSON results
        return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]
    return data


def test_build_good_then_bad_input(tmp_path: Path) -> None:
    good = tmp_path / "good"
    good.mkdir()
    shutil.copy(SEED, good)
    store, exports = tmp_path / "out" / "store", tmp_path / "out"
    first = run_kg("build", good, "--store", store, "--exports", exports, "--workers", "1")
    assert first.returncode == 0, first.stderr
    assert "read 1 articles: 1 extracted" in first.stdout and "skipped 0" in first.stdout
    assert (exports / "graph.ttl").stat().st_size > 0 and (exports / "graph.graphml").stat().st_size > 0

    bad = tmp_path / "bad"
    (bad / "sub").mkdir(parents=True)
    records = [json.dumps({"id": "ok-1", "title": "Tin", "text": VI}, ensure_ascii=False), "{broken",
               json.dumps({"id": "no-text", "title": "x"}),
               json.dumps({"id": "en", "title": "x", "text": "The secretary chaired the meeting in the city."})]
    (bad / "records.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    (bad / "sub" / "empty.txt").write_text("")
    (bad / "sub" / "blob.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    data = gzip.compress(("\n".join(json.dumps(r, ensure_ascii=False) for r in _articles(3)) + "\n").encode())
    (bad / "cut.jsonl.gz").write_bytes(data[: len(data) - 40])
    report = tmp_path / "report.json"
    second = run_kg("build", bad, "--store", store, "--no-exports", "--workers", "1", "--report", report)
    assert second.returncode == 1, second.stderr
    err = second.stderr
    assert f"{bad / 'records.jsonl'}:2: malformed JSON" in err
    assert f"{bad / 'records.jsonl'}:3: record without text" in err
    assert f"{bad / 'records.jsonl'}:4: not Vietnamese" in err
    assert f"{bad / 'sub' / 'empty.txt'}: empty file" in err
    assert f"{bad / 'sub' / 'blob.txt'}: binary file" in err
    assert f"{bad / 'cut.jsonl.gz'}" in err and "truncated gzip" in err
    assert "Traceback" not in err
    summary = json.loads(report.read_text(encoding="utf-8"))
    assert summary["skipped_by_reason"] == {"binary file": 1, "empty file": 1, "malformed JSON": 1,
                                            "not Vietnamese": 1, "record without text": 1, "truncated gzip": 1}
    assert summary["skipped"] == 6 and summary["articles_extracted"] == summary["articles_read"] >= 1
    assert {"path", "line", "reason"} <= set(summary["problems"][0])
    assert summary["facts_added"]["quads"] > 0
    assert "skipped 6:" in second.stdout
    ids = _article_ids(store)
    assert {"000_afdb58c3525a2a02", "ok-1"} <= ids  # nothing already in the store was lost


def test_usage_errors(tmp_path: Path) -> None:
    out = run_kg("build", tmp_path / "missing", "--store", tmp_path / "s")
    assert out.returncode == 2 and "input not found" in out.stderr and "Traceback" not in out.stderr
    out = run_kg("extract", tmp_path / "missing")
    assert out.returncode == 2 and "input not found" in out.stderr


def test_default_build_reads_corpus(tmp_path: Path) -> None:
    work = tmp_path / "w"
    shutil.copytree(REPO / "corpus", work / "corpus")
    out = run_kg("build", "--workers", "2", cwd=work)
    assert out.returncode == 0, out.stderr
    assert "read 29 articles: 29 extracted" in out.stdout
    assert (work / "exports" / "store").is_dir()
    assert (work / "exports" / "graph.ttl").is_file() and (work / "exports" / "graph.graphml").is_file()
    assert len(_article_ids(work / "exports" / "store")) == 29


def test_extract_jsonl_and_table(tmp_path: Path) -> None:
    out = run_kg("extract", SEED, "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    [line] = out.stdout.splitlines()
    assert "Trương Thị Mai" in line  # not \\u-escaped
    facts = json.loads(line)
    assert facts["article"]["id"] == "000_afdb58c3525a2a02"
    assert facts["article"]["published"] == "2022-01-13T11:01:00+07:00"
    assert facts["article"]["source"] == "Báo Lâm Đồng online" and facts["article"]["byline"] == "NGUYỆT THU"
    assert {"persons", "holdings", "former_holdings", "events"} <= set(facts)
    table = run_kg("extract", SEED, "--format", "table")
    assert table.returncode == 0
    assert "000_afdb58c3525a2a02" in table.stdout and "Trương Thị Mai" in table.stdout
    assert "read 1 articles" in table.stdout


@pytest.mark.parametrize("workers", ["1", "2"])
def test_extract_keeps_input_order_and_reports_bad_lines(tmp_path: Path, workers: str) -> None:
    recs = _articles(10)
    lines = [json.dumps(r, ensure_ascii=False) for r in recs]
    lines.insert(4, "not json")
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = run_kg("extract", path, "--workers", workers)
    assert out.returncode == 1
    assert f"{path}:5: malformed JSON" in out.stderr
    assert [json.loads(x)["article"]["id"] for x in out.stdout.splitlines()] == [r["id"] for r in recs]
