"""Many articles, one knowledge base: organisations, people and events merged across articles.

MkDocs-free and render-free: `merge_articles(articles)` groups each
organisation, person and event however the articles write it, under the
rules written at the top of `organisations.py`, `people.py` and `events.py`.
Every group keeps its members as `(article index, record)` pairs, so pages
can say which article each mention comes from.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Article
from .events import EventGroup, merge_events
from .organisations import OrganisationGroup, OrganisationIndex, merge_organisations
from .people import PeopleIndex, PersonGroup, merge_people


@dataclass
class Merged:
    """The merged organisations, people and timeline items of a list of articles."""

    organisations: OrganisationIndex
    people: PeopleIndex
    events: list[EventGroup]


def merge_articles(articles: list[Article]) -> Merged:
    """Merge the organisations, people and events of `articles`.

    Organisations first: people and events are compared through the organisations they name.
    """
    organisations = merge_organisations(articles)
    return Merged(organisations, merge_people(articles, organisations), merge_events(articles, organisations))


__all__ = [
    "EventGroup",
    "Merged",
    "OrganisationGroup",
    "OrganisationIndex",
    "PeopleIndex",
    "PersonGroup",
    "merge_articles",
]
