"""Where the lists after role cues are: `co-organised by A, B (BB), C and D`.

A name in such a list is a body even when its last word alone would not say so
(`World Food Programme`, `Scaling Up Nutrition Movement`, `UNICEF`); the
organisation extractor asks here which capitalised phrases stand in one.
"""

from __future__ import annotations

from .phrases import capitalised_phrases
from .roles import LIST_GAP, passive_cues
from .text import Sentence


# Start offsets of the capitalised phrases that stand in a list after a passive role cue.
def listed_starts(text: str, sentences: list[Sentence]) -> frozenset[int]:
    """Return where each listed phrase starts, for every sentence of the article."""
    starts: set[int] = set()
    for sentence in sentences:
        for cue in passive_cues(text, sentence.start, sentence.end):
            position = cue.end()
            for phrase in capitalised_phrases(text, cue.end(), sentence.end):
                if not LIST_GAP.match(text, position, phrase.start):
                    break
                starts.add(phrase.start)
                position = phrase.end
    return frozenset(starts)
