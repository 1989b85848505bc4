"""Event dates as real reporting writes them, on short articles written for these tests: publication
metadata, dates counted from the publication date or the event before, years lent by the lead,
years that name an occasion, false events, and how sure each date is (`Event.basis`)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsroom import extract_text
from newsroom.data.extraction import article_json
from newsroom.model import Article, Event
from newsroom.site import render_site

# A Friday.
FRONT = "---\npublished: 2024-11-15\n---\n"


def dated(article: Article) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.date_text) for e in article.events]


# Publication metadata gives the publication date and nothing else.


def test_a_media_release_header_dates_the_release_and_makes_no_event() -> None:
    article = extract_text(
        "Valley council buys two electric buses\n\nMEDIA RELEASE 12 August 2022\n\n"
        "The Valley council ordered two electric buses last week, its transport officer said.\n"
    )
    assert article.published == dt.date(2022, 8, 12)
    assert dated(article) == [("2022-08-05", "last week")]


def test_a_published_and_updated_line_dates_the_story_and_makes_no_event() -> None:
    article = extract_text(
        "Ferry runs aground off the cape\n\n"
        "PUBLISHED: 07:40 BST, 3 June 2023 | UPDATED: 09:02 BST, 3 June 2023\n\n"
        "A ferry ran aground off the cape yesterday, the coastguard said.\n"
    )
    assert article.published == dt.date(2023, 6, 3)
    assert dated(article) == [("2023-06-02", "yesterday")]


def test_a_dateline_date_is_the_publication_date_not_an_event_of_its_own() -> None:
    article = extract_text("OSLO, 9 January 2025 – The fjord ferry company raised its fares on Tuesday.\n")
    assert article.published == dt.date(2025, 1, 9)
    assert dated(article) == [("2025-01-07", "on Tuesday")]


def test_contact_lines_and_an_end_mark_make_no_event() -> None:
    article = extract_text(
        FRONT + "The museum reopened on Thursday.\n\n###\n\nPress office, 14 March 2024\n\n+44 20 7946 0000\n"
    )
    assert dated(article) == [("2024-11-14", "on Thursday")]


# Relative dates count from the publication date; without one they stay undated.


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The mill shut on Thursday.", ("2024-11-14", "on Thursday")),
        ("The mill shut last October.", ("2024-10", "last October")),
        ("The mill shut last December.", ("2023-12", "last December")),
        ("The mill shut last month.", ("2024-10", "last month")),
        ("The mill shut last year.", ("2023", "last year")),
        ("The mill will reopen next March.", ("2025-03", "next March")),
        ("The mill will reopen in mid-February.", ("2025-02", "in mid-February")),
        ("The mill shut earlier this year.", ("2024", "earlier this year")),
        ("The mill shut on Nov. 2.", ("2024-11-02", "Nov. 2")),
    ],
)
def test_relative_dates_count_from_the_publication_date(sentence: str, expected: tuple[str, str]) -> None:
    assert dated(extract_text(FRONT + sentence)) == [expected]


@pytest.mark.parametrize(
    "sentence", ["The mill shut on Thursday.", "The mill shut last October.", "The mill shut last month."]
)
def test_relative_dates_without_a_publication_date_make_no_dated_event(sentence: str) -> None:
    assert [e.date for e in extract_text(sentence).events if e.date] == []


def test_the_following_day_counts_from_the_event_before() -> None:
    article = extract_text(
        "Crews closed the bridge on 4 March 2023.\n\nEngineers inspected it the following day.\n\n"
        "It reopened three days later."
    )
    assert dated(article) == [("2023-03-04", "4 March 2023"), ("2023-03-05", "the following day"),
                              ("2023-03-08", "three days later")]
    assert [e.basis for e in article.events] == ["cue", "carried", "carried"]


def test_the_following_day_with_no_day_before_it_makes_no_event() -> None:
    assert dated(extract_text("Engineers inspected the bridge the following day.")) == []


def test_the_following_day_follows_only_the_event_just_before() -> None:
    article = extract_text(
        "The ferry sank on 2 May 2024.\n\nThe last sinking, in 1998, was worse.\n\nDivers arrived the following day."
    )
    assert [e.date for e in article.events] == ["2024-05-02", "1998"]


def test_last_night_is_the_evening_before_publication() -> None:
    assert dated(extract_text(FRONT + "Last night, the council voted to close the pool.")) == [
        ("2024-11-14", "Last night")]


def test_a_weekday_after_a_name_is_a_date_but_not_in_a_named_day() -> None:
    article = extract_text(FRONT + "The minister told Parliament Wednesday the fund was empty.")
    assert dated(article) == [("2024-11-13", "Wednesday")]
    assert dated(extract_text(FRONT + "Shops were busy on Black Friday.")) == []


# Without a publication date, a date written with its year in the lead lends that year to the
# year-less dates it holds.


def test_a_lead_range_lends_its_year_to_a_day_inside_it() -> None:
    article = extract_text(
        "Glassmakers gathered in Murano for the fair, held 4-6 June 2023.\n\n"
        "Stalls opened to buyers.\n\nThe prize for young makers was given on 5 June."
    )
    assert dated(article) == [("2023-06-04", "4-6 June 2023"), ("2023-06-05", "5 June")]
    assert [e.basis for e in article.events] == ["cue", "carried"]


def test_a_year_naming_the_lead_occasion_lends_it_to_later_dates() -> None:
    article = extract_text(
        "Pupils toured the 2022 Harbour Careers Fair.\n\nThe fair ran on 8-9 March in the town hall."
    )
    assert dated(article)[-1] == ("2022-03-08", "8-9 March")


def test_a_date_outside_the_lead_dates_and_a_lead_deadline_lend_no_year() -> None:
    article = extract_text(
        "The grid must be linked by 2030, ministers agreed on 2 May 2024.\n\n"
        "Bids close on 30 August."
    )
    assert dated(article)[-1] == ("--08-30", "30 August")


def test_a_sentence_counted_from_the_unknown_publication_date_takes_no_lead_year() -> None:
    article = extract_text(
        "Villagers still talk about the 2014 floods.\n\nThis year's river festival will be held in August."
    )
    assert dated(article) == [("2014", "the 2014 floods"), ("--08", "in August")]


def test_a_background_year_in_the_lead_lends_no_year() -> None:
    article = extract_text("In 2019 the cooperative bought its first boat.\n\nThe new boat sails on 2 April.")
    assert dated(article)[-1] == ("--04-02", "2 April")


# A year before a name or an occasion word is that occasion's year.


def test_a_year_naming_an_occasion_is_an_event() -> None:
    article = extract_text(FRONT + "The idea came out of a 2019 study by two nurses.")
    assert dated(article) == [("2019", "a 2019 study")]


@pytest.mark.parametrize(
    "sentence",
    ["The plan follows the 2030 Agenda closely.", "She sits on the 2024 planning committee.",
     "The 2000 delegates voted."],
)
def test_a_year_before_a_goal_a_body_or_a_count_is_no_event(sentence: str) -> None:
    assert dated(extract_text(FRONT + sentence)) == []


def test_an_occasion_year_beside_a_fuller_date_of_that_year_adds_nothing() -> None:
    article = extract_text(FRONT + "Judges met on 2 October ahead of the 2024 awards ceremony.")
    assert dated(article) == [("2024-10-02", "2 October")]


# False events.


def test_rhetorical_dates_inside_a_quotation_are_no_events() -> None:
    article = extract_text(
        FRONT + '"What we build today must still stand by 2060," the engineer said.'
    )
    assert dated(article) == []


def test_a_past_date_with_its_year_inside_a_quotation_is_an_event() -> None:
    article = extract_text(FRONT + '"We have sailed this route since 1987," the captain said.')
    assert dated(article) == [("1987", "since 1987")]


@pytest.mark.parametrize(
    "sentence",
    ["The claim was first made on Radio Today.", "Pupils joined the ‘Schools for Tomorrow’ project.",
     "Today, the river is cleaner than it has been for decades.", "This year's theme was rivers."],
)
def test_names_and_these_days_are_no_dates(sentence: str) -> None:
    assert dated(extract_text(FRONT + sentence)) == []


def test_today_that_names_the_day_is_a_date() -> None:
    assert dated(extract_text(FRONT + "Today is the last day to apply.")) == [("2024-11-15", "Today")]


def test_a_sentence_gives_each_date_once() -> None:
    article = extract_text(FRONT + "Today the board approved the plan, and today it named a chair.")
    assert dated(article) == [("2024-11-15", "Today")]


def test_month_and_year_ranges_are_one_event() -> None:
    article = extract_text("Nurses were surveyed between May 2019 and April 2020.")
    assert [(e.date, e.end_date) for e in article.events] == [("2019-05", "2020-04")]


# How sure each date is, in the data and on the pages.


def test_each_event_date_says_how_it_was_found() -> None:
    article = extract_text(FRONT + "The dam was finished on 3 May 2021. The lake filled on Tuesday.")
    assert [(e.date, e.basis) for e in article.events] == [("2021-05-03", "cue"), ("2024-11-12", "carried")]
    assert [e["basis"] for e in article_json(article)["events"]] == ["cue", "carried"]


def test_a_year_the_wording_leaves_open_is_a_guess_pages_never_state() -> None:
    article = extract_text(FRONT + "The museum shop sold out in April.")
    (event,) = article.events
    assert (event.date, event.basis) == ("2025-04", "guess")
    assert (event.stated_date, event.stated_end_date) == ("--04", None)
    timeline = render_site([article])["timeline.md"]
    assert "Year not stated" in timeline and "2025" not in timeline


def test_an_undated_event_has_no_basis() -> None:
    (event,) = extract_text("The treaty was signed in the capital.").events
    assert (event.date, event.basis, event.stated_date) == (None, None, None)


def test_a_written_year_is_stated_as_written() -> None:
    event = Event(date="2024-04", date_text="April 2024", what="x", start=0, end=1, paragraph=0, basis="cue")
    assert event.stated_date == "2024-04"


def test_a_deadline_after_a_forecast_is_no_event_but_a_planned_one_is() -> None:
    assert dated(extract_text(FRONT + "The board expects the new line to pay for itself by 2029.")) == []
    assert dated(extract_text(FRONT + "Membership is expected to double by 2030.")) == []
    assert dated(extract_text(FRONT + "A decision is expected before the end of January.")) == [
        ("2025-01", "end of January")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ferry first sailed two years ago.", ("2022", "two years ago")),
        ("The shop shut 18 months ago.", ("2023-05", "18 months ago")),
        ("The pier was founded on the 3rd of March 1998.", ("1998-03-03", "3rd of March 1998")),
        ("The memo, dated 2024-10-30, was leaked.", ("2024-10-30", "2024-10-30")),
        ("The council must decide by the end of the month.", ("2024-11", "by the end of the month")),
    ],
)
def test_more_ways_of_writing_a_date(sentence: str, expected: tuple[str, str]) -> None:
    assert dated(extract_text(FRONT + sentence)) == [expected]
