"""The Atom feed, read back with a real feed parser: order, links, dates, authors and escaping."""

from __future__ import annotations

import feedparser

from newsroom import extract_text
from newsroom.catalogue import build_catalogue
from newsroom.model import Article
from newsroom.render.feed import FEED_ENTRIES, atom_feed

HOSTILE = "<script>alert('x')</script> & ]]> <b>bold</b>"


def article(name: str, front: str, body: str = "The council approved the harbour budget on Tuesday.") -> Article:
    return extract_text(f"---\n{front}\n---\n{body}\n", f"seeds/{name}.txt")


def parsed(articles: list[Article], site_url: str | None = "https://news.example.org/desk/") -> feedparser.FeedParserDict:
    feed = feedparser.parse(atom_feed(build_catalogue(articles), "Harbour desk", site_url))
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def test_dated_articles_newest_first_undated_left_out() -> None:
    feed = parsed([
        article("old", "title: Old news\npublished: 2023-02-01"),
        article("undated", "title: No date"),
        article("newest", "title: Newest\ndate: 2024-06-01T18:30:00+02:00"),
        article("middle", "title: Middle\npublished: 2024-06-01"),
    ])
    assert feed.version == "atom10"
    assert [entry.title for entry in feed.entries] == ["Newest", "Middle", "Old news"]
    assert [entry.link for entry in feed.entries] == [
        "https://news.example.org/desk/articles/newest/",
        "https://news.example.org/desk/articles/middle/",
        "https://news.example.org/desk/articles/old/",
    ]
    assert feed.entries[0].published == "2024-06-01T18:30:00+02:00"
    assert feed.entries[1].published == "2024-06-01T00:00:00+00:00"
    assert feed.feed.title == "Harbour desk"
    assert feed.feed.updated == "2024-06-01T18:30:00+02:00"


def test_entry_has_summary_authors_tags_and_updated() -> None:
    feed = parsed([
        article("budget", "title: Budget passes\npublished: 2024-03-01\nupdated: 2024-03-02T10:00:00Z\n"
                "author: [Ines Moll, Kofi Baah]\ntags: [harbour, budget]\nsummary: The money is there."),
        article("plain", "title: Plain\npublished: 2024-01-01", "Fishers met at the quay. They agreed on new hours."),
    ])
    budget, plain = feed.entries
    assert budget.summary == "The money is there."
    assert [author.name for author in budget.authors] == ["Ines Moll", "Kofi Baah"]
    assert [tag.term for tag in budget.tags] == ["harbour", "budget"]
    assert budget.updated == "2024-03-02T10:00:00+00:00"
    assert plain.summary == "Fishers met at the quay. They agreed on new hours."
    assert plain.updated == plain.published
    assert feed.feed.author == "Harbour desk"


def test_seed_text_stays_text() -> None:
    articles = [article("hostile", f'title: "{HOSTILE}"\npublished: 2024-01-01\nauthor: "{HOSTILE}"\n'
                        f'summary: "{HOSTILE}"\ntags: ["{HOSTILE}"]')]
    xml = atom_feed(build_catalogue(articles), "Harbour desk")
    assert "<script" not in xml and "<b>" not in xml and "]]>" not in xml
    entry = parsed(articles).entries[0]
    assert (entry.title, entry.author, entry.summary, entry.tags[0].term) == (HOSTILE, HOSTILE, HOSTILE, HOSTILE)
    assert entry.title_detail.type == entry.summary_detail.type == "text/plain"


def test_without_a_site_url_links_are_relative_to_the_feed_and_ids_stable() -> None:
    articles = [article("budget", "title: Budget\npublished: 2024-03-01")]
    first, again = parsed(articles, None), parsed(articles, None)
    assert first.entries[0].link == "articles/budget/"
    assert first.entries[0].id.startswith("urn:uuid:")
    assert first.entries[0].id == again.entries[0].id


def test_feed_lists_at_most_the_newest_entries() -> None:
    feed = parsed([article(f"n{n}", f"title: N{n}\npublished: 2024-01-{n % 28 + 1:02d}") for n in range(FEED_ENTRIES + 5)])
    assert len(feed.entries) == FEED_ENTRIES
    assert feed.entries[0].published.startswith("2024-01-28")


def test_a_site_without_dated_articles_has_a_valid_empty_feed() -> None:
    feed = parsed([article("undated", "title: No date")])
    assert feed.entries == []
    assert feed.feed.updated == "1970-01-01T00:00:00+00:00"
