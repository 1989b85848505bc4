"""Timeline groups: years in order, then events whose year is not stated, then undated ones."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Event
from .catalogue import ArticleEntry
from .dates import date_sort_key, parse_date

YEAR_NOT_STATED = "Year not stated"
UNDATED = "Undated"


@dataclass(frozen=True)
class TimelineGroup:
    """A heading of the timeline and its events in date order."""

    label: str
    events: list[tuple[ArticleEntry, Event]]


# Which group an event goes to: its year, `Year not stated`, or `Undated`.
def _group_label(event: Event) -> str:
    parts = parse_date(event.date)
    if parts is None:
        return UNDATED
    return str(parts.year) if parts.year else YEAR_NOT_STATED


# Years ascending, then the two groups without a year; events keep reading order on ties.
def timeline_groups(events: list[tuple[ArticleEntry, Event]]) -> list[TimelineGroup]:
    """Group and order events for the timeline page."""
    grouped: dict[str, list[tuple[ArticleEntry, Event]]] = {}
    for item in events:
        grouped.setdefault(_group_label(item[1]), []).append(item)
    years = sorted(label for label in grouped if label.isdigit())
    labels = [*years, *(label for label in (YEAR_NOT_STATED, UNDATED) if label in grouped)]
    return [
        TimelineGroup(
            label=label,
            events=sorted(grouped[label], key=lambda item: date_sort_key(item[1].date)),
        )
        for label in labels
    ]
