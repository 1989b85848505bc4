"""People: who the speaker phrases name, and who a pronoun or description means.

Names are registered in text order with the title and organisation written
around them; a surname alone, a pronoun or a description (`the WHO official`)
then resolves to one of them. Gender comes only from honorifics and from
pronouns that had a single possible antecedent, never from first names.
"""

from __future__ import annotations

import re

from ..model import Mention, Organisation, Person, Speaker
from .cues import (
    GENERIC_DESCRIPTION_WORDS,
    HONORIFICS,
    PLACE_WORDS,
    PRONOUNS,
    SENTENCE_OPENERS,
    TITLE_MODIFIERS,
    TITLE_NOUNS,
)
from .forms import Form, find_forms
from .names import name_suffix
from .organisations import Found
from .phrases import Phrase, capitalised_phrases
from .speakers import Ref
from .text import Locator, Sentence, Word
from .titles import title_of

_HONORIFIC_BEFORE = re.compile(r"\b(?P<word>[A-Z][a-z]{1,8})\.?\s+\Z")
_TITLE_BEFORE = re.compile(r"(?<![\w'’])(?:[Tt]he|[Aa]n?|[Ii]ts|[\w'’]+['’]s)\s+(?P<title>[\w\s-]{3,60}?),\s*\Z")
_APPOSITION_AFTER = re.compile(r",\s*(?P<title>[^,.;()“”\"]{3,80}?)\s*[,.;]")
_MIN_NAME_WORDS = 2


