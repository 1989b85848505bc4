"""Every built page loads cleanly and offline; links to a source paragraph land on it, highlighted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from browsing import page_types, site_pages, visit
from playwright.sync_api import Browser, Page

# Pages written by hand carry no generated front matter, so no JSON-LD.
HAND_WRITTEN = {"about/", "tags/"}

# What a paragraph looks like: is it the `:target`, its highlight, where it sits in the window.
PARAGRAPH_STATE = """(id) => {
  const paragraph = document.getElementById(id);
  const style = getComputedStyle(paragraph);
  const other = [...document.querySelectorAll(".nr-article p")].find((p) => p.id !== id);
  const rect = paragraph.getBoundingClientRect();
  return {
    target: paragraph.matches(":target"),
    shadow: style.boxShadow,
    background: style.backgroundColor,
    otherBackground: other ? getComputedStyle(other).backgroundColor : null,
    inView: rect.top >= 0 && rect.top < innerHeight,
    text: paragraph.innerText,
  };
}"""


# The head of the open page: its JSON-LD scripts and Open Graph title and description.
HEAD_META = """() => ({
  ld: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent),
  title: document.querySelector('meta[property="og:title"]')?.content,
  description: document.querySelector('meta[property="og:description"]')?.content,
})"""


def test_every_page_loads_cleanly_with_structured_data(
    browser: Browser, built_site: Path, site_url: str
) -> None:
    pages = [*site_pages(built_site), "404.html"]
    assert len(pages) > 10, pages
    problems: dict[str, list[str]] = {}
    for path in pages:
        with visit(browser, site_url + path) as opened:
            opened.page.wait_for_timeout(200)
            head = opened.page.evaluate(HEAD_META)
            if opened.problems:
                problems[path] = opened.problems
        assert head["title"] and head["description"], path
        if path in HAND_WRITTEN or path == "404.html":
            continue
        assert len(head["ld"]) == 1, path
        assert json.loads(head["ld"][0])["@context"] == "https://schema.org", path
    assert not problems, problems


# The guard itself: a request to another host is recorded and never sent.
def test_a_request_off_127_0_0_1_is_caught(browser: Browser, site_url: str) -> None:
    with visit(browser, site_url) as opened:
        opened.page.evaluate("() => fetch('http://192.0.2.1/font.woff2').catch(() => null)")
        opened.page.wait_for_timeout(200)
        assert any("192.0.2.1" in problem for problem in opened.problems), opened.problems


# Follow the first link matching `selector` and return the state of the paragraph it lands on.
def _follow_to_paragraph(page: Page, selector: str) -> tuple[str, dict[str, object]]:
    link = page.locator(selector).first
    href = link.get_attribute("href") or ""
    assert "#p" in href, href
    link.click()
    page.wait_for_url(f"**{href.rsplit('/', 1)[-1]}")
    anchor = page.url.rsplit("#", 1)[1]
    page.wait_for_timeout(300)
    return anchor, page.evaluate(PARAGRAPH_STATE, anchor)


# The paragraph is the target, highlighted unlike its neighbours, and scrolled into view.
def _assert_highlighted(state: dict[str, object]) -> None:
    assert state["target"], state
    assert state["shadow"] != "none", state
    assert state["background"] != state["otherBackground"], state
    assert state["inView"], state


@pytest.mark.parametrize(
    ("kind", "link", "said"),
    [
        ("timeline_year", ".nr-event a.nr-source", ".nr-event-date-text"),
        ("speaker", ".nr-words-item a.nr-source", ".nr-words-text"),
        ("organisation", ".nr-excerpt a.nr-source", ".nr-excerpt mark.nr-org"),
    ],
)
def test_source_link_lands_on_the_highlighted_paragraph(
    browser: Browser, built_site: Path, site_url: str, kind: str, link: str, said: str
) -> None:
    with visit(browser, site_url + page_types(built_site)[kind]) as opened:
        expected = opened.page.locator(said).first.inner_text().strip("“”\" ")
        _, state = _follow_to_paragraph(opened.page, link)
        _assert_highlighted(state)
        assert expected in str(state["text"]), (expected, state["text"])
        assert not opened.problems, opened.problems


def test_quote_permalink_targets_its_card(browser: Browser, built_site: Path, site_url: str) -> None:
    with visit(browser, site_url + page_types(built_site)["speaker"]) as opened:
        page = opened.page
        permalink = page.locator(".nr-words-item a.nr-permalink").nth(1)
        href = permalink.get_attribute("href") or ""
        permalink.click()
        page.wait_for_url(f"**{href}")
        card = page.locator(f"li{href}")
        assert card.evaluate("(card) => card.matches(':target')")
        assert card.evaluate("(card) => getComputedStyle(card).boxShadow") != "none"
