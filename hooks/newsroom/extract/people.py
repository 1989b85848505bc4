"""People: who the speaker phrases name, and who a pronoun or description means.

Names are registered in text order with the title and organisation written
around them; a surname alone, a pronoun or a description (`the ECLAC official`)
then resolves to one of them. Gender comes only from honorifics and from
pronouns that had a single possible antecedent, never from first names.
"""

from __future__ import annotations

import re

from ..model import Mention, Organisation, Person, Speaker
from .cues import (
    HONORIFICS,
    NAME_PARTICLES,
    PLACE_WORDS,
    PRONOUNS,
    SENTENCE_OPENERS,
    TITLE_MODIFIERS,
    TITLE_NOUNS,
)
from .organisations import Found
from .phrases import Phrase, capitalised_phrases
from .speakers import Ref, not_a_name, title_of
from .text import Locator, Sentence, Word

_HONORIFIC_BEFORE = re.compile(r"\b(?P<word>[A-Z][a-z]{1,8})\.?\s+\Z")
_GENERIC = frozenset("the a an official its his her their".split())
_TITLE_BEFORE = re.compile(r"(?:^|[\s(])(?:[Tt]he|[Aa]n?|[\w'’]+['’]s)\s+(?P<title>[\w\s-]{3,60}?),\s*\Z")
_APPOSITION_AFTER = re.compile(r",\s*(?P<title>[^,.;()“”\"]{3,80}?)\s*[,.;]")
_NAME_WORDS = (2, 4)


