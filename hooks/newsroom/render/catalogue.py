"""Everything the pages list, gathered across articles and keyed by page slug.

Entities with the same slug in several articles share one page; distinct
articles whose slugs collide get `-2`, `-3`, … so each keeps its own URL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from slugify import slugify

from ..model import ROLES, Article, Event, Mention, Organisation, Person, Quote, Role, SpeakerKind, Statement

# Slugs that would clash with a listing page in the same folder.
RESERVED_SLUGS = frozenset({"index"})


@dataclass
class ArticleEntry:
    """An article and the page it is published on."""

    article: Article
    slug: str

    @property
    def page(self) -> str:
        """Docs-relative path of the article page."""
        return f"articles/{self.slug}.md"


@dataclass
class OrganisationEntry:
    """One organisation page: every article's mentions of organisations with this slug."""

    slug: str
    name: str
    acronym: str | None
    roles: list[Role] = field(default_factory=list)
    mentions: list[tuple[ArticleEntry, Mention]] = field(default_factory=list)
    people: list[tuple[ArticleEntry, Person]] = field(default_factory=list)

    @property
    def page(self) -> str:
        """Docs-relative path of the organisation page."""
        return f"organisers/{self.slug}.md"

    @property
    def main_role(self) -> Role:
        """The strongest role, which decides where the organisers listing puts it."""
        return self.roles[0] if self.roles else "mentioned"

    # Articles name an organisation by its full name or its acronym, in any case.
    @property
    def names(self) -> set[str]:
        """The keys (see `name_key`) this organisation is known by."""
        return {name_key(self.name), name_key(self.acronym)} - {""}


@dataclass
class SpeakerEntry:
    """One speaker page: the quotes and statements of speakers with this slug."""

    slug: str
    name: str
    kind: SpeakerKind
    title: str | None = None
    organisation: str | None = None
    quotes: list[tuple[ArticleEntry, Quote]] = field(default_factory=list)
    statements: list[tuple[ArticleEntry, Statement]] = field(default_factory=list)

    @property
    def page(self) -> str:
        """Docs-relative path of the speaker page."""
        return f"speakers/{self.slug}.md"


@dataclass
class Catalogue:
    """Articles, organisations, speakers and events ready for the page templates."""

    articles: list[ArticleEntry]
    organisations: dict[str, OrganisationEntry]
    speakers: dict[str, SpeakerEntry]
    unattributed: list[tuple[ArticleEntry, Quote]]
    events: list[tuple[ArticleEntry, Event]]
    shared_acronyms: set[str] = field(default_factory=set)
    by_name: dict[str, list[OrganisationEntry]] = field(default_factory=dict)

    # The shared page of one article's organisation.
    def organisation_page(self, organisation: Organisation) -> OrganisationEntry:
        """Return the organisation page an article's organisation was folded into."""
        return self.organisations[organisation_slug(organisation, self.shared_acronyms)]


# A page slug for any name; never empty, never a listing page's name. Kept per name: every
# page that links to a speaker or an organisation asks again, and slugify is slow.
@lru_cache(maxsize=65_536)
def page_slug(name: str, fallback: str) -> str:
    """Return the URL slug of `name` (accents transliterated)."""
    slug = slugify(name) or fallback
    return f"{slug}-2" if slug in RESERVED_SLUGS else slug


# Distinct articles keep distinct URLs even when their slugs collide.
def _article_entries(articles: list[Article]) -> list[ArticleEntry]:
    taken: set[str] = set(RESERVED_SLUGS)
    entries: list[ArticleEntry] = []
    for article in articles:
        base = article.slug or "article"
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        taken.add(slug)
        entries.append(ArticleEntry(article, slug))
    return entries


# An organisation's page slug: its acronym, unless two different names share that acronym.
def organisation_slug(organisation: Organisation, shared_acronyms: set[str]) -> str:
    """Return the slug of the organisation's page (`who`, or the name's slug on a clash)."""
    acronym = organisation.acronym if organisation.acronym not in shared_acronyms else None
    return page_slug(acronym or organisation.name, "organisation")


# Acronyms that stand for more than one name across the articles.
def _shared_acronyms(articles: list[ArticleEntry]) -> set[str]:
    names: dict[str, set[str]] = {}
    for entry in articles:
        for organisation in entry.article.organisations:
            if organisation.acronym:
                names.setdefault(organisation.acronym, set()).add(organisation.name.casefold())
    return {acronym for acronym, meant in names.items() if len(meant) > 1}


# Fold one article's organisations into the shared organisation pages.
def _add_organisations(entry: ArticleEntry, found: dict[str, OrganisationEntry], shared: set[str]) -> None:
    for organisation in entry.article.organisations:
        slug = organisation_slug(organisation, shared)
        page = found.setdefault(slug, OrganisationEntry(slug, organisation.name, organisation.acronym))
        page.acronym = page.acronym or organisation.acronym
        page.roles = [role for role in ROLES if role in {*page.roles, *organisation.roles}]
        page.mentions.extend((entry, mention) for mention in organisation.mentions)


# Fold one article's quotes and statements into the shared speaker pages.
def _add_speakers(
    entry: ArticleEntry, found: dict[str, SpeakerEntry], unattributed: list[tuple[ArticleEntry, Quote]]
) -> None:
    people = {page_slug(person.name, "speaker"): person for person in entry.article.people}
    said: list[Quote | Statement] = [*entry.article.quotes, *entry.article.statements]
    for words in said:
        if words.speaker is None:
            if isinstance(words, Quote):
                unattributed.append((entry, words))
            continue
        slug = page_slug(words.speaker.name, "speaker")
        page = found.setdefault(slug, SpeakerEntry(slug, words.speaker.name, words.speaker.kind))
        person = people.get(slug)
        if person is not None:
            page.title = page.title or person.title
            page.organisation = page.organisation or person.organisation
        if isinstance(words, Quote):
            page.quotes.append((entry, words))
        else:
            page.statements.append((entry, words))


# Gather everything once so every page template reads the same merged view.
def build_catalogue(articles: list[Article]) -> Catalogue:
    """Merge the articles into page entries keyed by slug, each list in reading order."""
    entries = _article_entries(articles)
    shared = _shared_acronyms(entries)
    organisations: dict[str, OrganisationEntry] = {}
    speakers: dict[str, SpeakerEntry] = {}
    unattributed: list[tuple[ArticleEntry, Quote]] = []
    for entry in entries:
        _add_organisations(entry, organisations, shared)
        _add_speakers(entry, speakers, unattributed)
    ordered = dict(sorted(organisations.items(), key=lambda item: item[1].name.casefold()))
    by_name: dict[str, list[OrganisationEntry]] = {}
    for organisation in ordered.values():
        for key in organisation.names:
            by_name.setdefault(key, []).append(organisation)
    for entry in entries:
        for person in entry.article.people:
            for organisation in by_name.get(name_key(person.organisation), []):
                organisation.people.append((entry, person))
    events = [(entry, event) for entry in entries for event in entry.article.events]
    return Catalogue(
        articles=entries,
        organisations=ordered,
        speakers=dict(sorted(speakers.items(), key=lambda item: item[1].name.casefold())),
        unattributed=unattributed,
        events=events,
        shared_acronyms=shared,
        by_name=by_name,
    )


# How an organisation's name or acronym is compared: trimmed, in any case.
def name_key(name: str | None) -> str:
    """Return the comparison key of a name (empty for none)."""
    return (name or "").strip().casefold()
