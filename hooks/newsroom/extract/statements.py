"""Reported statements: the clause a speaker is said to have said.

`X said (that) …`, `X told reporters on Monday that …`, `…, the ministry said.`
and `according to X, …` each give the clause without the attribution; a
clause that is a quotation as a whole is a quote, not a statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Speaker, Statement
from .cues import STATEMENT_VERBS
from .document import Document
from .marks import Quotation
from .speakers import Ref
from .text import Sentence

_SAY = frozenset("say says said".split())
_ADVERBIAL = re.compile(
    r"(?:\s*(?:on\s+(?:\w+,?\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+[A-Z]\w+)?(?:,?\s+\d{4})?"
    r"|on\s+\w+|last\s+\w+|this\s+\w+|earlier|later|yesterday|today|in\s+(?:a|an|its|their|the)\s+[\w-]+))+"
)
_NOT_A_CLAUSE = re.compile(r"\s*(?:[,.;:”\"»)]|(?:in|at|on|during|to|before|after|with|of|for)\b|$)")
_APPOSITION = re.compile(r"\s*,\s*(?:the|a|an|its|his|her|their|[^\W\d_][\w-]*['’]s)\s[^,]{2,80},")
_MAX_WORDS_BEFORE_THAT = 10
# Capitalised title words between a clause's comma and the speaker (`…, WMC Secretary-General Jane Doe said`).
_TITLE_TAIL = re.compile(r"(?:\s+(?:the|[A-Z][\w'’.-]*))+\Z")
_WRITERS_TAIL = re.compile(
    r",\s+(?:a|an)\s+(?:claim|figure|move|step|charge|view|position|allegation|assertion|point)\b"
    r"|\s+but\s+(?:declined|refused|did not|would not|gave no)\b"
)
_MAX_TAIL_WORDS = 6
_MIN_CLAUSE_WORDS = 3


@dataclass(frozen=True)
class Attribution:
    """A reporting verb with the speaker it names."""

    verb_start: int
    verb_end: int
    ref: Ref
    speaker: Speaker | None


def reported_statement(
    doc: Document, sentence: Sentence, attribution: Attribution, inside: list[Quotation]
) -> Statement | None:
    """Return the reported clause of one attribution in its sentence.

    The statement an attribution reports, or None when it reports a quotation or nothing.
    """
    text = doc.text
    if attribution.speaker is None:
        return None
    verb = text[attribution.verb_start : attribution.verb_end].lower()
    opening = min(attribution.verb_start, attribution.ref.start)
    span: tuple[int, int] | None = None
    if verb == "according to":
        span = _around_according(text, sentence, attribution)
    elif verb in STATEMENT_VERBS:
        if attribution.ref.start < attribution.verb_start:
            span = _clause_after(doc, sentence, attribution.verb_end, verb)
        closing = max(attribution.verb_end, attribution.ref.end)
        if span is None and _ends_sentence(doc, closing, sentence, inside):
            span = _clause_before(text, sentence, opening)
    if span is None:
        return None
    start, end = span
    # A clause that is one quotation, starts inside one or introduces one (`said: “…”`) is no statement.
    if doc.quoted(start) or text[start] in ":“\"«‘":
        return None
    return Statement(text[start:end], start, end, sentence.paragraph, attribution.speaker)


# `…, the ministry said on Monday.`: the clause before the comma (and before the speaker's title).
def _clause_before(text: str, sentence: Sentence, opening: int) -> tuple[int, int] | None:
    before = _TITLE_TAIL.sub("", text[sentence.start : opening].rstrip())
    if not before.endswith(",") or text[sentence.start] in "“\"«‘":
        return None
    return _clause(text, sentence.start, sentence.start + len(before) - 1)


# Whether only a short adverbial (`on Monday`, `in a statement`) follows the attribution.
def _ends_sentence(doc: Document, position: int, sentence: Sentence, inside: list[Quotation]) -> bool:
    tail = doc.words(position, min(sentence.end, doc.word_after(position, _MAX_TAIL_WORDS + 1)))
    return len(tail) <= _MAX_TAIL_WORDS and not (inside and inside[-1].mark >= position) and not any(
        w.lower == "that" for w in tail
    )


# `said (on Monday) (that) …`, `told reporters that …`: the clause after the verb.
def _clause_after(doc: Document, sentence: Sentence, position: int, verb: str) -> tuple[int, int] | None:
    text = doc.text
    ahead = doc.words(position, min(sentence.end, doc.word_after(position, _MAX_WORDS_BEFORE_THAT + 1)))
    that = next((w for w in ahead if w.lower == "that"), None)
    between = text[position : that.start] if that is not None else ""
    if that is not None and not re.search(r"[,“”\"«»:;]|\b(?:but|and)\b", between):
        return _clause(text, that.end, sentence.end)
    if verb not in _SAY:
        return None
    adverbial = _ADVERBIAL.match(text, position)
    if adverbial:
        position = adverbial.end()
    if _NOT_A_CLAUSE.match(text, position):
        return None
    return _clause(text, position, sentence.end)


# `According to X(, the minister,) …` or `…, according to X.`
def _around_according(text: str, sentence: Sentence, attribution: Attribution) -> tuple[int, int] | None:
    if attribution.verb_start > sentence.start:
        return _clause(text, sentence.start, len(text[: attribution.verb_start].rstrip().rstrip(",")))
    after = attribution.ref.end
    apposition = _APPOSITION.match(text, after)
    comma = apposition.end() - 1 if apposition else text.find(",", after, sentence.end)
    if comma < 0:
        return None
    return _clause(text, comma + 1, sentence.end)


# A clause between two offsets, trimmed, without the writer's tail; None if too short.
def _clause(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    tail = _WRITERS_TAIL.search(text, start, end)
    if tail:  # `…, a claim the ministry did not dispute` is the writer's, not the speaker's
        end = tail.start()
    while end > start and text[end - 1] in " .!?;:\n":
        end -= 1
    return (start, end) if len(text[start:end].split()) >= _MIN_CLAUSE_WORDS else None