class People:
    """The people of one article and the mentions that pronouns look back to."""

    def __init__(self, text: str, found: Found, locate: Locator) -> None:
        self.text = text
        self.found = found
        self.locate = locate
        self.persons: list[Person] = []
        self.gender: dict[str, str | None] = {}
        self._mentions: list[tuple[int, Person]] = []

    # Register the people the article names outside attributions: titled, with honorifics, or plain.
    def scan(self, sentences: list[Sentence]) -> None:
        """Find person names in every sentence and register them in text order."""
        for sentence in sentences:
            for phrase in capitalised_phrases(self.text, sentence.start, sentence.end):
                for run in _runs(phrase):
                    self._consider(run, sentence)

    def _consider(self, run: list[Word], sentence: Sentence) -> None:
        lead = [w for w in run if w.lower.rstrip(".") in HONORIFICS or w.lower in TITLE_NOUNS or w.lower in
                TITLE_MODIFIERS or w.lower in ("of", "the")]
        name = run[len(lead) :] if run[: len(lead)] == lead else []
        while name and name[0].lower in NAME_PARTICLES:
            name = name[1:]
        if not name or name[0].lower in SENTENCE_OPENERS or any(
            not_a_name(w) for w in name if w.capitalised
        ):
            return
        if not lead and (
            not _NAME_WORDS[0] <= len([w for w in name if w.capitalised]) <= _NAME_WORDS[1]
            or name[0].lower in PLACE_WORDS
        ):
            return
        if self.found.covered(name[0].start, name[-1].end):
            return
        start, end = name[0].start, name[-1].end
        titled = [w for w in lead if w.lower.rstrip(".") not in HONORIFICS]
        title = self.text[titled[0].start : titled[-1].end] if titled else None
        organisation = None
        if title is None:
            title, organisation = self._apposition(start, end, sentence)
        self.register(Ref("name", self.text[start:end], start, end, title, organisation))

    # `the regional director, Nadia Farouk,` or `Jane Doe, the minister of finance,`.
    def _apposition(self, start: int, end: int, sentence: Sentence) -> tuple[str | None, str | None]:
        before = _TITLE_BEFORE.search(self.text, sentence.start, start)
        if before:
            title, organisation = title_of(before.group("title"))
            if title:
                return title, organisation
        after = _APPOSITION_AFTER.match(self.text, end, sentence.end)
        if after:
            return title_of(after.group("title"))
        return None, None

    # Register the person a name phrase introduces (first sight wins for title and organisation).
    def register(self, ref: Ref) -> Person:
        """Add or complete the person named by `ref`."""
        person = self._match_name(ref.text)
        if person is None and len(ref.text.split()) == 1:
            return self._by_surname_only(ref)
        if person is None:
            person = Person(name=ref.text)
            self.persons.append(person)
            self.gender[person.name] = None
        if ref.title and not person.title:
            person.title = ref.title
        if ref.organisation and not person.organisation:
            person.organisation = self._organisation_name(ref.organisation)
        honorific = _HONORIFIC_BEFORE.search(self.text, max(0, ref.start - 12), ref.start)
        if honorific and HONORIFICS.get(honorific.group("word").lower()):
            self.gender[person.name] = HONORIFICS[honorific.group("word").lower()]
        return person

    # Find every mention of every registered person, for pronouns to look back to.
    def index_mentions(self, body_start: int) -> None:
        """Record the offsets of each person's full name and surname."""
        for person in self.persons:
            forms = {person.name, person.name.split()[-1]}
            pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")(?!\w)")
            for match in pattern.finditer(self.text, body_start):
                mention = Mention(match.group(), match.start(), match.end(), self.locate(match.start()))
                person.mentions.append(mention)
                self._mentions.append((match.start(), person))
        self._mentions.sort(key=lambda pair: pair[0])

    # The speaker a phrase refers to, or None when it cannot be told.
    def resolve(self, ref: Ref) -> Speaker | None:
        """Resolve a name, pronoun, description or organisation phrase."""
        if ref.kind == "organisation":
            organisation = self.found.lookup(ref.text) or self._short_form(ref)
            return Speaker(organisation.name if organisation else ref.text, "organisation")
        if ref.kind == "name":
            person = self._match_name(ref.text)
            return Speaker(person.name, "person") if person else None
        if ref.kind == "pronoun":
            person = self._antecedent(ref)
            return Speaker(person.name, "person") if person else None
        person = self._described(ref)
        return Speaker(person.name, "person") if person else Speaker(ref.text, "unknown")

    def _by_surname_only(self, ref: Ref) -> Person:
        person = Person(name=ref.text, title=ref.title)
        if ref.organisation:
            person.organisation = self._organisation_name(ref.organisation)
        self.persons.append(person)
        self.gender[person.name] = None
        return person

    def _match_name(self, name: str) -> Person | None:
        tokens = name.split()
        for person in self.persons:
            known = person.name.split()
            if person.name == name or (len(tokens) == 1 and tokens[0] in (known[-1], known[0])):
                return person
            if len(tokens) > 1 and tokens[-1] == known[-1] and tokens[0] == known[0]:
                return person
        return None

    def _antecedent(self, ref: Ref) -> Person | None:
        wanted = PRONOUNS.get(ref.text.lower())
        earlier = [person for offset, person in self._mentions if offset < ref.start]
        candidates = [p for p in reversed(earlier) if self.gender[p.name] in (None, wanted)]
        if wanted is None or not candidates:
            return candidates[0] if candidates and wanted is not None else None
        chosen = candidates[0]
        # Learn a gender only when the pronoun could mean nobody else.
        if len({p.name for p in earlier}) == 1:
            self.gender[chosen.name] = wanted
        return chosen

    def _described(self, ref: Ref) -> Person | None:
        words = {w.lower().removesuffix("'s").removesuffix("’s") for w in re.findall(r"[\w'’-]+", ref.text)}
        words -= _GENERIC
        best: tuple[int, int, Person] | None = None
        for offset, person in self._mentions:
            if offset >= ref.start:
                break
            known = self._profile(person)
            score = len(words & known)
            if score and (best is None or (score, offset) >= best[:2]):
                best = (score, offset, person)
        if best is None or not (words & TITLE_NOUNS or best[0] > 1 or words & self._acronyms()):
            return None
        return best[2]

    def _profile(self, person: Person) -> set[str]:
        text = " ".join(filter(None, [person.title, person.organisation]))
        organisation = self.found.lookup(person.organisation) if person.organisation else None
        if organisation and organisation.acronym:
            text += " " + organisation.acronym
        return {w.lower() for w in re.findall(r"[\w-]+", text)} - _GENERIC

    def _acronyms(self) -> set[str]:
        return {o.acronym.lower() for o in self.found.organisations if o.acronym}

    def _organisation_name(self, phrase: str) -> str:
        bare = re.sub(r"\s*\([^)]*\)\s*$", "", phrase).strip()
        organisation = self.found.lookup(bare) or self.found.lookup(phrase.strip())
        return organisation.name if organisation else bare

    def _short_form(self, ref: Ref) -> Organisation | None:
        head = ref.text.split()[-1].lower()
        earlier = [org for org, m in self.found.mentions if m.start < ref.start and head in org.name.lower().split()]
        return earlier[-1] if earlier else None


# Runs of name words in a capitalised phrase, split at `and`, `of`, `for`, `the`.
def _runs(phrase: Phrase) -> list[list[Word]]:
    runs: list[list[Word]] = [[]]
    for word in phrase.words:
        if word.lower in ("and", "for", "on", "&") or (word.lower in ("of", "the") and not runs[-1]):
            runs.append([])
        else:
            runs[-1].append(word)
    return [run for run in runs if run and run[-1].capitalised]
