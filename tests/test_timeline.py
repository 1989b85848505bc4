"""Date expressions and timeline events, on short articles written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsroom import extract_text
from newsroom.extract.dates import _RELATIVE, _RELATIVE_KEYWORDS, find_dates

PUBLISHED = dt.date(2021, 9, 22)  # a Wednesday


def values(text: str, published: dt.date | None = None) -> list[tuple[str | None, str | None]]:
    return [(d.value, d.end_value) for d in find_dates(text, 0, len(text), published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("It opened on 18 September 2021.", None, [("2021-09-18", None)]),
        ("It opened on September 18, 2021.", None, [("2021-09-18", None)]),
        ("It opened on September 18.", None, [("--09-18", None)]),
        ("It opened on Sept. 18.", None, [("--09-18", None)]),
        ("It opened on September 18.", PUBLISHED, [("2021-09-18", None)]),
        ("It ran on 18-19 September.", None, [("--09-18", "--09-19")]),
        ("It ran from September 18 to 20, 2021.", None, [("2021-09-18", "2021-09-20")]),
        ("It was built in September 2021.", None, [("2021-09", None)]),
        ("Sales peaked in mid-2020.", None, [("2020", None)]),
        ("It was common in the 1990s.", None, [("1990", None)]),
        ("Results will come in December.", PUBLISHED, [("2021-12", None)]),
        ("The plan was drafted in December.", PUBLISHED, [("2020-12", None)]),
        ("It opened on 3 May 2021 and closed on June 9.", None, [("2021-05-03", None), ("2021-06-09", None)]),
        ("Emissions must halve by 2030.", None, [("2030", None)]),
        ("They met last week.", PUBLISHED, [("2021-09-15", None)]),
        ("They met on Tuesday.", PUBLISHED, [("2021-09-21", None)]),
        ("They meet next month.", PUBLISHED, [("2021-10", None)]),
        ("Prices rose earlier this year.", PUBLISHED, [("2021", None)]),
        ("They met last week.", None, [(None, None)]),
        ("Applications open on Monday, March 11.", None, [("--03-11", None)]),
        ("Applications close on 5 April.", dt.date(2024, 3, 6), [("2024-04-05", None)]),
        ("The bill returns on 19 March.", dt.date(2024, 3, 6), [("2024-03-19", None)]),
        ("She had used it in August.", dt.date(2025, 2, 13), [("2024-08", None)]),
        ("It starts in Q3 2024.", None, [("2024-07", "2024-09")]),
        ("It starts in the first quarter.", dt.date(2024, 10, 3), [("2025-01", "2025-03")]),
        ("Deliveries start in the third quarter of next year.", PUBLISHED, [("2022-07", "2022-09")]),
        ("Deliveries start in the third quarter of next year.", None, [(None, None)]),
        ("The retrial should begin in spring 2023.", None, [("2023", None)]),
        ("The line opens in the summer of 2026.", None, [("2026", None)]),
        ("It will be ready before the end of the year.", PUBLISHED, [("2021", None)]),
        ("It will be ready by the end of next year.", PUBLISHED, [("2022", None)]),
        ("It will be ready by year-end.", None, [(None, None)]),
        ("The report was released Monday.", PUBLISHED, [("2021-09-20", None)]),
        ("Shops open late on Good Friday.", PUBLISHED, []),
        ("Monday's vote was close.", PUBLISHED, []),
        ("Sales rose between January and March.", None, [("--01", "--03")]),
        ("It ran from 1 January–31 March 2025.", None, [("2025-01-01", "2025-03-31")]),
        ("Prices fell between 2021 and 2024.", None, [("2021", "2024")]),
        ("The court will sit on the 24th.", dt.date(2025, 2, 13), [("2025-02-24", None)]),
        ("A study published this morning.", PUBLISHED, [("2021-09-22", None)]),
    ],
)
def test_date_values(text: str, published: dt.date | None, expected: list[tuple[str | None, str | None]]) -> None:
    assert values(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The COVID-19 pandemic hit hard.",
        "The G20 met.",
        "All 32 countries signed.",
        "It serves the 2030 Agenda for Sustainable Development.",
        "The session starts at 10 a.m.",
        "See page 45 and section 12.",
    ],
)
def test_not_dates(text: str) -> None:
    assert values(text) == []


def test_event_per_date_with_duration_and_name() -> None:
    article = extract_text(
        "The two-day Northern Grain Forum opened on 3 March 2022 and the Harvest Summit closed on 9 March 2022."
    )
    events = [(e.date, e.duration) for e in article.events]
    assert events == [("2022-03-03", "two-day"), ("2022-03-09", "two-day")]
    for event in article.events:
        assert event.date_start is not None and event.date_end is not None
        assert article.text[event.date_start : event.date_end] == event.date_text


def test_undated_event_that_clearly_happened() -> None:
    article = extract_text("The accord was signed in the capital. Observers were hopeful.")
    assert [(e.date, article.text[e.start : e.end]) for e in article.events] == [
        (None, "The accord was signed in the capital.")
    ]


def test_publication_date_anchors_missing_year() -> None:
    article = extract_text("---\npublished: 2021-09-22\n---\nThe plan was approved on September 18.")
    assert [e.date for e in article.events] == ["2021-09-18"]


def test_undated_meeting_when_the_lead_gives_it_no_date() -> None:
    text = (
        "Ministers called for cleaner ports.\n\n"
        "The forum was hosted by the Harbour Cities Alliance.\n\n"
        "A plan was approved at the Port Summit on 3 May 2022."
    )
    article = extract_text(text)
    assert [e.date for e in article.events] == ["2022-05-03", None]


def test_no_undated_duplicate_of_a_dated_lead() -> None:
    text = "Ministers met in Lima on 3 May 2022.\n\nThe meeting was hosted by the Harbour Cities Alliance."
    assert [e.date for e in extract_text(text).events] == ["2022-05-03"]


def test_relative_dates_with_nothing_to_count_from_make_no_event() -> None:
    article = extract_text("The plant opened on Monday. It had closed in 2019.")
    assert [event.date for event in article.events] == ["2019"]


def test_a_byline_does_not_push_the_lead_out_of_the_lead() -> None:
    text = (
        "Ports agree on customs rules\n\nBy Staff Reporter\n\n"
        "Ministers agreed on the rules on 14 May 2024 in Lima.\n\n"
        "The meeting was organised by the Harbour Ministry."
    )
    assert [event.date for event in extract_text(text).events] == ["2024-05-14"]


@pytest.mark.parametrize(
    "sentence",
    ["It opens TOMORROW.", "They met on Monday.", "Talks resume this evening.", "Sales fell last month.",
     "The plan is due by year-end.", "It ends before the end of next year."],
)
def test_relative_keywords_let_every_relative_date_through(sentence: str) -> None:
    assert [d.text for d in find_dates(sentence, 0, len(sentence), dt.date(2024, 5, 8))]


def test_relative_keywords_never_hide_a_relative_date_in_the_evaluation_articles() -> None:
    folder = Path(__file__).parent / "eval" / "articles"
    for path in sorted(folder.glob("*.txt")):
        for match in _RELATIVE.finditer(path.read_text(encoding="utf-8")):
            assert any(keyword in match.group().casefold() for keyword in _RELATIVE_KEYWORDS), match.group()
