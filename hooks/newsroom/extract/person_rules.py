"""Word rules that tell a person's name from a thing's, and who speaks through a document or a verb.

Each rule is a named word list with example articles, written for these rules;
`tests/test_rules.py` extracts every example and checks the people (or the
speaker of its first quote) it gives.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    """An example article; `speaker` is who its first quote is given to, `people` who it names
    (checked when given), `not_people` names it must not list as people."""

    text: str
    speaker: str | None = None
    people: tuple[str, ...] | None = None
    not_people: tuple[str, ...] = ()


@dataclass(frozen=True)
class WordRule:
    """A named list of lower-case words and the examples that show it at work."""

    name: str
    words: frozenset[str]
    examples: tuple[Case, ...]


# A rule from its name, its words in one string and its examples.
def _rule(name: str, words: str, *examples: Case) -> WordRule:
    return WordRule(name, frozenset(words.split()), examples)


# Last words that make a capitalised run a place, a vehicle or a work, never a person (`… Airport`).
THING_LAST = _rule(
    "thing_last",
    "airport airfield base pad station terminal reich empire wiki study survey programme site website "
    "hotel square resort avenue greenway alleys partnership lab force",
    Case("The plane landed at Kelso Marsh Airport on Friday. Nobody was hurt.", people=()),
    Case("Delegates met at the Grand Meridian Hotel, near Holloway Square.", people=()),
    Case('Fenna Maalouf, the director of the Norland Diet Study, said the figures were "stark".',
         speaker="Fenna Maalouf", not_people=("Norland Diet Study",)),
)

# First words that make a capitalised run a named operation, craft or project, never a person.
THING_FIRST = _rule(
    "thing_first",
    "operation space shuttle project mission flight team club",
    Case("Operation Halyard ended in March, and Space Shuttle Borealis flew once more.", people=()),
)

# Month names that are also given names: before a capitalised surname they open a person's name.
GIVEN_NAME_MONTHS = _rule(
    "given_name_months",
    "april may june august",
    Case("“We kept every promise,” said April Dunmore-Hale, the trust's treasurer.", speaker="April Dunmore-Hale"),
    Case("“It went well,” June Okafor said.", speaker="June Okafor"),
)

# Documents whose owner speaks through them (`Ferris's statement added, "…"`).
SPEAKING_DOCUMENTS = _rule(
    "speaking_documents",
    "statement letter release email message post memo note",
    Case('Senator Ivo Ferris objected. Ferris\'s statement added, "This plan fails the valley."',
         speaker="Ivo Ferris"),
    Case('The Ministry of Roads issued a letter. The Ministry of Roads letter reads "we may close the bridge".',
         speaker="Ministry of Roads"),
)

# Plural or unnamed speakers the writer names by what they are (`the report's authors say "…"`): the
# words are theirs, though they name no one person.
SPEAKING_GROUPS = _rule(
    "speaking_groups",
    "authors ministers officials poster posters blogger bloggers critics campaigners researchers",
    Case('The survey\'s authors say damp homes are "a hidden epidemic".', speaker="The survey's authors"),
    Case("Tablets could be 'a lifeline for the housebound', ministers have said.", speaker="ministers"),
)

# Verbs that give a quotation after them to their subject, though they report no statement
# (`Doe branded the plan a "national scandal"`, `Doe believes the band will "go far"`).
QUOTING_VERBS = _rule(
    "quoting_verbs",
    "believes believed branded brands dubbed dubs characterised characterized reasoned",
    Case('Mayor Edda Brandt branded the delay a "slap in the face".', speaker="Edda Brandt"),
    Case('Festival director Kit Amell believes the duo will "sell out every hall".', speaker="Kit Amell"),
    Case("Edda Brandt believes the plan will work. Nobody objected.", people=("Edda Brandt",)),
)

# Letters after a name (`Jane Doe QC said`): the name ends before them.
POST_NOMINALS = _rule(
    "post_nominals",
    "qc kc mp mep msp obe mbe cbe phd",
    Case("Tomas Weir QC, acting for the family, said the delay was “unforgivable”.", speaker="Tomas Weir"),
)

# Verbs that make their subject speak when a document is their object (`X issued a statement`): the
# quotation after the sentence carries on their words.
ISSUING_VERBS = _rule(
    "issuing_verbs",
    "issued issues released releases",
    Case("Senator Ivo Ferris issued a statement on the closure. “This is a sad day for the valley.”",
         speaker="Ivo Ferris"),
)

PERSON_RULES = (
    THING_LAST, THING_FIRST, GIVEN_NAME_MONTHS, SPEAKING_DOCUMENTS, SPEAKING_GROUPS, QUOTING_VERBS, POST_NOMINALS,
    ISSUING_VERBS,
)
