"""The explorer in headless Chromium, opened from a file with the network cut off."""

from __future__ import annotations

import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from chromium import browser_fixture, watched_fixture  # noqa: F401 (fixtures)
from interfaces_sample import (
    MAI,
    MAI_SENTENCE,
    PAYLOAD_HEADLINE,
    PAYLOAD_SENTENCE,
    REPO,
    TESTER,
    build_sample_store,
    synthetic,
)

from kg.explorer import write_explorer
from kg.explorer.page import render

SCREENSHOT = REPO / "exports" / "screenshot-explorer.png"


pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def explorer_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("browser")
    store = build_sample_store(folder / "store")
    return write_explorer(ox.Store.read_only(str(store)), folder / "explorer.html")


def _open(watched, path: Path):  # noqa: ANN001, ANN202
    view = watched("file://")
    view.page.goto(path.as_uri())
    view.page.wait_for_function("window.kgExplorer !== undefined", timeout=30_000)
    return view


def _search(page, text: str) -> None:  # noqa: ANN001
    page.fill("#search", text)
    page.press("#search", "Enter")
    page.wait_for_selector("#panel:not([hidden])", timeout=10_000)


def test_search_finds_her_and_the_panel_shows_her_posts_with_evidence(watched, explorer_file: Path) -> None:
    view = _open(watched, explorer_file)
    page = view.page
    # a steady picture: the same bytes on every run
    page.wait_for_function("() => window.kgExplorer.network.physics.stabilized === true", timeout=30_000)
    _search(page, MAI)
    assert page.inner_text("#panel-title") == MAI
    facts = page.inner_text("#facts")
    assert "holds Trưởng Ban Tổ chức Trung ương" in facts
    assert "holds Thường trực Ban Bí thư" in facts
    assert MAI_SENTENCE in page.locator("#facts blockquote.evidence").all_inner_texts()
    assert page.locator("#facts a[href='https://example.org/tin/1']").count() >= 1
    assert "2022-01-13" in facts
    page.wait_for_timeout(600)  # let the focus animation settle for the picture
    page.evaluate("document.activeElement.blur()")  # no blinking caret
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    assert view.errors == [] and view.refused == [] and view.dialogs == []


def test_search_without_diacritics_and_the_legend(watched, explorer_file: Path) -> None:
    view = _open(watched, explorer_file)
    page = view.page
    page.fill("#search", "truong thi mai")
    first = page.locator("#matches button").first
    assert first.inner_text().startswith(MAI)
    page.fill("#search", "LAM DONG")
    labels = page.locator("#matches button").all_inner_texts()
    assert any(label.startswith("Lâm Đồng") for label in labels)
    legend = page.inner_text("#legend")
    for name in ("Person", "Post", "Body", "Event", "Place"):
        assert name in legend
    assert view.errors == [] and view.refused == []


def _visible(page) -> set[str]:  # noqa: ANN001
    shown = """() => kgExplorer.nodes.get({filter: (n) => !n.hidden}).map((n) => kgExplorer.data.nodes[n.id].label)"""
    return set(page.evaluate(shown))


def test_filters_by_type_date_and_province_and_neighbourhood_focus(watched, explorer_file: Path) -> None:
    view = _open(watched, explorer_file)
    page = view.page
    everything = _visible(page)
    assert MAI in everything and "Lâm Đồng" in everything

    page.uncheck("#legend input[data-type='Person']")
    assert MAI not in _visible(page)
    page.check("#legend input[data-type='Person']")

    page.fill("#date-from", "2023-01-01")
    page.dispatch_event("#date-from", "change")
    dated = _visible(page)
    assert "Thường trực Ban Bí thư" in dated and "Trưởng Ban Tổ chức Trung ương" not in dated
    page.fill("#date-to", "2023-05-31")
    page.dispatch_event("#date-to", "change")
    assert "Chủ tịch UBND tỉnh Hà Giang" not in _visible(page)
    page.click("#show-all")
    assert _visible(page) == everything

    page.select_option("#province", label="Lâm Đồng")
    in_province = _visible(page)
    assert "Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2021" in in_province
    assert "Lễ kỷ niệm ngày thành lập tỉnh Hà Giang" not in in_province
    page.click("#show-all")

    _search(page, "Trần Đức Quận")
    page.click("#focus")
    focused = _visible(page)
    assert "Trần Đức Quận" in focused and "Bí thư Tỉnh ủy Lâm Đồng" in focused
    assert "Thường trực Ban Bí thư" not in focused and len(focused) < len(everything)
    page.click("#show-all")
    assert _visible(page) == everything
    assert view.errors == [] and view.refused == []


def test_article_payloads_are_shown_as_text(watched, explorer_file: Path) -> None:
    view = _open(watched, explorer_file)
    page = view.page
    _search(page, TESTER)
    texts = page.locator("#facts .source").all_inner_texts()
    assert any(PAYLOAD_HEADLINE in t for t in texts)
    assert PAYLOAD_SENTENCE in page.locator("#facts blockquote.evidence").all_inner_texts()
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#facts img, #facts script, #facts b").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    assert view.dialogs == [] and view.errors == [] and view.refused == []


def test_5000_nodes_stay_responsive(watched, tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    path.write_text(render(synthetic()), encoding="utf-8")
    started = time.monotonic()
    view = _open(watched, path)
    page = view.page
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
    loaded = time.monotonic() - started
    started = time.monotonic()
    _search(page, "Person 1234 nguyen van")
    assert page.inner_text("#panel-title") == "Person 1234 Nguyễn Văn"
    found = time.monotonic() - started
    page.wait_for_timeout(600)  # the centring animation
    filtered = page.evaluate("""() => new Promise((done) => {
        const started = performance.now();
        document.querySelector("#legend input[data-type='Event']").click();  // hides 2,000 nodes, 5,000 links
        requestAnimationFrame(() => requestAnimationFrame(() => done((performance.now() - started) / 1000)));
    })""")
    assert page.evaluate("kgExplorer.nodes.get({filter: (n) => !n.hidden}).length") == 3000
    print(f"5,000 nodes: loaded in {loaded:.2f} s, search+centre {found:.2f} s, type filter {filtered:.2f} s")
    assert loaded < 20 and found < 5 and filtered < 3
    assert view.errors == [] and view.refused == []


def test_clicking_a_link_shows_its_articles(watched, explorer_file: Path) -> None:
    view = _open(watched, explorer_file)
    page = view.page
    page.click("#show-all")
    page.wait_for_timeout(300)
    point = page.evaluate("""() => {
        const k = kgExplorer, net = k.network;
        net.setOptions({physics: false});  // hold the drawing still
        const id = k.data.links.findIndex((l) => l.r === "holdsPost" && l.src.length);
        const e = k.edges.get(id), a = net.getPositions([e.from])[e.from], b = net.getPositions([e.to])[e.to];
        const p = net.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
        const box = document.getElementById("network").getBoundingClientRect();
        return {x: box.left + p.x, y: box.top + p.y};
    }""")
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector("#panel:not([hidden])")
    assert " — holds — " in page.inner_text("#panel-title")
    assert page.locator("#facts blockquote.evidence").count() >= 1
    assert view.errors == [] and view.refused == []
