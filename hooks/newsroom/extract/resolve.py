"""Who a speaker phrase means: a known person, an organisation, or a description left as written.

A full name or a surname alone resolves to a person the people stage found (a
surname misspelt by a letter or two to the one person it is close to); a
pronoun to the latest earlier speaker of its gender, else the nearest earlier
person; a description (`the WHO official`) to the person whose title and
organisation share most words with it. Gender learnt from a pronoun that could
mean nobody else holds for the rest of the article.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..model import Organisation, Person, Speaker
from .cues import GENERIC_DESCRIPTION_WORDS, PRONOUNS, TITLE_NOUNS
from .document import Document
from .organisations import Found
from .people import Cast, honorific_gender, namesakes
from .speakers import Ref

_INDEFINITE = re.compile(r"an?\s", re.IGNORECASE)


class Resolver:
    """Resolves the speaker phrases of one article, in text order."""

    # A resolver over the article's organisations and people; it keeps its own copy of their genders.
    def __init__(self, doc: Document, found: Found, cast: Cast) -> None:
        self.doc = doc
        self.found = found
        self.cast = cast
        self.gender = dict(cast.gender)
        # The latest person resolved as a speaker, by the gender known when they spoke (a pronoun
        # that named them gives theirs): where their phrase starts, and who.
        self.spoken: dict[str | None, tuple[int, Person]] = {}
        self._sentence_starts = [s.start for s in doc.sentences]

    def resolve(self, ref: Ref) -> Speaker | None:
        """Resolve a name, pronoun, description or organisation phrase.

        The speaker a phrase refers to, or None when it cannot be told. Call it in text order:
        a pronoun looks back to the speakers resolved before it.
        """
        speaker = self._resolve(ref)
        if speaker is not None and speaker.kind == "person":
            person = next((p for p in self.cast.persons if p.name == speaker.name), None)
            if person is not None:
                said = PRONOUNS.get(ref.text.lower()) if ref.kind == "pronoun" else None
                self.spoken[self.gender[person.name] or said] = (ref.start, person)
        return speaker

    # The speaker of one phrase, without remembering it.
    def _resolve(self, ref: Ref) -> Speaker | None:
        if ref.kind == "organisation":
            organisation = self.found.lookup(ref.text) or self._short_form(ref)
            return Speaker(organisation.name if organisation else ref.text, "organisation")
        if ref.kind == "name":
            person = self._match_name(ref.text, honorific_gender(self.doc.text, ref), ref.start)
            return Speaker(person.name, "person") if person else None
        if ref.kind == "pronoun":
            person = self._antecedent(ref)
            return Speaker(person.name, "person") if person else None
        if _INDEFINITE.match(ref.text):  # `a UKIP spokesman`: speaks for UKIP; `a spokesman`: nobody in particular
            body = next(filter(None, map(self.found.lookup, ref.text.split())), None)
            return Speaker(body.name, "organisation") if body else Speaker(ref.text, "unknown")
        person = self._described(ref)
        return Speaker(person.name, "person") if person else Speaker(ref.text, "unknown")

    # The known person these name words mean (`Aránguiz` of `Felipe Aránguiz Soto`); between
    # namesakes, the one of the right gender, else the one named last before `at`.
    def _match_name(self, name: str, gender: str | None, at: int) -> Person | None:
        matches = namesakes(self.cast.persons, name)
        if len(matches) > 1 and gender:
            same = [p for p in matches if self.gender[p.name] == gender]
            matches = same or [p for p in matches if self.gender[p.name] is None] or matches
        if len(matches) > 1:
            named = [(self.doc.text.rfind(p.name, 0, at), p) for p in matches]
            return max(named, key=lambda pair: pair[0])[1]
        return matches[0] if matches else None

    # The nearest earlier sentence with a speaker or a person of the pronoun's gender: its last such
    # speaker, else its first such person (`Jane Doe said … . Then Ann Lee left. "…," she added`:
    # with Ann's gender unknown, the nearer sentence still wins).
    def _antecedent(self, ref: Ref) -> Person | None:
        wanted = PRONOUNS.get(ref.text.lower())
        if wanted is None:
            return None
        # A pronoun after a quotation means its speaker, never someone the quotation names.
        earlier = [(o, p) for o, p in self.cast.mentions if o < ref.start and not self.doc.quoted(o)]
        compatible = [(o, p) for o, p in earlier if self.gender[p.name] in (None, wanted)]
        spoken = max(
            (pair for key in {None, wanted} if (pair := self.spoken.get(key)) and pair[0] < ref.start
             and self.gender[pair[1].name] in (None, wanted)),
            key=lambda pair: pair[0],
            default=None,
        )
        if not compatible and spoken is None:
            return None
        latest = max(compatible[-1][0] if compatible else -1, spoken[0] if spoken else -1)
        sentence = self._sentence_of(latest)
        if spoken is not None and sentence[0] <= spoken[0] < sentence[1]:
            chosen = spoken[1]
        else:
            chosen = next(p for o, p in compatible if sentence[0] <= o < sentence[1])
        # Learn a gender only when the pronoun could mean nobody else: one person named so far,
        # or one person in the sentence it reaches back to (`Ndlovu said … . She accused …`).
        if len({p.name for _, p in earlier}) == 1 or len({p.name for o, p in earlier if sentence[0] <= o < sentence[1]}) == 1:
            self.gender[chosen.name] = wanted
        return chosen

    # The sentence that holds an offset.
    def _sentence_of(self, offset: int) -> tuple[int, int]:
        index = bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.doc.sentences[index].end:
            return self.doc.sentences[index].start, self.doc.sentences[index].end
        return offset, offset + 1

    # The person whose title and organisation share most words with a description.
    def _described(self, ref: Ref) -> Person | None:
        words = {w.lower().removesuffix("'s").removesuffix("’s") for w in re.findall(r"[\w'’-]+", ref.text)}
        words -= GENERIC_DESCRIPTION_WORDS
        best: tuple[int, int, Person] | None = None
        for offset, person in self.cast.mentions:
            if offset >= ref.start:
                break
            known = self._profile(person)
            score = len(words & known)
            if score and (best is None or (score, offset) >= best[:2]):
                best = (score, offset, person)
        if best is None or not (words & TITLE_NOUNS or best[0] > 1 or words & self._acronyms()):
            return None
        return best[2]

    # The words of a person's title, organisation and its acronym.
    def _profile(self, person: Person) -> set[str]:
        text = " ".join(filter(None, [person.title, person.organisation]))
        organisation = self.found.lookup(person.organisation) if person.organisation else None
        if organisation and organisation.acronym:
            text += " " + organisation.acronym
        return {w.lower() for w in re.findall(r"[\w-]+", text)} - GENERIC_DESCRIPTION_WORDS

    # Every acronym the article defines, in lower case.
    def _acronyms(self) -> set[str]:
        return {o.acronym.lower() for o in self.found.organisations if o.acronym}

    # The organisation `the ministry` or `the company` means at that point.
    def _short_form(self, ref: Ref) -> Organisation | None:
        return self.found.short_form(ref.text.split()[-1].lower(), ref.start)
