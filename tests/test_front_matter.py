"""Front matter keys people already use: `date`, ISO date-times, `updated`, `author`, `tags`, `image`, `summary`."""

from __future__ import annotations

import datetime as dt

import pytest

from newsroom.model import FrontMatter
from newsroom.read import Source, normalise, parse_seed

BODY = "The ferry to the island resumed on Monday after a week of storms."


def read(front: str) -> Source:
    return parse_seed(normalise(f"---\n{front}\n---\n{BODY}\n"), "seeds/ferry.txt", "ferry")


def test_date_is_published() -> None:
    source = read("date: 2024-05-06")
    assert source.published == dt.date(2024, 5, 6)
    assert source.front_matter.published_at is None
    assert source.warnings == []


@pytest.mark.parametrize(
    ("value", "moment"),
    [
        ("2024-05-06T09:30:00Z", dt.datetime(2024, 5, 6, 9, 30, tzinfo=dt.UTC)),
        ("2024-05-06 09:30", dt.datetime(2024, 5, 6, 9, 30)),
        ("'2024-05-06T23:15:00+02:00'", dt.datetime(2024, 5, 6, 23, 15, tzinfo=dt.timezone(dt.timedelta(hours=2)))),
    ],
)
def test_iso_date_time_keeps_the_date_for_display_and_the_moment_in_full(value: str, moment: dt.datetime) -> None:
    source = read(f"published: {value}")
    assert source.published == dt.date(2024, 5, 6)
    assert source.front_matter.published_at == moment
    assert source.warnings == []


def test_published_wins_over_date_with_a_warning() -> None:
    source = read("published: 2024-05-06\ndate: 2023-01-01")
    assert source.published == dt.date(2024, 5, 6)
    assert source.warnings == ["`date` ignored: `published` is given"]


def test_every_known_key_is_read_without_a_warning() -> None:
    source = read(
        "date: 2024-05-06T08:00:00Z\nupdated: 2024-05-07\nauthor: [Mira Okafor, Tom Vance]\n"
        "tags: [ferries, weather, ferries]\nimage: /images/ferry.jpg\nsummary: The island's ferry\n  runs again."
    )
    assert source.warnings == []
    assert source.front_matter == FrontMatter(
        published_at=dt.datetime(2024, 5, 6, 8, tzinfo=dt.UTC),
        updated=dt.date(2024, 5, 7),
        authors=("Mira Okafor", "Tom Vance"),
        tags=("ferries", "weather"),
        image="images/ferry.jpg",
        summary="The island's ferry runs again.",
    )


def test_one_author_and_one_tag_may_be_given_as_text() -> None:
    front = read("author: Mira Okafor\ntags: ferries").front_matter
    assert (front.authors, front.tags) == (("Mira Okafor",), ("ferries",))


@pytest.mark.parametrize("image", ["https://example.org/ferry.jpg", "http://example.org/a/b.png", "images/ferry.webp"])
def test_image_is_an_http_url_or_a_path_under_docs(image: str) -> None:
    source = read(f"image: {image}")
    assert source.front_matter.image == image
    assert source.warnings == []


@pytest.mark.parametrize(
    "image",
    ["javascript:alert(1)", "../secret.png", "images/../../x.jpg", "file:///etc/passwd", "images/notes.txt",
     "'images/my ferry.jpg'", "//evil.example/x.png", "data:image/png;base64,AAAA"],
)
def test_any_other_image_is_a_warning_and_ignored(image: str) -> None:
    source = read(f"image: {image}")
    assert source.front_matter.image is None
    assert source.warnings == [
        "`image` is neither an http(s) URL nor an image path under `docs/` (`images/photo.jpg`); ignored"
    ]


def test_bad_values_warn_naming_their_key() -> None:
    source = read("updated: tomorrow\nauthor: {name: Mira}\ntags: [ferries, [nested]]\nlayout: wide")
    assert source.front_matter == FrontMatter(tags=("ferries",))
    assert source.warnings == [
        "unknown front matter key 'layout' ignored",
        "`author` is not a single line of text; ignored (a mapping)",
        "`tags` is not a single line of text; ignored (a list)",
        "`updated: tomorrow` is not a YYYY-MM-DD date or an ISO date-time; ignored",
    ]


def test_a_future_date_stays_a_warning() -> None:
    source = read("date: 2999-01-01T10:00:00Z")
    assert source.published == dt.date(2999, 1, 1)
    assert source.warnings == ["`date: 2999-01-01T10:00:00Z` is in the future"]


def test_impossible_date_times_are_warnings() -> None:
    source = read("published: 2024-02-30T10:00:00Z")
    assert source.published is None
    assert source.warnings == ["`published: 2024-02-30T10:00:00Z` is not a YYYY-MM-DD date or an ISO date-time; ignored"]
