"""Links and look-ups for one page being rendered: every URL a page holds is relative to it."""

from __future__ import annotations

from markupsafe import Markup, escape

from ..catalogue.entries import ArticleEntry, Catalogue, SpeakerEntry
from ..catalogue.excerpts import ELLIPSIS, event_sentence, sentence_around
from ..catalogue.links import relative_url
from ..model import Event, Quote, Statement
from .marks import mark_text, span


class PageContext:
    """The page being rendered (a docs-relative path) and the catalogue it links into."""

    # One context per rendered page.
    def __init__(self, page: str, catalogue: Catalogue) -> None:
        self.page = page
        self.catalogue = catalogue

    def url(self, to_page: str, anchor: str | None = None) -> Markup:
        """Return the escaped relative URL of `to_page` (and `#anchor`), built from slugs and anchors only."""
        return Markup(escape(relative_url(self.page, to_page, anchor)))

    def source(self, entry: ArticleEntry, paragraph: int) -> Markup:
        """Return the URL of paragraph `paragraph` (0-based) on the article's page."""
        return self.url(entry.page, f"p{paragraph + 1}")

    def excerpt(self, entry: ArticleEntry, start: int, end: int, mark_class: str) -> Markup:
        """Return the sentence holding `[start, end)` as HTML (cut around it when long), that
        stretch in a `<mark>`."""
        cut = sentence_around(entry.article, start, end)
        marked = mark_text(entry.article.text, cut.start, cut.end, [span(start, end, "mark", class_=mark_class)])
        return Markup(f"{ELLIPSIS if cut.cut_before else ''}{marked}{ELLIPSIS if cut.cut_after else ''}")

    def event_sentence(self, entry: ArticleEntry, event: Event) -> str | None:
        """Return the event's sentence for the timeline (cut around its date when long), or None
        when it says no more than the event's name."""
        sentence = event_sentence(entry.article, event)
        return sentence if sentence and sentence != event.what else None

    def speaker_of(self, entry: ArticleEntry, words: Quote | Statement) -> SpeakerEntry | None:
        """Return the speaker page (title, organisation, page) the words were merged into, or None
        when unattributed."""
        return self.catalogue.speaker_page(entry, words.named_speaker) if words.named_speaker else None

    def organisation_page(self, name: str | None) -> str | None:
        """Return the page of the one organisation a full name or acronym `name` points at, if any."""
        named = self.catalogue.find_organisation(name)
        return named.page if named and named.has_page else None
