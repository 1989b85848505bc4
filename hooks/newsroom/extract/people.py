"""People: the persons an article names, with the title and organisation written around them.

Names are registered in text order: first the names the sentences after the
headlines hold (titled, after an honorific, or of two capitalised words or more), then the
names the speaker phrases give. Then every mention of each person is found, for
pronouns and surnames to look back to (see `resolve.py`). Gender comes only
from honorifics here; resolution may learn more from pronouns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Mention, Person
from .cues import HONORIFICS, PLACE_WORDS, SENTENCE_OPENERS, TITLE_NOUNS, TITLE_WORDS
from .document import Document
from .forms import Form, find_forms
from .job_titles import title_of
from .names import name_suffix
from .organisations import Found
from .phrases import Phrase
from .speakers import Ref, SpeakerPhrases
from .text import Sentence, Word

_HONORIFIC_BEFORE = re.compile(r"\b(?P<word>[A-Z][a-z]{1,8})\.?\s+\Z")
_TITLE_BEFORE = re.compile(r"(?<![\w'’])(?:[Tt]he|[Aa]n?|[Ii]ts|[\w'’]+['’]s)\s+(?P<title>[\w\s-]{3,60}?),\s*\Z")
_APPOSITION_AFTER = re.compile(r",\s*(?P<title>[^,.;()“”\"]{3,80}?)\s*[,.;]")
_MIN_NAME_WORDS = 2
# A first name this short (`C.`, `Jo`) is never looked for alone: an initial, or too common a string.
_INITIAL = 2
# Shortest surname a misspelling is looked for, and most letters it may get wrong.
_MISSPELT_LENGTH = 6
_MISSPELT_EDITS = 2
# How far before a name `the regional director, ` may start (its title is at most 60 characters).
_TITLE_REACH = 160


@dataclass
class Cast:
    """The people of one article: persons in order of first sight, the gender honorifics
    gave each (by name), and every mention of a person in text order."""

    persons: list[Person] = field(default_factory=list)
    gender: dict[str, str | None] = field(default_factory=dict)
    mentions: list[tuple[int, Person]] = field(default_factory=list)


def find_people(doc: Document, found: Found, speakers: SpeakerPhrases) -> Cast:
    """Find every person the article names and every place it names them.

    The people stage: names in the sentences, then the names speaker phrases give, then their mentions.
    """
    cast = Cast()
    for sentence in doc.sentences:
        doc.check_time()
        if sentence.paragraph < doc.lead_paragraph:
            continue  # a headline capitalises its words: `Magnate Pellew backs choir` names nobody new
        for phrase in doc.phrases(sentence.start, sentence.end):
            runs = _runs(phrase)
            for number, (run, after_of) in enumerate(runs):
                # `Minister of Social Development`: a run after `of` names a body, unless a name ends the phrase.
                if not after_of or number == len(runs) - 1:
                    _consider(doc, found, cast, run, phrase, sentence, linked=number > 0)
    for sentence_speakers in speakers:
        for _, ref in sentence_speakers:
            if ref.kind == "name":
                _register(doc.text, found, cast, ref)
    _index_mentions(doc, cast)
    return cast


def namesakes(persons: list[Person], name: str) -> list[Person]:
    """Return the persons a name (a full name, a surname, `Jane Doe` for `Jane Q. Doe`) can mean.

    Every known person whose name holds these words in order, or starts and ends with them; failing
    those, the one person whose surname a lone surname misspells by a letter or two (`Hollender` for
    `Hollander`).
    """
    tokens = [t.lower() for t in name.split()]
    matches = []
    for person in persons:
        known = [t.lower() for t in person.name.split()]
        if any(known[i : i + len(tokens)] == tokens for i in range(len(known) - len(tokens) + 1)) or (
            len(tokens) > 1 and tokens[-1] == known[-1] and tokens[0] == known[0]
        ):
            matches.append(person)
    if matches or len(tokens) > 1 or len(name) < _MISSPELT_LENGTH:
        return matches
    close = [p for p in persons if len(p.name.split()) > 1 and _near(tokens[0], p.name.split()[-1].lower())]
    return close if len(close) == 1 else []


# Whether two words of the same first letter are at most `_MISSPELT_EDITS` edits apart.
def _near(left: str, right: str) -> bool:
    if left[0] != right[0] or abs(len(left) - len(right)) > _MISSPELT_EDITS or left == right:
        return False
    previous = list(range(len(right) + 1))
    for i, a in enumerate(left, 1):
        current = [i]
        for j, b in enumerate(right, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = current
    return previous[-1] <= _MISSPELT_EDITS


def honorific_gender(text: str, ref: Ref) -> str | None:
    """Return `m` or `f` when an honorific stands right before the phrase, else None."""
    honorific = _HONORIFIC_BEFORE.search(text, max(0, ref.start - 12), ref.start)
    return HONORIFICS.get(honorific.group("word").lower()) if honorific else None


# Register the name a run of capitalised words ends with, if it is one.
def _consider(
    doc: Document, found: Found, cast: Cast, run: list[Word], phrase: Phrase, sentence: Sentence, *, linked: bool
) -> None:
    text = doc.text
    name = name_suffix(text, run)
    portfolio = phrase.words[0].lower in TITLE_WORDS
    if linked and portfolio and len(name) == 3 and name[0] == run[0] and len(name[0].text) > 2:
        name = name[1:]  # `Secretary for Rivers and Canals Jane Doe`: the portfolio's last word is not hers
    if not name or name[0].lower in SENTENCE_OPENERS or found.covered(run[0].start, run[-1].end):
        return
    lead = run[: run.index(name[0])]
    introduced = any(w.lower.rstrip(".") in HONORIFICS or w.lower in TITLE_NOUNS for w in lead)
    capitalised = sum(w.capitalised for w in name)
    if not introduced and (capitalised < _MIN_NAME_WORDS or name[0].lower in PLACE_WORDS):
        return
    start, end = name[0].start, name[-1].end
    if name[-1].text.endswith(("'s", "’s")):
        end -= 2  # `Mr O'Neill's brother` names O'Neill
    titled = [w for w in lead if w.lower.rstrip(".") not in HONORIFICS]
    title = text[titled[0].start : titled[-1].end] if titled and introduced else None
    organisation = None
    if title is None and phrase.words[0].lower in TITLE_WORDS:
        title, organisation = title_of(text[phrase.start : start])  # `Minister of X and Y Jane Doe`
    if title is None:  # `the minister, Mr. Jane Doe,`: the title stands before the honorific
        honorific = _HONORIFIC_BEFORE.search(text, max(sentence.start, start - 12), start)
        known = honorific is not None and honorific.group("word").lower() in HONORIFICS
        title, organisation = _apposition(text, honorific.start() if honorific and known else start, end, sentence)
    _register(text, found, cast, Ref("name", text[start:end], start, end, title, organisation))


# `the regional director, Nadia Farouk,` or `Jane Doe, the minister of finance,`.
def _apposition(text: str, start: int, end: int, sentence: Sentence) -> tuple[str | None, str | None]:
    before = _TITLE_BEFORE.search(text, max(sentence.start, start - _TITLE_REACH), start)
    if before:
        title, organisation = title_of(before.group("title"))
        if title:
            return title, organisation
    after = _APPOSITION_AFTER.match(text, end, sentence.end)
    if after:
        return title_of(after.group("title"))
    return None, None


# Add or complete the person a name phrase introduces (first sight wins for title and organisation).
def _register(text: str, found: Found, cast: Cast, ref: Ref) -> None:
    gender = honorific_gender(text, ref)
    known = namesakes(cast.persons, ref.text)
    if len(known) > 1:  # `Ms Patel` with two Patels: told apart when resolved, not here
        return
    person = known[0] if known else None
    if person is None:
        person = Person(name=ref.text)
        cast.persons.append(person)
        cast.gender[person.name] = None
    if ref.title and not person.title:
        person.title = ref.title
    if ref.organisation and not person.organisation:
        person.organisation = _organisation_name(found, ref.organisation)
    if gender:
        cast.gender[person.name] = gender


# The known organisation a title's organisation phrase names, else the phrase.
def _organisation_name(found: Found, phrase: str) -> str:
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", phrase).strip()
    organisation = found.lookup(bare) or found.lookup(phrase.strip())
    return organisation.name if organisation else bare


# Each person's full name and the parts of it no other person shares, wherever the text has them.
def _index_mentions(doc: Document, cast: Cast) -> None:
    shared = _shared_parts(cast.persons)
    start = doc.sentences[0].start if doc.sentences else 0
    for person in cast.persons:
        parts = [p for p in person.name.split() if p[:1].isupper()]
        # The surname and the other name words alone, and the first name when it is a whole word
        # (`Dean` of `R. Dean Ferrante`, `Ana` of `Ana Souza`), unless another person shares them.
        alone = [p for p in parts[1:] if p not in shared]
        if len(parts) > 1 and len(parts[0]) > _INITIAL and parts[0] not in shared and parts[0].isalpha():
            alone.append(parts[0])
        forms = {person.name, *alone} if len(parts) > 1 else {person.name}
        ordered = [Form(form) for form in sorted(forms, key=lambda form: (-len(form), form))]
        for begin, end in find_forms(doc.text, ordered, start):
            person.mentions.append(Mention(doc.text[begin:end], begin, end, doc.paragraph_of(begin)))
            cast.mentions.append((begin, person))
    cast.mentions.sort(key=lambda pair: pair[0])


# Name words two people share (`Patel` of Anjali and Rohan Patel): ambiguous alone.
def _shared_parts(persons: list[Person]) -> set[str]:
    seen: dict[str, int] = {}
    for person in persons:
        for part in set(person.name.split()):
            seen[part] = seen.get(part, 0) + 1
    return {part for part, count in seen.items() if count > 1}


# Runs of words in a capitalised phrase split at `and`, `of`, `for`, `on`; each says whether `of`/`for` led in.
def _runs(phrase: Phrase) -> list[tuple[list[Word], bool]]:
    runs: list[tuple[list[Word], bool]] = [([], False)]
    for word in phrase.words:
        if word.lower in ("and", "&"):
            runs.append(([], False))
        elif word.lower in ("of", "for", "on"):
            runs.append(([], True))
        elif word.lower == "the" and not runs[-1][0]:
            continue
        else:
            runs[-1][0].append(word)
    return [(run, after_of) for run, after_of in runs if run and run[-1].capitalised]
