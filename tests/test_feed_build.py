"""`mkdocs build --strict` of seeds with the front matter other tools write: tag chips and index, JSON-LD,
Open Graph, the Atom feed linked from every page, and a mojibake seed repaired with a warning."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin

import feedparser
import pytest

from projects import make_project, mkdocs_build

SITE_URL = "https://news.example.org/island/"
HOSTILE_TAG = '<img src=x onerror=alert(1)> & "q"'
FERRY = f"""---
title: Ferry returns to the island
date: 2024-05-06T08:00:00Z
updated: 2024-05-07T12:00:00+01:00
author: [Mira Okafor, Tom Vance]
tags: [ferries, weather, {json.dumps(HOSTILE_TAG)}]
image: images/ferry.png
summary: The island's ferry runs again after the storms.
---
“We missed the mainland,” said Pia Lund, head of the Island Ferry Company. The service resumed on 6 May 2024.
"""
MARKET = """---
title: Market hall reopens
published: 2024-04-02
author: Ana Vidal
tags: [weather]
image: https://images.example.org/market.jpg
---
The market hall reopened on Tuesday after its roof was repaired.
"""
UNDATED = "The school choir will sing at the harbour.\n"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(
        tmp_path_factory.mktemp("front-matter"),
        {"ferry.txt": FERRY.encode(), "market.txt": MARKET.encode(), "choir.txt": UNDATED.encode()},
    )
    (project / "docs/images").mkdir()
    (project / "docs/images/ferry.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    result = mkdocs_build(project, "--strict", SITE_URL=SITE_URL)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return project / "site"


def _json_ld(page: str) -> dict[str, object]:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page)
    assert match
    data: dict[str, object] = json.loads(match.group(1))
    return data


def test_tags_show_as_material_chips_with_a_tag_index(site: Path) -> None:
    page = (site / "articles/ferry/index.html").read_text(encoding="utf-8")
    chips = re.findall(r'<a href="([^"]*)" class="md-tag">(.*?)</a>', page)
    assert sorted(name for _, name in chips) == ["&lt;img src=x onerror=alert(1)&gt; &amp; &#34;q&#34;", "ferries", "weather"]
    assert all(href.startswith("../../tags/#tag:") for href, _ in chips)
    index = (site / "tags/index.html").read_text(encoding="utf-8")
    weather = index[index.index('id="tag:weather"') :]
    assert "../articles/ferry/" in weather and "../articles/market/" in weather
    assert "<img src=x" not in page + index


def test_json_ld_and_open_graph_carry_author_image_and_dates(site: Path) -> None:
    ferry = (site / "articles/ferry/index.html").read_text(encoding="utf-8")
    data = _json_ld(ferry)
    assert data["author"] == [{"@type": "Person", "name": "Mira Okafor"}, {"@type": "Person", "name": "Tom Vance"}]
    assert data["image"] == "../../images/ferry.png"
    assert (data["datePublished"], data["dateModified"]) == ("2024-05-06T08:00:00+00:00", "2024-05-07T12:00:00+01:00")
    assert f'<meta property="og:image" content="{SITE_URL}images/ferry.png">' in ferry
    assert '<time datetime="2024&#45;05&#45;06">6 May 2024</time>' in ferry
    assert '<span class="nr-meta-item">By Mira Okafor, Tom Vance</span>' in ferry
    assert '<meta name="description" content="The island&#39;s ferry runs again after the storms.">' in ferry
    market = (site / "articles/market/index.html").read_text(encoding="utf-8")
    assert '<meta property="og:image" content="https://images.example.org/market.jpg">' in market
    assert "og:image" not in (site / "articles/choir/index.html").read_text(encoding="utf-8")


def test_feed_lists_dated_articles_newest_first_and_every_page_links_it(site: Path) -> None:
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not feed.bozo
    assert [entry.link for entry in feed.entries] == [f"{SITE_URL}articles/ferry/", f"{SITE_URL}articles/market/"]
    assert [author.name for author in feed.entries[0].authors] == ["Mira Okafor", "Tom Vance"]
    assert feed.entries[0].summary == "The island's ferry runs again after the storms."
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 5
    for page in pages:
        text = page.read_text(encoding="utf-8")
        links = re.findall(r'<link rel="alternate feed" type="application/atom\+xml" title="[^"]*" href="([^"]*)">', text)
        assert len(links) == 1, page
        assert urljoin(SITE_URL + page.relative_to(site).as_posix(), links[0]) == f"{SITE_URL}feed.xml", page
    assert 'href="feed.xml" type="application/atom+xml"' in (site / "index.html").read_text(encoding="utf-8")


def test_mojibake_and_a_missing_image_are_warnings(tmp_path: Path) -> None:
    garbled = "“The quay is open,” said the café owner. It reopened on Monday.".encode().decode("cp1252", "ignore")
    pier = "---\nimage: images/pier.jpg\n---\nThe pier reopened on Monday.\n"
    project = make_project(tmp_path, {"quay.txt": garbled.encode(), "pier.txt": pier.encode()})
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    assert "seeds/quay.txt: has UTF-8 text read as Windows-1252" in result.stderr
    assert "seeds/pier.txt: `image: images/pier.jpg` is not a file under docs/" in result.stderr
    page = (project / "site/articles/quay/index.html").read_text(encoding="utf-8")
    assert "café owner" in page and "Ã" not in page
