"""Where the lists after role cues are (`co-organised by A, B (BB), C and D`), and
the lists a plural kind of body introduces (`carriers such as A, B and C`).

A name in such a list is a body even when its last word alone would not say so
(`World Food Programme`, `Scaling Up Nutrition Movement`, `UNICEF`); the
organisation extractor asks here which capitalised phrases stand in one.
"""

from __future__ import annotations

import re

from .cues import CLASSIFIER_NOUNS
from .document import Document
from .roles import LIST_GAP


# The plural of a kind of body (`company` → `companies`, `label` → `labels`).
def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


# A plural kind of body right before a list of names: `consumer electronics companies such as A, B and C`,
# `rival carriers A and B`, `record labels including A`.
_KINDS_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(map(_plural, CLASSIFIER_NOUNS), key=len, reverse=True))
    + r")(?:,?\s+(?:such\s+as|including|like))?\s+(?=[A-Z])"
)


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


def kind_listed_starts(doc: Document) -> frozenset[int]:
    """Return where each phrase of a list after a plural kind of body starts (`airlines such as A, B and C`).

    Such a list names bodies whatever their words, two-word names among them: people are no `companies`.
    """
    text = doc.text
    starts: set[int] = set()
    for sentence in doc.sentences:
        doc.check_time()
        for kinds in _KINDS_BEFORE.finditer(text, sentence.start, sentence.end):
            position = kinds.end()
            for phrase in doc.phrases(kinds.end(), sentence.end):
                if not LIST_GAP.match(text, position, phrase.start):
                    break
                starts.add(phrase.start)
                starts.update(w.start for p, w in zip(phrase.words, phrase.words[1:], strict=False) if p.lower == "and")
                position = phrase.end
    return frozenset(starts)
