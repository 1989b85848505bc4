"""Organisations: acronym definitions, capitalised names with an organisation head
noun, later mentions by acronym or short form, and lists split into members."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Mention, Organisation
from ..vocabulary import APOSTROPHES, UPPER
from .acronyms import Definition, find_definitions
from .countries import COUNTRIES
from .cues import (
    CLASSIFIER_NOUNS,
    COMPANY_SUFFIXES,
    DESCRIPTIVE_SUFFIXES,
    GENERIC_SHORT_FORMS,
    GOVERNMENT_HEADS,
    GROUP_NOUNS,
    HONORIFICS,
    LEADER_NOUNS,
    LEADING_ORGANISATION_HEADS,
    NAME_CONNECTORS,
    NON_ORGANISATION_HEADS,
    ORDINALS,
    ORGANISATION_HEADS,
    ORGANISATION_SHORT_FORMS,
    PORTFOLIO_WORDS,
    REGION_WORDS,
    RELEASE_VOICE,
    REPORTING_VERB_PATTERN,
    ROLE_CUES,
    SENTENCE_OPENERS,
    TITLE_MODIFIERS,
    TITLE_NOUNS,
    TITLE_WORDS,
    VENUE_WORDS,
)
from .document import Document
from .forms import Form, find_forms
from .known import find_known, interviewed_by, known_name
from .phrases import Phrase
from .role_lists import kind_listed_starts, listed_starts

# Words that end the part of a name before its head noun (`Bureau` of …).
_HEAD_BOUNDARY = frozenset("of for on in de del".split())
# Linking words inside a body's name that a person's name never holds.
_BODY_LINKS = frozenset("for of on".split())
# Words that make `… Government` a phrase about governments, not one (`Heads of State and Government`).
_GOVERNMENT_LINKS = _HEAD_BOUNDARY | {"and"}
_ARTICLE = re.compile(r"\A(?:[Tt]he|[Aa]n?)\s+")
_ACRONYM = re.compile(rf"[{UPPER}][{UPPER}&-]+\Z")
_POSSESSOR = re.compile(rf"([{UPPER}][\w\-]*[{APOSTROPHES}]s)\s+\Z")
# A legal suffix after a name, on the same line or the next, never across a paragraph break (`B\n\nOy`).
_SUFFIX = re.compile(r"(?=\s)[^\S\n]*\n?[^\S\n]*(?:" + "|".join(map(re.escape, COMPANY_SUFFIXES)) + r")(?![\w/])")
_CLASSIFIER = re.compile(r"\b(?P<noun>[a-z][a-z-]+)\s+\Z")
# `an analyst at Namsan Securities`, `head of procurement at Taipei-based Formosa Cell Recovery`.
# `chief executive of the Maritime Fuel Forum`: whoever a title heads is a body, whatever its last word.
_WORKPLACE = re.compile(
    r"\b(?P<noun>[a-z][a-z-]+)(?:\s+of\s+[a-z]+)?\s+at\s+(?:the\s+)?(?:[\w-]+-based\s+)?\Z"
    r"|\b(?P<leader>[a-z][a-z-]+|CEO)\s+of\s+the\s+\Z"
)
# `Acme, a Certified Green Corporation® focused on …`, `Acme, Lorania's trade association dedicated to …`.
_CLASSIFIED_AFTER = re.compile(
    rf",\s+(?:a|an|the|[{UPPER}][\w-]*['’]s)\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>[A-Za-z][a-z-]+)"
    r"(?:\s*[,.;®™]|\s+(?:dedicated|focused|serving|based|committed|specialising|specializing|that|which)\b)"
)
# How far back an ordinal (`the twenty-first`) may start; searching from the text's start made long seeds quadratic.
_ORDINAL_REACH = 80
_ORDINAL_BEFORE = re.compile(r"\b(?:" + "|".join(ORDINALS) + r"|\d+(?:st|nd|rd|th))\s+\Z", re.IGNORECASE)
_SHORT_FORM = re.compile(r"\b[Tt]he\s+(?P<head>[A-Za-z]+)\b(?!\s+(?:of|for)\b)")
# What makes a company's first word alone a mention of it: a possessive or a reporting verb after it.
_AS_SUBJECT = re.compile(rf"['’]s\b|\s+(?:{REPORTING_VERB_PATTERN})\b")
# What is said of a body: `a spokesperson for X`, `shares in X`, `X's chief executive`, `X said in a statement`.
_SAID_OF_BEFORE = re.compile(
    r"\b(?:spokes(?:person|man|woman)|shares|stake|statement|statements)\s+(?:for|from|in|of)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
_SAID_OF_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:chief\s+(?:executive|financial\s+officer|operating\s+officer)|ceo|cfo|shares|shareholders"
    r"|board\s+of\s+directors|spokes(?:person|man|woman)"
    # A club's boss, coach and players (`the Kestrel Rovers boss`, `Varnel striker Ana Ruiz`; not `manager`:
    # `Marketing manager`).
    r"|boss|head\s+coach|striker|goalkeeper|midfielder|defender|quarterback)\b"
)
# `the Lorania Herald newspaper`: an outlet, unless named as where an interview appeared.
_OUTLET_AFTER = re.compile(r"\s+(?:newspaper|magazine)\b")
# `X said in a statement`, or a release's own voice (`Acme Trust today announced`).
_IN_A_STATEMENT = re.compile(rf"\s+(?:(?:said|says|added|announced)\s+in\s+a\s+(?:written\s+)?statement\b|{RELEASE_VOICE})")
# A release's `About Acme Trust` section heading: the name on a line of its own.
_ABOUT_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*About[^\S\n]+(?:the[^\S\n]+)?\Z")
_LINE_END = re.compile(r"[^\S\n]*(?:\n|\Z)")
# `is a Certified Green Company`, `an Approved Training Centre`: a kind of body, not the name of one (but `a
# Lorania Water Board official` is the board's).
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+\Z")
_WORD_AFTER = re.compile(r"\s+([a-z][a-z-]*)")
# `Ana Ruiz of the Lorania Water Authority`: a person's two or three names before `of`.
_PERSON_OF = re.compile(rf"[{UPPER}][\w'’-]+(?:\s+[{UPPER}]\.?)?(?:\s+[{UPPER}][\w'’-]+){{1,2}}\s+of\s+(?:the\s+)?")
# A word after an honorific (`Ms Okafor`) is a person's name wherever else it stands.
_AFTER_HONORIFIC = re.compile(r"\b(?:" + "|".join(h.capitalize() for h in HONORIFICS) + r")\.?\s+([A-Z][\w'’-]+)")
# An owner before a body's name (`NASA's Kestrel Flight Center`).
_OWNER_PREFIX = re.compile(rf"(?:[Tt]he\s+)?[{UPPER}][\w.&-]*['’]s\s+(?=[{UPPER}])")
# `University of Lorania's Licensing Office` is `University of Lorania Licensing Office`.
_POSSESSIVE_MARK = re.compile(r"['’]s\b")
# A name and an organiser's participle joined by a hyphen (`LWA-hosted`, `Trust-co-organised`; not `LCF-financed`,
# whose fore-part is as often a programme, nor `State-run`).
_COMPOUND_CUE = re.compile(
    rf"(?<![\w&.-])(?P<name>[{UPPER}][\w&]*(?:[^\S\n]+[{UPPER}][\w&]*){{0,4}})-(?:co-)?(?:"
    + "|".join(sorted({c.removeprefix("co-") for c, role in ROLE_CUES.items() if role == "organiser"} - {"run"},
                      key=len, reverse=True))
    + r")\b"
)
# A year and a name after a phrase (`United Nations 2030 Agenda`) make it a title, not a body.
_YEAR_NAME = re.compile(rf"\s+\d{{4}}\s+[{UPPER}]")


@dataclass
class Found:
    """Organisations of one article and every mention, in text order once the stage is done.

    Look-ups by name and overlap checks go through indexes, so an article naming
    thousands of organisations stays linear.
    """

    organisations: list[Organisation] = field(default_factory=list)
    mentions: list[tuple[Organisation, Mention]] = field(default_factory=list)
    _by_key: dict[str, Organisation] = field(default_factory=dict, repr=False)
    _by_acronym: dict[str, Organisation] = field(default_factory=dict, repr=False)
    _by_bare: dict[str, Organisation] = field(default_factory=dict, repr=False)
    _by_first_word: dict[str, Organisation] = field(default_factory=dict, repr=False)
    _by_last_word: dict[str, Organisation] = field(default_factory=dict, repr=False)
    _rank: dict[int, int] = field(default_factory=dict, repr=False)
    _starts_by_organisation: dict[int, set[int]] = field(default_factory=dict, repr=False)
    _spans: list[tuple[int, int]] = field(default_factory=list, repr=False)
    _longest: int = 0

    def lookup(self, name: str) -> Organisation | None:
        """Find an organisation by its name (case-insensitive) or acronym; the first found wins."""
        candidates = [o for o in (self._by_key.get(_key(name)), self._by_acronym.get(name)) if o is not None]
        return min(candidates, key=lambda o: self._rank[id(o)]) if candidates else None

    def add(self, name: str, acronym: str | None, mention: Mention) -> Organisation:
        """Add a mention of the organisation `name`, creating it on its first one or merging with a known one."""
        organisation = (
            self.lookup(name)
            or self._by_key.get(_key(_POSSESSIVE_MARK.sub("", name)))
            or self._by_key.get(_key(known_name(name) or name))
            or self._by_key.get(_key(_without_owner(name)))
            or (self.lookup(acronym) if acronym else None)
            or self._same_body(name)
            or self._by_first_word.get(name)
        )
        if organisation is None:
            organisation = Organisation(name=name, acronym=acronym)
            self._rank[id(organisation)] = len(self.organisations)
            self.organisations.append(organisation)
            self._starts_by_organisation[id(organisation)] = set()
            self._by_key.setdefault(_key(name), organisation)
            self._by_key.setdefault(_key(_POSSESSIVE_MARK.sub("", name)), organisation)
            self._by_key.setdefault(_key(known_name(name) or name), organisation)
            self._by_key.setdefault(_key(_without_owner(name)), organisation)
            self._index_acronym(organisation)
            self._index_bare(organisation)
            bare = _SUFFIX.sub("", name).split()
            if len(bare) > 1 and bare != name.split():
                self._by_first_word.setdefault(bare[0], organisation)  # `parcelHub shares` for `parcelHub Asia Ltd`
        elif acronym and not organisation.acronym:
            organisation.acronym = acronym
            self._index_acronym(organisation)
        self._by_last_word[_key(organisation.name).rsplit(" ", 1)[-1]] = organisation
        starts = self._starts_by_organisation[id(organisation)]
        if mention.start not in starts:
            starts.add(mention.start)
            organisation.mentions.append(mention)
            self.mentions.append((organisation, mention))
            insort(self._spans, (mention.start, mention.end))
            self._longest = max(self._longest, mention.end - mention.start)
        return organisation

    def latest_with_head(self, head: str) -> Organisation | None:
        """Return the organisation whose name ends in `head` (`coalition`) that was added to most recently."""
        return self._by_last_word.get(head)

    def short_form(self, head: str, offset: int) -> Organisation | None:
        """Resolve a short form by its head noun; a generic business noun means the latest organisation.

        The latest organisation before `offset` that `the <head>` can mean (`the ministry`, `the
        company`).
        """
        earlier = [org for org, m in self.mentions if m.start < offset]
        named = [org for org in earlier if head in org.name.lower().split()]
        if named:
            return named[-1]
        return earlier[-1] if earlier and head in GENERIC_SHORT_FORMS else None

    def covered(self, start: int, end: int) -> bool:
        """Tell whether some recorded mention overlaps `[start, end)`."""
        spans = self._spans
        # Only a mention starting less than the longest mention's length before `start` can reach it.
        first = bisect_left(spans, (start - self._longest + 1, -1))
        return any(spans[i][1] > start for i in range(first, bisect_left(spans, (end, -1))))

    # `the Foreign Ministry` after `the Lorania Foreign Ministry`, or before it (the name then gains its country).
    def _same_body(self, name: str) -> Organisation | None:
        bare = _bare_body(name)
        if bare is None:
            return self._by_bare.get(_key(name))
        organisation = self._by_key.get(_key(bare))
        if organisation is not None and _bare_body(organisation.name) is None:
            organisation.name = name
            self._by_key.setdefault(_key(name), organisation)
            self._index_bare(organisation)
        return organisation

    # File a country's government body under its name without the country.
    def _index_bare(self, organisation: Organisation) -> None:
        bare = _bare_body(organisation.name)
        if bare is not None:
            self._by_bare.setdefault(_key(bare), organisation)

    # Keep the first organisation (in the order found) under its acronym.
    def _index_acronym(self, organisation: Organisation) -> None:
        acronym = organisation.acronym
        if acronym is None:
            return
        known = self._by_acronym.get(acronym)
        if known is None or self._rank[id(known)] > self._rank[id(organisation)]:
            self._by_acronym[acronym] = organisation


def find_organisations(doc: Document, cues: list[tuple[re.Match[str], ...]]) -> Found:
    """Run definitions, names, acronyms and short forms over the article; `cues` are `passive_cues(doc)`.

    Find every organisation named in the article.
    """
    text = doc.text
    found = Found()
    definitions = find_definitions(doc)
    listed = listed_starts(doc, cues)
    kinds = kind_listed_starts(doc)
    by_end: dict[int, list[Definition]] = {}
    for definition in definitions:
        by_end.setdefault(definition.long.end, []).append(definition)
    for definition in definitions:
        _add_definition(doc, definition, found, definition.long.start in listed)
    people = frozenset(m.group(1) for m in _AFTER_HONORIFIC.finditer(text))
    expansions = {d.short: d.long.text for d in definitions}
    for sentence in doc.sentences:
        doc.check_time()
        for phrase in doc.phrases(sentence.start, sentence.end):
            in_list, of_kind = phrase.start in listed, phrase.start in kinds
            for part in _members(phrase) if of_kind else split_coordination(phrase, in_list):
                _add_named(text, part, by_end, found, sentence.paragraph, (in_list, of_kind), people, expansions)
    _add_known(doc, found)
    _add_compound_cues(doc, found)
    _add_acronym_mentions(doc, found)
    _add_short_forms(doc, found)
    for organisation in found.organisations:
        organisation.mentions.sort(key=lambda m: m.start)
    found.mentions.sort(key=lambda pair: pair[1].start)
    found.organisations.sort(key=lambda o: o.mentions[0].start)  # in the order the article first names them
    return found


def classify(phrase: Phrase) -> str | None:
    """Return `organisation`, `event`, `place` or None for a phrase.

    What a capitalised phrase names, judged by its head noun.
    """
    lowered = [w.lower.removesuffix("'s") for w in phrase.words]
    before_of = lowered
    for index, word in enumerate(lowered):
        if word in _HEAD_BOUNDARY and index > 0:
            before_of = lowered[:index]
            break
    head = before_of[-1]
    if len(lowered) > 1 and lowered[-1] in ("center", "centre") and lowered[-2] in VENUE_WORDS:
        return "place"  # `Harbour Conference Center`: a venue
    if len(lowered) > 2 and lowered[0] in GROUP_NOUNS and lowered[1] == "of":
        return None  # `Heads of State and Government`, `Members of Parliament`: people, not a body
    # `Summit of Heads of State and Government`: an event's head noun before `of` wins.
    if lowered[-1] in NON_ORGANISATION_HEADS or (head in NON_ORGANISATION_HEADS and head != lowered[-1]):
        return "event"
    if lowered[-1] in ORGANISATION_HEADS or lowered[0] in LEADING_ORGANISATION_HEADS:
        return "organisation"
    # `Lorania Government`, `Federal Government`, never `Heads of State and Government`.
    if lowered[-1] == "government" and len(lowered) > 1 and _GOVERNMENT_LINKS.isdisjoint(lowered):
        return "organisation"
    if head in ORGANISATION_HEADS:
        return "organisation"
    if head in NON_ORGANISATION_HEADS:
        return "event"
    if all(w in REGION_WORDS or w in ("and", "the", "of") for w in lowered):
        return "place"
    return None


def names_body(phrase: Phrase, listed: bool = False, linked: bool = True) -> bool:
    """Tell whether `phrase` can be an organisation's name.

    Whether a phrase names a body: by its head noun, or, in a list after a role cue (`co-organised by
    the World Food Programme, UNICEF and …`), by an event-like head or as an acronym.
    """
    kind = classify(phrase)
    if kind == "organisation":
        return True
    if not listed or kind == "place" or phrase.text in COUNTRIES:
        return False
    # A name with a linking word (`Global Partnership for Clean Data`) is no person's.
    linked = linked and len(phrase.words) > 2 and any(w.lower in _BODY_LINKS for w in phrase.words[1:-1])
    return kind == "event" or linked or (len(phrase.words) == 1 and _single_name(phrase.words[0].text))


# A one-word name in a role list (`UNEP`, `Esri`, `Data2X`): no sentence opener, title word, `-based` word or `U.S`.
def _single_name(word: str) -> bool:
    lowered = word.lower()
    return _ACRONYM.match(word) is not None or (
        lowered not in SENTENCE_OPENERS and lowered not in TITLE_WORDS and lowered not in HONORIFICS
        and "-" not in word and "." not in word
    )


def split_coordination(phrase: Phrase, listed: bool = False) -> list[Phrase]:
    """Return the members of a coordinated phrase, or the phrase itself.

    Split `A and B` into its members when both are organisations in their own right.
    """
    for index, word in enumerate(phrase.words):
        if word.lower != "and" or index == 0:
            continue
        left, right = phrase.head(index), _strip_article(phrase.tail(index + 1))
        # `X Water and the Y Foundation`: after `and the`, a body starts a name of its own.
        new_name = index + 1 < len(phrase.words) and phrase.words[index + 1].lower == "the"
        # A name with a linking word starts only after `and the` (`… Water and Sanitation of the Andes` is one name);
        # in a role list, a body after `and` stands on its own even after a name nobody recognised.
        if right and names_body(right, listed, new_name) and (new_name or listed or names_body(left, listed, False)):
            return [left, *split_coordination(right, listed)]
    return [phrase]


# Record an acronym definition whose long form names an organisation.
def _add_definition(doc: Document, definition: Definition, found: Found, listed: bool) -> None:
    text = doc.text
    long_form = definition.long if definition.letters_match else _from_head(split_coordination(definition.long)[-1])
    long_form = _strip_article(long_form) if long_form else None
    # In a role list, a name its acronym spells out is a body whatever its last word (`Home de la Paz (HDP)`).
    spelled = listed and definition.letters_match and long_form is not None and classify(long_form) != "place"
    if long_form is None or not (spelled or names_body(long_form, listed)):
        return  # `Latin America and the Caribbean (LAC)`: a place, not an organisation
    start = long_form.start
    possessor = _POSSESSOR.search(text, max(0, start - 40), start)
    if possessor and possessor.end() == start:
        start = possessor.start()
    close = text.find(")", definition.short_start)
    end = close + 1 if close > definition.short_start else long_form.end
    name = text[start : long_form.end]
    if definition.short_start < long_form.start:  # `ACR (Long Form)`
        start, end, name = definition.short_start, long_form.end + 1, long_form.text
    found.add(name, definition.short, Mention(text[start:end], start, end, doc.paragraph_of(start)))


# Without a letter match, the long form starts at its head noun and the adjectives before it.
def _from_head(phrase: Phrase) -> Phrase | None:
    for index, word in enumerate(phrase.words):
        if word.lower in ORGANISATION_HEADS:
            first = index
            while first > 0 and _adjective(phrase.words[first - 1].text):
                first -= 1
            return phrase.tail(first)
    return None


# A capitalised word that may precede a head noun inside a name (not an ordinal or possessive).
def _adjective(word: str) -> bool:
    return word[:1] in UPPER and "-" not in word and word[-2:] not in ("'s", "’s") and word.lower() not in ORDINALS


# Record a capitalised name that is an organisation's.
def _add_named(
    text: str,
    part: Phrase,
    by_end: dict[int, list[Definition]],
    found: Found,
    paragraph: int,
    lists: tuple[bool, bool],
    people: frozenset[str],
    expansions: dict[str, str],
) -> None:
    listed, of_kind = lists  # in a list after a role cue; in a list after a plural kind of body
    whole = _strip_article(part) or part
    stripped = _without_title(whole)
    if len(stripped.words) < len(whole.words):
        # `Water Board Chair and President of Varnel`: the titles may head a second body.
        _add_named(text, whole.tail(len(stripped.words)), by_end, found, paragraph, lists, people, expansions)
    if len(stripped.words) == 1 and stripped.words[0].lower in ORGANISATION_SHORT_FORMS:
        _add_short_form(stripped, found, paragraph)  # `Coalition spokesperson Ana Ruiz`
        return
    if _INDEFINITE_BEFORE.search(text, max(0, stripped.start - 4), stripped.start) and not _qualifies_a_person(
        text, stripped.end
    ):
        return  # `a Certified Green Company` is a kind of body
    if of_kind and _any_name(stripped):
        named: Phrase | None = stripped
    elif listed and names_body(stripped, listed):
        named = stripped
    else:
        named = _named_part(text, stripped, people)
    if named is None:
        return
    part = _without_person(text, named)
    inner = [d for d in by_end.get(part.end, ()) if d.long.start >= part.start]
    if inner and not _has_own_head(part, inner[0].long):
        return  # the acronym definition already names this organisation
    if found.covered(part.start, part.end) and not inner:
        return
    possessor = _POSSESSOR.search(text, max(0, part.start - 40), part.start)
    start = possessor.start() if possessor and possessor.end() == part.start else part.start
    suffix = _SUFFIX.match(text, part.end)
    # An owner's name stops before its possessive (`the Norland Institute's` names `Norland Institute`).
    name_end = suffix.end() if suffix else part.end - 2 if text[part.end - 2 : part.end] in ("'s", "’s") else part.end
    # A name that ends in a defined acronym's long form takes in its `(ACR)` too.
    end = text.find(")", inner[0].short_start) + 1 if inner else name_end
    name = text[start:name_end]
    first, _, rest = name.partition(" ")
    expanded = found.lookup(f"{expansions[first]} {rest}") if first in expansions and rest else None
    if expanded is not None:
        name = expanded.name  # `RWA Coalition` for the `River Works Alliance Coalition`, RWA defined
    found.add(name, None, Mention(text[start:end], start, end, paragraph))


# The members of a phrase in a list after a plural kind of body: each `and` starts one (`Vela Plus and Tin Harbour`).
def _members(phrase: Phrase) -> list[Phrase]:
    members: list[Phrase] = []
    rest: Phrase | None = phrase
    while rest is not None:
        joint = next((i for i, w in enumerate(rest.words) if i and w.lower == "and"), None)
        if joint is None:
            return [*members, rest]
        members.append(rest.head(joint))
        rest = _strip_article(rest.tail(joint + 1))
    return members


# A name in a list after a plural kind of body (`carriers such as Vela Air`): no place, country, title or opener.
def _any_name(phrase: Phrase) -> bool:
    if classify(phrase) == "place" or phrase.text in COUNTRIES:
        return False
    return not all(w.lower in TITLE_WORDS or w.lower in SENTENCE_OPENERS or w.lower in HONORIFICS for w in phrase.words)


# A capitalised head noun alone (`Coalition spokesperson`): the latest organisation named with it.
def _add_short_form(part: Phrase, found: Found, paragraph: int) -> None:
    organisation = found.latest_with_head(part.words[0].lower)
    if organisation is not None:
        found.add(organisation.name, organisation.acronym, Mention(part.text, part.start, part.end, paragraph))


# Whether a title follows a name (`a Water Board official`): the name qualifies the person.
def _qualifies_a_person(text: str, end: int) -> bool:
    after = _WORD_AFTER.match(text, end)
    return after is not None and (after.group(1) in TITLE_NOUNS or after.group(1) == "official")


# A name without the title and person after it (`Lorania Water Trust Chief Executive Ana Ruiz`): a head noun, then a title.
def _without_title(part: Phrase) -> Phrase:
    words = [w.lower for w in part.words]
    for index in range(1, len(words) - 1):
        title = words[index] in TITLE_NOUNS or (words[index] in TITLE_MODIFIERS and words[index + 1] in TITLE_NOUNS)
        if title and words[index - 1].rstrip("'’") in ORGANISATION_HEADS:
            return part.head(index)
    return part


# A name without a person's name before its `of` (`Ana Ruiz of the Water Authority`), when the words before
# `of` hold no head noun (`Bank of Lorania` keeps them).
def _without_person(text: str, part: Phrase) -> Phrase:
    person = _PERSON_OF.match(text, part.start)
    if person is None or person.end() >= part.end:
        return part
    before = [w.lower for w in part.words if w.end <= person.end()]
    if any(w in ORGANISATION_HEADS or w in LEADING_ORGANISATION_HEADS or w in TITLE_WORDS or w in REGION_WORDS
           for w in before):
        return part
    first = next(i for i, w in enumerate(part.words) if w.start >= person.end())
    return part.tail(first)


# The organisation a capitalised phrase names: all of it, or the tail after `Jane Doe of the`.
def _named_part(text: str, part: Phrase, people: frozenset[str]) -> Phrase | None:
    first = 0
    while first < len(part.words) and (
        ("-" in part.words[first].text and part.words[first].text.rsplit("-", 1)[1] in DESCRIPTIVE_SUFFIXES)
        or part.words[first].lower in SENTENCE_OPENERS
    ):
        first += 1  # `Nairobi-based Rural Nurses Collective`, `About Acme Ltd`
    part = part.tail(first) if first else part
    for index, word in enumerate(part.words[:-1]):
        if word.lower in ("of", "at") and all(w.lower in TITLE_WORDS or w.lower == "and" for w in part.words[:index]):
            part = _without_holder(_strip_article(part.tail(index + 1)) or part)  # `CEO of Karoo Hotels`: the body
            break
    if not part.words:
        return None
    named = _body_in(text, part, people)
    # A title (`United Nations 2030 Agenda`, `the 21st Century Fund Summit`): checked last, as it is rarely needed.
    if named is None or _YEAR_NAME.match(text, part.end) or _ORDINAL_BEFORE.search(text, max(0, part.start - _ORDINAL_REACH), part.start):
        return None
    return named


# `the Tarn Refugee Council Ana Ruiz` after a title's `of`: the body ends at its head noun, the title's holder follows.
def _without_holder(part: Phrase) -> Phrase:
    words = [w.lower for w in part.words]
    for index in range(1, len(words) - 2):
        holder = words[index + 1 :]
        if words[index] in ORGANISATION_HEADS and len(holder) <= 3 and not any(
            w in ORGANISATION_HEADS or w in NAME_CONNECTORS for w in holder
        ):
            return part.head(index + 1)
    return part


# The body a capitalised phrase names, by a legal suffix, a classifier or what is said of it, or a head noun.
def _body_in(text: str, part: Phrase, people: frozenset[str]) -> Phrase | None:
    suffix = _SUFFIX.match(text, part.words[-2].end) if len(part.words) > 2 else None
    if suffix and suffix.end() > part.end:
        part = part.head(len(part.words) - 1)  # `Shipping A/S`: the `A` belongs to the suffix
    elif suffix and suffix.end() == part.end:
        return part  # `Nordvind Energi ASA`: a capitalised suffix ends the phrase itself
    if (
        _SUFFIX.match(text, part.end)
        or _after_classifier(text, part)
        or _said_of_body(text, part, people)
        or (_ABOUT_BEFORE.search(text, max(0, part.start - 12), part.start) and _LINE_END.match(text, part.end)
            and classify(part) is None)
    ):
        return part
    for index, word in enumerate(part.words):
        if index and word.lower in ("of", "at", "from") or index == 0:
            tail = _strip_article(part.tail(index + 1) if index else part)
            if tail and len(tail.words) > 1 and classify(tail) == "organisation":
                return tail
    return None


# `environmental group Blue Lanes` or `vantaCloud, the Tallinn-based hosting provider,`.
def _after_classifier(text: str, part: Phrase) -> bool:
    before = _CLASSIFIER.search(text, max(0, part.start - 30), part.start)
    after = _CLASSIFIED_AFTER.match(text, part.end)
    if any(m is not None and m.group("noun").lower() in CLASSIFIER_NOUNS for m in (before, after)):
        return True
    if len(part.words) < 2:
        return False  # one word after a title is a person's or a place's name, not a workplace
    workplace = _WORKPLACE.search(text, max(0, part.start - 60), part.start)
    return (
        workplace is not None
        and (workplace.group("noun") in TITLE_NOUNS or (workplace.group("leader") or "").lower() in LEADER_NOUNS)
        and classify(part) != "place"
    )


# `a spokesperson for X`, `X's chief executive`; `X said in a statement` only for a name of two words or more
# that is no person's (no word of it after an honorific, no title or honorific before it: `Governor Ana Ruiz`)
# nor an office (`Prime Minister`).
def _said_of_body(text: str, part: Phrase, people: frozenset[str]) -> bool:
    words = [w.lower.removesuffix("'s").removesuffix("’s") for w in part.words]
    if all(w in TITLE_WORDS for w in words) or classify(part) == "place":
        return False
    if _SAID_OF_BEFORE.search(text, max(0, part.start - 40), part.start) or _SAID_OF_AFTER.match(text, part.end):
        return True
    if _OUTLET_AFTER.match(text, part.end):
        return not interviewed_by(text, part.start)
    return (
        len(part.words) > 1
        and _IN_A_STATEMENT.match(text, part.end) is not None
        and not any(w.text in people for w in part.words)
        and words[0] not in TITLE_WORDS
        and words[0].rstrip(".") not in HONORIFICS
    )


# Whether the words before an inner organisation make an organisation of their own.
def _has_own_head(part: Phrase, inner: Phrase) -> bool:
    prefix = [w for w in part.words if w.end <= inner.start]
    return any(w.lower in ORGANISATION_HEADS for w in prefix)


# `the AIAA-hosted conference`, `a Lorania Water Trust-funded study`: the name before a role participle is a body's.
def _add_compound_cues(doc: Document, found: Found) -> None:
    text = doc.text
    for match in _COMPOUND_CUE.finditer(text, doc.lead_start):
        words = list(re.finditer(r"\S+", match.group("name")))
        while words and words[0].group().lower() in SENTENCE_OPENERS:
            words = words[1:]
        if not words:
            continue
        start, end = match.start("name") + words[0].start(), match.end("name")
        if not found.covered(start, end):
            found.add(text[start:end], None, Mention(text[start:end], start, end, doc.paragraph_of(start)))


# Well-known organisations named bare (`NATO`, `the World Bank`); an owner (`NASA's centre`) even inside a name;
# a later form (`the Labour Party` after `Labour`) is the same organisation by its acronym or the name found first.
def _add_known(doc: Document, found: Found) -> None:
    text = doc.text
    for known, start, end in find_known(text, doc.lead_start):
        if not found.covered(start, end) or text.startswith(("'s", "’s"), end):
            # Named as the article writes it (`Labour`), by its full name where only its acronym stands.
            name = known.name if text[start:end] == known.acronym else text[start:end]
            found.add(name, known.acronym, Mention(text[start:end], start, end, doc.paragraph_of(start)))


# Other mentions by full name, by acronym alone, or by a company's name without its legal suffix.
def _add_acronym_mentions(doc: Document, found: Found) -> None:
    text = doc.text
    for organisation in list(found.organisations):
        bare = _SUFFIX.sub("", organisation.name)
        # The full name too: a name known only from a later cue (`head of the X Forum`) is one all along.
        forms = [Form(f) for f in (organisation.acronym, organisation.name, bare if bare != organisation.name else None) if f]
        first = bare.split()[0]
        # `Skyline said`, `Skyline's` for `Skyline Infra & Realty Ltd`: the first word as a subject only.
        if bare != organisation.name and len(bare.split()) > 1 and first[:1].isupper() and len(first) > 3:
            forms.append(Form(first, then=_AS_SUBJECT))
        for start, end in find_forms(text, forms, doc.lead_start, not_after="(-", not_before=")-"):
            if not found.covered(start, end):
                mention = Mention(text[start:end], start, end, doc.paragraph_of(start))
                found.add(organisation.name, organisation.acronym, mention)


# `the ministry`, `the Commission`: the latest organisation named before with that head noun.
def _add_short_forms(doc: Document, found: Found) -> None:
    text = doc.text
    for match in _SHORT_FORM.finditer(text, doc.lead_start):
        head = match.group("head").lower()
        if head not in ORGANISATION_SHORT_FORMS or found.covered(match.start(), match.end()):
            continue
        organisation = found.short_form(head, match.start())
        if organisation is not None:
            start = match.start()
            mention = Mention(text[start : match.end()], start, match.end(), doc.paragraph_of(start))
            found.add(organisation.name, organisation.acronym, mention)


# The phrase without a leading `the`, `a` or `and`, or None if nothing is left.
def _strip_article(phrase: Phrase) -> Phrase | None:
    first = 0
    while first < len(phrase.words) and phrase.words[first].lower in ("the", "a", "an", "and"):
        first += 1
    return phrase.tail(first) if first < len(phrase.words) else None


# `Kestrel Flight Center` for `NASA's Kestrel Flight Center`: a body without its owner, unless it is a government
# body (`Lorania's Ministry of Water` keeps its owner: `the Ministry of Water` may be another country's).
def _without_owner(name: str) -> str:
    owner = _OWNER_PREFIX.match(name)
    if owner is None or any(w.lower() in GOVERNMENT_HEADS for w in name.split()):
        return name
    return name[owner.end() :]


# `Foreign Ministry` for `Lorania Foreign Ministry`: a country's government body without the country, or None.
# (`Lorania's Ministry of Water` keeps its owner: `the Ministry of Water` may be another country's.)
def _bare_body(name: str) -> str | None:
    words = _ARTICLE.sub("", name).split()
    if len(words) == 3 and words[0][:1].isupper() and words[0][-2:] not in ("'s", "’s") and (
        words[1].lower() in PORTFOLIO_WORDS and words[2].lower() in GOVERNMENT_HEADS
    ):
        return " ".join(words[1:])
    return None


# Names compare without a leading article or a legal suffix (`Acme Ltd` is `Acme`); kept, as
# every look-up compares with every organisation of the article.
@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    return _SUFFIX.sub("", _ARTICLE.sub("", name)).lower()
