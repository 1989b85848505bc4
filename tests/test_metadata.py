"""Publication metadata (date lines, `PUBLISHED:` lines, release headers, contact blocks) is no part of the article."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from newsroom import extract_text
from newsroom.read import METADATA_LINES, parse_seed

RELEASE = """Lighthouse keepers' museum opens a new wing
Mar. 3, 2021

RELEASE: K21-017

The Coastal Heritage Trust opened a new wing of its museum on March 2, the trust said.

"We waited ten years for this room," said curator Ines Varga.

-ends-

Paulo Mendes

Coastal Heritage Trust, Faro

+351 289 000 111

press@heritage.example
"""

TABLOID = """By
Staff Writer

PUBLISHED:

08:10 EST, 9 June 2019

|

UPDATED:

11:45 EST, 9 June 2019

The ferry company cancelled every crossing on Saturday after a storm warning.
"""


@pytest.mark.parametrize(("name", "pattern", "example"),
                         [(n, p, e) for n, p, examples in METADATA_LINES for e in examples])
def test_every_metadata_example_is_a_whole_line(name: str, pattern: str, example: str) -> None:
    assert re.fullmatch(pattern, example), name


@pytest.mark.parametrize("line", ["Contacts between the two ministries resumed in May.",
                                  "Published reports put the cost at 3 million euros.",
                                  "The release of 40 prisoners was agreed on 3 May 2020."])
def test_prose_is_no_metadata(line: str) -> None:
    assert parse_seed(f"Headline here\n\n{line}\n", "x.txt", "x").metadata == []


def test_release_metadata_gives_the_date_and_nothing_else() -> None:
    article = extract_text(RELEASE, "release.txt")
    assert article.published == dt.date(2021, 3, 3)
    assert article.title == "Lighthouse keepers' museum opens a new wing"
    assert [(e.date, article.text[e.start:e.end][:24]) for e in article.events] == [
        ("2021-03-02", "The Coastal Heritage Tru")]
    assert [o.name for o in article.organisations] == ["Coastal Heritage Trust"]
    assert [q.text for q in article.quotes] == ["We waited ten years for this room,"]


def test_published_lines_give_the_date_and_the_lead_follows_them() -> None:
    source = parse_seed(TABLOID, "tabloid.txt", "tabloid")
    assert source.published == dt.date(2019, 6, 9)
    assert source.paragraphs[source.lead_paragraph].start == TABLOID.index("The ferry")
    events = extract_text(TABLOID, "tabloid.txt").events
    assert [e.date for e in events] == ["2019-06-08"]


def test_front_matter_date_wins_over_a_date_line() -> None:
    article = extract_text("---\npublished: 2021-03-05\n---\n" + RELEASE, "release.txt")
    assert article.published == dt.date(2021, 3, 5)


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("For Immediate Release", None),
        ("Posted on March 3, 2024", dt.date(2024, 3, 3)),
        ("EMBARGOED UNTIL 00:01 GMT, 4 March 2024", dt.date(2024, 3, 4)),
        ("NEWS ADVISORY: 2 May 2024", dt.date(2024, 5, 2)),
    ],
)
def test_release_headers_give_no_event_and_may_date_the_release(header: str, published: dt.date | None) -> None:
    article = extract_text(f"Quarry reopens after floods\n\n{header}\n\nThe quarry reopened in 2023 after the floods.\n")
    assert article.published == published
    assert [(e.date, e.date_text) for e in article.events] == [("2023", "in 2023")]


@pytest.mark.parametrize(
    ("lead", "place", "published"),
    [
        ("KARLSTAD -– June 4, 2024 – The mill today opened a second line.", "Karlstad", dt.date(2024, 6, 4)),
        ("Tromsø/Bodø, 22 September 2020 – The two ports today signed a pact.", "Tromsø/Bodø",
         dt.date(2020, 9, 22)),
    ],
    ids=["date-after-the-place-and-a-dash", "two-towns"],
)
def test_a_dateline_date_dates_the_release_and_is_cut_from_the_lead(
    lead: str, place: str, published: dt.date
) -> None:
    article = extract_text(lead)
    assert (article.place, article.published) == (place, published)
    (event,) = article.events
    assert (event.date, event.date_text) == (published.isoformat(), "today")
    assert article.text[event.start:event.end].startswith("The ")
