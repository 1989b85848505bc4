"""The site model: everything the pages and data files list, merged across articles and keyed by page slug.

`build_catalogue(articles)` runs the merge (see `newsroom.merge`) and gives
each article, organisation, speaker and timeline item its page
(`entries.py`). One organisation or person gets one page however the
articles write it; distinct entities whose slugs collide get `-2`, `-3`, …
and so do articles (`slugs.py`). `links.py` turns pages into relative URLs
and `dates.py` turns event dates into words and chronological order, for
pages and data files alike. `budget.py` bounds each article's share of the
listings and pages by its length, and `excerpts.py` cuts long sentences on
them, so a site grows linearly with its seeds.
"""

from __future__ import annotations

from ..merge import NO_STEERING, Merged, OrganisationGroup, PersonGroup, Steering, merge_articles
from ..merge.keys import acronym_key, clean_name, person_key
from ..model import ROLES, Article, Quote, Speaker, SpeakerKind, Statement
from .budget import grant_pages, listed_mentions
from .entries import ArticleEntry, Catalogue, OrganisationEntry, PersonEntry, SpeakerEntry, TimelineItem
from .slugs import RESERVED_SLUGS, free_slug, page_slug


# Distinct articles keep distinct URLs even when their slugs collide.
def _article_entries(articles: list[Article]) -> list[ArticleEntry]:
    taken: set[str] = set(RESERVED_SLUGS)
    return [
        ArticleEntry(article, free_slug(article.slug or "article", taken), position)
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
    listed = set().union(*(listed_mentions(entry) for entry in entries))
    for group in groups:
        unique = group.acronym is not None and owners[acronym_key(group.acronym)] == 1
        slug = free_slug(page_slug((group.acronym if unique else None) or group.name, "organisation"), taken)
        page = pages[group.key] = OrganisationEntry(slug, group.name, group.acronym, [*group.names[1:], *group.acronyms[1:]])
        for index, organisation in group.members:
            shown = organisation.roles if organisation.role_basis != "guess" else []  # a guess is never shown as fact
            page.roles = [role for role in ROLES if role in {*page.roles, *shown}]
            page.mentions.extend((entries[index], mention) for mention in organisation.mentions)
            page.excerpts.extend((entries[index], m) for m in organisation.mentions if id(m) in listed)
            if organisation.corrected is not None:
                page.corrected.append(organisation.corrected)
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
        listed = {id(words) for words in [*entry.quotes, *entry.statements]}
        for words in said:
            speaker = words.named_speaker  # a guessed speaker is no speaker to a page
            if speaker is None:
                if isinstance(words, Quote) and id(words) in listed:
                    unattributed.append((entry, words))
                continue
            identity, name, kind, group = _speaker_identity(articles, merged, index, speaker)
            page = by_identity.get(identity)
            if page is None:
                page = by_identity[identity] = SpeakerEntry(free_slug(page_slug(name, "speaker"), taken), name, kind)
                if isinstance(group, PersonGroup):
                    _describe(page, articles, merged, group, organisations)
                elif isinstance(group, OrganisationGroup):
                    page.organisation_page = organisations[group.key].page
            if speaker.name != page.name and speaker.name not in page.variants:
                page.variants.append(speaker.name)
            pages[(entry.slug, speaker)] = page
            if id(words) not in listed:
                continue
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


def build_catalogue(articles: list[Article], steering: Steering = NO_STEERING) -> Catalogue:
    """Merge the articles into page entries keyed by slug, each list in reading order.

    Built once, so every page and every data file reads the same merged view; `steering`
    is the editor's word on what to merge (`corrections.yml`).
    """
    entries = _article_entries(articles)
    merged = merge_articles(articles, steering)
    group_pages = _organisation_entries(entries, merged)
    speakers, speaker_pages, unattributed = _speaker_entries(entries, merged, group_pages)
    _add_people(entries, merged, group_pages, speakers)
    grant_pages(entries, list(group_pages.values()), list(speakers.values()))
    organisations = {page.slug: page for page in group_pages.values()}
    events = [(entry, event) for entry in entries for event in entry.events]
    listed = {id(event) for _, event in events}
    timeline = [
        TimelineItem(sources)
        for group in merged.events
        if (sources := [(entries[i], event) for i, event in group.members if id(event) in listed])
    ]
    return Catalogue(
        articles=entries,
        organisations=dict(sorted(organisations.items(), key=lambda item: item[1].name.casefold())),
        speakers={s.slug: s for s in sorted(speakers.values(), key=lambda s: s.name.casefold())},
        unattributed=unattributed,
        events=events,
        timeline=timeline,
        merged=merged,
        organisation_pages={id(o): group_pages[g.key] for g in merged.organisations.groups for _, o in g.members},
        group_pages=group_pages,
        speaker_pages=speaker_pages,
        steering=steering,
    )
