"""The article's title, decided once, after the people are known.

Front matter's `title`, else the headline line, else the lead's first sentence,
shortened at a word boundary; when that sentence opens with a title before a
speaker's name (`Executive secretary of X Jane Doe says …`), it starts at the
name. An article with nothing readable falls back to its file name.
"""

from __future__ import annotations

import re

from ..model import Person
from ..read import Source
from .cues import REPORTING_VERB_PATTERN, WEAK_TITLE_ENDINGS
from .document import Document

_SPEAKS = re.compile(rf",?\s+(?:\w+\s+)?(?:{REPORTING_VERB_PATTERN})\b")
_TITLE_WORDS = 14


def article_title(source: Source, doc: Document, persons: list[Person]) -> str:
    """Return the given or headline title, else one derived from the lead sentence, else the file name.

    The title the pages show.
    """
    if source.headline:
        return source.headline
    lead = next((s for s in doc.sentences if s.paragraph == doc.lead_paragraph), None)
    if lead is None:
        return source.stem
    text = doc.text
    for person in persons:
        first = person.mentions[0] if person.mentions else None
        if first and person.title and lead.start < first.start < lead.end and _SPEAKS.match(text, first.end):
            rest = text[first.end : lead.end]
            return shorten(text[first.start : first.end] + (" " + rest[1:] if rest.startswith(",") else rest))
    return shorten(text[lead.start : lead.end]) or source.stem


def shorten(sentence: str) -> str:
    """Return the sentence on one line, cut at a word boundary with `…` when it is long ("" if unreadable).

    A sentence as a title: one line, no closing full stop, at most fourteen words.
    """
    if not any(c.isalnum() for c in sentence):
        return ""
    words = " ".join(sentence.split()).rstrip(".").split()
    if len(words) <= _TITLE_WORDS:
        return " ".join(words)
    kept = words[:_TITLE_WORDS]
    while len(kept) > 1 and kept[-1].lower() in WEAK_TITLE_ENDINGS:
        kept.pop()
    return " ".join(kept).rstrip(",;:—–-") + "…"
