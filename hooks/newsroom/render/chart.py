"""The timeline overview's picture: a static SVG bar chart of events per year, each bar a link to its year.

No script: the chart is plain SVG in the page. Screen readers get a title, a
description that reads out every bar, and one link per bar named by its
`<title>` with its year and count. Colours come from the stylesheet (`nr-chart-*` classes, Material's
colour variables and `currentColor`), so the chart follows light and dark.
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

from .context import PageContext
from .summaries import count
from .timeline import TimelineGroup

# Drawing units: one bar's slot, the bars' tallest height, room for the labels above and below.
SLOT = 48
BAR = 32
HEIGHT = 160
TOP = 22
BOTTOM = 26
MIN_WIDTH = 320


def year_chart(context: PageContext, groups: Sequence[TimelineGroup]) -> Markup:
    """Return the chart of the year groups' event counts as an SVG figure; empty without a year."""
    years = [group for group in groups if group.is_year]
    if not years:
        return Markup("")
    tallest = max(len(group.items) for group in years)
    width = max(MIN_WIDTH, SLOT * len(years))
    offset = (width - SLOT * len(years)) // 2
    described = "; ".join(f"{group.label}: {count(len(group.items), 'event')}" for group in years)
    bars = []
    for position, group in enumerate(years):
        number = len(group.items)
        height = max(2, round(HEIGHT * number / tallest))
        x = offset + position * SLOT + (SLOT - BAR) // 2
        y = TOP + HEIGHT - height
        middle = x + BAR // 2
        label = escape(f"{group.label}: {count(number, 'event')}")
        bars.append(
            f'<a class="nr-chart-link" href="{context.url(group.page)}">'
            f"<title>{label}</title>"
            f'<rect class="nr-chart-bar" x="{x}" y="{y}" width="{BAR}" height="{height}" rx="3"></rect>'
            f'<text class="nr-chart-year" x="{middle}" y="{TOP + HEIGHT + 18}" text-anchor="middle">'
            f"{escape(group.label)}</text>"
            f'<text class="nr-chart-count" x="{middle}" y="{y - 6}" text-anchor="middle">{number}</text></a>'
        )
    total = TOP + HEIGHT + BOTTOM
    return Markup(
        '<figure class="nr-chart" data-search-exclude="true">\n'
        f'<svg class="nr-chart-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {total}" '
        f'width="{width}" height="{total}" role="group" aria-labelledby="nr-chart-title" aria-describedby="nr-chart-desc">'
        '<title id="nr-chart-title">Events per year</title>'
        f'<desc id="nr-chart-desc">{escape(described)}</desc>'
        f'<line class="nr-chart-axis" x1="0" y1="{TOP + HEIGHT}" x2="{width}" y2="{TOP + HEIGHT}"></line>'
        f"{''.join(bars)}</svg>\n"
        "<figcaption>Events per year: choose a bar, or a year below, to see that year's events.</figcaption>\n"
        "</figure>\n"
    )
