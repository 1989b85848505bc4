"""One article as every extractor reads it: built once, then passed to each stage.

The document holds the text and its paragraphs, quotations, sentences, words
and capitalised phrases, all with offsets into the text. Words are split once
for the whole text and phrases once per span asked for, so no extractor splits
the text again (the way textacy's extractors all take one `Doc`).
"""

from __future__ import annotations

import datetime as dt
import time
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from ..model import Paragraph
from ..read import Source, readable_pieces
from .marks import Quotation, find_quotations
from .phrases import Phrase, capitalised_phrases
from .text import Sentence, Word, split_sentences, tokenise

# How far around an offset `phrase_ending_at` and `phrase_starting_at` look.
_WINDOW = 240


class OutOfTime(Exception):
    """Extraction went past the article's deadline (see `Document.check_time`)."""


@dataclass
class Document:
    """An article's text with its paragraphs, quotations, sentences, words and phrases.

    `lead_start` is where the lead's own words begin (after a dateline);
    `lead_paragraph` is the index of the lead paragraph; `deadline`, a
    `time.monotonic()` value, is when extraction must give up (None: never).
    """

    text: str
    paragraphs: list[Paragraph]
    quotations: list[Quotation]
    sentences: list[Sentence]
    body_start: int
    lead_start: int
    lead_paragraph: int
    published: dt.date | None
    all_words: list[Word]
    deadline: float | None
    _word_starts: list[int] = field(repr=False)
    _paragraph_starts: list[int] = field(repr=False)
    _quotation_marks: list[int] = field(repr=False)
    _phrases: dict[tuple[int, int], tuple[Phrase, ...]] = field(default_factory=dict, repr=False)

    def words(self, start: int, end: int) -> list[Word]:
        """Return the words between two offsets (a fresh list the caller may change)."""
        first, stop = bisect_left(self._word_starts, start), bisect_left(self._word_starts, end)
        every = self.all_words
        if (first and every[first - 1].end > start) or (stop and every[stop - 1].end > end):
            return tokenise(self.text, start, end)  # the span cuts a word: read it on its own
        return every[first:stop]

    def phrases(self, start: int, end: int) -> tuple[Phrase, ...]:
        """Return the capitalised phrases between two offsets (each span is split once)."""
        key = (start, end)
        found = self._phrases.get(key)
        if found is None:
            found = self._phrases[key] = capitalised_phrases(self.text, self.words(start, end))
        return found

    def phrase_ending_at(self, offset: int) -> Phrase | None:
        """Return the phrase whose last word ends at `offset`, ignoring spaces before it."""
        stop = len(self.text[:offset].rstrip())
        for phrase in reversed(self.phrases(max(0, stop - _WINDOW), stop)):
            if phrase.end == stop:
                return phrase
        return None

    def phrase_starting_at(self, offset: int) -> Phrase | None:
        """Return the phrase whose first word starts at `offset`."""
        for phrase in self.phrases(offset, min(len(self.text), offset + _WINDOW)):
            if phrase.start == offset:
                return phrase
        return None

    def word_before(self, offset: int, count: int) -> int:
        """Return where the word `count` words before `offset` starts (0 if there are fewer)."""
        index = bisect_left(self._word_starts, offset) - count
        return self._word_starts[index] if index > 0 else 0

    def word_after(self, offset: int, count: int) -> int:
        """Return where the word `count` words after `offset` starts (the text's end if there are fewer)."""
        index = bisect_left(self._word_starts, offset) + count
        return self._word_starts[index] if index < len(self._word_starts) else len(self.text)

    def quotations_between(self, start: int, end: int) -> list[Quotation]:
        """Return the quotations whose opening mark stands between two offsets."""
        marks = self._quotation_marks
        return self.quotations[bisect_left(marks, start) : bisect_left(marks, end)]

    def quoted(self, offset: int) -> bool:
        """Tell whether `offset` lies inside a quotation, its marks included (quotations never overlap)."""
        index = bisect_right(self._quotation_marks, offset) - 1
        return index >= 0 and offset < self.quotations[index].stop

    def check_time(self) -> None:
        """Raise `OutOfTime` once the deadline has passed; stages call it once per sentence."""
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise OutOfTime

    def paragraph_of(self, offset: int) -> int:
        """Return the index of the paragraph that holds `offset` (the last one before it otherwise)."""
        return max(0, bisect_right(self._paragraph_starts, offset) - 1)


def build_document(source: Source, deadline: float | None = None) -> Document:
    """Split a read seed into everything the extractors read; `deadline` as in `Document`.

    A read seed as a document: quotations first, so sentences are never cut inside one.
    """
    text = source.text
    readable = _readable(source)
    quotations = find_quotations(text, readable)
    protected = [q.span for q in quotations]
    sentences = [s for p in readable for s in split_sentences(text, p, protected)]
    if source.dateline_end is not None:  # the dateline is no part of its sentence
        sentences = [
            replace(s, start=source.dateline_end) if s.start <= source.dateline_end < s.end else s for s in sentences
        ]
    every = tokenise(text, 0, len(text))
    return Document(
        text=text,
        paragraphs=source.paragraphs,
        quotations=quotations,
        sentences=sentences,
        body_start=source.body_start,
        lead_start=source.dateline_end or source.body_start,
        lead_paragraph=source.lead_paragraph,
        published=source.published,
        all_words=every,
        deadline=deadline,
        _word_starts=[word.start for word in every],
        _paragraph_starts=[p.start for p in source.paragraphs],
        _quotation_marks=[q.mark for q in quotations],
    )


# The paragraphs as the stages read them: publication metadata lines (`Source.metadata`) cut out, so a
# paragraph may become several pieces (keeping its index) or none.
def _readable(source: Source) -> list[Paragraph]:
    if not source.metadata:
        return source.paragraphs
    return [piece for p in source.paragraphs for piece in readable_pieces(source.text, p, source.metadata)]
