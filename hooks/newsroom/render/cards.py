"""HTML fragments repeated on many pages (quote cards, source links, role badges), built in Python.

They were Jinja macros; a macro call costs more than the string it builds, and
speaker and listing pages call them thousands of times. Every seed string goes
through `md_escape`, exactly as the templates' `{{ }}` would.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from markupsafe import Markup, escape

from ..catalogue.entries import ArticleEntry, SpeakerEntry
from ..catalogue.excerpts import words_text
from ..model import Corrected, Quote, Statement
from .context import PageContext
from .escape import md_escape


def words_anchor(entry: ArticleEntry, words: Quote | Statement) -> Markup:
    """Return the HTML id of one quote (`quote-<article>-<offset>`) or statement (`said-…`) on
    listing pages: stable while the article text stays the same."""
    kind = "quote" if isinstance(words, Quote) else "said"
    return Markup(escape(f"{kind}-{entry.slug}-{words.start}"))


def source_link(context: PageContext, entry: ArticleEntry, paragraph: int) -> Markup:
    """Return the link to one paragraph of an article: `Article title, ¶3`."""
    return Markup(
        f'<a class="nr-source" data-search-exclude="true" href="{context.source(entry, paragraph)}">'
        f'{md_escape(entry.label)}, <span class="nr-paragraph-number">¶{paragraph + 1}</span></a>'
    )


def corrected_mark(*corrections: Corrected | None) -> Markup:
    """Return the small "corrected" mark of an item the editor corrected, the extractors' readings
    in its title text (nothing for an item as extracted)."""
    readings = [corrected.reading for corrected in corrections if corrected is not None]
    if not readings:
        return Markup("")
    title = md_escape(f"Corrected by the editor: {'; '.join(readings)}")
    return Markup(f' <span class="nr-corrected" title="{title}" data-search-exclude="true">corrected</span>')


def role_badges(roles: Iterable[str]) -> Markup:
    """Return the role badges of an organisation, one per role (`organiser`, `supporter`, …)."""
    badges = "".join(f'<span class="nr-badge nr-badge-{md_escape(r)}">{md_escape(r)}</span>' for r in roles)
    return Markup(f'<span class="nr-badges">{badges}</span>')


def organisation_name(context: PageContext, name: str) -> str:
    """Return the escaped name, as a link when exactly one organisation page has it."""
    page = context.organisation_page(name)
    return f'<a href="{context.url(page)}">{md_escape(name)}</a>' if page else md_escape(name)


def by_line(context: PageContext, speaker: SpeakerEntry | None, corrected: Corrected | None = None) -> str:
    """Return the speaker line of a quote card: `— Name, title, organisation`, or `Speaker not named`,
    marked when the editor corrected the quote."""
    mark = corrected_mark(corrected)
    if speaker is None:
        return f'<p class="nr-words-by"><span class="nr-words-speaker">Speaker not named</span>{mark}</p>'
    name = md_escape(speaker.name)
    parts = [
        f'<a class="nr-words-speaker" href="{context.url(speaker.page)}">{name}</a>'
        if speaker.has_page
        else f'<span class="nr-words-speaker">{name}</span>'
    ]
    if speaker.title:
        parts.append(f'<span class="nr-words-title">{md_escape(speaker.title)}</span>')
    if speaker.organisation:
        parts.append(f'<span class="nr-words-org">{organisation_name(context, speaker.organisation)}</span>')
    return f'<p class="nr-words-by">{"".join(parts)}{mark}</p>'


def words_list(
    context: PageContext,
    items: Sequence[tuple[ArticleEntry, Quote] | tuple[ArticleEntry, Statement]],
    marks: bool,
    searchable: bool = True,
) -> Markup:
    """Return the cards of some quotes (`marks`: direct or partial quotes, shown in quotation marks)
    or statements, each with its speaker, source and permalink."""
    noun = "quote" if marks else "statement"
    hidden = "" if searchable else ' data-search-exclude="true"'
    out = [f'<ul class="nr-words"{hidden}>\n']
    for entry, words in items:
        anchor = words_anchor(entry, words)
        kind = md_escape(words.kind) if isinstance(words, Quote) else "statement"
        text = md_escape(words_text(words))
        out.append(
            f'<li class="nr-words-item nr-words-{kind}" id="{anchor}">\n'
            f'<blockquote class="nr-words-text">{f"“{text}”" if marks else text}</blockquote>\n'
            f"{by_line(context, context.speaker_of(entry, words), words.corrected)}\n"
            f'<p class="nr-words-links">{source_link(context, entry, words.paragraph)}'
            f'<a class="nr-permalink" href="#{anchor}" title="Link to this {noun}">#</a></p>\n'
            "</li>\n"
        )
    out.append("</ul>\n")
    return Markup("".join(out))
