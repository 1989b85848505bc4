"""Where the lists after role cues are: `co-organised by A, B (BB), C and D`.

A name in such a list is a body even when its last word alone would not say so
(`World Food Programme`, `Scaling Up Nutrition Movement`, `UNICEF`); the
organisation extractor asks here which capitalised phrases stand in one.
"""

from __future__ import annotations

import re

from .document import Document
from .roles import LIST_GAP


def listed_starts(doc: Document, cues: list[tuple[re.Match[str], ...]]) -> frozenset[int]:
    """Return where each listed phrase starts, for every sentence of the article; `cues` are `passive_cues(doc)`.

    Start offsets of the capitalised phrases that stand in a list after a passive role cue.
    """
    starts: set[int] = set()
    for sentence, sentence_cues in zip(doc.sentences, cues, strict=True):
        doc.check_time()
        for cue in sentence_cues:
            if cue.group("delegates") or cue.group().lower().startswith("under"):
                # `teams from Lorania, Kestria and …` are as often from places as from bodies, and `under the
                # auspices of A, the B Forum …` names the forum in apposition, not in a list.
                continue
            position = cue.end()
            for phrase in doc.phrases(cue.end(), sentence.end):
                if not LIST_GAP.match(doc.text, position, phrase.start):
                    break
                # A word right after an `(ACR)` names where the body is (`(HVP) Gatagara`), not another member.
                if not doc.text[position : phrase.start].rstrip().endswith(")"):
                    starts.add(phrase.start)
                # `Swiss Limbs and Home de la Vierge`: a member after an inner `and` stands in the list too.
                starts.update(w.start for p, w in zip(phrase.words, phrase.words[1:], strict=False) if p.lower == "and")
                position = phrase.end
    return frozenset(starts)
