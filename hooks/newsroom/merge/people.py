"""People across articles: one group per person, however each article names them.

Rules, strictest first:

- Full names (two words or more) are compared by `person_key`: case, accents
  and honorifics (`Dr`) do not matter. Within one article the extractors
  already tie a surname or a title (`Quispe`, `the council's executive
  director`) to the full name they stand for.
- An article that names someone by surname alone joins a full name from
  another article only when exactly one full name in the corpus has that
  surname *and* shares an organisation with it (the organisation the person
  is given, or one named in the same sentence). Otherwise the surname stays
  on its own, per article.
- A speaker described only by title (`PAC's executive director`, `the
  executive director of the council`) is the one person anywhere whose title
  is that title at that organisation; an indefinite description (`a
  spokesperson for …`) is nobody in particular.
- The editor's `same` and `different` lists (`steering.py`) come before all of these.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from ..model import Article, Person, Speaker
from ..vocabulary import APOSTROPHES
from .keys import person_key, title_key
from .organisations import OrganisationIndex
from .steering import NO_STEERING, KindSteering

# `PAC's executive director`, `the council's chief`.
_OWNER_TITLE = re.compile(rf"\A(?:the\s+)?(?P<owner>.+?)[{APOSTROPHES}]s\s+(?P<title>.+)\Z", re.IGNORECASE)
# `the executive director of the council`, `chief economist at PAC`.
_TITLE_OWNER = re.compile(r"\A(?:the\s+)?(?P<title>.+?)\s+(?:of|at)\s+(?P<owner>.+)\Z", re.IGNORECASE)


@dataclass
class PersonGroup:
    """One person across articles: each member is `(article index, person)`."""

    key: str
    members: list[tuple[int, Person]] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The name as most articles write it (first seen on a tie)."""
        counts = Counter(person.name for _, person in self.members)
        return max(counts, key=lambda name: counts[name])

    @property
    def title(self) -> str | None:
        """The first title any article gives them."""
        return next((person.title for _, person in self.members if person.title), None)

    @property
    def article_indexes(self) -> list[int]:
        """The articles that name them, in reading order."""
        return sorted({index for index, _ in self.members})


@dataclass
class PeopleIndex:
    """Every person group, and how to find the group of an article's person or speaker."""

    groups: list[PersonGroup]
    members: dict[tuple[int, int], PersonGroup]
    by_key: dict[str, PersonGroup]
    affiliations: dict[tuple[int, int], set[str]]

    def group_of(self, article_index: int, person_index: int) -> PersonGroup:
        """Return the group of `articles[article_index].people[person_index]`."""
        return self.members[(article_index, person_index)]

    def find_speaker(
        self, articles: list[Article], organisations: OrganisationIndex, article_index: int, speaker: Speaker
    ) -> PersonGroup | None:
        """Return the person group a speaker stands for, or None for an organisation or nobody known.

        Who a speaker is: a person of the article, a full name known anywhere, or a resolved title.
        """
        if speaker.kind == "organisation":
            return None
        for index, person in enumerate(articles[article_index].people):
            if person.name == speaker.name:
                return self.group_of(article_index, index)
        key = person_key(speaker.name)
        if speaker.kind == "person" and len(key.split()) > 1 and key in self.by_key:
            return self.by_key[key]
        return self._described(articles, organisations, article_index, speaker.name)

    # `PAC's executive director`: the one person with that title at that organisation.
    def _described(
        self, articles: list[Article], organisations: OrganisationIndex, article_index: int, description: str
    ) -> PersonGroup | None:
        for pattern in (_OWNER_TITLE, _TITLE_OWNER):
            match = pattern.match(" ".join(description.split()))
            if not match:
                continue
            owner = organisations.find_in_article(articles, article_index, match["owner"])
            title = title_key(match["title"])
            if owner is None or not title:
                continue
            found = {
                id(group): group
                for (i, j), group in self.members.items()
                if title_key(articles[i].people[j].title) == title and owner.key in self.affiliations[(i, j)]
            }
            if len(found) == 1:
                return next(iter(found.values()))
        return None


