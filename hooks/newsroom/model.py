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
# a neighbour (a quote thread, the event before), a guess pages never show as fact,
# or the editor's corrections file.
Basis = Literal["cue", "carried", "guess", "editor"]

# Role words in the order pages list them.
ROLES: tuple[Role, ...] = ("organiser", "supporter", "participant", "mentioned")


@dataclass(frozen=True)
class Corrected:
    """An editor's correction of an extracted item (`corrections.yml`) and what the extractors said.

    `change` is what was corrected (`speaker`, `role`, `date`, or `added` for an item the
    extractors missed); `was` is their reading (None when they had none); `line` is the
    correction's line in the corrections file.
    """

    change: str
    was: str | None
    line: int

    @property
    def reading(self) -> str:
        """The extractors' reading in words, for a mark's title text and the data files."""
        if self.change == "added":
            return "added by the editor; the extractors missed it"
        return f"the extractors said {self.change}: {self.was or 'none'}"


@dataclass(frozen=True)
class Correction:
    """One editor's correction in force on an article: its line, what it did, and its paragraph (None: none)."""

    line: int
    summary: str
    paragraph: int | None = None


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
    """The characters between a pair of quote marks, with their speaker and how it was found."""

    text: str
    start: int
    end: int
    kind: QuoteKind
    paragraph: int
    speaker: Speaker | None
    basis: Basis = "cue"
    corrected: Corrected | None = None

    @property
    def named_speaker(self) -> Speaker | None:
        """The speaker pages name: none when the speaker is only a guess."""
        return None if self.basis == "guess" else self.speaker


@dataclass(frozen=True)
class Statement:
    """Reported speech (`X said that …`): the reported clause, its speaker and how it was found."""

    text: str
    start: int
    end: int
    paragraph: int
    speaker: Speaker
    basis: Basis = "cue"
    corrected: Corrected | None = None

    @property
    def named_speaker(self) -> Speaker | None:
        """The speaker pages name: none when the speaker is only a guess."""
        return None if self.basis == "guess" else self.speaker


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
    corrected: Corrected | None = None


@dataclass(frozen=True)
class Event:
    """A sentence that reports something happening, with its normalised date.

    `start`/`end` bound the sentence in `Article.text` (an event keeps offsets, not
    the sentence's text, so a sentence with many dates is stored once); `date` is `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD` or `--MM` (year not
    stated), or None for an undated event; `date_start`/`date_end` bound the
    date's words in the text; `deadline` marks `by 2030`, `before July`; `basis`
    says how the date was found: written whole in the sentence (`cue`), completed
    from the publication date, the lead's year or the event before (`carried`), or
    a year picked as the nearest when the wording leaves it open (`guess`); None
    for an undated event.
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
    basis: Basis | None = None
    corrected: Corrected | None = None

    @property
    def stated_date(self) -> str | None:
        """The date as pages may state it: a guessed year left out (`2025-02-14` as `--02-14`)."""
        return _without_guess(self.date, self.basis)

    @property
    def stated_end_date(self) -> str | None:
        """The end date as pages may state it (see `stated_date`)."""
        return _without_guess(self.end_date, self.basis)


# A normalised date without its year when that year is a guess.
def _without_guess(date: str | None, basis: Basis | None) -> str | None:
    return f"-{date[4:]}" if date and basis == "guess" and date[:4].isdigit() and len(date) > 4 else date


@dataclass(frozen=True)
class FrontMatter:
    """What a seed's front matter gives beyond its title, date, source and place; all optional.

    `published_at` is `published` (or `date`) in full when it gave a time of day (the article's
    `published` keeps its date); `updated` is a `datetime` when it gave one; `image` is an http(s)
    URL or a path under `docs/` (`images/port.jpg`).
    """

    published_at: dt.datetime | None = None
    updated: dt.date | None = None
    authors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    image: str | None = None
    summary: str | None = None


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
    front_matter: FrontMatter = field(default_factory=FrontMatter)
    corrections: list[Correction] = field(default_factory=list)

    def paragraph_at(self, offset: int) -> Paragraph:
        """The paragraph that contains `offset` (the last one before it otherwise)."""
        found = self.paragraphs[0]
        for paragraph in self.paragraphs:
            if paragraph.start > offset:
                break
            found = paragraph
        return found
