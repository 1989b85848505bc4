"""Bounded stretches of article text for listings and data files.

A listing item (a timeline event, a mention) shows the sentence it comes
from; a sentence can be as long as the seed, and a long one
can hold hundreds of items, so everywhere but the article page the sentence is
cut to at most `EXCERPT_LIMIT` characters around the item, at white space,
with `…` where it was cut. The article page shows the whole text once. A reported statement is cut
the same way, from its start, to `STATEMENT_LIMIT` characters on listings and
in data files.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model import Article, Event, Quote, Statement

# Longest stretch of a sentence shown per item: a long news sentence is shown whole.
EXCERPT_LIMIT = 400
# Longest reported statement shown on listings and in data files.
STATEMENT_LIMIT = 250
ELLIPSIS = "…"
_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class Excerpt:
    """`[start, end)` of an article's text, and whether text was cut before or after it."""

    start: int
    end: int
    cut_before: bool = False
    cut_after: bool = False


def excerpt(text: str, start: int, end: int, focus: tuple[int, int] | None = None,
            limit: int = EXCERPT_LIMIT) -> Excerpt:
    """Return `[start, end)` of `text`, or when it is longer than `limit` characters, the stretch of
    at most `limit` around `focus` (the start when None), cut at white space where there is some."""
    if end - start <= limit:
        return Excerpt(start, end)
    first, last = focus or (start, start)
    first = min(max(first, start), end)
    last = min(max(last, first), end, first + limit)
    begin = max(start, first - (limit - (last - first)) // 2)
    finish = min(end, begin + limit)
    begin = max(start, finish - limit)
    if begin > start and (space := _SPACE.search(text, begin, first)):
        begin = space.end()
    if finish < end:
        spaces = [match.start() for match in _SPACE.finditer(text, last, finish)]
        finish = spaces[-1] if spaces else finish
    return Excerpt(begin, finish, begin > start, finish < end)


def excerpt_text(text: str, cut: Excerpt) -> str:
    """Return the excerpt on one line, with `…` where it was cut."""
    words = " ".join(text[cut.start : cut.end].split())
    return f"{ELLIPSIS if cut.cut_before else ''}{words}{ELLIPSIS if cut.cut_after else ''}"


def event_excerpt(article: Article, event: Event) -> Excerpt:
    """Return the event's sentence, cut around its date when it is long."""
    focus = (event.date_start, event.date_end) if event.date_start is not None and event.date_end is not None else None
    return excerpt(article.text, event.start, event.end, focus)


def event_sentence(article: Article, event: Event) -> str:
    """Return the event's sentence on one line, cut around its date when it is long."""
    return excerpt_text(article.text, event_excerpt(article, event))


def words_text(words: Quote | Statement) -> str:
    """Return a quote's text, or a reported statement's cut to `STATEMENT_LIMIT` characters when longer:
    statements of one long sentence can overlap (`A said that B said that …`), quotes cannot."""
    if isinstance(words, Quote):
        return words.text
    cut = excerpt(words.text, 0, len(words.text), limit=STATEMENT_LIMIT)
    return excerpt_text(words.text, cut) if cut.cut_after else words.text


def sentence_around(article: Article, start: int, end: int) -> Excerpt:
    """Return the sentence (or sentences) the extractor found around `[start, end)`, or the
    paragraph when it found none, cut around `[start, end)` when it is long."""
    # Sentences are in text order and never overlap.
    first = max(bisect.bisect_right(article.sentences, start, key=lambda sentence: sentence[0]) - 1, 0)
    holding = []
    for a, b in article.sentences[first:]:
        if a >= end:
            break
        if start < b:
            holding.append((a, b))
    if holding:
        begin, finish = holding[0][0], max(holding[-1][1], end)
    else:
        paragraph = article.paragraph_at(start)
        begin, finish = paragraph.start, max(paragraph.end, end)
    return excerpt(article.text, begin, finish, (start, end))
