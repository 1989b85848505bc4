"""schema.org structured data (JSON-LD) for the generated pages.

Every page gets one JSON document: `NewsArticle` for an article (with its
authors, image, summary and dates when the seed's front matter gives them),
`Quotation` (with its `creator`, a `Person` or `Organization`) for quotes, `Event` (with `startDate` when the
year is known) for the timeline and `Organization` for organisations.
`json_ld` serialises it so that it is safe inside an HTML `<script>` element.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ..catalogue.dates import parse_date
from ..catalogue.entries import ArticleEntry, Catalogue, OrganisationEntry, SpeakerEntry
from ..catalogue.excerpts import event_sentence
from ..catalogue.links import relative_url
from ..model import Article, Event, Quote
from .escape import http_url

CONTEXT = "https://schema.org"

# Characters that could end a `<script>` element or start markup, as JSON escapes.
SCRIPT_SAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026", 0x2028: "\\u2028", 0x2029: "\\u2029"}

JsonObject = dict[str, Any]


def json_ld(data: JsonObject) -> str:
    """Return `data` as compact JSON with `<`, `>`, `&` and line separators escaped, so that
    `</script>` or `<!--` in seed text can never close or open markup."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(SCRIPT_SAFE)


def graph(items: list[JsonObject]) -> JsonObject:
    """Return a JSON-LD document holding `items` in its `@graph`, under one shared `@context`."""
    return {"@context": CONTEXT, "@graph": items}


# A dict without the keys whose value is missing, so no `null` reaches the output.
def _present(**fields: Any) -> JsonObject:
    return {key: value for key, value in fields.items() if value not in (None, "", [])}


def schema_date(value: str | None) -> str | None:
    """Return `value` when schema.org accepts it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), else None
    (`--09-18` and undated included)."""
    parts = parse_date(value)
    return value if parts is not None and parts.year is not None else None


def organisation_data(organisation: OrganisationEntry) -> JsonObject:
    """Return an organisation as schema.org sees it: an `Organization` with its name and acronym."""
    return _present(**{"@type": "Organization"}, name=organisation.name, alternateName=organisation.acronym)


def published_moment(article: Article) -> dt.date | None:
    """Return when the article was published as its front matter gave it: a `datetime` when it gave
    a time of day, else the date (None when undated)."""
    return article.front_matter.published_at or article.published


def image_url(image: str | None, page: str) -> str | None:
    """Return a front matter `image` as a URL from `page`: an http(s) URL as it is, a path under
    `docs/` relative to the page (`../../images/port.jpg`)."""
    if image is None:
        return None
    return http_url(image) or relative_url(page, "index.md").removeprefix("./") + image


# A short reference to the article something came from.
def _article_reference(entry: ArticleEntry) -> JsonObject:
    published = published_moment(entry.article)
    return _present(
        **{"@type": "NewsArticle"},
        headline=entry.label,
        datePublished=published.isoformat() if published else None,
    )


def speaker_data(speaker: SpeakerEntry) -> JsonObject:
    """Return who said a quote: a `Person` with their title and organisation, or an `Organization`."""
    if speaker.kind == "organisation":
        return _present(**{"@type": "Organization"}, name=speaker.name)
    affiliation = _present(**{"@type": "Organization"}, name=speaker.organisation) if speaker.organisation else None
    return _present(**{"@type": "Person"}, name=speaker.name, jobTitle=speaker.title, affiliation=affiliation)


def quotation_data(entry: ArticleEntry, quote: Quote, catalogue: Catalogue) -> JsonObject:
    """Return a `Quotation` in the article it appeared in, with its `creator` (a `Person` or an
    `Organization`) when the speaker is known."""
    speaker = catalogue.speaker_page(entry, quote.named_speaker) if quote.named_speaker else None
    return _present(
        **{"@type": "Quotation"},
        text=quote.text,
        creator=speaker_data(speaker) if speaker else None,
        isPartOf=_article_reference(entry),
    )


def event_data(entry: ArticleEntry, event: Event) -> JsonObject:
    """Return an `Event` named after what happened; `startDate` and `endDate` only when the year
    is known."""
    return _present(
        **{"@type": "Event"},
        name=event.what,
        description=event_sentence(entry.article, event),
        startDate=schema_date(event.stated_date),
        endDate=schema_date(event.stated_end_date),
        subjectOf=_article_reference(entry),
    )


def article_data(entry: ArticleEntry, catalogue: Catalogue) -> JsonObject:
    """Return the `NewsArticle` document of an article page: the article (with the authors, image,
    summary, tags and date of change its front matter gives), its quotes and the organisations it
    mentions."""
    article = entry.article
    front = article.front_matter
    organisations = {catalogue.organisation_page(o).slug: catalogue.organisation_page(o) for o in article.organisations}
    data = _present(
        **_article_reference(entry),
        dateModified=front.updated.isoformat() if front.updated else None,
        author=[{"@type": "Person", "name": name} for name in front.authors],
        image=image_url(front.image, entry.page),
        description=front.summary,
        keywords=list(front.tags),
        locationCreated=_present(**{"@type": "Place"}, name=article.place) if article.place else None,
        isBasedOn=http_url(article.source),
        mentions=[organisation_data(organisation) for organisation in organisations.values()],
        hasPart=[quotation_data(entry, quote, catalogue) for quote in entry.quotes],
    )
    return {"@context": CONTEXT, **data}


def speaker_page_data(speaker: SpeakerEntry, catalogue: Catalogue) -> JsonObject:
    """Return the speaker and their `Quotation`s as one graph."""
    quotes = [quotation_data(entry, quote, catalogue) for entry, quote in speaker.quotes]
    return graph([speaker_data(speaker), *quotes])








def organisation_page_data(organisation: OrganisationEntry) -> JsonObject:
    """Return the `Organization` document of an organisation page."""
    return {"@context": CONTEXT, **organisation_data(organisation)}


def home_data(site_name: str, catalogue: Catalogue) -> JsonObject:
    """Return a `WebSite` whose parts are the articles, for the home page."""
    articles = [_article_reference(entry) for entry in catalogue.articles]
    return {"@context": CONTEXT, **_present(**{"@type": "WebSite"}, name=site_name, hasPart=articles)}
