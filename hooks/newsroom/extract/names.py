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
    SENTENCE_OPENERS,
    TITLE_NOUNS,
)
from .person_rules import GIVEN_NAME_MONTHS, POST_NOMINALS, THING_FIRST, THING_LAST
from .phrases import CALENDAR
from .text import Word

_MAX_NAME_WORDS = 4
# Last words that make a run an event, a law or a place, never a name (`… Forum`, `… Bill`, `… Island`).
_NEVER_LAST = NON_ORGANISATION_HEADS | PLACE_HEADS | THING_LAST.words
# Function words that open sentences and questions, never a name (`But Okonedo said`, `What Ivo`).
_FUNCTION_WORDS = SENTENCE_OPENERS | frozenset("what who why how where which".split())


def name_suffix(text: str, ws: list[Word]) -> list[Word]:
    """Return the trailing words of `ws` that form a person's name (empty if none).

    The name that ends a run of words: up to four capitalised words and the particles between them.
    """
    name: list[Word] = []
    last = len(ws) - 1
    while last > 0 and ws[last].lower in POST_NOMINALS.words and joins_name(text, ws[last - 1], ws[last]):
        last -= 1  # `Jane Doe QC`: the letters after a name are no part of it
    for index in range(last, -1, -1):
        word = ws[index]
        if name and (not joins_name(text, word, name[0]) or word.text.endswith(("'s", "’s"))):
            break  # `September's Marrowfield`: a possessive ends the words before a name
        if _name_word(text, word, ws[index - 1] if index else None, name):
            if sum(w.capitalised for w in name) == _MAX_NAME_WORDS:
                break
            name.insert(0, word)
            if word.lower in GIVEN_NAME_MONTHS.words:
                break  # `April Lewis`: a month opens a name, nothing stands before it
        elif word.lower in NAME_PARTICLES and name:
            name.insert(0, word)
        else:
            break
    while name and not name[0].capitalised:
        name = name[1:]
    return [] if _names_a_thing(name) else name


# Whether the words name an event, a law, a place or a craft (`… Forum`, `… Bill`, `… Island`,
# `Operation …`, `Space Shuttle …`), never a person.
def _names_a_thing(name: list[Word]) -> bool:
    return bool(name) and (name[-1].lower in _NEVER_LAST or name[0].lower in THING_FIRST.words)


# Whether a capitalised word may stand in a name whose later words are `name`: a title word right
# after an initial is a name (`R. Dean Smith`), a month before a surname a given name (`June Okafor`).
def _name_word(text: str, word: Word, before: Word | None, name: list[Word]) -> bool:
    if not word.capitalised or word.lower.rstrip(".") in HONORIFICS or word.lower in _FUNCTION_WORDS:
        return False
    if word.lower in GIVEN_NAME_MONTHS.words:
        return bool(name) and name[0].capitalised
    initial = before is not None and len(before.text) == 1 and joins_name(text, before, word)
    return not not_a_name(word) or (initial and word.lower in TITLE_NOUNS and bool(name))


def name_forward(text: str, ws: list[Word]) -> list[Word]:
    """Return the name that opens a run of words (after an honorific), for `said Jane Doe`."""
    name: list[Word] = []
    for index, word in enumerate(ws):
        if word.lower.rstrip(".") in HONORIFICS and not name:
            continue
        if name and not joins_name(text, name[-1], word):
            break
        following = ws[index + 1] if index + 1 < len(ws) else None
        if word.capitalised and not name and word.lower in GIVEN_NAME_MONTHS.words:
            if following is None or not following.capitalised or not_a_name(following):
                break
            name.append(word)  # `said April Fenwick-Hale`
        elif word.capitalised or (name and word.lower in NAME_PARTICLES):
            after_initial = bool(name) and len(name[-1].text) == 1 and word.lower in TITLE_NOUNS
            if word.capitalised and (not_a_name(word) or word.lower in _FUNCTION_WORDS) and not after_initial:
                break
            name.append(word)
            if len(name) >= 5:
                break
        else:
            break
    while name and not name[-1].capitalised:
        name.pop()
    return [] if _names_a_thing(name) else name


def joins_name(text: str, left: Word, right: Word) -> bool:
    """Whether two words stand in one name: only white space, or an initial's full stop, between them."""
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