class People:
    """The people of one article and the mentions that pronouns look back to."""

    # An empty register over one article.
    def __init__(self, text: str, sentences: list[Sentence], found: Found, locate: Locator) -> None:
        self.text = text
        self.sentences = sentences
        self.found = found
        self.locate = locate
        self.persons: list[Person] = []
        self.gender: dict[str, str | None] = {}
        self._mentions: list[tuple[int, Person]] = []

    # Register the people the article names outside attributions: titled, with honorifics, or plain.
    def scan(self) -> None:
        """Find person names in every sentence and register them in text order."""
        for sentence in self.sentences:
            for phrase in capitalised_phrases(self.text, sentence.start, sentence.end):
                runs = _runs(phrase)
                for number, (run, after_of) in enumerate(runs):
                    # `Minister of Social Development`: a run after `of` names a body, unless a name ends the phrase.
                    if not after_of or number == len(runs) - 1:
                        self._consider(run, phrase, sentence)

    # Register the name a run of capitalised words ends with, if it is one.
    def _consider(self, run: list[Word], phrase: Phrase, sentence: Sentence) -> None:
        name = name_suffix(self.text, run)
        if not name or name[0].lower in SENTENCE_OPENERS or self.found.covered(run[0].start, run[-1].end):
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
        title = self.text[titled[0].start : titled[-1].end] if titled and introduced else None
        organisation = None
        if title is None and phrase.words[0].lower in TITLE_NOUNS | TITLE_MODIFIERS:
            title, organisation = title_of(self.text[phrase.start : start])  # `Minister of X and Y Jane Doe`
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
        gender = self._honorific_gender(ref)
        namesakes = self._named(ref.text)
        if len(namesakes) > 1:  # `Ms Patel` with two Patels: told apart when resolved, not here
            return namesakes[0]
        person = namesakes[0] if namesakes else None
        if person is None:
            person = Person(name=ref.text)
            self.persons.append(person)
            self.gender[person.name] = None
        if ref.title and not person.title:
            person.title = ref.title
        if ref.organisation and not person.organisation:
            person.organisation = self._organisation_name(ref.organisation)
        if gender:
            self.gender[person.name] = gender
        return person

    # The gender an honorific right before a name implies (`Ms`, `Mr`), if any.
    def _honorific_gender(self, ref: Ref) -> str | None:
        honorific = _HONORIFIC_BEFORE.search(self.text, max(0, ref.start - 12), ref.start)
        return HONORIFICS.get(honorific.group("word").lower()) if honorific else None

    # Find every mention of every registered person, for pronouns to look back to.
    def index_mentions(self, body_start: int) -> None:
        """Record each person's full name and the parts of it no other person shares."""
        shared = self._shared_parts()
        for person in self.persons:
            parts = [p for p in person.name.split() if p[:1].isupper()]
            forms = {person.name, *(p for p in parts[1:] if p not in shared)} if len(parts) > 1 else {person.name}
            ordered = [Form(form) for form in sorted(forms, key=lambda form: (-len(form), form))]
            for start, end in find_forms(self.text, ordered, body_start):
                person.mentions.append(Mention(self.text[start:end], start, end, self.locate(start)))
                self._mentions.append((start, person))
        self._mentions.sort(key=lambda pair: pair[0])

    # Name words two people share (`Patel` of Anjali and Rohan Patel): ambiguous alone.
    def _shared_parts(self) -> set[str]:
        seen: dict[str, int] = {}
        for person in self.persons:
            for part in set(person.name.split()):
                seen[part] = seen.get(part, 0) + 1
        return {part for part, count in seen.items() if count > 1}

    # The speaker a phrase refers to, or None when it cannot be told.
    def resolve(self, ref: Ref) -> Speaker | None:
        """Resolve a name, pronoun, description or organisation phrase."""
        if ref.kind == "organisation":
            organisation = self.found.lookup(ref.text) or self._short_form(ref)
            return Speaker(organisation.name if organisation else ref.text, "organisation")
        if ref.kind == "name":
            person = self._match_name(ref.text, self._honorific_gender(ref), ref.start)
            return Speaker(person.name, "person") if person else None
        if ref.kind == "pronoun":
            person = self._antecedent(ref)
            return Speaker(person.name, "person") if person else None
        person = self._described(ref)
        return Speaker(person.name, "person") if person else Speaker(ref.text, "unknown")

    # The known person these name words mean (`Aránguiz` of `Felipe Aránguiz Soto`); between
    # namesakes, the one of the right gender, else the one named last before `at`.
    def _match_name(self, name: str, gender: str | None, at: int) -> Person | None:
        matches = self._named(name)
        if len(matches) > 1 and gender:
            same = [p for p in matches if self.gender[p.name] == gender]
            matches = same or [p for p in matches if self.gender[p.name] is None] or matches
        if len(matches) > 1:
            named = [(self.text.rfind(p.name, 0, at), p) for p in matches]
            return max(named, key=lambda pair: pair[0])[1]
        return matches[0] if matches else None

    # Every known person whose name holds these words in order, or starts and ends with them.
    def _named(self, name: str) -> list[Person]:
        tokens = [t.lower() for t in name.split()]
        matches = []
        for person in self.persons:
            known = [t.lower() for t in person.name.split()]
            if any(known[i : i + len(tokens)] == tokens for i in range(len(known) - len(tokens) + 1)) or (
                len(tokens) > 1 and tokens[-1] == known[-1] and tokens[0] == known[0]
            ):
                matches.append(person)
        return matches

    # The nearest earlier sentence with a person of the pronoun's gender; its first such person.
    def _antecedent(self, ref: Ref) -> Person | None:
        wanted = PRONOUNS.get(ref.text.lower())
        if wanted is None:
            return None
        earlier = [(offset, person) for offset, person in self._mentions if offset < ref.start]
        compatible = [(o, p) for o, p in earlier if self.gender[p.name] in (None, wanted)]
        if not compatible:
            return None
        sentence = self._sentence_of(compatible[-1][0])
        chosen = next(p for o, p in compatible if sentence[0] <= o < sentence[1])
        # Learn a gender only when the pronoun could mean nobody else: one person named so far,
        # or one person in the sentence it reaches back to (`Ndlovu said … . She accused …`).
        if len({p.name for _, p in earlier}) == 1 or len({p.name for o, p in earlier if sentence[0] <= o < sentence[1]}) == 1:
            self.gender[chosen.name] = wanted
        return chosen

    # The sentence that holds an offset.
    def _sentence_of(self, offset: int) -> tuple[int, int]:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence.start, sentence.end
        return offset, offset + 1

    # The person whose title and organisation share most words with a description.
    def _described(self, ref: Ref) -> Person | None:
        words = {w.lower().removesuffix("'s").removesuffix("’s") for w in re.findall(r"[\w'’-]+", ref.text)}
        words -= GENERIC_DESCRIPTION_WORDS
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

    # The known organisation a title's organisation phrase names, else the phrase.
    def _organisation_name(self, phrase: str) -> str:
        bare = re.sub(r"\s*\([^)]*\)\s*$", "", phrase).strip()
        organisation = self.found.lookup(bare) or self.found.lookup(phrase.strip())
        return organisation.name if organisation else bare

    # The organisation `the ministry` or `the company` means at that point.
    def _short_form(self, ref: Ref) -> Organisation | None:
        return self.found.short_form(ref.text.split()[-1].lower(), ref.start)


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
