"""What the directory listings list, in order: speakers with their latest words, organisations by role.

A directory is cut into pages (`catalogue.paging`); `runs` splits one page's
entries into the headed groups that page shows (People, Organisations, … or
Organisers, Supporters, …), so a group can continue on the next page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ..catalogue.entries import ArticleEntry, Catalogue, OrganisationEntry, SpeakerEntry
from ..catalogue.excerpts import words_text
from ..catalogue.paging import newest_first
from ..model import ROLES, Quote, Statement
from .summaries import shorten

T = TypeVar("T")

# Headings of the speakers directory, one per kind of speaker, in this order.
SPEAKER_KIND_HEADINGS = {
    "person": "People",
    "organisation": "Organisations",
    "unknown": "Other speakers",
}
# Headings of the organisers listing, one per role, in this order.
ROLE_HEADINGS = {
    "organiser": "Organisers",
    "supporter": "Supporters",
    "participant": "Participants",
    "mentioned": "Also mentioned",
}
# Longest latest quote a directory line shows; the speaker page shows it whole.
LATEST_LIMIT = 160


@dataclass(frozen=True)
class SpeakerLine:
    """One line of the speakers directory: the speaker and the newest thing they said."""

    speaker: SpeakerEntry
    latest: tuple[ArticleEntry, Quote | Statement]

    @property
    def latest_text(self) -> str:
        """The latest words on one line, cut to `LATEST_LIMIT` characters."""
        return shorten(words_text(self.latest[1]), LATEST_LIMIT)

    @property
    def is_quote(self) -> bool:
        """Whether the latest words are a quote (shown in quotation marks) rather than a reported statement."""
        return isinstance(self.latest[1], Quote)


def said(speaker: SpeakerEntry) -> list[tuple[ArticleEntry, Quote | Statement]]:
    """Return everything a speaker's page lists, newest article first."""
    items: list[tuple[ArticleEntry, Quote | Statement]] = [*speaker.quotes, *speaker.statements]
    return newest_first(items)


def speaker_lines(catalogue: Catalogue) -> list[SpeakerLine]:
    """Return every speaker with listed words: people, then organisations, then other speakers, by name."""
    lines = [SpeakerLine(speaker, said(speaker)[0]) for speaker in catalogue.speakers.values() if said(speaker)]
    kinds = list(SPEAKER_KIND_HEADINGS)
    return sorted(lines, key=lambda line: kinds.index(line.speaker.kind))


def organisations_in_order(catalogue: Catalogue) -> list[OrganisationEntry]:
    """Return every organisation, strongest role first, by name within a role."""
    return sorted(catalogue.organisations.values(), key=lambda organisation: ROLES.index(organisation.main_role))


def by_role(organisations: Sequence[OrganisationEntry]) -> list[tuple[str, list[OrganisationEntry]]]:
    """Return a page of organisations as runs of one main role: `(role, organisations)`."""
    return runs(organisations, lambda organisation: organisation.main_role)


def by_kind(lines: Sequence[SpeakerLine]) -> list[tuple[str, list[SpeakerLine]]]:
    """Return a page of the speakers directory as runs of one kind of speaker: `(kind, lines)`."""
    return runs(lines, lambda line: line.speaker.kind)


def runs(items: Sequence[T], key: Callable[[T], str]) -> list[tuple[str, list[T]]]:
    """Return the items as consecutive runs sharing `key`: `(key, items)` in order."""
    out: list[tuple[str, list[T]]] = []
    for item in items:
        value = key(item)
        if not out or out[-1][0] != value:
            out.append((value, []))
        out[-1][1].append(item)
    return out
