"""Every link and control of the page content is reachable with the Tab key, with a visible focus."""

from __future__ import annotations

from pathlib import Path

import pytest
from browsing import page_types, visit
from playwright.sync_api import Browser

PAGE_TYPES = (
    "home", "article", "timeline", "timeline_year", "organisers", "organisation", "organisation_page", "quotes",
    "quotes_page", "speaker", "speaker_page", "about",
)

# Number every visible link of the content so focus can be matched to it.
LABEL_CONTENT_LINKS = """() => {
  const links = [...document.querySelectorAll("article.md-content__inner a[href]")]
    .filter((link) => link.getClientRects().length > 0);
  links.forEach((link, index) => link.setAttribute("data-tab-check", String(index)));
  return links.length;
}"""

# The focused element: its content-link number (or null) and whether its focus can be seen.
FOCUSED = """() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  return {
    index: element.getAttribute("data-tab-check"),
    visible: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0
      || style.boxShadow !== "none",
  };
}"""


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_every_content_link_is_reached_by_tab(browser: Browser, built_site: Path, site_url: str, kind: str) -> None:
    with visit(browser, site_url + page_types(built_site)[kind]) as opened:
        page = opened.page
        total = page.evaluate(LABEL_CONTENT_LINKS)
        assert total > 0
        reached: set[str] = set()
        unseen_focus: list[str] = []
        for _ in range(total + 60):
            page.keyboard.press("Tab")
            focused = page.evaluate(FOCUSED)
            if focused["index"] is not None:
                reached.add(focused["index"])
                if not focused["visible"]:
                    unseen_focus.append(focused["index"])
            if len(reached) == total:
                break
        missing = sorted(set(map(str, range(total))) - reached, key=int)
        assert not missing, f"{len(missing)} of {total} links never got focus: {missing[:10]}"
        assert not unseen_focus, f"links focused without a visible outline: {unseen_focus[:10]}"
