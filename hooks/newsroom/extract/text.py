"""Sentences and words of an article, every one with offsets into the text."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..model import Paragraph
from ..vocabulary import APOSTROPHES, UPPER
from .cues import ABBREVIATIONS

# A word: letters and digits, joined inside by hyphens, apostrophes, dots or `&` (`Workers'` keeps its mark).
WORD = re.compile(rf"[^\W_](?:[^\W_&]+|&|[-{APOSTROPHES}.](?=[^\W_]))*(?:(?<=s)[{APOSTROPHES}](?![^\W_]))?")
# A sentence end; it starts only where a run of end marks starts, so a run of thousands is read once.
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]+[”\"’')\]»]*\s+(?=[“\"‘'«(\[]?[{0}0-9])".format(UPPER))


# The letters (and inner full stops) right before a full stop: `Dr`, `U.S`.
_TOKEN_BEFORE = re.compile(r"([^\W\d_.]+(?:\.[^\W\d_]+)*)\Z")

# A lower-case start then a capital inside: a brand (`eBay`, `afyaPay`).
_BRAND = re.compile(r"[a-z]{1,6}[A-Z][a-z]")

class Word:
    """A word and where it stands; `lower` folds case and curly apostrophes, `capitalised`
    says whether it starts with a capital or is a brand like `eBay`.

    A plain slotted class rather than a dataclass, built by `tokenise` without a call to
    `__init__`: an article has thousands of words and building them was a fifth of the
    extraction time. Treat it as immutable.
    """

    __slots__ = ("capitalised", "end", "lower", "start", "text")

    text: str
    start: int
    end: int
    lower: str
    capitalised: bool

    # Words are equal when they are the same text at the same place.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Word):
            return NotImplemented
        return (self.text, self.start, self.end) == (other.text, other.start, other.end)

    # Hash by the same fields equality compares.
    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))

    # Shown like the dataclass it replaces.
    def __repr__(self) -> str:
        return f"Word(text={self.text!r}, start={self.start}, end={self.end})"


@dataclass(frozen=True)
class Sentence:
    """A sentence of one paragraph; `paragraph` is the paragraph's index."""

    start: int
    end: int
    paragraph: int


def tokenise(text: str, start: int, end: int) -> list[Word]:
    """Return the words of `text[start:end]` with offsets into `text`.

    A lower-case word is its own folded form; for the others the span is case-folded in one call when
    folding keeps its length (it does but for a few letters, such as `İ`), and only a word with a
    capital inside is asked whether it is a brand.
    """
    folded = text[start:end].lower().replace("’", "'")
    aligned = len(folded) == end - start
    made = []
    new = Word.__new__
    for match in WORD.finditer(text, start, end):
        word = new(Word)
        word.text = token = match.group()
        word.start, word.end = begin, finish = match.span()
        if token.islower():  # most words: already folded, so no new string unless it holds a `’`
            word.lower = token if "’" not in token else token.replace("’", "'")
            word.capitalised = False
        else:
            word.lower = folded[begin - start : finish - start] if aligned else token.lower().replace("’", "'")
            first = token[0]
            word.capitalised = first.isupper() or (first.islower() and _BRAND.match(token) is not None)
        made.append(word)
    return made


def holds_any(text: str, start: int, end: int, keywords: tuple[str, ...]) -> bool:
    """Tell whether one of the keywords occurs in the span, case folded.

    A cheap test before a costly pattern: whether `text[start:end]` holds one of `keywords` (lower
    case), in any case. Most sentences hold none and skip the pattern.
    """
    folded = text[start:end].casefold()
    return any(keyword in folded for keyword in keywords)


def split_sentences(text: str, paragraph: Paragraph, protected: list[tuple[int, int]]) -> list[Sentence]:
    """Split one paragraph into sentences; spans in `protected` (sorted, never overlapping) are never cut.

    Sentence boundaries that are not inside a quotation and not after an abbreviation.
    """
    sentences: list[Sentence] = []
    begin = paragraph.start
    for match in _SENTENCE_END.finditer(text, paragraph.start, paragraph.end):
        cut = match.start()
        if _inside(protected, cut) or _is_abbreviation(text, begin, cut):
            continue
        end = match.end() - (len(match.group()) - len(match.group().rstrip()))
        sentences.append(Sentence(begin, end, paragraph.index))
        begin = match.end()
    if begin < paragraph.end:
        sentences.append(Sentence(begin, paragraph.end, paragraph.index))
    return sentences


# Whether `cut` lies strictly inside one of the sorted, non-overlapping spans.
def _inside(spans: list[tuple[int, int]], cut: int) -> bool:
    index = bisect_left(spans, (cut,)) - 1
    return index >= 0 and spans[index][0] < cut < spans[index][1]


# Whether the full stop at `cut` ends an abbreviation or an initial, not a sentence.
def _is_abbreviation(text: str, begin: int, cut: int) -> bool:
    if text[cut] != ".":
        return False
    window = max(begin, cut - 40)  # abbreviations are short; none holds a space, so look after the last one
    before = _TOKEN_BEFORE.search(text, text.rfind(" ", window, cut) + 1 or window, cut)
    if not before:
        return False
    token = before.group(1).lower()
    # A lone capital is an initial (`J. Smith`); a known short form is an abbreviation.
    return token in ABBREVIATIONS or (len(token) == 1 and text[cut - 1] in UPPER)
