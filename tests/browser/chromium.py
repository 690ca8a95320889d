"""Headless Debian Chromium driven by Python playwright (never `playwright install`); skipped without it.

Test modules import the fixtures from here (a conftest.py here would shadow tests/conftest.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module", name="browser")  # imported per module: one playwright at a time
def browser_fixture() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip(f"needs Debian's chromium at {CHROMIUM} (apt-get install -y chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright Python package")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


class PageWatch:
    """A page that records script errors, console errors, dialogs and every request it had to refuse."""

    def __init__(self, page: object, allowed_prefix: str) -> None:
        self.page = page
        self.errors: list[str] = []
        self.refused: list[str] = []
        self.dialogs: list[str] = []
        page.on("pageerror", lambda err: self.errors.append(str(err)))
        page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        page.on("dialog", self._dialog)
        page.route("**/*", self._route)
        self.allowed_prefix = allowed_prefix

    def _dialog(self, dialog: object) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route: object) -> None:
        url = route.request.url
        if url.startswith(self.allowed_prefix):
            route.continue_()
        else:
            self.refused.append(url)
            route.abort()


@pytest.fixture(name="watched")
def watched_fixture(browser: object) -> Iterator[callable]:
    contexts = []

    def open_page(allowed_prefix: str, viewport: tuple[int, int] = (1500, 950)) -> PageWatch:
        context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        contexts.append(context)
        return PageWatch(context.new_page(), allowed_prefix)

    yield open_page
    for context in contexts:
        context.close()
