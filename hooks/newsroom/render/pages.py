"""Render every page of the site from the catalogue with the Jinja templates."""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

import jinja2

from ..catalogue.dates import human_date
from ..catalogue.entries import ArticleEntry, Catalogue, OrganisationEntry, SpeakerEntry, TimelineItem
from ..catalogue.paging import DEFAULT_PAGE_SIZES, Page, PageSizes, newest_first, paginate
from ..corrections.report import CORRECTIONS_PAGE, corrections_in_force
from ..model import Mention, Quote, Statement
from ..workers import parallel_map
from . import cards
from .article_text import article_links, article_paragraphs
from .chart import year_chart
from .context import PageContext
from .directory import (
    ROLE_HEADINGS,
    SPEAKER_KIND_HEADINGS,
    SpeakerLine,
    by_kind,
    by_role,
    organisations_in_order,
    said,
    speaker_lines,
)
from .escape import heading_attributes, http_url
from .structured import (
    CONTEXT,
    JsonObject,
    article_data,
    event_data,
    graph,
    home_data,
    json_ld,
    organisation_data,
    organisation_page_data,
    quotation_data,
    speaker_data,
    speaker_page_data,
)
from .summaries import (
    article_description,
    count,
    mention_count,
    organisation_description,
    speaker_description,
)
from .timeline import TimelineGroup, timeline_groups

# Listing pages in the order the home page links them.
LISTINGS = (
    ("articles/index.md", "Articles", "Every article, in the order of the seeds folder."),
    ("timeline.md", "Timeline", "Dated events from every article, year by year."),
    ("organisers/index.md", "Organisers", "Organisations by role, with their mentions."),
    ("quotes/index.md", "Quotes", "Every speaker, with what they said last."),
)
LISTING_DESCRIPTIONS = {page: description for page, _, description in LISTINGS}
CORRECTIONS_DESCRIPTION = "Every editorial correction of the extraction in force, with a link to its item."
UNATTRIBUTED_PAGE = "quotes/unattributed.md"
# How many articles a timeline event or a person on an organisation page links; the rest are counted.
SOURCES_SHOWN = 5


def page_meta(
    description: str | None,
    data: JsonObject,
    og_type: str = "website",
    tags: tuple[str, ...] = (),
    image: str | None = None,
    searched: bool = True,
) -> dict[str, Any]:
    """Return the `meta` a template passes to `front_matter`: description and JSON-LD (`og_type`
    is `website` or `article`), an article's tags and image (from its front matter);
    `searched=False` keeps the page out of the search index."""
    meta: dict[str, Any] = {"description": description or "", "json_ld": json_ld(data), "og_type": og_type,
                            "tags": tags, "image": image}
    return meta if searched else {**meta, "search": "exclude"}


# The meta of one page of a listing: later pages repeat what the first holds, so search skips them.
def _paged_meta(page: Page[Any], description: str | None, data: JsonObject) -> dict[str, Any]:
    return page_meta(description, data, searched=page.number == 1)


# A listing page's title: the listing's, with the page number after the first.
def _paged_title(title: str, page: Page[Any]) -> str:
    return title if page.number == 1 else f"{title} (page {page.number} of {page.count})"


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
        "year_chart": partial(year_chart, context),
        "role_badges": cards.role_badges,
        "corrected_mark": cards.corrected_mark,
        "human_date": human_date,
        "mention_count": mention_count,
        "count": count,
        "role_headings": ROLE_HEADINGS,
        "kind_headings": SPEAKER_KIND_HEADINGS,
        "by_role": by_role,
        "by_kind": by_kind,
        "sources_shown": SOURCES_SHOWN,
    }


# Render one template for one page path.
def _render(
    environment: jinja2.Environment, catalogue: Catalogue, template: str, page: str, **context: Any
) -> tuple[str, str]:
    helpers = _page_helpers(page, catalogue)
    text = environment.get_template(template).render(page=page, **helpers, **context)
    return page, text


