"""Capitalised phrases: runs of capitalised words joined by `of`, `for`, `and`, `the`.

Organisation names, person names and places are all found among them; this
module only finds the runs, the extractors decide what each one is.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..vocabulary import MONTHS, WEEKDAYS
from .cues import NAME_CONNECTORS
from .text import Word

# Calendar words are capitalised but never part of a name (`Summit … on September 18`).
CALENDAR = frozenset(word.lower() for word in (*MONTHS, *WEEKDAYS))
_MAX_WORDS = 16
# White space inside one name: never a blank line, which ends a paragraph.
_SPACE = r"(?:[ \t]*\n[ \t]*|[ \t]+)"
_GAP = re.compile(rf"{_SPACE}(?:&{_SPACE})?\Z")
_INITIAL_GAP = re.compile(rf"\.{_SPACE}\Z")


class Phrase(NamedTuple):
    """A run of words in one piece of text (a named tuple: phrases are made by the hundred per article)."""

    text_: str
    words: tuple[Word, ...]

    @property
    def start(self) -> int:
        """Offset of the first character."""
        return self.words[0].start

    @property
    def end(self) -> int:
        """Offset after the last character."""
        return self.words[-1].end

    @property
    def text(self) -> str:
        """The phrase as written."""
        return self.text_[self.start : self.end]

    def tail(self, first: int) -> Phrase:
        """Return the words from index `first` to the end."""
        return Phrase(self.text_, self.words[first:])

    def head(self, stop: int) -> Phrase:
        """Return the words before index `stop`.

        The phrase up to (not including) its `stop`-th word.
        """
        return Phrase(self.text_, self.words[:stop])


def capitalised_phrases(text: str, words: list[Word]) -> tuple[Phrase, ...]:
    """Split a span's words (in text order) into runs of capitalised words and connectors."""
    phrases: list[Phrase] = []
    run: list[Word] = []
    for word in words:
        if not run and not word.capitalised:
            continue  # most words: nothing open, nothing to open
        joined = bool(run) and (
            _GAP.match(text, run[-1].end, word.start) is not None
            or (len(run[-1].text) == 1 and _INITIAL_GAP.match(text, run[-1].end, word.start) is not None)
        )
        if word.lower in CALENDAR:
            phrases.extend(_close(text, run))
            run = []
        elif word.capitalised and (joined or not run):
            run.append(word)
        elif word.capitalised:
            phrases.extend(_close(text, run))
            run = [word]
        elif joined and (word.lower in NAME_CONNECTORS or word.text.isdigit()) and len(run) < _MAX_WORDS:
            run.append(word)  # `Battery 360 Consortium`, `Group of 48`
        else:
            phrases.extend(_close(text, run))
            run = []
    phrases.extend(_close(text, run))
    return tuple(phrases)


# A finished run as a phrase, without trailing connectors (a final `of 48` stays).
def _close(text: str, run: list[Word]) -> list[Phrase]:
    while run and not run[-1].capitalised and not (run[-1].text.isdigit() and len(run) > 1 and run[-2].lower == "of"):
        run = run[:-1]
    return [Phrase(text, tuple(run))] if run else []
