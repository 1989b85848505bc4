"""Listings cut into pages: paths, neighbours and totals, newest first, and no page that grows with the archive."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from articles import ferry_article, river_article
from bench.corpus import write_corpus
from newsroom import load_folder
from newsroom.catalogue import build_catalogue
from newsroom.catalogue.paging import PageSizes, newest_first, page_path, paginate
from newsroom.model import Article
from newsroom.render.chart import year_chart
from newsroom.render.context import PageContext
from newsroom.render.timeline import timeline_groups
from newsroom.site import site_files

SMALL = PageSizes(speaker=1, organisation=1, timeline=1, directory=1)
_HREF = re.compile(r'href="([^"]*)"')


@pytest.mark.parametrize(
    ("first", "number", "path"),
    [
        ("speakers/jane-doe.md", 1, "speakers/jane-doe.md"),
        ("speakers/jane-doe.md", 2, "speakers/jane-doe/page/2.md"),
        ("quotes/index.md", 3, "quotes/page/3.md"),
        ("timeline/2021.md", 2, "timeline/2021/page/2.md"),
    ],
)
def test_page_paths_nest_under_the_first_page(first: str, number: int, path: str) -> None:
    assert page_path(first, number) == path


def test_pages_know_their_neighbours_and_the_total() -> None:
    pages = paginate("quotes/index.md", list("abcde"), 2)
    assert [page.items for page in pages] == [["a", "b"], ["c", "d"], ["e"]]
    middle = pages[1]
    assert (middle.number, middle.count, middle.total, middle.first_item, middle.last_item) == (2, 3, 5, 3, 4)
    assert (middle.previous, middle.path, middle.next) == ("quotes/index.md", "quotes/page/2.md", "quotes/page/3.md")
    assert (pages[0].previous, pages[2].next) == (None, None)
    empty = paginate("quotes/index.md", [], 2)
    assert [(page.items, page.count, page.path) for page in empty] == [([], 1, "quotes/index.md")]


# The river article published again on other days under other slugs.
def _reprints(days: list[int | None]) -> list[Article]:
    base = river_article()
    return [
        dataclasses.replace(base, seed=f"seeds/river-{n}.txt", slug=f"river-{n}",
                            published=dt.date(2024, 3, day) if day else None)
        for n, day in enumerate(days)
    ]


def test_newest_article_first_undated_last_reading_order_kept() -> None:
    entries = build_catalogue(_reprints([1, None, 20])).articles
    pairs = [(entry, index) for entry in entries for index in range(2)]
    assert [(entry.slug, index) for entry, index in newest_first(pairs)] == [
        ("river-2", 0), ("river-2", 1), ("river-0", 0), ("river-0", 1), ("river-1", 0), ("river-1", 1)
    ]


def test_a_speaker_page_shows_one_page_of_words_and_links_the_others() -> None:
    files = site_files(_reprints([1, 2, 3]), workers=1, sizes=PageSizes(speaker=2))
    speaker = build_catalogue(_reprints([1, 2, 3])).speakers["joana-ribeiro-camara"]
    total = len(speaker.quotes) + len(speaker.statements)
    paths = [page_path(speaker.page, n) for n in range(1, -(-total // 2) + 1)]
    assert len(paths) > 2 and all(path in files for path in paths)
    anchors = [re.findall(r'id="((?:quote|said)-[^"]+)"', files[path]) for path in paths]
    assert all(1 <= len(found) <= 2 for found in anchors)
    everything = [anchor for found in anchors for anchor in found]
    assert len(everything) == len(set(everything)) == total  # each item on exactly one page
    assert anchors[0][0].startswith("quote-river-2-")  # the newest article's words come first
    second = files[paths[1]]
    assert f"3–4 of {total}" in second and "page 2 of" in second
    assert _HREF.findall(second).count("../../") >= 1  # back to the first page
    assert "search:\n  exclude: true" in second and "search:" not in files[paths[0]]


def test_every_listing_is_paged_and_links_each_entry_once_across_its_pages() -> None:
    files = site_files([river_article(), ferry_article()], workers=1, sizes=SMALL)
    catalogue = build_catalogue([river_article(), ferry_article()])
    for first, pages in (("quotes/index.md", "quotes/page/"), ("organisers/index.md", "organisers/page/"),
                         ("articles/index.md", "articles/page/")):
        assert first in files and any(path.startswith(pages) for path in files), first
    speakers = [s for s in catalogue.speakers.values() if s.quotes or s.statements]
    directory = [path for path in files if path == "quotes/index.md" or path.startswith("quotes/page/")]
    assert len(directory) == len(speakers)
    for group in timeline_groups(catalogue.timeline):
        assert group.page in files
        assert len(re.findall(r'<li class="nr-event"', files[group.page])) == 1


def test_the_timeline_overview_charts_each_year_and_links_it() -> None:
    catalogue = build_catalogue([river_article(), ferry_article()])
    groups = timeline_groups(catalogue.timeline)
    chart = str(year_chart(PageContext("timeline.md", catalogue), groups))
    years = [group for group in groups if group.is_year]
    assert chart.count("<rect ") == len(years) == 2
    assert 'aria-labelledby="nr-chart-title"' in chart and '<desc id="nr-chart-desc">' in chart
    assert _HREF.findall(chart) == ["2019/", "2024/"]
    assert "<title>2019: 1 event</title>" in chart
    assert "<script" not in chart and "fill=" not in chart  # colours come from the stylesheet


def test_no_page_grows_with_the_archive(tmp_path: Path) -> None:
    largest = []
    for count in (20, 80):
        seeds = tmp_path / f"n{count}"
        write_corpus(seeds, count)
        files = site_files(load_folder(seeds, lambda _: None).articles, workers=1,
                           sizes=PageSizes(speaker=3, organisation=3, timeline=5, directory=5))
        # The data files are downloads, and the feed stops at its 50 newest articles.
        largest.append(max(len(text) for path, text in files.items() if not path.startswith("data/") and path != "feed.xml"))
    assert largest[1] <= largest[0] * 1.15, largest
