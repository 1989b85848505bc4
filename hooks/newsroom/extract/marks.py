"""Pair quotation marks into quotations, paragraph by paragraph.

Curly, straight and guillemet double marks delimit quotations; single marks, curly
or straight, do too when a paragraph has no double marks (British style), but a single mark
inside a double quotation is part of it, and an apostrophe (`People's`) is never
a mark. A quotation left open at a paragraph's end runs to that end, and
continues when the next paragraph opens with a mark (the newspaper convention
for long quotations); an opening curly mark typed for a closing one after a
sentence's end closes it.
Copy-pasted text mixes straight and curly marks (`"…”`), and a scraper that joins
a long quotation's paragraphs into one leaves `… done. "Next …`: a straight mark
with a space before and a word after opens the next part there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Paragraph

# Opening marks and the closing mark each one waits for.
_DOUBLE = {"“": "”\"", "«": "»", "„": "“", '"': '"”'}
_SINGLE = {"‘": "’", "'": "'"}
# The end of a sentence before a reopening straight mark (`done. "Next`).
_SENTENCE_END = re.compile(r"[.?!…]['’]?\s+\Z")
_OPEN_CONTEXT = " \t\n([{—–-/:"
# Any opening or closing mark: the scans jump from one to the next instead of reading every character.
_ANY_MARK = re.compile("[" + "".join(sorted({*_DOUBLE, *_DOUBLE.values(), *_SINGLE, *_SINGLE.values()})) + "]")


@dataclass(frozen=True)
class Quotation:
    """A run of quoted text: `start`/`end` bound the characters between the marks."""

    start: int
    end: int
    paragraph: int
    mark: int
    stop: int
    closed: bool
    continued: bool

    @property
    def span(self) -> tuple[int, int]:
        """The quotation with its marks, as a pair of offsets."""
        return (self.mark, self.stop)


def find_quotations(text: str, paragraphs: list[Paragraph]) -> list[Quotation]:
    """Pair the quote marks of every paragraph, following quotations across paragraphs.

    Every quotation in the article, in text order.
    """
    found: list[Quotation] = []
    carried: str | None = None
    for number, paragraph in enumerate(paragraphs):
        following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
        quotations, carried = _scan(text, paragraph, carried, following)
        found.extend(quotations)
    return [q for q in found if q.end > q.start]  # `“ ”` quotes nothing


# The quotations of one paragraph, and the closing mark still awaited at its end.
def _scan(
    text: str, paragraph: Paragraph, carried: str | None, following: Paragraph | None
) -> tuple[list[Quotation], str | None]:
    pairs = _mode(text, paragraph)
    quotations: list[Quotation] = []
    closing: str | None = None
    opened = paragraph.start
    continued = False
    if carried and text[paragraph.start] in pairs:
        closing, opened, continued = pairs[text[paragraph.start]], paragraph.start, True
    position = opened + 1 if closing else paragraph.start
    depth = 0  # curly marks nest: “He told us “wait” twice”
    for found in _ANY_MARK.finditer(text, position, paragraph.end):
        position, char = found.start(), found.group()
        if closing is None and char in pairs and _opens(text, position, paragraph, char):
            closing, opened, continued = pairs[char], position, False
        elif closing is not None and _misused_closer(text, position, paragraph, opened):
            quotations.append(_quotation(text, opened, position, paragraph, closed=True, continued=continued))
            closing = None
        elif closing is not None and char == text[opened] and _nests(text, position, paragraph, char, closing):
            depth += 1
        elif closing is not None and char in closing and depth:
            depth -= 1
        elif closing is not None and char == '"' and _reopens(text, position, paragraph, opened):
            quotations.append(_quotation(text, opened, position, paragraph, closed=False, continued=continued))
            opened, continued = position, True
        elif closing is not None and char in closing and _closes(text, position, paragraph, char):
            quotations.append(_quotation(text, opened, position, paragraph, closed=True, continued=continued))
            closing = None
    if closing is None:
        return quotations, None
    # Left open: it runs to the paragraph's end, and continues if the next paragraph opens with a mark.
    quotations.append(_quotation(text, opened, paragraph.end, paragraph, closed=False, continued=continued))
    if following is not None and text[following.start] in pairs:
        return quotations, closing
    return quotations, None


# An opening curly mark typed where the closing one belongs (`… decision.“ However`): right after a
# sentence's end, with a space after it, it closes the quotation opened with a double mark.
def _misused_closer(text: str, position: int, paragraph: Paragraph, opened: int) -> bool:
    after = text[position + 1] if position + 1 < paragraph.end else " "
    return (
        text[position] == "“"
        and text[opened] in "“\""
        and after.isspace()
        and text[position - 1] in ".?!,…"
    )


# Whether a mark like the one that opened the quotation opens another inside it: a curly mark
# anywhere (`“He told us “wait” twice”`), a straight single one between a space and a letter
# (`'… using a 'quick fix' solution …'`).
def _nests(text: str, position: int, paragraph: Paragraph, char: str, closing: str) -> bool:
    if char not in closing:
        return _opens(text, position, paragraph, char)
    return char == "'" and _opens(text, position, paragraph, char) and text[position + 1 : position + 2].isalpha()


# A straight mark after a sentence's end, with a word after it, opens the next part of a quotation
# whose closing mark the text lost (`“… done. "Next …`).
def _reopens(text: str, position: int, paragraph: Paragraph, opened: int) -> bool:
    after = text[position + 1] if position + 1 < paragraph.end else " "
    return (
        not after.isspace()
        and after not in ".,;:?!)"
        and _SENTENCE_END.search(text, max(opened + 1, position - 4), position) is not None
    )


# Double marks, unless the first double mark stands inside a single quotation (`‘He said “no”,’ she
# said`) or the paragraph has none; a name in single marks before a double quotation (`the ‘Blue’
# plan. “We …”`) leaves the paragraph to double marks.
def _mode(text: str, paragraph: Paragraph) -> dict[str, str]:
    closing: str | None = None
    singles = False
    for found in _ANY_MARK.finditer(text, paragraph.start, paragraph.end):
        position, char = found.start(), found.group()
        if char in _DOUBLE and _opens(text, position, paragraph, char):
            return _SINGLE if closing else _DOUBLE
        if closing is None and char in _SINGLE and _opens(text, position, paragraph, char):
            closing, singles = _SINGLE[char], True
        elif closing is not None and char == closing and _closes(text, position, paragraph, char):
            closing = None
    return _SINGLE if singles else _DOUBLE


# Whether a mark opens a quotation here (straight and single marks need space or a bracket before).
def _opens(text: str, position: int, paragraph: Paragraph, mark: str) -> bool:
    before = text[position - 1] if position > paragraph.start else " "
    after = text[position + 1] if position + 1 < paragraph.end else " "
    if mark in ('"', "‘", "'"):
        return (before in _OPEN_CONTEXT or before in "“«") and not after.isspace()
    return True


# Whether a mark closes the open quotation here rather than being an apostrophe.
def _closes(text: str, position: int, paragraph: Paragraph, mark: str) -> bool:
    if mark not in ("’", "'"):
        return True
    # An apostrophe inside a word (`People’s`) does not close a quotation, nor does
    # a plural possessive (`the supporters' bar`) when a later mark can close it.
    after = text[position + 1] if position + 1 < paragraph.end else " "
    if after.isalpha():
        return False
    possessive = text[position - 1] == "s" and text[position + 1 : position + 3][-1:].islower()
    return not (possessive and _next_mark_closes(text, position, paragraph, mark))


# Whether the next single mark after `position` closes rather than opens a quotation.
def _next_mark_closes(text: str, position: int, paragraph: Paragraph, mark: str) -> bool:
    opener = next(o for o, c in _SINGLE.items() if c == mark)
    for later in range(position + 1, paragraph.end):
        if text[later] == opener and _opens(text, later, paragraph, opener):
            return False
        if text[later] == mark and not text[later + 1 : later + 2].isalpha():
            return True
    return False


# A quotation between two offsets, trimmed of inner white space.
def _quotation(
    text: str, mark: int, end: int, paragraph: Paragraph, *, closed: bool, continued: bool
) -> Quotation:
    stop = end + 1 if closed else end
    start = mark + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Quotation(start, end, paragraph.index, mark, stop, closed, continued)
