"""Timeline groups: years in order, then events whose year is not stated, then undated ones; each group
is published on a page of its own (`timeline/2021.md`, `timeline/undated.md`)."""

from __future__ import annotations

from dataclasses import dataclass

from ..catalogue.dates import date_sort_key, parse_date
from ..catalogue.entries import TimelineItem
from ..catalogue.slugs import page_slug

YEAR_NOT_STATED = "Year not stated"
UNDATED = "Undated"


@dataclass(frozen=True)
class TimelineGroup:
    """A heading of the timeline and its items in date order."""

    label: str
    items: list[TimelineItem]

    @property
    def page(self) -> str:
        """Docs-relative path of the group's first page: `timeline/2021.md`, `timeline/undated.md`."""
        return f"timeline/{page_slug(self.label, 'undated')}.md"

    @property
    def is_year(self) -> bool:
        """Whether the group is one year's (the chart shows those)."""
        return self.label.isdigit()


# Which group an item goes to: its year, `Year not stated`, or `Undated`.
def _group_label(item: TimelineItem) -> str:
    parts = parse_date(item.event.stated_date)
    if parts is None:
        return UNDATED
    return str(parts.year) if parts.year else YEAR_NOT_STATED


def timeline_groups(items: list[TimelineItem]) -> list[TimelineGroup]:
    """Group and order the merged timeline items for the timeline page: years ascending, then
    the two groups without a year; items keep reading order on ties."""
    grouped: dict[str, list[TimelineItem]] = {}
    for item in items:
        grouped.setdefault(_group_label(item), []).append(item)
    years = sorted(label for label in grouped if label.isdigit())
    labels = [*years, *(label for label in (YEAR_NOT_STATED, UNDATED) if label in grouped)]
    return [
        TimelineGroup(
            label=label,
            items=sorted(grouped[label], key=lambda item: date_sort_key(item.event.stated_date)),
        )
        for label in labels
    ]
