"""The site model's entries: each article, organisation, speaker and timeline item with the page it gets.

`page` is the docs-relative Markdown path (`speakers/jane-doe.md`); `links.py`
turns two such paths into the URL between their published pages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..merge import NO_STEERING, Merged, Steering
from ..model import (
    Article,
    Corrected,
    Event,
    Mention,
    Organisation,
    Quote,
    Role,
    Speaker,
    SpeakerKind,
    Statement,
)
from .excerpts import excerpt, excerpt_text

# How many articles the home page's "What changed" note lists.
NEWEST_COUNT = 5
# Listings show at most this many quotes, statements, events and mentions of an article, plus one
# of each per `CHARS_PER_ITEM` characters of its text, so a seed's share of the site grows linearly.
ITEMS_FREE = 50
CHARS_PER_ITEM = 250
# Longest article title on listings, where it names the source of every item.
TITLE_LIMIT = 120


@dataclass
class ArticleEntry:
    """An article and the page it is published on."""

    article: Article
    slug: str
    position: int = 0

    @property
    def page(self) -> str:
        """Docs-relative path of the article page."""
        return f"articles/{self.slug}.md"

    @property
    def label(self) -> str:
        """The title as listings and data files name the article: cut to `TITLE_LIMIT` characters."""
        title = self.article.title
        return excerpt_text(title, excerpt(title, 0, len(title), limit=TITLE_LIMIT))

    @property
    def budget(self) -> int:
        """How many items of each kind (quotes, statements, events, mentions) listings show from it."""
        return ITEMS_FREE + len(self.article.text) // CHARS_PER_ITEM

    @property
    def quotes(self) -> list[Quote]:
        """The quotes listings show: the first `budget`; the article page marks them all."""
        return self.article.quotes[: self.budget]

    @property
    def statements(self) -> list[Statement]:
        """The reported statements listings show: the first `budget`."""
        return self.article.statements[: self.budget]

    @property
    def events(self) -> list[Event]:
        """The events the timeline and its data files show: the first `budget`."""
        return self.article.events[: self.budget]

    @property
    def unlisted(self) -> int:
        """How many of its quotes, statements and events the listings leave to the article page."""
        article = self.article
        return sum(max(len(items) - self.budget, 0) for items in (article.quotes, article.statements, article.events))


@dataclass
class PersonEntry:
    """A person tied to an organisation, with their speaker page and the articles naming them."""

    name: str
    title: str | None
    page: str | None
    articles: list[ArticleEntry] = field(default_factory=list)


@dataclass
class OrganisationEntry:
    """One organisation page: every article's mentions of one merged organisation."""

    slug: str
    name: str
    acronym: str | None
    variants: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    mentions: list[tuple[ArticleEntry, Mention]] = field(default_factory=list)
    people: list[PersonEntry] = field(default_factory=list)
    excerpts: list[tuple[ArticleEntry, Mention]] = field(default_factory=list)
    has_page: bool = True
    corrected: list[Corrected] = field(default_factory=list)

    @property
    def page(self) -> str:
        """Docs-relative path of the organisation page."""
        return f"organisers/{self.slug}.md"

    @property
    def main_role(self) -> Role:
        """The strongest role, which decides where the organisers listing puts it."""
        return self.roles[0] if self.roles else "mentioned"

    @property
    def articles(self) -> list[tuple[ArticleEntry, int]]:
        """Each article that names it, with how many times, in reading order."""
        return _count_by_article(entry for entry, _ in self.mentions)


@dataclass
class SpeakerEntry:
    """One speaker page: the quotes and statements of one merged speaker."""

    slug: str
    name: str
    kind: SpeakerKind
    title: str | None = None
    organisation: str | None = None
    organisation_page: str | None = None
    variants: list[str] = field(default_factory=list)
    quotes: list[tuple[ArticleEntry, Quote]] = field(default_factory=list)
    statements: list[tuple[ArticleEntry, Statement]] = field(default_factory=list)
    has_page: bool = True

    @property
    def page(self) -> str:
        """Docs-relative path of the speaker page."""
        return f"speakers/{self.slug}.md"

    @property
    def articles(self) -> list[tuple[ArticleEntry, int]]:
        """Each article they speak in, with how many quotes and statements, in reading order."""
        said: list[tuple[ArticleEntry, Quote | Statement]] = [*self.quotes, *self.statements]
        return _count_by_article(entry for entry, _ in sorted(said, key=lambda item: item[0].position))


@dataclass
class TimelineItem:
    """One event on the timeline with every article that reports it, first report first."""

    sources: list[tuple[ArticleEntry, Event]]

    @property
    def event(self) -> Event:
        """The report the timeline shows."""
        return self.sources[0][1]


@dataclass
class Catalogue:
    """Articles, organisations, speakers and events as the pages and the data files list them."""

    articles: list[ArticleEntry]
    organisations: dict[str, OrganisationEntry]
    speakers: dict[str, SpeakerEntry]
    unattributed: list[tuple[ArticleEntry, Quote]]
    events: list[tuple[ArticleEntry, Event]]
    timeline: list[TimelineItem] = field(default_factory=list)
    merged: Merged | None = None
    organisation_pages: dict[int, OrganisationEntry] = field(default_factory=dict)
    group_pages: dict[str, OrganisationEntry] = field(default_factory=dict)
    speaker_pages: dict[tuple[str, Speaker], SpeakerEntry] = field(default_factory=dict)
    steering: Steering = NO_STEERING

    def organisation_page(self, organisation: Organisation) -> OrganisationEntry:
        """Return the organisation page an article's organisation was merged into."""
        return self.organisation_pages[id(organisation)]

    def speaker_page(self, entry: ArticleEntry, speaker: Speaker) -> SpeakerEntry:
        """Return the speaker page an article's speaker was merged into."""
        return self.speaker_pages[(entry.slug, speaker)]

    def find_organisation(self, name: str | None) -> OrganisationEntry | None:
        """Return the page of the one organisation known by `name`, a full name or an acronym
        known anywhere, if any."""
        group = self.merged.organisations.find(name) if self.merged else None
        return self.group_pages.get(group.key) if group else None

    @property
    def newest(self) -> list[ArticleEntry]:
        """The most recently published articles, newest first (undated ones never)."""
        dated = [entry for entry in self.articles if entry.article.published]
        return sorted(dated, key=lambda entry: entry.article.published or dt.date.min, reverse=True)[:NEWEST_COUNT]


# How many items each article contributes, in first-seen order.
def _count_by_article(entries: Iterable[ArticleEntry]) -> list[tuple[ArticleEntry, int]]:
    counts: dict[str, tuple[ArticleEntry, int]] = {}
    for entry in entries:
        seen = counts.get(entry.slug, (entry, 0))
        counts[entry.slug] = (entry, seen[1] + 1)
    return list(counts.values())
