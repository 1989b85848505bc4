"""Person names: which capitalised words can be part of one, and where one ends."""

from __future__ import annotations

from ..vocabulary import UPPER
from .cues import (
    DESCRIPTIVE_SUFFIXES,
    GENERATIONAL_SUFFIXES,
    GROUP_NOUNS,
    HONORIFICS,
    NAME_PARTICLES,
    NON_ORGANISATION_HEADS,
    ORGANISATION_HEADS,
    PLACE_HEADS,
    PORTFOLIO_WORDS,
    REGION_WORDS,
    TITLE_NOUNS,
)
from .phrases import CALENDAR
from .text import Word

_MAX_NAME_WORDS = 4
# Last words that make a run an event, a law or a place, never a name (`… Forum`, `… Bill`, `… Island`).
_NEVER_LAST = NON_ORGANISATION_HEADS | PLACE_HEADS


def name_suffix(text: str, ws: list[Word]) -> list[Word]:
    """Return the trailing words of `ws` that form a person's name (empty if none).

    The name that ends a run of words: up to four capitalised words and the particles between them.
    """
    name: list[Word] = []
    for word in reversed(ws):
        if name and not joins_name(text, word, name[0]):
            break
        if word.capitalised and not not_a_name(word) and word.lower.rstrip(".") not in HONORIFICS:
            if sum(w.capitalised for w in name) == _MAX_NAME_WORDS:
                break
            name.insert(0, word)
        elif word.lower in NAME_PARTICLES and name:
            name.insert(0, word)
        else:
            break
    while name and not name[0].capitalised:
        name = name[1:]
    # A name never ends in `Forum`, `Summit` or `Bill` (an event or a law) nor `Island` (a place).
    return [] if name and name[-1].lower in _NEVER_LAST else name


# The name that opens a run of words (after an honorific), for `said Jane Doe`.
def name_forward(ws: list[Word]) -> list[Word]:
    name: list[Word] = []
    for word in ws:
        if word.lower.rstrip(".") in HONORIFICS and not name:
            continue
        if word.capitalised or (name and word.lower in NAME_PARTICLES):
            if word.capitalised and not_a_name(word):
                break
            name.append(word)
            if len(name) >= 5:
                break
        else:
            break
    while name and not name[-1].capitalised:
        name.pop()
    return name


# Whether two words stand in one name: only white space, or an initial's full stop, between them.
def joins_name(text: str, left: Word, right: Word) -> bool:
    gap = text[left.end : right.start]
    # An initial or an honorific may keep its full stop: `J. K. Mwangi`, `Dr. Haddad`.
    abbreviated = gap.startswith(".") and (len(left.text) == 1 or left.lower in HONORIFICS)
    return (gap[1:] if abbreviated else gap).isspace()


def not_a_name(word: Word) -> bool:
    """Tell whether a capitalised word cannot be part of a person's name."""
    lower = word.lower
    return (
        lower in ORGANISATION_HEADS
        or lower in REGION_WORDS
        or lower in GROUP_NOUNS
        or lower in PORTFOLIO_WORDS
        or (len(word.text) > 1 and all(c in UPPER for c in word.text) and lower not in GENERATIONAL_SUFFIXES)
        or lower in TITLE_NOUNS
        or lower in CALENDAR
        or any(c.isdigit() for c in lower)
        or ("-" in word.text and word.text.rsplit("-", 1)[1] in DESCRIPTIVE_SUFFIXES)
        or lower in ("the", "it", "this", "that", "we", "i", "in", "on")
    )
