"""What keeps a large archive cheap: a nav that does not list detail pages, listings that
link every one of them, and a search index with the article text once and little else."""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path
from typing import Any

DETAIL_FOLDERS = ("articles", "organisers", "speakers")
# Each kind of detail page and the listing page that must link all of them.
LISTING_OF = {"articles": "index.html", "organisers": "organisers/index.html", "speakers": "quotes/index.html"}
_HREF = re.compile(r'href="([^"#]*)[^"]*"')


# Site-relative folders of every detail page the build wrote.
def _detail_pages(site: Path, folder: str) -> set[str]:
    return {
        page.parent.relative_to(site).as_posix() + "/"
        for page in (site / folder).glob("*/index.html")
    }


# The site-relative folders a page links to.
def _linked(site: Path, page: str, html: str) -> set[str]:
    here = posixpath.dirname(page)
    return {posixpath.normpath(posixpath.join(here, href)) + "/" for href in _HREF.findall(html) if href}


# The primary navigation of a built page (Material renders it on every page).
def _primary_nav(html: str) -> str:
    start = html.index("md-nav--primary")
    return html[start : html.index('class="md-content"', start)]


def _index(site: Path) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))["docs"]
    return docs


def test_listing_pages_link_every_detail_page(built_site: Path) -> None:
    for folder, listing in LISTING_OF.items():
        pages = _detail_pages(built_site, folder)
        assert pages, folder
        linked = _linked(built_site, listing, (built_site / listing).read_text(encoding="utf-8"))
        assert pages <= linked, sorted(pages - linked)


def test_detail_pages_stay_out_of_the_nav(built_site: Path) -> None:
    article = next((built_site / "articles").glob("*/index.html"))
    for page in (built_site / "index.html", article):
        nav = _primary_nav(page.read_text(encoding="utf-8"))
        hrefs = [href for href in _HREF.findall(nav) if href]
        assert 0 < len(hrefs) <= 10, hrefs
        assert not [href for href in hrefs if any(f"{folder}/" in href for folder in ("articles", "speakers"))]


def test_every_page_is_in_the_search_index(built_site: Path) -> None:
    located = {doc["location"].split("#")[0] for doc in _index(built_site)}
    for folder in DETAIL_FOLDERS:
        assert _detail_pages(built_site, folder) <= located, folder


def test_quotes_and_mentions_are_indexed_once_in_the_article_text(built_site: Path) -> None:
    docs = _index(built_site)
    quote = "The COVID-19 crisis has deepened global asymmetries"
    mention = "was co-organised by ECLAC with the Latin American Institute"
    holding_quote = [doc["location"] for doc in docs if quote in doc["text"]]
    holding_mention = [doc["location"] for doc in docs if mention in doc["text"]]
    assert holding_quote == holding_mention == ["articles/celac-china-forum/#text"]  # not the speaker page, nor a listing


def test_listings_add_titles_and_short_descriptions_not_copies(built_site: Path) -> None:
    docs = _index(built_site)
    text = sum(len(doc["text"]) for doc in docs if doc["location"].startswith("articles/celac-china-forum/"))
    generated = [doc for doc in docs if not doc["location"].startswith(("articles/", "about/"))]
    assert sum(len(doc["text"]) for doc in generated) < text / 2  # one article names a dozen organisations
    assert all(len(doc["text"]) <= 300 for doc in generated)
