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
from .steering import NO_STEERING, KindSteering, NameList, Steering, same_key


@dataclass
class Merged:
    """The merged organisations, people and timeline items of a list of articles."""

    organisations: OrganisationIndex
    people: PeopleIndex
    events: list[EventGroup]


def merge_articles(articles: list[Article], steering: Steering = NO_STEERING) -> Merged:
    """Merge the organisations, people and events of `articles`, the editor's `steering` first.

    Organisations first: people and events are compared through the organisations they name.
    """
    organisations = merge_organisations(articles, steering.organisations)
    people = merge_people(articles, organisations, steering.people)
    return Merged(organisations, people, merge_events(articles, organisations))


__all__ = [
    "NO_STEERING",
    "EventGroup",
    "KindSteering",
    "Merged",
    "NameList",
    "OrganisationGroup",
    "OrganisationIndex",
    "PeopleIndex",
    "PersonGroup",
    "Steering",
    "merge_articles",
    "same_key",
]
