"""Where the lists after role cues are: `co-organised by A, B (BB), C and D`.

A name in such a list is a body even when its last word alone would not say so
(`World Food Programme`, `Scaling Up Nutrition Movement`, `UNICEF`); the
organisation extractor asks here which capitalised phrases stand in one.
"""

from __future__ import annotations

import re

from .cues import LIST_JOINERS
from .phrases import capitalised_phrases
from .roles import PASSIVE_CUE
from .text import Sentence

# What may stand between two members of a list: joiners, articles and an `(ACR)`'s brackets.
_GAP = re.compile(
    r"(?:[\s,;()]|\b(?:the|its|their|" + "|".join(j for j in LIST_JOINERS if j.isalpha() or " " in j) + r")\b)*\Z",
    re.IGNORECASE,
)


# Start offsets of the capitalised phrases that stand in a list after a passive role cue.
def listed_starts(text: str, sentences: list[Sentence]) -> frozenset[int]:
    """Return where each listed phrase starts, for every sentence of the article."""
    starts: set[int] = set()
    for sentence in sentences:
        for cue in PASSIVE_CUE.finditer(text, sentence.start, sentence.end):
            position = cue.end()
            for phrase in capitalised_phrases(text, cue.end(), sentence.end):
                if not _GAP.match(text, position, phrase.start):
                    break
                starts.add(phrase.start)
                position = phrase.end
    return frozenset(starts)
