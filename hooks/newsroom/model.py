"""Plain data model of an extracted article.

Every offset is a character index into `Article.text`, the seed's decoded text
with line endings normalised to `\\n`, so `article.text[q.start:q.end] == q.text`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

QuoteKind = Literal["direct", "partial"]
Role = Literal["organiser", "supporter", "participant", "mentioned"]
SpeakerKind = Literal["person", "organisation", "unknown"]
# How an extracted fact was found: a cue in its own sentence, carried over from
# a neighbour (a quote thread, the event before), or a guess pages never show as fact.
Basis = Literal["cue", "carried", "guess"]

# Role words in the order pages list them.
ROLES: tuple[Role, ...] = ("organiser", "supporter", "participant", "mentioned")


@dataclass(frozen=True)
class Paragraph:
    """A block of text between blank lines; `index` counts from 0."""

    index: int
    start: int
    end: int

    @property
    def anchor(self) -> str:
        """The HTML id of the paragraph on its article page (`p1`, `p2`, …)."""
        return f"p{self.index + 1}"


@dataclass(frozen=True)
class Speaker:
    """Who said something: a person's name, an organisation, or a description."""

    name: str
    kind: SpeakerKind


@dataclass(frozen=True)
class Quote:
    """The characters between a pair of quote marks, with their speaker."""

    text: str
    start: int
    end: int
    kind: QuoteKind
    paragraph: int
    speaker: Speaker | None


@dataclass(frozen=True)
class Statement:
    """Reported speech (`X said that …`): the reported clause and its speaker."""

    text: str
    start: int
    end: int
    paragraph: int
    speaker: Speaker


@dataclass(frozen=True)
class Mention:
    """One place in the text that names an entity."""

    text: str
    start: int
    end: int
    paragraph: int


@dataclass
class Person:
    """A named person with the title and organisation the article gives them."""

    name: str
    title: str | None = None
    organisation: str | None = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Organisation:
    """An organisation, its acronym, its roles and every mention of it.

    `role_basis` tells how the roles were found: a cue around a mention of it (`cue`, also
    for an organisation only mentioned), carried from another organisation (`carried`: the
    body it belongs to, `we will host` in its own release), or a guess (`guess`: the issuer
    of a press release as its organiser), which pages never show as fact.
    """

    name: str
    acronym: str | None = None
    roles: list[Role] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    role_basis: Basis = "cue"


@dataclass(frozen=True)
class Event:
    """A sentence that reports something happening, with its normalised date.

    `start`/`end` bound the sentence in `Article.text` (an event keeps offsets, not
    the sentence's text, so a sentence with many dates is stored once); `date` is `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD` or `--MM` (year not
    stated), or None for an undated event; `date_start`/`date_end` bound the
    date's words in the text; `deadline` marks `by 2030`, `before July`.
    """

    date: str | None
    date_text: str | None
    what: str
    start: int
    end: int
    paragraph: int
    end_date: str | None = None
    duration: str | None = None
    date_start: int | None = None
    date_end: int | None = None
    deadline: bool = False


@dataclass
class Article:
    """One seed file and everything extracted from it."""

    seed: str
    slug: str
    title: str
    text: str
    body_start: int
    paragraphs: list[Paragraph]
    published: dt.date | None = None
    source: str | None = None
    place: str | None = None
    quotes: list[Quote] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)

    def paragraph_at(self, offset: int) -> Paragraph:
        """The paragraph that contains `offset` (the last one before it otherwise)."""
        found = self.paragraphs[0]
        for paragraph in self.paragraphs:
            if paragraph.start > offset:
                break
            found = paragraph
        return found
