"""The query page of `kg serve` in headless Chromium: examples, results table, payloads shown as text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from chromium import browser_fixture, watched_fixture  # noqa: F401 (fixtures)
from interfaces_sample import MAI, PAYLOAD_HEADLINE, Server, build_sample_store

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    store = build_sample_store(tmp_path_factory.mktemp("query-page") / "store")
    srv = Server(store)
    yield srv
    srv.stop()


def _open(watched, server: Server):  # noqa: ANN001, ANN202
    view = watched(server.url + "/")
    view.page.goto(server.url + "/")
    view.page.wait_for_selector("#examples button")
    return view


def test_an_example_is_one_click_away_and_shows_a_table(watched, server: Server) -> None:
    view = _open(watched, server)
    page = view.page
    assert page.input_value("#query").startswith("PREFIX ")
    page.locator("#examples button", has_text="People and the posts").click()
    page.wait_for_selector("#results table tbody tr")
    assert MAI in page.locator("#results td").all_inner_texts()
    assert "result" in page.inner_text("#status")
    assert view.errors == [] and view.refused == []


def test_bad_query_shows_the_error(watched, server: Server) -> None:
    view = _open(watched, server)
    page = view.page
    page.fill("#query", "SELEC nothing")
    page.click("#run")
    page.wait_for_selector("#status.error")
    assert "400" in page.inner_text("#status") and "syntax" in page.inner_text("#status")


def test_article_payloads_are_shown_as_text(watched, server: Server) -> None:
    view = _open(watched, server)
    page = view.page
    page.fill("#query", "SELECT ?h ?u WHERE { ?a schema:headline ?h OPTIONAL { ?a schema:url ?u } } ORDER BY ?h")
    page.click("#run")
    page.wait_for_selector("#results table tbody tr")
    cells = page.locator("#results td").all_inner_texts()
    assert PAYLOAD_HEADLINE in cells
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#results img, #results script, #results b").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    assert view.dialogs == [] and view.errors == [] and view.refused == []


def test_construct_shows_turtle(watched, server: Server) -> None:
    view = _open(watched, server)
    page = view.page
    page.locator("#examples button", has_text="Everything about one person").click()
    page.wait_for_selector("#results pre.graph")
    assert MAI in page.inner_text("#results pre.graph")


def test_explorer_served_by_kg_serve_works(watched, server: Server, tmp_path: Path) -> None:
    view = watched(server.url + "/explorer")
    view.page.goto(server.url + "/explorer")
    view.page.wait_for_function("window.kgExplorer !== undefined", timeout=30_000)
    view.page.fill("#search", "truong thi mai")
    view.page.press("#search", "Enter")
    view.page.wait_for_selector("#panel:not([hidden])")
    assert view.page.inner_text("#panel-title") == MAI
    assert view.errors == [] and view.refused == []
