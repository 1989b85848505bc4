"""`make offline`'s zip, unzipped and opened from disk (`file://`): navigation and search work.

The zip is built by the Makefile target itself, so what is tested is what a reader is sent.
"""

from __future__ import annotations

import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from browsing import ROOT, Visit, search_for, visit
from playwright.sync_api import Browser


@pytest.fixture(scope="module")
def offline_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Run `make offline` into a temporary zip, unzip it, and return the path of its home page."""
    folder = tmp_path_factory.mktemp("offline")
    archive = folder / "site.zip"
    done = subprocess.run(
        ["make", "--no-print-directory", "offline", f"OFFLINE_ZIP={archive}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, f"make offline failed:\n{done.stdout}\n{done.stderr}"
    with zipfile.ZipFile(archive) as unzipped:
        unzipped.extractall(folder / "unzipped")
    return folder / "unzipped" / "news-microsite" / "index.html"


@pytest.fixture
def home(browser: Browser, offline_home: Path) -> Iterator[Visit]:
    with visit(browser, offline_home.as_uri()) as opened:
        yield opened


def test_home_opens_from_disk_without_the_network(home: Visit) -> None:
    assert home.page.url.startswith("file://")
    assert home.problems == []


def test_navigation_leads_to_the_listing_pages(home: Visit) -> None:
    home.page.locator(".md-tabs__link, .md-nav__link", has_text="Organisers").first.click()
    home.page.wait_for_load_state()
    assert home.page.url.endswith("/organisers/index.html")
    home.page.locator("a.nr-org-card").first.click()
    home.page.wait_for_load_state()
    assert home.page.url.startswith("file://") and home.page.url.endswith(".html")
    assert home.page.locator("article h1").count() == 1


def test_search_finds_barcena_and_leads_to_her_page(home: Visit) -> None:
    search_for(home.page, "Barcena")
    results = " ".join(home.page.locator(".md-search-result__item").all_inner_texts())
    assert "Bárcena" in results
    home.page.locator(".md-search-result__link").first.click()
    home.page.wait_for_load_state()
    assert home.page.url.startswith("file://")
    assert "Bárcena" in home.page.locator("article").inner_text()
    assert home.problems == []
