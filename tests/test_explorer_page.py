"""The explorer's data, layout and page (no browser): facts with evidence, escaping, no network assets."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import run_kg
from interfaces_sample import MAI, MAI_SENTENCE, PAYLOAD_HEADLINE, PAYLOAD_SENTENCE, build_sample_store, synthetic

from kg.explorer import render_store
from kg.explorer.data import STYLES, ExplorerGraph, fold, load, store_select, trim
from kg.explorer.embed import script_json
from kg.explorer.layout import positions
from kg.explorer.page import render

DATA_BLOCK = re.compile(r'<script id="kg-data" type="application/json">(.*?)</script>', re.S)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_store(tmp_path_factory.mktemp("explorer") / "store")


@pytest.fixture(scope="module")
def graph(store: Path) -> ExplorerGraph:
    return load(store_select(ox.Store.read_only(str(store))))


@pytest.fixture(scope="module")
def page(store: Path) -> str:
    return render_store(ox.Store.read_only(str(store)))


def _data(page: str) -> dict:
    return json.loads(DATA_BLOCK.search(page)[1])


def test_fold_drops_diacritics_and_case() -> None:
    assert fold("Trương Thị Mai") == "truong thi mai"
    assert fold("ĐẮK LẮK") == fold("Đắk Lắk") == "dak lak"
    assert fold("Hoà Bình") == fold("Hòa Bình")


def test_nodes_are_typed_and_labelled(graph: ExplorerGraph) -> None:
    by_label = {(n.label, n.type) for n in graph.nodes.values()}
    assert (MAI, "Person") in by_label
    assert ("Trưởng Ban Tổ chức Trung ương", "Post") in by_label
    assert ("Lâm Đồng", "Place") in by_label
    assert {n.type for n in graph.nodes.values()} >= {"Person", "Post", "Organization", "Event", "Place"}


def test_holdings_carry_article_date_and_evidence(graph: ExplorerGraph) -> None:
    mai = next(iri for iri, n in graph.nodes.items() if n.label == MAI)
    holds = {graph.nodes[link.target].label: link for link in graph.links
             if link.source == mai and link.relation == "holdsPost"}
    assert set(holds) == {"Trưởng Ban Tổ chức Trung ương", "Thường trực Ban Bí thư"}
    source = holds["Trưởng Ban Tổ chức Trung ương"].sources[0]
    assert graph.articles[source.article].headline == "Tổng kết toàn quốc công tác xây dựng Đảng"
    assert graph.articles[source.article].date == "2022-01-13"
    assert graph.articles[source.article].url == "https://example.org/tin/1"
    assert source.evidence == [MAI_SENTENCE]
    assert holds["Thường trực Ban Bí thư"].dates == {"2023-05-02"}


def test_chairing_is_not_also_drawn_as_attending(graph: ExplorerGraph) -> None:
    pairs = [(link.source, link.target) for link in graph.links if link.relation in ("chaired", "attended")]
    assert len(pairs) == len(set(pairs))


def test_events_and_posts_know_their_province(graph: ExplorerGraph) -> None:
    by_label = {n.label: n for n in graph.nodes.values()}
    assert "Lâm Đồng" in by_label["Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2021"].provinces
    assert "Lâm Đồng" in by_label["Bí thư Tỉnh ủy Lâm Đồng"].provinces
    assert by_label["Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2021"].date == "2022-01-13"


def test_page_loads_nothing_from_the_network(page: str) -> None:
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page, re.I)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//|@import", page, re.I)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "vis.Network" in page and "new vis.DataSet" in page


def test_article_strings_reach_the_page_only_as_escaped_json(page: str) -> None:
    assert PAYLOAD_HEADLINE not in page and PAYLOAD_SENTENCE not in page
    outside_data = DATA_BLOCK.sub("", page)
    assert "__pwned" not in outside_data
    tags = re.findall(r"^<script[^>]*>", page, re.M)  # the data block, vis-network, the explorer: nothing injected
    assert tags == ['<script id="kg-data" type="application/json">', "<script>", "<script>"]
    data = _data(page)
    assert PAYLOAD_HEADLINE in [a["h"] for a in data["articles"]]
    assert any(PAYLOAD_SENTENCE in sentences for link in data["links"] for _, sentences in link["src"])


def test_script_json_cannot_break_out() -> None:
    text = script_json({"a": "</script><!--<script>\u2028"})
    assert "<" not in text and ">" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!--<script>\u2028"}


def test_explorer_js_never_writes_html() -> None:
    source = (Path(__file__).parents[1] / "kg" / "explorer" / "assets" / "explorer.js").read_text(encoding="utf-8")
    assert "innerHTML" not in source and "outerHTML" not in source and "insertAdjacentHTML" not in source
    query_js = (Path(__file__).parents[1] / "kg" / "server" / "assets" / "query.js").read_text(encoding="utf-8")
    assert "innerHTML" not in query_js and "insertAdjacentHTML" not in query_js


def test_5000_nodes_render_quickly_with_physics_off() -> None:
    graph = synthetic()
    started = time.monotonic()
    page = render(graph)
    elapsed = time.monotonic() - started
    data = _data(page)
    assert len(data["vis"]["nodes"]) == 5000
    assert data["vis"]["options"]["physics"]["enabled"] is False
    assert all("x" in n and "y" in n and n["physics"] is False for n in data["vis"]["nodes"])
    assert elapsed < 30, f"rendering 5,000 nodes took {elapsed:.1f} s"


def test_small_graphs_keep_physics() -> None:
    data = _data(render(synthetic(20, 10, 5)))
    assert len(data["vis"]["nodes"]) == 35 <= STYLES["physics_threshold"]
    assert data["vis"]["options"]["physics"]["enabled"] is True


def test_layout_spreads_nodes_apart() -> None:
    ids = [str(i) for i in range(600)]
    edges = [(str(i), str((i * 7 + 1) % 600)) for i in range(600)]
    placed = positions(ids, edges)
    assert set(placed) == set(ids)
    assert len({(round(x), round(y)) for x, y in placed.values()}) > 590


def test_kg_view_writes_the_file(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "sub" / "explorer.html"
    result = run_kg("view", "--store", store, "-o", out)
    assert result.returncode == 0, result.stderr
    assert any(n["label"] == MAI for n in _data(out.read_text(encoding="utf-8"))["nodes"])


def test_kg_view_without_a_store_is_a_one_line_error(tmp_path: Path) -> None:
    result = run_kg("view", "--store", tmp_path / "missing", "-o", tmp_path / "x.html")
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "no store here" in result.stderr


def test_big_graphs_are_trimmed_to_the_most_connected_nodes() -> None:
    graph = synthetic()
    trimmed = trim(graph, 1000)
    assert len(trimmed.nodes) == 1000 and trimmed.total_nodes == 5000
    assert all(link.source in trimmed.nodes and link.target in trimmed.nodes for link in trimmed.links)
    degree = {iri: 0 for iri in graph.nodes}
    for link in graph.links:
        degree[link.source] += 1
        degree[link.target] += 1
    assert min(degree[i] for i in trimmed.nodes) >= max(degree[i] for i in graph.nodes if i not in trimmed.nodes)
    data = _data(render(trimmed))
    assert data["total_nodes"] == 5000 and len(data["nodes"]) == 1000
