"""The site's Atom feed (`feed.xml`): the newest dated articles, written with feedgen.

Undated articles are left out. Each entry has the title, the link to the article page,
the summary (the front matter's `summary`, else the start of the lead), its authors and
tags when the front matter gives them, and when it was published and last updated. Times
without a time zone are taken as UTC, which Atom requires; a date alone is its midnight.
Links are absolute when the site's URL is known, else relative to `feed.xml` at the
site's root. feedgen writes the XML, so seed text is always escaped as text.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid

from feedgen.feed import FeedGenerator  # type: ignore[import-untyped]

from ..catalogue.entries import ArticleEntry, Catalogue
from ..catalogue.links import published_folder
from .structured import published_moment
from .summaries import article_description

FEED_PATH = "feed.xml"
# How many of the newest dated articles the feed lists.
FEED_ENTRIES = 50
# When a feed without any dated article was last updated (Atom requires a time; a build must not vary).
EMPTY_FEED_UPDATED = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
# Characters XML 1.0 cannot hold, which seed text could (control characters are already spaces).
_NOT_XML = re.compile("[\ufffe\uffff\ud800-\udfff]")


def atom_feed(catalogue: Catalogue, site_name: str, site_url: str | None = None) -> str:
    """Return the Atom feed of the `FEED_ENTRIES` newest dated articles, newest first."""
    base = f"{site_url.rstrip('/')}/" if site_url else ""
    dated = [entry for entry in catalogue.articles if entry.article.published]
    newest = sorted(dated, key=lambda entry: _published(entry), reverse=True)[:FEED_ENTRIES]
    feed = FeedGenerator()
    feed.id(base or _urn(site_name, ""))
    feed.title(_xml_text(site_name))
    feed.author({"name": _xml_text(site_name)})
    feed.link(href=base or "./", rel="alternate", type="text/html")
    if base:
        feed.link(href=f"{base}{FEED_PATH}", rel="self", type="application/atom+xml")
    feed.language("en")
    feed.updated(max((_updated(entry) for entry in newest), default=EMPTY_FEED_UPDATED))
    for entry in newest:
        _add_entry(feed, entry, base, site_name)
    return str(feed.atom_str(pretty=True).decode("utf-8"))


# One article as a feed entry.
def _add_entry(feed: FeedGenerator, entry: ArticleEntry, base: str, site_name: str) -> None:
    front = entry.article.front_matter
    folder = published_folder(entry.page)
    item = feed.add_entry(order="append")
    item.id(f"{base}{folder}" if base else _urn(site_name, folder))
    item.title(_xml_text(entry.article.title))
    item.link(href=f"{base}{folder}", rel="alternate", type="text/html")
    item.summary(_xml_text(article_description(entry)))
    for name in front.authors:
        item.author({"name": _xml_text(name)})
    for tag in front.tags:
        item.category(term=_xml_text(tag))
    item.published(_published(entry))
    item.updated(_updated(entry))


# When the article was published, with a time zone (UTC when it gave none).
def _published(entry: ArticleEntry) -> dt.datetime:
    moment = published_moment(entry.article)
    assert moment is not None  # only dated articles are listed
    return _aware(moment)


# When the article was last changed: `updated`, else when it was published.
def _updated(entry: ArticleEntry) -> dt.datetime:
    updated = entry.article.front_matter.updated
    return _aware(updated) if updated else _published(entry)


# A date or date-time with a time zone: a date is its midnight, a time without a zone is UTC.
def _aware(moment: dt.date) -> dt.datetime:
    if not isinstance(moment, dt.datetime):
        moment = dt.datetime(moment.year, moment.month, moment.day)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


# A stable id for the feed or an entry when the site's URL is unknown (Atom ids must be absolute).
def _urn(site_name: str, folder: str) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"{site_name}/{folder}").urn


# Seed text with the characters XML cannot hold left out.
def _xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)
