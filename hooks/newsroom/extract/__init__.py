"""Extractors: quotes, organisations, people and timeline events."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Article, Person
from ..read import Source, derive_title
from .cues import REPORTING_VERB_PATTERN
from .marks import find_quotations
from .organisations import find_organisations
from .people import People
from .quotes import find_quotes
from .roles import assign_roles
from .text import Sentence, paragraph_locator, split_sentences
from .timeline import find_events

_SPEAKS = re.compile(rf",?\s+(?:\w+\s+)?(?:{REPORTING_VERB_PATTERN})\b")


# Run every extractor over one read seed.
def extract(source: Source) -> Article:
    """Turn a read seed into an `Article` with everything extracted from it."""
    text = source.text
    quotations = find_quotations(text, source.paragraphs)
    protected = [q.span for q in quotations]
    sentences = [s for p in source.paragraphs for s in split_sentences(text, p, protected)]
    if source.dateline_end is not None:  # the dateline is no part of its sentence
        sentences = [
            replace(s, start=source.dateline_end) if s.start <= source.dateline_end < s.end else s for s in sentences
        ]
    locate = paragraph_locator(source.paragraphs)
    found = find_organisations(text, sentences, locate, source.dateline_end or source.body_start)
    assign_roles(text, sentences, found.mentions)
    people = People(text, sentences, found, locate)
    quotes, statements = find_quotes(text, sentences, quotations, found, people)
    return Article(
        seed=source.seed,
        slug=source.slug,
        title=source.title if source.title_given else _lead_title(text, sentences, people.persons, source.title),
        text=text,
        body_start=source.body_start,
        paragraphs=source.paragraphs,
        published=source.published,
        source=source.source,
        place=source.place,
        quotes=quotes,
        statements=statements,
        people=people.persons,
        organisations=found.organisations,
        events=find_events(text, sentences, source.published, protected, source.lead_paragraph),
        warnings=list(source.warnings),
        sentences=[(s.start, s.end) for s in sentences],
    )


# `Executive secretary of X Jane Doe says …`: a derived title starts at the speaker's name.
def _lead_title(text: str, sentences: list[Sentence], persons: list[Person], fallback: str) -> str:
    if not sentences:
        return fallback
    lead = sentences[0]
    for person in persons:
        first = person.mentions[0] if person.mentions else None
        if first and person.title and lead.start < first.start < lead.end and _SPEAKS.match(text, first.end):
            rest = text[first.end : lead.end]
            return derive_title(text[first.start : first.end] + (" " + rest[1:] if rest.startswith(",") else rest))
    return fallback


__all__ = ["Sentence", "extract"]
