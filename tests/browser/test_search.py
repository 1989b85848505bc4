"""Material's header search on the built site, driven through headless chromium."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browsing import search_for
from playwright.sync_api import Browser, Page


@pytest.fixture
def page(browser: Browser, site_url: str) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.goto(site_url)
    yield opened
    context.close()


def test_site_title_is_found(page: Page) -> None:
    search_for(page, "microsite")
    titles = page.locator(".md-search-result__item h1, .md-search-result__item h2").all_inner_texts()
    assert any("microsite" in title.lower() for title in titles), titles


def test_accented_word_found_without_its_accent(page: Page) -> None:
    search_for(page, "Barcena")
    results = " ".join(page.locator(".md-search-result__item").all_inner_texts())
    assert "Bárcena" in results


def test_result_leads_to_its_page(page: Page, site_url: str) -> None:
    search_for(page, "Barcena")
    page.locator(".md-search-result__link").first.click()
    page.wait_for_load_state()
    assert page.url.startswith(site_url)
    assert "Bárcena" in page.locator("article").inner_text()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Barcena", "speakers/alicia-barcena/"),
        ("UDUAL", "organisers/udual/"),
        ("vaccines", "articles/celac-china-forum/"),
        ("September 18", "articles/celac-china-forum/"),  # events are indexed once, in the article text
    ],
)
def test_query_finds_the_right_page_among_the_first_results(page: Page, query: str, expected: str) -> None:
    search_for(page, query)
    links = page.locator(".md-search-result__item > .md-search-result__link")
    hrefs = [links.nth(i).get_attribute("href") or "" for i in range(min(links.count(), 5))]
    assert any(expected in href for href in hrefs), hrefs
