"""Quotes and reported statements with their speakers.

Each sentence's reporting verbs (`said`, `told`, `according to`) are paired with
a speaker phrase before or after them. A quotation takes the attribution right
after it (`“…,” she said`), else the one before it (`X said: “…”`), else any in
its sentence, else a name signing it after a dash (`"…" - Jane Doe`); a partial
quotation before `by` and an organisation is that organisation's words (`was
“reprimanded” by the Board`). Each of these speakers was found by a cue. A
quotation that opens a sentence with none follows the quote thread: the latest
speaker's words carry on from the paragraph before
(or across a caption, when their quotation was left open), and a paragraph
opening with a quotation a little further on is given to them as a guess. A
quotation after a colon in a sentence with no reporting verb (`X defended the
record: “…”`) is given to the first person the sentence names, as a guess. A
quoted fragment with no speaker anywhere is a scare quote and is left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..model import Basis, Quote, QuoteKind, Speaker, Statement
from ..vocabulary import UPPER
from .cues import HONORIFICS, NAME_CONNECTORS, NON_ORGANISATION_HEADS, TITLE_LINKS, TITLE_WORDS
from .document import Document
from .marks import Quotation
from .names import name_forward
from .organisations import Found
from .people import Cast
from .person_rules import SPEAKING_GROUPS
from .resolve import Resolver
from .speakers import Ref, SpeakerPhrases
from .statements import Attribution, reported_statement
from .text import Sentence, Word

_SO_CALLED = re.compile(r"\bso-called\s*\Z", re.IGNORECASE)
# `kept its “hold” rating`: a short quoted label between a possessive and its noun is nobody's words.
_LABEL_BEFORE = re.compile(r"\b(?:its|their|his|her|our)\s*\Z", re.IGNORECASE)
_LABEL_AFTER = re.compile(r"\s+[a-z]")
_LABEL_WORDS = 3
# Most words of a quoted name (`“Brighter Future for Valley Schools”`); a quotation of capitalised words only.
_NAME_WORDS = 6
# A noun a quoted name stands before (`the “clean air” campaign`): plans, campaigns, events.
_NAMED_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(NON_ORGANISATION_HEADS)) + r")\b")
# Most words between a quotation and its speaker (`,” Commissioner for Agriculture Dr Jane Doe said`).
_INTRODUCING_WORDS = 16
# Lower-case words that may stand there: title words and the links between them.
_INTRODUCERS = TITLE_WORDS | TITLE_LINKS
_OPENING = re.compile(rf"[\s…\[(.]*[{UPPER}0-9]")
# Where the clause after a quotation ends.
_CLAUSE_END = re.compile(r"[,;:“”\"‘«»()]")
# `by` (and `the`) right after a quotation: what follows is the agent of a passive.
_BY_AFTER = re.compile(r"[ \t]+by[ \t]+(?:the[ \t]+)?")
# A colon right before a quotation (`… the record: “…”`).
_COLON_BEFORE = re.compile(r":\s*\Z")
# Most paragraphs a quote thread reaches across (a caption between two parts of one speech).
_THREAD_PARAGRAPHS = 2
# A dash between a quotation and the name that signs it (`"…" - Jane Doe`).
_SIGNATURE = re.compile(r"[ \t]*[-–—]+[ \t]*")


def find_quotes(doc: Document, found: Found, speakers: SpeakerPhrases, cast: Cast) -> tuple[list[Quote], list[Statement]]:
    """Attribute every quotation and collect reported statements.

    Quotes and statements of one article, each with how its speaker was found (`basis`).
    """
    text = doc.text
    resolver = Resolver(doc, found, cast)
    resolved = [
        [Attribution(verb.start, verb.end, ref, resolver.resolve(ref)) for verb, ref in sentence_speakers]
        for sentence_speakers in speakers
    ]
    quotes: list[Quote] = []
    statements: list[Statement] = []
    thread: Thread | None = None
    starts = [offset for offset, _ in cast.mentions]
    organisation_starts = [mention.start for _, mention in found.mentions]
    for sentence, attributions in zip(doc.sentences, resolved, strict=True):
        doc.check_time()
        here = [a for a in attributions if a.speaker is not None]
        inside = doc.quotations_between(sentence.start, sentence.end)
        quoted = False  # a quotation here was given a speaker: the thread is theirs, not `according to X`'s
        for quotation in inside:
            speaker = (
                _agent(doc, found, sentence, quotation, organisation_starts)
                or _speaker_for(doc, sentence, quotation, here)
                or _signed(doc, quotation, resolver)
            )
            basis: Basis = "cue"
            follows = thread.follows(doc, sentence.paragraph, quotation) if thread and speaker is None else None
            if thread and follows and _opens_sentence(doc, sentence, quotation):
                speaker, basis = thread.speaker, follows
            elif (
                speaker is None
                and _COLON_BEFORE.search(text, max(sentence.start, quotation.mark - 4), quotation.mark)
                and len(doc.words(quotation.start, quotation.end)) > _NAME_WORDS  # not `theme: “Blue Skies”`
            ):
                speaker = _subject_person(doc, cast, starts, sentence, quotation)
                basis = "guess"  # `X defended the record: “…”`: no verb says X said it, so only a guess
            quotes.append(Quote(text[quotation.start : quotation.end], quotation.start, quotation.end,
                                _kind(text, sentence, quotation), quotation.paragraph, speaker, basis))
            if speaker is not None and basis != "guess":  # a guess carries nothing over
                thread, quoted = Thread(quotation.paragraph, speaker, quotation.closed), True
        for attribution in here:
            # `Officials said …` quotes a group's words, but a statement needs someone to stand behind it.
            group = attribution.ref.kind == "description" and attribution.ref.text.split()[-1].lower() in (
                SPEAKING_GROUPS.words
            )
            statement = None if group else reported_statement(doc, sentence, attribution, inside)
            if statement:
                statements.append(statement)
            assert attribution.speaker is not None
            if not quoted and (
                thread is None or thread.paragraph < sentence.paragraph or thread.speaker != attribution.speaker
            ):
                thread = Thread(sentence.paragraph, attribution.speaker, True)
    # Still unattributed: a scare quote, a title, or a speaker we cannot tell.
    attributed = [q for q in _join_continued(quotes, doc.quotations) if q.speaker is not None]
    return attributed, statements


@dataclass(frozen=True)
class Thread:
    """The latest speaker of an article's quote thread: their paragraph, and whether their last
    quotation closed there."""

    paragraph: int
    speaker: Speaker
    closed: bool

    def follows(self, doc: Document, paragraph: int, quotation: Quotation) -> Basis | None:
        """Tell how a quotation with no cue of its own follows the thread: carried from the
        paragraph before (or across a caption when the thread's quotation was left open), a guess
        when it opens a paragraph a little further on, else None (it is no part of the thread)."""
        gap = paragraph - self.paragraph
        opens_paragraph = doc.word_after(doc.paragraphs[quotation.paragraph].start, 0) >= quotation.mark
        if gap <= 1 or (opens_paragraph and not self.closed and gap <= _THREAD_PARAGRAPHS):
            return "carried"
        return "guess" if opens_paragraph and gap <= _THREAD_PARAGRAPHS else None


# The attribution right after a quotation, else the last one whose speaker or verb comes before it.
def _speaker_for(doc: Document, sentence: Sentence, quotation: Quotation, here: list[Attribution]) -> Speaker | None:
    text = doc.text
    start, stop = quotation.span
    if _SO_CALLED.search(text, max(0, start - 12), start):
        return None  # `the so-called ‘starter homes’`: the writer's distance, nobody's words
    if (
        len(doc.words(quotation.start, quotation.end)) <= _LABEL_WORDS
        and _LABEL_BEFORE.search(text, max(0, start - 8), start)
        and _LABEL_AFTER.match(text, stop)
    ):
        return None
    if _kind(text, sentence, quotation) == "partial" and (
        _title_cased(doc, quotation) or _NAMED_AFTER.match(text, stop, sentence.end)
    ):
        return None  # `a robot named “Better Idea”`, `the “better data” agenda`: a name, nobody's words
    reach = _introduced_up_to(doc, stop, sentence.end)
    if text[quotation.end - 1 : quotation.end] == "," or text[stop : stop + 1] == ",":
        # `“…,” team member Jane Doe told the press`: after a comma the clause that follows attributes it
        limit = min(sentence.end, doc.word_after(stop, _INTRODUCING_WORDS))
        clause = _CLAUSE_END.search(text, stop + 1, limit)
        reach = max(reach, clause.start() if clause else limit)
    for attribution in here:
        first = min(attribution.verb_start, attribution.ref.start)
        after = max(attribution.verb_end, attribution.ref.end)
        introduces = text[after : after + 8].lstrip(" \t")[:1] == ":"
        if stop <= first <= reach and not introduces:  # `X said:` introduces the quotation after it
            return attribution.speaker
    before = [a for a in here if min(a.verb_start, a.ref.start) < start]
    return before[-1].speaker if before else None


# The first person named in a sentence before a quotation, outside quotations.
def _subject_person(
    doc: Document, cast: Cast, starts: list[int], sentence: Sentence, quotation: Quotation
) -> Speaker | None:
    for offset, person in cast.mentions[bisect_left(starts, sentence.start) : bisect_left(starts, quotation.mark)]:
        if not doc.quoted(offset):
            return Speaker(person.name, "person")
    return None


# `was “severely reprimanded” by the Football Board`: the organisation after `by` said the words.
def _agent(doc: Document, found: Found, sentence: Sentence, quotation: Quotation, starts: list[int]) -> Speaker | None:
    by = _BY_AFTER.match(doc.text, quotation.stop, sentence.end)
    if by is None or _kind(doc.text, sentence, quotation) != "partial":
        return None
    index = bisect_left(starts, by.end())
    if index < len(starts) and starts[index] == by.end():
        return Speaker(found.mentions[index][0].name, "organisation")
    return None


# `"…" - Jane Doe` closing a paragraph: the name after the dash signs the quotation.
def _signed(doc: Document, quotation: Quotation, resolver: Resolver) -> Speaker | None:
    text = doc.text
    dash = _SIGNATURE.match(text, quotation.stop)
    if not quotation.closed or dash is None or dash.end() == quotation.stop:
        return None
    end = doc.paragraphs[quotation.paragraph].end
    name = name_forward(text, doc.words(dash.end(), min(end, doc.word_after(dash.end(), 5))))
    if not name or text[name[-1].end : end].strip(" .,"):
        return None
    return resolver.resolve(Ref("name", text[name[0].start : name[-1].end], name[0].start, name[-1].end))


# Whether a short quotation is a name: every word capitalised but the links (`of`, `and`, `the`).
def _title_cased(doc: Document, quotation: Quotation) -> bool:
    words = doc.words(quotation.start, quotation.end)
    return 0 < len(words) <= _NAME_WORDS and all(w.capitalised or w.lower in NAME_CONNECTORS for w in words)


# How far after a quotation its speaker may start: up to the first word that cannot introduce a
# speaker (at most `_INTRODUCING_WORDS` of them stand between).
def _introduced_up_to(doc: Document, stop: int, end: int) -> int:
    limit = min(end, doc.word_after(stop, _INTRODUCING_WORDS))
    for word in doc.words(stop, limit):
        if not _introduces(word):
            return word.start
    return limit


# Words that may stand between a quotation and its speaker's name: `Dr`, `chief executive`, `DEU`,
# `Commissioner for Agriculture`.
def _introduces(word: Word) -> bool:
    return (
        word.capitalised
        or word.lower.rstrip(".") in HONORIFICS
        or word.lower in _INTRODUCERS
    )


# Whether a quotation is the first thing in its sentence.
def _opens_sentence(doc: Document, sentence: Sentence, quotation: Quotation) -> bool:
    return doc.word_after(sentence.start, 0) >= quotation.mark


# Direct when the quotation opens its sentence or follows `said:` / `said,` with a capital.
def _kind(text: str, sentence: Sentence, quotation: Quotation) -> QuoteKind:
    last = quotation.mark - 1
    while last >= sentence.start and text[last].isspace():
        last -= 1
    if quotation.continued or last < sentence.start:
        return "direct"
    if text[last] in ":," and _OPENING.match(text, quotation.start):
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
                result[i] = Quote(q.text, q.start, q.end, q.kind, q.paragraph, speaker, "carried")
    return result
