"""Acronym definitions: `Full Name (ACR)` and `ACR (Full Name)`.

The long form is matched to the short form letter by letter from the end, the
way Schwartz and Hearst describe; when the letters follow another language's
word order (`Secretaría de Relaciones Exteriores` written in English), the whole
capitalised phrase before the parenthesis stands as the long form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..vocabulary import UPPER
from .document import Document
from .phrases import Phrase

_SHORT_FORM = re.compile(rf"\((?P<short>[{UPPER}][{UPPER}a-z&.\-]{{0,9}}[{UPPER}s])\)")
_LINKS = frozenset("of for and the on in at to de del la des du".split())
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# `Association in Cambodia (GMAC)`: a lower-case preposition that names never join across.
_PREPOSITION_BEFORE = re.compile(r"\s(?:in|at|to)\s+\Z")
_SHORT_BEFORE = re.compile(rf"\b(?P<short>[{UPPER}][{UPPER}&\-]{{1,9}})\s+\((?=[{UPPER}])")


@dataclass(frozen=True)
class Definition:
    """An acronym and the long form it stands for, with offsets."""

    short: str
    short_start: int
    long: Phrase
    letters_match: bool


def find_definitions(doc: Document) -> list[Definition]:
    """Find `Long Form (SF)` and `SF (Long Form)` pairs in the article's body.

    Every acronym definition of the article, from the lead on.
    """
    text = doc.text
    found: list[Definition] = []
    for match in _SHORT_FORM.finditer(text, doc.lead_start):
        short = match.group("short")
        if sum(c in UPPER for c in short) < 2:
            continue
        phrase = doc.phrase_ending_at(match.start())
        if phrase is None or _PARAGRAPH_BREAK.search(text, phrase.end, match.start()):
            continue
        matched = shortest_long_form(short, phrase) or _across_preposition(doc, short, phrase)
        found.append(Definition(short, match.start("short"), matched or phrase, matched is not None))
    for match in _SHORT_BEFORE.finditer(text, doc.lead_start):
        phrase = doc.phrase_starting_at(match.end())
        if phrase is not None and text.startswith(")", phrase.end):
            short = match.group("short")
            matched = shortest_long_form(short, phrase)
            found.append(Definition(short, match.start("short"), phrase, matched is not None))
    return found


def shortest_long_form(short: str, phrase: Phrase) -> Phrase | None:
    """Match the acronym's letters backwards through the phrase (Schwartz–Hearst).

    The shortest tail of `phrase` whose words spell out `short`, or None.
    """
    letters = [c.lower() for c in short if c.isalnum()]
    if letters and letters[-1] == "s" and short[-1] == "s":
        letters.pop()  # a plural acronym (`NGOs`)
    for first in range(len(phrase.words) - 1, -1, -1):
        candidate = phrase.tail(first)
        if _spells(letters, candidate.text.lower()) and candidate.words[0].text[0].lower() == letters[0]:
            # `Ivorian Institute for Rural Studies (IIRS)`: one more word when each letter can start a word.
            wider = phrase.tail(first - 1) if first else None
            if (
                wider is not None
                and _content_words(candidate) < len(letters) == _content_words(wider)
                and wider.words[0].text[0].lower() == letters[0]
            ):
                return wider
            return candidate
    return None


# How many words of a long form are not small linking words (`for`, `of`, `the`).
def _content_words(phrase: Phrase) -> int:
    return sum(1 for word in phrase.words if word.lower not in _LINKS)


# The long form when it spans a preposition the capitalised phrase stopped at, or None.
def _across_preposition(doc: Document, short: str, phrase: Phrase) -> Phrase | None:
    preposition = _PREPOSITION_BEFORE.search(doc.text, max(0, phrase.start - 5), phrase.start)
    earlier = doc.phrase_ending_at(preposition.start()) if preposition else None
    if earlier is None:
        return None
    return shortest_long_form(short, Phrase(doc.text, tuple(doc.words(earlier.start, phrase.end))))


# Whether the letters appear in order from the end, the first one starting a word.
def _spells(letters: list[str], long_form: str) -> bool:
    position = len(long_form)
    for index in range(len(letters) - 1, -1, -1):
        letter = letters[index]
        while True:
            position = long_form.rfind(letter, 0, position)
            if position < 0:
                return False
            # The first letter must start a word; the others may stand anywhere.
            if index > 0 or position == 0 or not long_form[position - 1].isalnum():
                break
    return True
