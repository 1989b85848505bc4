"""Everything the pages list, merged across articles (see `newsroom.merge`) and keyed by page slug.

One organisation or person gets one page however the articles write it;
distinct entities whose slugs collide get `-2`, `-3`, … and so do articles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from slugify import slugify

from ..merge import Merged, OrganisationGroup, PersonGroup, merge_articles
from ..merge.keys import acronym_key, clean_name, person_key
from ..model import ROLES, Article, Event, Mention, Organisation, Quote, Role, Speaker, SpeakerKind, Statement

# Slugs that would clash with a listing page in the same folder.
RESERVED_SLUGS = frozenset({"index"})
# How many articles the home page's "What changed" note lists.
NEWEST_COUNT = 5


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
    """Articles, organisations, speakers and events ready for the page templates."""

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

    # The shared page of one article's organisation record.
    def organisation_page(self, organisation: Organisation) -> OrganisationEntry:
        """Return the organisation page an article's organisation was merged into."""
        return self.organisation_pages[id(organisation)]

    # The shared page of one article's speaker.
    def speaker_page(self, entry: ArticleEntry, speaker: Speaker) -> SpeakerEntry:
        """Return the speaker page an article's speaker was merged into."""
        return self.speaker_pages[(entry.slug, speaker)]

    # A name as a page template has it: a full name or acronym known anywhere.
    def find_organisation(self, name: str | None) -> OrganisationEntry | None:
        """Return the page of the one organisation known by `name`, if any."""
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


# A page slug for any name; never empty, never a listing page's name. Kept per name: every
# page that links to a speaker or an organisation asks again, and slugify is slow.
@lru_cache(maxsize=65_536)
def page_slug(name: str, fallback: str) -> str:
    """Return the URL slug of `name` (accents transliterated)."""
    slug = slugify(name) or fallback
    return f"{slug}-2" if slug in RESERVED_SLUGS else slug


# The first free slug: `x`, else `x-2`, `x-3`, …
def _free_slug(base: str, taken: set[str]) -> str:
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    taken.add(slug)
    return slug


# Distinct articles keep distinct URLs even when their slugs collide.
def _article_entries(articles: list[Article]) -> list[ArticleEntry]:
    taken: set[str] = set(RESERVED_SLUGS)
    return [
        ArticleEntry(article, _free_slug(article.slug or "article", taken), position)
        for position, article in enumerate(articles)
    ]


# One page per merged organisation: its acronym as slug unless another organisation shares it.
def _organisation_entries(entries: list[ArticleEntry], merged: Merged) -> dict[str, OrganisationEntry]:
    groups = merged.organisations.groups
    owners: dict[str, int] = {}
    for group in groups:
        for key in {acronym_key(a) for a in group.acronyms}:
            owners[key] = owners.get(key, 0) + 1
    taken: set[str] = set(RESERVED_SLUGS)
    pages: dict[str, OrganisationEntry] = {}
    for group in groups:
        unique = group.acronym is not None and owners[acronym_key(group.acronym)] == 1
        slug = _free_slug(page_slug((group.acronym if unique else None) or group.name, "organisation"), taken)
        page = pages[group.key] = OrganisationEntry(slug, group.name, group.acronym, [*group.names[1:], *group.acronyms[1:]])
        for index, organisation in group.members:
            page.roles = [role for role in ROLES if role in {*page.roles, *organisation.roles}]
            page.mentions.extend((entries[index], mention) for mention in organisation.mentions)
    return pages


# Who a speaker is across articles: a merged person, a merged organisation, or this article's own.
def _speaker_identity(
    articles: list[Article], merged: Merged, index: int, speaker: Speaker
) -> tuple[str, str, SpeakerKind, PersonGroup | OrganisationGroup | None]:
    person = merged.people.find_speaker(articles, merged.organisations, index, speaker)
    if person is not None:
        return f"person {person.key}", person.name, "person", person
    if speaker.kind == "organisation":
        group = merged.organisations.find_in_article(articles, index, speaker.name)
        if group is not None:
            return f"organisation {group.key}", group.name, "organisation", group
    if speaker.kind == "person" and len(person_key(speaker.name).split()) > 1:
        return f"person {person_key(speaker.name)}", speaker.name, "person", None
    return f"{speaker.kind} {person_key(speaker.name)} #{index}", clean_name(speaker.name), speaker.kind, None


