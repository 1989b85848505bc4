"""Each article's share of the listings and detail pages, bounded by its length.

A detail page costs the same whatever it holds, and a seed of a few kilobytes
can name hundreds of speakers or mention an organisation thousands of times.
So an article gives pages to at most `PAGES_FREE` plus one per `CHARS_PER_PAGE`
characters of its entities (the ones it quotes or names most, then the first
named), and organisation pages show at most its `budget` mentions in context
(every organisation's first mention, then every second one, …). A speaker or
organisation no article gives a page is still listed, without a link, and the
article page still marks all of it.
"""

from __future__ import annotations

from collections.abc import Iterable

from .entries import ArticleEntry, OrganisationEntry, SpeakerEntry

PAGES_FREE = 20
CHARS_PER_PAGE = 2000

Entity = OrganisationEntry | SpeakerEntry


def listed_mentions(entry: ArticleEntry) -> set[int]:
    """Return `id()` of the organisation mentions of an article that organisation pages show in
    context: each organisation's first, then each one's second, …, `entry.budget` in all."""
    ranked = [
        (rank, mention.start, id(mention))
        for organisation in entry.article.organisations
        for rank, mention in enumerate(organisation.mentions)
    ]
    return {key for _, _, key in sorted(ranked)[: entry.budget]}


# How much each article says about each entity, and where it first does: (entity, article, weight, offset).
def _weights(organisations: Iterable[OrganisationEntry], speakers: Iterable[SpeakerEntry]) -> dict[
    tuple[int, int], tuple[int, int, Entity]
]:
    found: dict[tuple[int, int], tuple[int, int, Entity]] = {}
    items: list[tuple[Entity, ArticleEntry, int]] = [
        (organisation, entry, mention.start) for organisation in organisations for entry, mention in organisation.mentions
    ]
    for speaker in speakers:
        items += [(speaker, entry, quote.start) for entry, quote in speaker.quotes]
        items += [(speaker, entry, statement.start) for entry, statement in speaker.statements]
    for entity, entry, offset in items:
        key = (id(entity), entry.position)
        weight, first, _ = found.get(key, (0, offset, entity))
        found[key] = (weight + 1, min(first, offset), entity)
    return found


def grant_pages(entries: list[ArticleEntry], organisations: list[OrganisationEntry],
                speakers: list[SpeakerEntry]) -> None:
    """Set `has_page` on every organisation and speaker: True when some article gives it one of
    its pages (see the module docstring); links to a page that is not made are dropped."""
    per_article: dict[int, list[tuple[int, int, Entity]]] = {}
    for (_, position), (weight, first, entity) in _weights(organisations, speakers).items():
        per_article.setdefault(position, []).append((-weight, first, entity))
    granted: set[int] = set()
    for entry in entries:
        ranked = sorted(per_article.get(entry.position, []), key=lambda item: item[:2])
        allowed = PAGES_FREE + len(entry.article.text) // CHARS_PER_PAGE
        granted |= {id(entity) for _, _, entity in ranked[:allowed]}
    unmade: set[str] = set()
    entities: list[Entity] = [*organisations, *speakers]
    for entity in entities:
        entity.has_page = id(entity) in granted
        if not entity.has_page:
            unmade.add(entity.page)
    for speaker in speakers:
        if speaker.organisation_page in unmade:
            speaker.organisation_page = None
    for organisation in organisations:
        for person in organisation.people:
            if person.page in unmade:
                person.page = None

