"""Pair quotation marks into quotations, paragraph by paragraph.

Curly, straight and guillemet double marks delimit quotations; single marks, curly
or straight, do too when a paragraph has no double marks (British style), but a single mark
inside a double quotation is part of it, and an apostrophe (`People's`) is never
a mark. A quotation left open at a paragraph's end continues when the next
paragraph opens with a mark (the newspaper convention for long quotations).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Paragraph

# Opening marks and the closing mark each one waits for.
_DOUBLE = {"“": "”", "«": "»", "„": "“", '"': '"'}
_SINGLE = {"‘": "’", "'": "'"}
_OPEN_CONTEXT = " \t\n([{—–-/:"


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


# Every quotation in the article, in text order.
def find_quotations(text: str, paragraphs: list[Paragraph]) -> list[Quotation]:
    """Pair the quote marks of every paragraph, following quotations across paragraphs."""
    found: list[Quotation] = []
    carried: str | None = None
    for number, paragraph in enumerate(paragraphs):
        following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
        quotations, carried = _scan(text, paragraph, carried, following)
        found.extend(quotations)
    return found


def _scan(
    text: str, paragraph: Paragraph, carried: str | None, following: Paragraph | None
) -> tuple[list[Quotation], str | None]:
    pairs = _DOUBLE if any(mark in text[paragraph.start : paragraph.end] for mark in _DOUBLE) else _SINGLE
    quotations: list[Quotation] = []
    closing: str | None = None
    opened = paragraph.start
    continued = False
    if carried and text[paragraph.start] in pairs:
        closing, opened, continued = pairs[text[paragraph.start]], paragraph.start, True
    position = opened + 1 if closing else paragraph.start
    depth = 0  # curly marks nest: “He told us “wait” twice”
    while position < paragraph.end:
        char = text[position]
        if closing is None and char in pairs and _opens(text, position, paragraph, char):
            closing, opened, continued = pairs[char], position, False
        elif closing is not None and char == text[opened] and char != closing and _opens(text, position, paragraph, char):
            depth += 1
        elif closing is not None and char == closing and depth:
            depth -= 1
        elif closing is not None and char == closing and _closes(text, position, paragraph, char):
            quotations.append(_quotation(text, opened, position, paragraph, closed=True, continued=continued))
            closing = None
        position += 1
    if closing is None:
        return quotations, None
    # Left open: it continues only if the next paragraph opens with a mark.
    if following is not None and text[following.start] in pairs:
        quotations.append(_quotation(text, opened, paragraph.end, paragraph, closed=False, continued=continued))
        return quotations, closing
    return quotations, None


def _opens(text: str, position: int, paragraph: Paragraph, mark: str) -> bool:
    before = text[position - 1] if position > paragraph.start else " "
    after = text[position + 1] if position + 1 < paragraph.end else " "
    if mark in ('"', "‘", "'"):
        return (before in _OPEN_CONTEXT or before in "“«") and not after.isspace()
    return True


def _closes(text: str, position: int, paragraph: Paragraph, mark: str) -> bool:
    if mark not in ("’", "'"):
        return True
    # A curly apostrophe inside a word (`People’s`) does not close a quotation.
    after = text[position + 1] if position + 1 < paragraph.end else " "
    return not after.isalpha()


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
