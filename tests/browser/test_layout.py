"""Every page type in light and dark, narrow and wide: screenshots kept under
`artifacts/screenshots/`, no sideways scrolling, timeline items that neither overlap nor overflow."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from browsing import SCHEMES, SCREENSHOTS, WIDTHS, Scheme, page_types, visit
from playwright.sync_api import Browser, Page

PAGE_TYPES = (
    "home", "article", "timeline", "timeline_year", "organisers", "organisation", "organisation_page", "quotes",
    "quotes_page", "speaker", "speaker_page", "about",
)

# Boxes of the timeline items and of what each holds, in page pixels.
TIMELINE_BOXES = """() => {
  const box = (element) => { const r = element.getBoundingClientRect();
    return {top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right}; };
  const content = document.querySelector("article.md-content__inner");
  return {
    content: box(content),
    items: [...document.querySelectorAll(".nr-event")].map((item) => ({
      box: box(item),
      parts: [...item.querySelectorAll(".nr-event-date, .nr-event-body, .nr-event-body p")].map(box),
      clipped: [...item.querySelectorAll(".nr-event-body, .nr-event-body p")]
        .some((part) => part.scrollWidth > part.clientWidth + 1),
    })),
  };
}"""


@pytest.fixture(scope="module")
def urls(built_site: Path, site_url: str) -> dict[str, str]:
    return {kind: site_url + path for kind, path in page_types(built_site).items()}


# Nothing on the page is wider than the window (no sideways scrolling).
def _assert_no_sideways_scroll(page: Page) -> None:
    widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"page is {widths[0]} px wide in a {widths[1]} px window"


@pytest.mark.parametrize("width_name", list(WIDTHS))
@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_page_type_screenshot(
    browser: Browser, urls: dict[str, str], kind: str, scheme: Scheme, width_name: str
) -> None:
    with visit(browser, urls[kind], WIDTHS[width_name], scheme) as opened:
        applied = opened.page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")
        assert applied == ("slate" if scheme == "dark" else "default")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        opened.page.screenshot(path=SCREENSHOTS / f"{kind}-{scheme}-{width_name}.png", full_page=True)
        _assert_no_sideways_scroll(opened.page)


@pytest.mark.parametrize("width_name", list(WIDTHS))
@pytest.mark.parametrize("scheme", SCHEMES)
def test_timeline_items_neither_overlap_nor_overflow(
    browser: Browser, urls: dict[str, str], scheme: Scheme, width_name: str
) -> None:
    with visit(browser, urls["timeline_year"], WIDTHS[width_name], scheme) as opened:
        boxes = opened.page.evaluate(TIMELINE_BOXES)
    items = boxes["items"]
    assert items, "the timeline shows no events"
    content = boxes["content"]
    for item in items:
        inside = item["box"]
        assert content["left"] - 1 <= inside["left"] and inside["right"] <= content["right"] + 1, inside
        assert not item["clipped"], "timeline text is cut off"
        for part in item["parts"]:
            assert inside["left"] - 1 <= part["left"] and part["right"] <= inside["right"] + 1, part
            assert inside["top"] - 1 <= part["top"] and part["bottom"] <= inside["bottom"] + 1, part
    ordered = sorted(items, key=lambda item: item["box"]["top"])
    for above, below in itertools.pairwise(ordered):
        assert above["box"]["bottom"] <= below["box"]["top"] + 0.5, (above["box"], below["box"])


# Site chrome that a printed page leaves out.
PRINT_HIDDEN = (".md-header", ".md-sidebar--primary", ".md-search", ".md-footer")


@pytest.mark.parametrize("kind", ["article", "quotes", "timeline"])
def test_print_shows_only_the_content(browser: Browser, urls: dict[str, str], kind: str) -> None:
    with visit(browser, urls[kind], 1280) as opened:
        page = opened.page
        page.emulate_media(media="print")
        for selector in PRINT_HIDDEN:
            displays = page.eval_on_selector_all(selector, "(all) => all.map((e) => getComputedStyle(e).display)")
            assert displays and set(displays) == {"none"}, (selector, displays)
        assert page.locator("article.md-content__inner").is_visible()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.pdf(path=SCREENSHOTS / f"{kind}-print.pdf", format="A4")
