"""Extraction: one read seed → one `Article`, in stages that each take the article's document.

document → role cues → organisations (and their roles) → speaker phrases →
people → quotes and statements → timeline events → title.
"""

from __future__ import annotations

import time

from ..model import Article
from ..read import Source
from .article_title import article_title
from .document import OutOfTime, build_document
from .organisations import find_organisations
from .people import find_people
from .quotes import find_quotes
from .roles import assign_roles, passive_cues
from .speakers import find_speaker_phrases
from .timeline import find_events


def extract(source: Source, seconds: float | None = None) -> Article:
    """Turn a read seed into an `Article` with everything extracted from it.

    Run every stage over one read seed; with `seconds`, raise `OutOfTime` once
    extraction has taken longer than that.
    """
    doc = build_document(source, None if seconds is None else time.monotonic() + seconds)
    cues = passive_cues(doc)
    found = find_organisations(doc, cues)
    assign_roles(doc, found.mentions, cues)
    speakers = find_speaker_phrases(doc, found)
    cast = find_people(doc, found, speakers)
    quotes, statements = find_quotes(doc, found, speakers, cast)
    return Article(
        seed=source.seed,
        slug=source.slug,
        title=article_title(source, doc, cast.persons),
        text=doc.text,
        body_start=doc.body_start,
        paragraphs=doc.paragraphs,
        published=source.published,
        source=source.source,
        place=source.place,
        quotes=quotes,
        statements=statements,
        people=cast.persons,
        organisations=found.organisations,
        events=find_events(doc),
        warnings=list(source.warnings),
        sentences=[(s.start, s.end) for s in doc.sentences],
        front_matter=source.front_matter,
    )


__all__ = ["OutOfTime", "extract"]
