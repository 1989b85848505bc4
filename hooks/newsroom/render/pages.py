"""Render every page of the site from the catalogue with the Jinja templates."""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any

import jinja2

from ..catalogue.dates import human_date
from ..catalogue.entries import ArticleEntry, Catalogue, OrganisationEntry, SpeakerEntry
from ..corrections.report import CORRECTIONS_PAGE, corrections_in_force
from ..model import ROLES, Quote, Statement
from ..workers import parallel_map
from . import cards
from .article_text import article_links, article_paragraphs
from .context import PageContext
from .escape import heading_attributes, http_url
from .structured import (
    CONTEXT,
    JsonObject,
    article_data,
    home_data,
    json_ld,
    organisation_page_data,
    organisers_data,
    quotes_page_data,
    speaker_page_data,
    timeline_data,
)
from .summaries import article_description, mention_count, organisation_description, speaker_description
from .timeline import timeline_groups

# Listing pages in the order the home page links them.
LISTINGS = (
    ("timeline.md", "Timeline", "Dated events from every article, in order."),
    ("organisers/index.md", "Organisers", "Organisations by role, with every mention."),
    ("quotes/index.md", "Quotes", "Everything said, grouped by speaker."),
)
LISTING_DESCRIPTIONS = {page: description for page, _, description in LISTINGS}
CORRECTIONS_DESCRIPTION = "Every editorial correction of the extraction in force, with a link to its item."


# Headings of the organisers listing, one per role.
ROLE_HEADINGS = {
    "organiser": "Organisers",
    "supporter": "Supporters",
    "participant": "Participants",
    "mentioned": "Also mentioned",
}

# Headings of the quotes listing, one per kind of speaker.
SPEAKER_KIND_HEADINGS = {
    "person": "People",
    "organisation": "Organisations",
    "unknown": "Other speakers",
}


def page_meta(
    description: str | None, data: JsonObject, og_type: str = "website", tags: tuple[str, ...] = (), image: str | None = None
) -> dict[str, Any]:
    """Return the `meta` a template passes to `front_matter`: description and JSON-LD (`og_type`
    is `website` or `article`), and an article's tags and image (from its front matter)."""
    return {"description": description or "", "json_ld": json_ld(data), "og_type": og_type, "tags": tags, "image": image}


# Helpers every template gets, bound to the page being rendered.
def _page_helpers(page: str, catalogue: Catalogue) -> dict[str, Any]:
    context = PageContext(page, catalogue)
    return {
        "url": context.url,
        "source": context.source,
        "excerpt": context.excerpt,
        "event_sentence": context.event_sentence,
        "organisation_page": context.organisation_page,
        "source_link": partial(cards.source_link, context),
        "words_list": partial(cards.words_list, context),
        "role_badges": cards.role_badges,
        "corrected_mark": cards.corrected_mark,
        "human_date": human_date,
        "mention_count": mention_count,
        "role_headings": ROLE_HEADINGS,
    }


# Render one template for one page path.
def _render(
    environment: jinja2.Environment, catalogue: Catalogue, template: str, page: str, **context: Any
) -> tuple[str, str]:
    helpers = _page_helpers(page, catalogue)
    text = environment.get_template(template).render(page=page, **helpers, **context)
    return page, text


def words_by_kind(
    speaker: SpeakerEntry,
) -> list[tuple[str, list[tuple[ArticleEntry, Quote]] | list[tuple[ArticleEntry, Statement]]]]:
    """Return the non-empty groups of a speaker's words under their headings: direct quotes,
    partial quotes, then reported statements."""
    groups: list[tuple[str, list[tuple[ArticleEntry, Quote]] | list[tuple[ArticleEntry, Statement]]]] = [
        ("Direct quotes", [item for item in speaker.quotes if item[1].kind == "direct"]),
        ("Partial quotes", [item for item in speaker.quotes if item[1].kind == "partial"]),
        ("Reported statements", speaker.statements),
    ]
    return [group for group in groups if group[1]]


def organisations_by_role(catalogue: Catalogue) -> list[tuple[str, list[OrganisationEntry]]]:
    """Return `(role, organisations)` for every role that has any, strongest role first."""
    groups = [(role, [o for o in catalogue.organisations.values() if o.main_role == role]) for role in ROLES]
    return [group for group in groups if group[1]]


def speakers_by_kind(catalogue: Catalogue) -> list[tuple[str, list[SpeakerEntry]]]:
    """Return `(heading, speakers)` for every kind of speaker that has any words listed: people,
    organisations, then other speakers."""
    groups = [
        (heading, [s for s in catalogue.speakers.values() if s.kind == kind and (s.quotes or s.statements)])
        for kind, heading in SPEAKER_KIND_HEADINGS.items()
    ]
    return [group for group in groups if group[1]]


def site_counts(catalogue: Catalogue) -> dict[str, int]:
    """Return the numbers the home page shows: how much the site holds."""
    return {
        "articles": len(catalogue.articles),
        "quotes": sum(len(entry.article.quotes) for entry in catalogue.articles),
        "statements": sum(len(entry.article.statements) for entry in catalogue.articles),
        "organisations": len(catalogue.organisations),
        "speakers": len(catalogue.speakers),
        "events": len(catalogue.events),
    }


