"""JSON-LD, page descriptions and the front matter that carries them to the theme."""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from mkdocs.utils.meta import get_data

from articles import ferry_article, river_article
from newsroom import extract_text
from newsroom.catalogue import build_catalogue
from newsroom.render.environment import front_matter
from newsroom.render.structured import article_data, event_data, json_ld, quotation_data, schema_date
from newsroom.render.summaries import article_description, count, shorten
from newsroom.site import render_site
from projects import make_project, mkdocs_build

HOSTILE = "</script><script>alert(1)</script><!-- & \u2028"


def test_json_ld_cannot_close_its_script_element() -> None:
    text = json_ld({"name": HOSTILE})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"name": HOSTILE}


def test_only_dates_with_a_year_become_schema_dates() -> None:
    assert [schema_date(d) for d in ("2024-03-14", "2024-03", "2019", "--09-18", "--09", None, "soon")] == [
        "2024-03-14", "2024-03", "2019", None, None, None, None,
    ]  # fmt: skip


def test_quotations_name_their_speaker_with_title_and_organisation() -> None:
    catalogue = build_catalogue([river_article(), ferry_article()])
    river, ferry = catalogue.articles
    by_person = quotation_data(river, river.article.quotes[0], catalogue)
    assert by_person["@type"] == "Quotation"
    assert by_person["creator"] == {
        "@type": "Person",
        "name": "Joana Ribeiro-Câmara",
        "jobTitle": "chief hydrologist",
        "affiliation": {"@type": "Organization", "name": "Southern Rivers Council"},
    }
    by_council = quotation_data(ferry, ferry.article.quotes[0], catalogue)
    assert by_council["creator"] == {"@type": "Organization", "name": "Southern Rivers Council"}


def test_events_have_a_start_date_only_when_the_year_is_known() -> None:
    catalogue = build_catalogue([river_article()])
    entry = catalogue.articles[0]
    dates = [event_data(entry, event).get("startDate") for event in entry.article.events]
    assert dates == ["2024-03-14", None, "2019", None, None]


def test_news_article_has_headline_date_place_source_and_mentions() -> None:
    catalogue = build_catalogue([river_article()])
    data = article_data(catalogue.articles[0], catalogue)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "River towns promised flood maps"
    assert data["datePublished"] == "2024-03-15"
    assert data["locationCreated"] == {"@type": "Place", "name": "Porto Alegre, Brazil"}
    assert data["isBasedOn"] == "https://news.example.org/river-towns"
    assert [o["name"] for o in data["mentions"]] == ["Southern Rivers Council", "Lagoa Institute", "Delta Farmers' Cooperative"]
    assert len(data["hasPart"]) == 3


def test_descriptions_are_short_single_lines() -> None:
    assert shorten("one two\nthree", 100) == "one two three"
    cut = shorten("word " * 100, 30)
    assert cut.endswith("…") and len(cut) <= 30 and "  " not in cut
    assert count(1, "quote") == "1 quote" and count(2, "quote") == "2 quotes"
    entry = build_catalogue([river_article()]).articles[0]
    assert article_description(entry).startswith("PORTO ALEGRE, Brazil — The River Towns Water Summit")


def test_front_matter_values_are_inert_and_survive_yaml() -> None:
    block = front_matter(HOSTILE, {"description": HOSTILE, "json_ld": json_ld({"n": HOSTILE}), "og_type": "x"})
    _, meta = get_data(block + "body")
    assert "<" not in meta["title"] and "<" not in meta["description"]
    assert html.unescape(meta["description"]) == " ".join(HOSTILE.split())
    assert json.loads(meta["json_ld"]) == {"n": HOSTILE}
    assert "og_type" not in meta


def test_every_generated_page_carries_parsable_json_ld() -> None:
    for path, source in render_site([river_article(), ferry_article()]).items():
        _, meta = get_data(source)
        assert json.loads(meta["json_ld"])["@context"] == "https://schema.org", path
        article = path.startswith("articles/") and path != "articles/index.md"
        assert meta["og_type"] == ("article" if article else "website"), path


