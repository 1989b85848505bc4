"""Unit tests of the render helpers: dates, links, marks, slugs and merging."""

from __future__ import annotations

import pytest
from markupsafe import Markup

from articles import ferry_article, river_article
from newsroom.catalogue import build_catalogue
from newsroom.catalogue.dates import date_sort_key, human_date
from newsroom.catalogue.links import relative_url
from newsroom.catalogue.slugs import page_slug
from newsroom.render.marks import Insert, mark_text, span
from newsroom.render.timeline import timeline_groups


@pytest.mark.parametrize(
    ("date", "words"),
    [
        ("2021-09-18", "18 September 2021"),
        ("2021-09", "September 2021"),
        ("2021", "2021"),
        ("--09-18", "18 September"),
        ("--09", "September"),
        (None, None),
        ("2021-13-01", None),
        ("soon", None),
    ],
)
def test_human_date(date: str | None, words: str | None) -> None:
    assert human_date(date) == words


def test_date_sort_key_puts_unknown_parts_first() -> None:
    dates = ["2021-09-18", "2021", "2021-09", "2020-12-31"]
    assert sorted(dates, key=date_sort_key) == ["2020-12-31", "2021", "2021-09", "2021-09-18"]


@pytest.mark.parametrize(
    ("source", "target", "anchor", "url"),
    [
        ("timeline.md", "articles/a.md", "p7", "../articles/a/#p7"),
        ("organisers/eclac.md", "articles/a.md", "p3", "../../articles/a/#p3"),
        ("index.md", "organisers/index.md", None, "organisers/"),
        ("organisers/index.md", "organisers/eclac.md", None, "eclac/"),
        ("articles/a.md", "articles/a.md", "p2", "./#p2"),
        ("quotes/index.md", "index.md", None, "../"),
    ],
)
def test_relative_url(source: str, target: str, anchor: str | None, url: str) -> None:
    assert relative_url(source, target, anchor) == url


def test_overlapping_spans_nest_properly() -> None:
    text = "abcdefgh"
    html = mark_text(text, 0, 8, [span(1, 5, "span", "nr-a"), span(3, 7, "span", "nr-b")])
    assert html == ('a<span class="nr-a">bc<span class="nr-b">de</span></span><span class="nr-b">fg</span>h')


def test_nested_links_are_dropped_and_inserts_placed() -> None:
    text = "one two three"
    spans = [span(0, 7, "a", "nr-x", href=Markup("x/")), span(4, 7, "a", "nr-y", href=Markup("y/"))]
    html = mark_text(text, 0, 13, spans, [Insert(7, Markup("<b>!</b>"))])
    assert html == '<a class="nr-x" href="x/">one two</a><b>!</b> three'


def test_slugs_transliterate_and_avoid_listing_names() -> None:
    assert page_slug("Alicia Bárcena", "speaker") == "alicia-barcena"
    assert page_slug("Index", "organisation") == "index-2"
    assert page_slug("…", "organisation") == "organisation"


def test_catalogue_merges_by_slug_and_separates_colliding_articles() -> None:
    catalogue = build_catalogue([river_article(), ferry_article()])
    assert [entry.slug for entry in catalogue.articles] == ["river-towns", "river-towns-2"]
    council = catalogue.organisations["src"]
    assert council.roles == ["organiser", "participant"]
    assert len(council.mentions) == 3
    assert [person.name for person in council.people] == ["Joana Ribeiro-Câmara"]
    assert [entry.slug for entry, _ in council.articles] == ["river-towns", "river-towns-2"]
    joana = catalogue.speakers["joana-ribeiro-camara"]
    assert (joana.title, joana.organisation) == ("chief hydrologist", "Southern Rivers Council")
    assert (len(joana.quotes), len(joana.statements)) == (2, 1)


def test_timeline_groups_order() -> None:
    catalogue = build_catalogue([river_article(), ferry_article()])
    groups = timeline_groups(catalogue.timeline)
    assert [group.label for group in groups] == ["2019", "2024", "Year not stated", "Undated"]
    assert [item.event.date for item in groups[2].items] == ["--04-02", "--09"]
