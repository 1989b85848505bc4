"""An article's paragraphs as HTML with quotes, statements and mentions marked and linked."""

from __future__ import annotations

from markupsafe import Markup, escape

from ..catalogue.entries import ArticleEntry, Catalogue, OrganisationEntry, SpeakerEntry
from ..catalogue.links import relative_url
from ..model import Corrected, Quote, Statement
from .cards import corrected_mark
from .escape import md_text
from .marks import Insert, Span, mark_text, span

# Characters that close a quotation; a speaker link goes after them.
CLOSING_QUOTES = '”’"»'


# The speaker link sits right after the quote's closing mark.
def _speaker_link(entry: ArticleEntry, quote: Quote, catalogue: Catalogue) -> Insert | None:
    if quote.named_speaker is None:
        return None
    speaker = catalogue.speaker_page(entry, quote.named_speaker)
    if not speaker.has_page:
        return None
    text = entry.article.text
    offset = quote.end + 1 if text[quote.end : quote.end + 1] in tuple(CLOSING_QUOTES) else quote.end
    url = escape(relative_url(entry.page, speaker.page))
    html = Markup(
        f'<a class="nr-who" data-search-exclude="true" href="{url}" title="Speaker: {md_text(speaker.name)}">{md_text(speaker.name)}</a>'
    )
    return Insert(offset, html)


# Spans for every quote, reported statement and organisation mention in the article; an organisation's
# first mention in a paragraph links to its page, the others are only marked (a seed can repeat a name
# thousands of times).
def _article_spans(entry: ArticleEntry, catalogue: Catalogue) -> list[Span]:
    article = entry.article
    spans = [
        span(
            quote.start,
            quote.end,
            "span",
            class_=f"nr-quote nr-quote-{quote.kind}",
            title=f"{quote.kind.capitalize()} quote: {quote.named_speaker.name if quote.named_speaker else 'unattributed'}",
        )
        for quote in article.quotes
    ]
    spans += [
        span(s.start, s.end, "span", class_="nr-statement",
             title=f"Reported: {s.named_speaker.name if s.named_speaker else 'speaker not named'}")
        for s in article.statements
    ]
    for organisation in article.organisations:
        target = catalogue.organisation_page(organisation)
        title = f"Organisation: {target.name}"
        url = Markup(escape(relative_url(entry.page, target.page)))
        linked: set[int] = set()
        for mention in organisation.mentions:
            if mention.paragraph in linked:
                spans.append(span(mention.start, mention.end, "span", class_="nr-org"))
            elif target.has_page:
                spans.append(span(mention.start, mention.end, "a", class_="nr-org", href=url, title=title))
            else:
                spans.append(span(mention.start, mention.end, "span", class_="nr-org", title=title))
            linked.add(mention.paragraph)
    return spans


# The quotes followed by their speaker's name: not one whose paragraph's previous quote has the same speaker.
def _named_quotes(quotes: list[Quote]) -> list[Quote]:
    named, previous = [], None
    for quote in quotes:
        if (quote.paragraph, quote.speaker) != previous:
            named.append(quote)
        previous = (quote.paragraph, quote.speaker)
    return named


# A "corrected" mark after each item the editor corrected: a quote (after its speaker link), a
# statement, an event's date words, an organisation's first mention.
def _corrected_marks(entry: ArticleEntry) -> list[Insert]:
    article = entry.article
    text = article.text
    marked: list[tuple[int, Corrected | None]] = [
        (q.end + 1 if text[q.end : q.end + 1] in tuple(CLOSING_QUOTES) else q.end, q.corrected) for q in article.quotes
    ]
    marked += [(s.end, s.corrected) for s in article.statements]
    marked += [(e.date_end if e.date_end is not None else e.end, e.corrected) for e in article.events]
    marked += [(o.mentions[0].end, o.corrected) for o in article.organisations if o.mentions]
    return [Insert(offset, corrected_mark(corrected)) for offset, corrected in marked if corrected is not None]


def article_paragraphs(entry: ArticleEntry, catalogue: Catalogue) -> list[tuple[str, Markup]]:
    """Return `(anchor, html)` for every paragraph of the article, in reading order."""
    spans = _article_spans(entry, catalogue)
    inserts = [link for quote in _named_quotes(entry.article.quotes) if (link := _speaker_link(entry, quote, catalogue))]
    inserts += _corrected_marks(entry)
    text = entry.article.text
    # Each paragraph gets only the spans and links that touch it, so the cost stays per paragraph.
    return [
        (
            paragraph.anchor,
            mark_text(
                text,
                paragraph.start,
                paragraph.end,
                [s for s in spans if s.start < paragraph.end and paragraph.start < s.end],
                [i for i in inserts if paragraph.start <= i.offset <= paragraph.end],
            ),
        )
        for paragraph in entry.article.paragraphs
    ]


def article_links(
    entry: ArticleEntry, catalogue: Catalogue
) -> tuple[list[SpeakerEntry], list[OrganisationEntry]]:
    """Return the speaker and organisation pages an article leads to, each once, in reading order
    (only those that have a page)."""
    said: list[Quote | Statement] = [*entry.article.quotes, *entry.article.statements]
    speaker_pages = [catalogue.speaker_page(entry, s) for words in said if (s := words.named_speaker)]
    organisation_pages = [catalogue.organisation_page(o) for o in entry.article.organisations]
    speakers = list({page.slug: page for page in speaker_pages if page.has_page}.values())
    organisations = list({page.slug: page for page in organisation_pages if page.has_page}.values())
    return speakers, organisations