# Each schema.org type the pages use: the properties it must have, and those search engines
# recommend (checked where the article gives them: the full front matter seed below).
SCHEMA_TYPES: dict[str, tuple[set[str], set[str]]] = {
    "NewsArticle": ({"headline"}, {"datePublished", "dateModified", "author", "image"}),
    "Quotation": ({"text"}, {"creator", "isPartOf"}),
    "Person": ({"name"}, set()),
    "Organization": ({"name"}, set()),
    "Event": ({"name"}, {"startDate"}),
    "Place": ({"name"}, set()),
    "WebSite": ({"name"}, {"hasPart"}),
}
FULL_SEED = """---
title: Ferry returns to the island
date: 2024-05-06T08:00:00Z
updated: 2024-05-07T12:00:00+01:00
author: [Mira Okafor, Tom Vance]
tags: [ferries, weather]
image: images/ferry.jpg
summary: The island's ferry runs again after the storms.
---
“We missed the mainland,” said Pia Lund, head of the Island Ferry Company. The service resumed on 6 May 2024.
"""


# Every node of a JSON-LD document that names its type, nested ones included.
def _typed_nodes(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _typed_nodes(item)
    elif isinstance(data, dict):
        if "@type" in data:
            yield data
        for value in data.values():
            yield from _typed_nodes(value)


def test_every_page_json_ld_has_the_properties_of_each_type_it_uses() -> None:
    full = extract_text(FULL_SEED, "seeds/ferry.txt")
    for path, source in render_site([river_article(), ferry_article(), full]).items():
        _, meta = get_data(source)
        for node in _typed_nodes(json.loads(meta["json_ld"])):
            required, _ = SCHEMA_TYPES[node["@type"]]
            assert required <= node.keys(), (path, node)
            assert "spokenByCharacter" not in node
            for who in [*node.get("author", []), *([node["creator"]] if "creator" in node else [])]:
                assert who["@type"] in ("Person", "Organization") and who["name"], (path, who)
    _, meta = get_data(render_site([full])["articles/ferry.md"])
    data = json.loads(meta["json_ld"])
    assert SCHEMA_TYPES["NewsArticle"][1] <= data.keys()
    assert all(SCHEMA_TYPES["Quotation"][1] <= quotation.keys() for quotation in data["hasPart"])
    assert data["author"] == [{"@type": "Person", "name": "Mira Okafor"}, {"@type": "Person", "name": "Tom Vance"}]
    assert (data["datePublished"], data["dateModified"]) == ("2024-05-06T08:00:00+00:00", "2024-05-07T12:00:00+01:00")
    assert data["image"] == "../../images/ferry.jpg"
    assert data["description"] == "The island's ferry runs again after the storms."
    assert data["keywords"] == ["ferries", "weather"]
    assert data["hasPart"][0]["creator"]["name"] == "Pia Lund"


class _Head(HTMLParser):
    """Collects the script elements and the Open Graph meta tags of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[tuple[str | None, str]] = []
        self.og: dict[str, str] = {}
        self._in_script: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "script":
            self._in_script = found.get("type") or "text/javascript"
            self.scripts.append((self._in_script, ""))
        if tag == "meta" and (found.get("property") or "").startswith("og:"):
            self.og[str(found["property"])] = str(found.get("content"))

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            kind, text = self.scripts[-1]
            self.scripts[-1] = (kind, text + data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = None


def test_hostile_seed_cannot_break_out_of_json_ld_or_meta_tags(tmp_path: Path) -> None:
    seed = f"---\ntitle: {json.dumps(HOSTILE)}\n---\n“{HOSTILE}” said Ana Lima, a director at the Port Board.\n"
    project = make_project(tmp_path, {"hostile.txt": seed.encode()})
    result = mkdocs_build(project, "--strict")
    assert result.returncode == 0, result.stderr
    page = (project / "site/articles/hostile/index.html").read_text(encoding="utf-8")
    head = _Head()
    head.feed(page)
    structured = [text for kind, text in head.scripts if kind == "application/ld+json"]
    assert len(structured) == 1
    data = json.loads(structured[0])
    assert data["headline"] == " ".join(HOSTILE.split())
    assert not any("alert(1)" in text for kind, text in head.scripts if kind != "application/ld+json")
    assert head.og["og:title"] == " ".join(HOSTILE.split())
    assert head.og["og:description"].startswith("“" + " ".join(HOSTILE.split()))
    assert page.count("<script") == len(head.scripts)
