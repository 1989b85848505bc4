"""Quotes and reported statements with their speakers.

Each sentence's reporting verbs (`said`, `told`, `according to`) are paired with
a speaker phrase before or after them. A quotation takes the attribution right
after it (`“…,” she said`), else the one before it (`X said: “…”`), else any in
its sentence; a quotation that opens a sentence with none takes the speaker of
the sentence before (within one paragraph back). A quoted fragment with no
speaker anywhere is a scare quote and is left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..model import Mention, Organisation, Quote, QuoteKind, Speaker, Statement
from ..vocabulary import UPPER
from .cues import HONORIFICS, OBJECT_VERBS, REPORTING_VERBS, TITLE_MODIFIERS, TITLE_NOUNS, VERB_PARTICLES
from .marks import Quotation
from .organisations import Found
from .people import People
from .speakers import Ref, subject_after, subject_before
from .statements import Attribution, reported_statement
from .text import Sentence, Word, holds_any, words

_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
_SO_CALLED = re.compile(r"\bso-called\s*\Z", re.IGNORECASE)
# `kept its “hold” rating`: a short quoted label between a possessive and its noun is nobody's words.
_LABEL_BEFORE = re.compile(r"\b(?:its|their|his|her|our)\s*\Z", re.IGNORECASE)
_LABEL_AFTER = re.compile(r"\s+[a-z]")
_LABEL_WORDS = 3
_TITLE_LINKS = frozenset("of for and the a an its his her their".split())
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|this|that|these|those)|['’]s)\s+\Z", re.IGNORECASE)
# How far back a determiner before a verb may start (`those` and the spaces after it).
_NOUN_REACH = 40
_OPENING = re.compile(rf"[\s…\[(.]*[{UPPER}0-9]")


# Quotes and statements of one article.
def find_quotes(
    text: str,
    sentences: list[Sentence],
    quotations: list[Quotation],
    found: Found,
    people: People,
) -> tuple[list[Quote], list[Statement]]:
    """Attribute every quotation and collect reported statements."""
    people.scan()
    starts = [mention.start for _, mention in found.mentions]  # in text order
    pairs = {
        sentence: _pairs(
            text, sentence, quotations, found.mentions[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
        )
        for sentence in sentences
    }
    for sentence_pairs in pairs.values():
        for _, ref in sentence_pairs:
            if ref.kind == "name":
                people.register(ref)
    people.index_mentions(sentences[0].start if sentences else 0)
    resolved = {
        sentence: [Attribution(verb.start, verb.end, ref, people.resolve(ref)) for verb, ref in sentence_pairs]
        for sentence, sentence_pairs in pairs.items()
    }
    quotes: list[Quote] = []
    statements: list[Statement] = []
    last: tuple[int, Speaker] | None = None
    for sentence in sentences:
        here = [a for a in resolved[sentence] if a.speaker is not None]
        inside = [q for q in quotations if sentence.start <= q.mark < sentence.end]
        for quotation in inside:
            speaker = _speaker_for(text, quotation, here)
            if speaker is None and last and last[0] >= sentence.paragraph - 1 and _opens_sentence(text, sentence, quotation):
                speaker = last[1]
            quotes.append(Quote(text[quotation.start : quotation.end], quotation.start, quotation.end,
                                _kind(text, sentence, quotation), quotation.paragraph, speaker))
        for attribution in here:
            statement = reported_statement(text, sentence, attribution, inside)
            if statement:
                statements.append(statement)
            assert attribution.speaker is not None
            last = (sentence.paragraph, attribution.speaker)
    # Still unattributed: a scare quote, a title, or a speaker we cannot tell.
    attributed = [q for q in _join_continued(quotes, quotations) if q.speaker is not None]
    return attributed, statements


@dataclass(frozen=True)
class _Verb:
    start: int
    end: int


# Reporting verbs of a sentence outside quotations (not nouns, not `-ing` forms); `spans` are the
# sentence's quotations with their marks.
def _verbs(text: str, sentence: Sentence, spans: list[tuple[int, int]]) -> list[_Verb]:
    found: list[_Verb] = []
    for word in words(text, sentence.start, sentence.end):
        if word.text not in REPORTING_VERBS or word.text.endswith("ing"):
            continue
        if _NOUN_BEFORE.search(text, max(sentence.start, word.start - _NOUN_REACH), word.start):
            continue  # `the claims`, `O'Brien's reply`: a noun, not a verb
        if any(a <= word.start < b for a, b in spans):
            continue
        particle = VERB_PARTICLES.get(word.text)
        if particle:
            follow = re.match(rf"\s+{particle}\b", text[word.end : sentence.end])
            if not follow:
                continue
            found.append(_Verb(word.start, word.end + follow.end()))
        else:
            found.append(_Verb(word.start, word.end))
    holds = holds_any(text, sentence.start, sentence.end, ("according",))
    according = _ACCORDING.finditer(text, sentence.start, sentence.end) if holds else ()
    for match in according:
        if not any(a <= match.start() < b for a, b in spans):
            found.append(_Verb(match.start(), match.end()))
    return sorted(found, key=lambda v: v.start)


# Each reporting verb of a sentence with the speaker phrase before or after it. Only the
# quotations and organisation mentions inside the sentence are looked at: the speaker is there.
def _pairs(
    text: str, sentence: Sentence, quotations: list[Quotation], mentions: list[tuple[Organisation, Mention]]
) -> list[tuple[_Verb, Ref]]:
    spans = [q.span for q in quotations if q.mark < sentence.end and sentence.start < q.stop]
    pairs: list[tuple[_Verb, Ref]] = []
    for verb in _verbs(text, sentence, spans):
        according = text[verb.start : verb.end].lower() == "according to"
        ref = None if according else subject_before(text, sentence.start, verb.start, mentions, spans)
        if ref is None and text[verb.start : verb.end] not in OBJECT_VERBS:
            ref = subject_after(text, verb.end, sentence.end, mentions)
        if ref is not None:
            pairs.append((verb, ref))
    return pairs


# The attribution right after a quotation, else the last one whose speaker or verb comes before it.
def _speaker_for(text: str, quotation: Quotation, here: list[Attribution]) -> Speaker | None:
    start, stop = quotation.span
    if _SO_CALLED.search(text, max(0, start - 12), start):
        return None  # `the so-called ‘starter homes’`: the writer's distance, nobody's words
    if (
        len(words(text, quotation.start, quotation.end)) <= _LABEL_WORDS
        and _LABEL_BEFORE.search(text, max(0, start - 8), start)
        and _LABEL_AFTER.match(text, stop)
    ):
        return None
    for attribution in here:
        first = min(attribution.verb_start, attribution.ref.start)
        if first >= stop and all(_introduces(w) for w in words(text, stop, first)):
            return attribution.speaker
    before = [a for a in here if min(a.verb_start, a.ref.start) < start]
    return before[-1].speaker if before else None


# Words that may stand between a quotation and its speaker's name: `Dr`, `chief executive`, `DEU`,
# `Commissioner for Agriculture`.
def _introduces(word: Word) -> bool:
    return (
        word.capitalised
        or word.lower.rstrip(".") in HONORIFICS
        or word.lower in TITLE_NOUNS | TITLE_MODIFIERS | _TITLE_LINKS
    )


# Whether a quotation is the first thing in its sentence.
def _opens_sentence(text: str, sentence: Sentence, quotation: Quotation) -> bool:
    return not words(text, sentence.start, quotation.mark)


# Direct when the quotation opens its sentence or follows `said:` / `said,` with a capital.
def _kind(text: str, sentence: Sentence, quotation: Quotation) -> QuoteKind:
    before = text[sentence.start : quotation.mark].rstrip()
    if quotation.continued or not before:
        return "direct"
    if before.endswith((":", ",")) and _OPENING.match(text, quotation.start):
        return "direct"
    return "partial"


# A quotation continued over paragraphs takes the speaker any of its parts has.
def _join_continued(quotes: list[Quote], quotations: list[Quotation]) -> list[Quote]:
    chains: list[list[int]] = []
    by_start = {q.start: i for i, q in enumerate(quotes)}
    for quotation in quotations:
        index = by_start.get(quotation.start)
        if index is None:
            continue
        if quotation.continued and chains:
            chains[-1].append(index)
        else:
            chains.append([index])
    result = list(quotes)
    for chain in chains:
        speaker = next((quotes[i].speaker for i in chain if quotes[i].speaker), None)
        for i in chain:
            if result[i].speaker is None and speaker is not None:
                q = result[i]
                result[i] = Quote(q.text, q.start, q.end, q.kind, q.paragraph, speaker)
    return result