# Title and organisation of a merged person, the organisation linked when it is known.
def _describe(page: SpeakerEntry, articles: list[Article], merged: Merged, group: PersonGroup,
              organisations: dict[str, OrganisationEntry]) -> None:
    page.title = group.title
    for index, person in group.members:
        found = merged.organisations.find_in_article(articles, index, person.organisation)
        if found is not None:
            target = organisations[found.key]
            page.organisation, page.organisation_page = target.name, target.page
            return
    page.organisation = next((p.organisation for _, p in group.members if p.organisation), None)


# Fold every article's quotes and statements into the merged speaker pages.
def _speaker_entries(
    entries: list[ArticleEntry], merged: Merged, organisations: dict[str, OrganisationEntry]
) -> tuple[dict[str, SpeakerEntry], dict[tuple[str, Speaker], SpeakerEntry], list[tuple[ArticleEntry, Quote]]]:
    articles = [entry.article for entry in entries]
    by_identity: dict[str, SpeakerEntry] = {}
    pages: dict[tuple[str, Speaker], SpeakerEntry] = {}
    unattributed: list[tuple[ArticleEntry, Quote]] = []
    taken: set[str] = set(RESERVED_SLUGS)
    for index, entry in enumerate(entries):
        said: list[Quote | Statement] = [*entry.article.quotes, *entry.article.statements]
        for words in said:
            if words.speaker is None:
                if isinstance(words, Quote):
                    unattributed.append((entry, words))
                continue
            identity, name, kind, group = _speaker_identity(articles, merged, index, words.speaker)
            page = by_identity.get(identity)
            if page is None:
                page = by_identity[identity] = SpeakerEntry(_free_slug(page_slug(name, "speaker"), taken), name, kind)
                if isinstance(group, PersonGroup):
                    _describe(page, articles, merged, group, organisations)
                elif isinstance(group, OrganisationGroup):
                    page.organisation_page = organisations[group.key].page
            if words.speaker.name != page.name and words.speaker.name not in page.variants:
                page.variants.append(words.speaker.name)
            pages[(entry.slug, words.speaker)] = page
            if isinstance(words, Quote):
                page.quotes.append((entry, words))
            else:
                page.statements.append((entry, words))
    return by_identity, pages, unattributed


# People each organisation page lists: those an article gives that organisation, once per person.
def _add_people(entries: list[ArticleEntry], merged: Merged, pages: dict[str, OrganisationEntry],
                speakers: dict[str, SpeakerEntry]) -> None:
    articles = [entry.article for entry in entries]
    for group in merged.people.groups:
        speaker = speakers.get(f"person {group.key}")
        listed: dict[str, PersonEntry] = {}
        for index, person in group.members:
            found = merged.organisations.find_in_article(articles, index, person.organisation)
            if found is None:
                continue
            organisation = pages[found.key]
            line = listed.get(organisation.slug)
            if line is None:
                line = listed[organisation.slug] = PersonEntry(group.name, group.title, speaker.page if speaker else None)
                organisation.people.append(line)
            if entries[index] not in line.articles:
                line.articles.append(entries[index])


# Gather everything once so every page template reads the same merged view.
def build_catalogue(articles: list[Article]) -> Catalogue:
    """Merge the articles into page entries keyed by slug, each list in reading order."""
    entries = _article_entries(articles)
    merged = merge_articles(articles)
    group_pages = _organisation_entries(entries, merged)
    speakers, speaker_pages, unattributed = _speaker_entries(entries, merged, group_pages)
    _add_people(entries, merged, group_pages, speakers)
    organisations = {page.slug: page for page in group_pages.values()}
    timeline = [TimelineItem([(entries[i], event) for i, event in group.members]) for group in merged.events]
    return Catalogue(
        articles=entries,
        organisations=dict(sorted(organisations.items(), key=lambda item: item[1].name.casefold())),
        speakers={s.slug: s for s in sorted(speakers.values(), key=lambda s: s.name.casefold())},
        unattributed=unattributed,
        events=[(entry, event) for entry in entries for event in entry.article.events],
        timeline=timeline,
        merged=merged,
        organisation_pages={id(o): group_pages[g.key] for g in merged.organisations.groups for _, o in g.members},
        group_pages=group_pages,
        speaker_pages=speaker_pages,
    )
