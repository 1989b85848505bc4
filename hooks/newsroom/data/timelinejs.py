"""The merged timeline in TimelineJS's JSON format (`data/timeline.json`).

TimelineJS needs a year for every slide, so only events whose year is known
are exported (the timeline page also shows the others). Date parts are
strings of digits, as in TimelineJS's own examples. TimelineJS renders
`headline` and `text` as HTML, so seed text is HTML-escaped; links lead to the
source paragraphs, absolute when the site's URL is known.
"""

from __future__ import annotations

from html import escape
from typing import Any

from ..catalogue.dates import DateParts, date_sort_key, human_date, parse_date
from ..catalogue.entries import Catalogue, TimelineItem
from ..catalogue.excerpts import event_sentence
from ..catalogue.links import published_folder


# A TimelineJS date object; None unless the year is known.
def _date(parts: DateParts | None, display: str | None) -> dict[str, str] | None:
    if parts is None or parts.year is None:
        return None
    date = {"year": str(parts.year)}
    if parts.month:
        date["month"] = str(parts.month)
        if parts.day:
            date["day"] = str(parts.day)
    if display:
        date["display_date"] = display
    return date


# The sentence (cut around the date when long), then a link to every article that reports the event.
def _text(item: TimelineItem, site_url: str | None) -> str:
    links = []
    for entry, event in item.sources:
        href = f"{(site_url or '').rstrip('/')}/" if site_url else ""
        href += f"{published_folder(entry.page)}#p{event.paragraph + 1}"
        links.append(f'<a href="{escape(href)}">{escape(entry.label)}</a>')
    label = "Source" if len(links) == 1 else "Sources"
    entry, event = item.sources[0]
    note = f"<p>Corrected by the editor: {escape(event.corrected.reading)}</p>" if event.corrected else ""
    return f"<p>{escape(event_sentence(entry.article, event))}</p>{note}<p>{label}: {', '.join(links)}</p>"


def timeline_json(catalogue: Catalogue, site_name: str, site_url: str | None = None) -> dict[str, Any]:
    """Return the TimelineJS document: `title` and `events`, one slide per merged timeline item with a
    known year, oldest first (each `start_date`, `text`, `group`)."""
    events = []
    items = sorted(catalogue.timeline, key=lambda item: date_sort_key(item.event.stated_date))
    for number, item in enumerate(items, 1):
        event = item.event
        display = human_date(event.stated_date)
        start = _date(parse_date(event.stated_date), f"by {display}" if event.deadline and display else display)
        if start is None:
            continue
        slide: dict[str, Any] = {
            "unique_id": f"event-{number}",
            "start_date": start,
            "text": {"headline": escape(event.what), "text": _text(item, site_url)},
            "group": escape(item.sources[0][0].label),
        }
        end = _date(parse_date(event.stated_end_date), human_date(event.stated_end_date))
        if end is not None:
            slide["end_date"] = end
        events.append(slide)
    title = {"text": {"headline": escape(site_name), "text": "<p>Events from every article, each with its sources.</p>"}}
    return {"title": title, "events": events}