def words_by_kind(
    items: Sequence[tuple[ArticleEntry, Quote | Statement]],
) -> list[tuple[str, list[tuple[ArticleEntry, Quote | Statement]]]]:
    """Return the non-empty groups of some words under their headings: direct quotes,
    partial quotes, then reported statements."""
    groups: list[tuple[str, list[tuple[ArticleEntry, Quote | Statement]]]] = [
        ("Direct quotes", [item for item in items if isinstance(item[1], Quote) and item[1].kind == "direct"]),
        ("Partial quotes", [item for item in items if isinstance(item[1], Quote) and item[1].kind == "partial"]),
        ("Reported statements", [item for item in items if isinstance(item[1], Statement)]),
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
    environment: jinja2.Environment,
    catalogue: Catalogue,
    site_name: str,
    workers: int | None = None,
    sizes: PageSizes = DEFAULT_PAGE_SIZES,
) -> dict[str, str]:
    """Return every generated page (home, listings and one page per article, organisation and
    speaker, each listing cut into pages of `sizes`) as docs-relative path → Markdown source,
    rendered in `workers` processes.

    A page that fails to render raises `PageError` with the seeds it draws on, once every page was tried.
    """

    # One page from one template.
    def render(template: str, page: str, **context: Any) -> tuple[str, str]:
        return _render(environment, catalogue, template, page, **context)

    unlisted = [entry for entry in catalogue.articles if entry.unlisted]
    article_pages = paginate("articles/index.md", catalogue.articles, sizes.directory)
    groups = timeline_groups(catalogue.timeline)

    # Each page is a task that computes its own context, so workers share the work evenly.
    def home() -> tuple[str, str]:
        shown = article_pages[0].items
        return render(
            "home.md.j2",
            "index.md",
            site_name=site_name,
            articles=shown,
            more=len(catalogue.articles) - len(shown),
            newest=catalogue.newest,
            counts=site_counts(catalogue),
            listings=LISTINGS,
            corrections=CORRECTIONS_PAGE if corrected else None,
            meta=page_meta(None, home_data(site_name, replace(catalogue, articles=shown))),
        )

    def articles(page: Page[ArticleEntry]) -> tuple[str, str]:
        return render(
            "articles.md.j2",
            page.path,
            title=_paged_title("Articles", page),
            pager=page,
            meta=_paged_meta(page, LISTING_DESCRIPTIONS["articles/index.md"],
                             home_data(site_name, replace(catalogue, articles=page.items))),
        )

    def timeline() -> tuple[str, str]:
        return render(
            "timeline.md.j2",
            "timeline.md",
            groups=groups,
            unlisted=unlisted,
            meta=page_meta(LISTING_DESCRIPTIONS["timeline.md"], graph([])),
        )

    def timeline_group(group: TimelineGroup, page: Page[TimelineItem]) -> tuple[str, str]:
        title = f"Timeline: {group.label}"
        return render(
            "timeline_group.md.j2",
            page.path,
            title=_paged_title(title, page),
            group=group,
            pager=page,
            meta=_paged_meta(page, f"{title}, {count(len(group.items), 'event')}.",
                             graph([event_data(*item.sources[0]) for item in page.items])),
        )

    def organisers(page: Page[OrganisationEntry]) -> tuple[str, str]:
        return render(
            "organisers.md.j2",
            page.path,
            title=_paged_title("Organisers", page),
            pager=page,
            meta=_paged_meta(page, LISTING_DESCRIPTIONS["organisers/index.md"],
                             graph([organisation_data(organisation) for organisation in page.items])),
        )

    def quotes(page: Page[SpeakerLine]) -> tuple[str, str]:
        return render(
            "quotes.md.j2",
            page.path,
            title=_paged_title("Quotes", page),
            pager=page,
            unattributed=catalogue.unattributed,
            unattributed_page=UNATTRIBUTED_PAGE,
            unlisted=unlisted if page.number == 1 else [],
            meta=_paged_meta(page, LISTING_DESCRIPTIONS["quotes/index.md"],
                             graph([speaker_data(line.speaker) for line in page.items])),
        )

    def unattributed(page: Page[tuple[ArticleEntry, Quote]]) -> tuple[str, str]:
        return render(
            "unattributed.md.j2",
            page.path,
            title=_paged_title("Quotes without a named speaker", page),
            pager=page,
            meta=_paged_meta(page, f"{count(page.total, 'quote')} without a named speaker.",
                             graph([quotation_data(entry, quote, catalogue) for entry, quote in page.items])),
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

    def organisation(entry: OrganisationEntry, page: Page[tuple[ArticleEntry, Mention]]) -> tuple[str, str]:
        return render(
            "organisation.md.j2",
            page.path,
            organisation=entry,
            title=_paged_title(f"{entry.acronym} – {entry.name}" if entry.acronym else entry.name, page),
            newest_articles=newest_first(entry.articles)[: sizes.organisation],
            pager=page,
            meta=_paged_meta(page, organisation_description(entry), organisation_page_data(entry)),
        )

    def speaker(entry: SpeakerEntry, page: Page[tuple[ArticleEntry, Quote | Statement]]) -> tuple[str, str]:
        shown = [(article, words) for article, words in page.items if isinstance(words, Quote)]
        return render(
            "speaker.md.j2",
            page.path,
            speaker=entry,
            title=_paged_title(entry.name, page),
            newest_articles=newest_first(entry.articles)[: sizes.speaker],
            groups=words_by_kind(page.items),
            pager=page,
            meta=_paged_meta(page, speaker_description(entry),
                             speaker_page_data(replace(entry, quotes=shown), catalogue)),
        )

    every = _seeds(catalogue.articles)
    corrected = corrections_in_force(catalogue)
    tasks: list[tuple[list[str], Callable[[], tuple[str, str]]]] = [(every, home), (every, timeline)]
    tasks += [(_seeds(page.items), partial(articles, page)) for page in article_pages]
    for group in groups:
        tasks += [
            (_seeds(s for item in page.items for s, _ in item.sources), partial(timeline_group, group, page))
            for page in paginate(group.page, group.items, sizes.timeline)
        ]
    tasks += [
        (every, partial(organisers, page))
        for page in paginate("organisers/index.md", organisations_in_order(catalogue), sizes.directory)
    ]
    tasks += [
        (_seeds(line.latest[0] for line in page.items), partial(quotes, page))
        for page in paginate("quotes/index.md", speaker_lines(catalogue), sizes.directory)
    ]
    if catalogue.unattributed:
        tasks += [
            (_seeds(entry for entry, _ in page.items), partial(unattributed, page))
            for page in paginate(UNATTRIBUTED_PAGE, catalogue.unattributed, sizes.speaker)
        ]
    if corrected:
        tasks.append((every, corrections))
    tasks += [([entry.article.seed], partial(article, entry)) for entry in catalogue.articles]
    for organisation_entry in catalogue.organisations.values():
        if organisation_entry.has_page:
            tasks += [
                (_seeds(a for a, _ in organisation_entry.mentions), partial(organisation, organisation_entry, page))
                for page in paginate(organisation_entry.page, newest_first(organisation_entry.excerpts),
                                     sizes.organisation)
            ]
    for speaker_entry in catalogue.speakers.values():
        if speaker_entry.has_page:
            tasks += [
                (_seeds(a for a, _ in said(speaker_entry)), partial(speaker, speaker_entry, page))
                for page in paginate(speaker_entry.page, said(speaker_entry), sizes.speaker)
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