def render_pages(
    environment: jinja2.Environment, catalogue: Catalogue, site_name: str, workers: int | None = None
) -> dict[str, str]:
    """Return every generated page (home, listings and one page per article, organisation and
    speaker) as docs-relative path → Markdown source, rendered in `workers` processes.

    A page that fails to render raises `PageError` with the seeds it draws on, once every page was tried.
    """

    # One page from one template.
    def render(template: str, page: str, **context: Any) -> tuple[str, str]:
        return _render(environment, catalogue, template, page, **context)

    # Each page is a task that computes its own context, so workers share the work evenly.
    def home() -> tuple[str, str]:
        return render(
            "home.md.j2",
            "index.md",
            site_name=site_name,
            articles=catalogue.articles,
            newest=catalogue.newest,
            counts=site_counts(catalogue),
            listings=LISTINGS,
            corrections=CORRECTIONS_PAGE if corrected else None,
            meta=page_meta(None, home_data(site_name, catalogue)),
        )

    def timeline() -> tuple[str, str]:
        return render(
            "timeline.md.j2",
            "timeline.md",
            groups=timeline_groups(catalogue.timeline),
            unlisted=[entry for entry in catalogue.articles if entry.unlisted],
            meta=page_meta(LISTING_DESCRIPTIONS["timeline.md"], timeline_data(catalogue)),
        )

    def organisers() -> tuple[str, str]:
        return render(
            "organisers.md.j2",
            "organisers/index.md",
            groups=organisations_by_role(catalogue),
            meta=page_meta(LISTING_DESCRIPTIONS["organisers/index.md"], organisers_data(catalogue)),
        )

    def quotes() -> tuple[str, str]:
        return render(
            "quotes.md.j2",
            "quotes/index.md",
            meta=page_meta(LISTING_DESCRIPTIONS["quotes/index.md"], quotes_page_data(catalogue)),
            groups=speakers_by_kind(catalogue),
            unattributed=catalogue.unattributed,
            unlisted=[entry for entry in catalogue.articles if entry.unlisted],
            words_by_kind=words_by_kind,
        )

    def corrections() -> tuple[str, str]:
        data = {"@context": CONTEXT, "@type": "WebPage", "name": "Corrections", "description": CORRECTIONS_DESCRIPTION}
        return render("corrections.md.j2", CORRECTIONS_PAGE, rows=corrected, meta=page_meta(CORRECTIONS_DESCRIPTION, data))

    def article(entry: ArticleEntry) -> tuple[str, str]:
        return render(
            "article.md.j2",
            entry.page,
            entry=entry,
            title_attributes=heading_attributes(entry.article.title),
            source_url=http_url(entry.article.source),
            paragraphs=article_paragraphs(entry, catalogue),
            links=article_links(entry, catalogue),
            meta=page_meta(
                article_description(entry),
                article_data(entry, catalogue),
                og_type="article",
                tags=entry.article.front_matter.tags,
                image=entry.article.front_matter.image,
            ),
        )

    def organisation(entry: OrganisationEntry) -> tuple[str, str]:
        return render(
            "organisation.md.j2",
            entry.page,
            organisation=entry,
            meta=page_meta(organisation_description(entry), organisation_page_data(entry)),
        )

    def speaker(entry: SpeakerEntry) -> tuple[str, str]:
        return render(
            "speaker.md.j2",
            entry.page,
            speaker=entry,
            groups=words_by_kind(entry),
            meta=page_meta(speaker_description(entry), speaker_page_data(entry, catalogue)),
        )

    every = _seeds(catalogue.articles)
    corrected = corrections_in_force(catalogue)
    tasks: list[tuple[list[str], Callable[[], tuple[str, str]]]] = [
        (every, home), (every, timeline), (every, organisers), (every, quotes)
    ]
    if corrected:
        tasks.append((every, corrections))
    tasks += [([entry.article.seed], partial(article, entry)) for entry in catalogue.articles]
    tasks += [
        (_seeds(a for a, _ in entry.mentions), partial(organisation, entry))
        for entry in catalogue.organisations.values()
        if entry.has_page
    ]
    tasks += [
        (_seeds(a for a, _ in [*entry.quotes, *entry.statements]), partial(speaker, entry))
        for entry in catalogue.speakers.values()
        if entry.has_page
    ]
    results = parallel_map(_call, [task for _, task in tasks], workers)
    for (seeds, _), result in zip(tasks, results, strict=True):
        if isinstance(result, _Crash):
            raise PageError(seeds, result.reason, result.trace)
    return dict(result for result in results if not isinstance(result, _Crash))


class PageError(Exception):
    """A page that could not be rendered: the labels of the seeds it draws on, the reason and the traceback."""

    # Keep the seeds, the reason and the traceback apart for `newsroom.site`, which leaves the culprit out.
    def __init__(self, seeds: list[str], reason: str, trace: str) -> None:
        super().__init__(reason)
        self.seeds = seeds
        self.reason = reason
        self.trace = trace


@dataclass(frozen=True)
class _Crash:
    """What a page task raised, made picklable so a worker process can send it back."""

    reason: str
    trace: str


# The seed labels of some article entries, once each, in order.
def _seeds(entries: Iterable[ArticleEntry]) -> list[str]:
    return list(dict.fromkeys(entry.article.seed for entry in entries))


# Run one page task (a named function, so `parallel_map` can hand it to workers by index); a crash is returned, not raised.
def _call(task: Callable[[], tuple[str, str]]) -> tuple[str, str] | _Crash:
    try:
        return task()
    except Exception as error:  # a renderer bug: `newsroom.site` finds the seed and leaves it out
        return _Crash(repr(error), traceback.format_exc())