# Organisations a person is tied to: the one they are given, and those named in a sentence with them.
def _affiliations(
    articles: list[Article], organisations: OrganisationIndex, article_index: int, person: Person
) -> set[str]:
    article = articles[article_index]
    given = organisations.find_in_article(articles, article_index, person.organisation)
    found = {given.key} if given else set()
    starts = [start for start, _ in article.sentences]  # sentences are in text order and never overlap

    # The index of the sentence holding an offset, or -1 between sentences.
    def sentence_of(offset: int) -> int:
        index = bisect_right(starts, offset) - 1
        return index if index >= 0 and offset < article.sentences[index][1] else -1

    shared = {sentence_of(mention.start) for mention in person.mentions} - {-1}
    for index, organisation in enumerate(article.organisations):
        if any(sentence_of(m.start) in shared for m in organisation.mentions):
            found.add(organisations.group_of(article_index, index).key)
    return found


# The one full-name group a bare surname can stand for, if exactly one shares an organisation with it.
def _surname_match(
    ties: set[str], named: list[PersonGroup], affiliations: dict[tuple[int, int], set[str]],
    positions: dict[int, tuple[int, int]],
) -> PersonGroup | None:
    candidates = [
        group for group in named if any(ties & affiliations[positions[id(person)]] for _, person in group.members)
    ]
    return candidates[0] if len(candidates) == 1 else None


# Full-name groups by each name after the first (`ana maria garcia` under `maria` and `garcia`), so
# a bare surname looks among its own candidates, not every person of the corpus.
def _by_surname(groups: dict[str, PersonGroup]) -> dict[str, list[PersonGroup]]:
    index: dict[str, list[PersonGroup]] = {}
    for key, group in groups.items():
        for surname in dict.fromkeys(key.split()[1:]):
            bucket = index.setdefault(surname, [])
            if all(other is not group for other in bucket):  # a group known by several full names
                bucket.append(group)
    return index


# The comparison key of a name in a `same` list.
def _list_keys(name: str) -> set[str]:
    return {person_key(name)} - {""}


# Full-name groups by each full name of their members; a name two groups share stands for neither.
def _by_full_name(groups: dict[str, PersonGroup]) -> dict[str, PersonGroup]:
    found: dict[str, dict[int, PersonGroup]] = {}
    for group in groups.values():
        for _, person in group.members:
            key = person_key(person.name)
            if len(key.split()) > 1:
                found.setdefault(key, {})[id(group)] = group
    return {key: next(iter(named.values())) for key, named in found.items() if len(named) == 1}


def merge_people(
    articles: list[Article], organisations: OrganisationIndex, steering: KindSteering = NO_STEERING.people
) -> PeopleIndex:
    """Return the person groups of all the articles.

    Group every article's people (see the module docstring for the rules).
    """
    groups: dict[str, PersonGroup] = {}
    members: dict[tuple[int, int], PersonGroup] = {}
    affiliations: dict[tuple[int, int], set[str]] = {}
    positions: dict[int, tuple[int, int]] = {}
    surnames: list[tuple[int, int, Person]] = []
    for i, article in enumerate(articles):
        for j, person in enumerate(article.people):
            affiliations[(i, j)] = _affiliations(articles, organisations, i, person)
            positions[id(person)] = (i, j)
            key = person_key(person.name)
            full = len(key.split()) > 1
            steered = steering.group_key({person.name}, {key}, _list_keys, key if full else f"{key} #{i}")
            if steered is None and not full:
                surnames.append((i, j, person))
                continue
            key = steered or key
            groups.setdefault(key, PersonGroup(key)).members.append((i, person))
            members[(i, j)] = groups[key]
    by_key = _by_full_name(groups)
    by_surname = _by_surname(by_key)
    for i, j, person in surnames:
        key = person_key(person.name)
        named = by_surname.get(key, []) if key else []
        group = _surname_match(affiliations[(i, j)], named, affiliations, positions) if named else None
        if group is None:
            group = groups.setdefault(f"{key} #{i}", PersonGroup(f"{key} #{i}"))
        group.members.append((i, person))
        members[(i, j)] = group
    return PeopleIndex(list(groups.values()), members, by_key, affiliations)
