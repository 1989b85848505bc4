"""Inputs that once crashed or misled the reader and extractors, each pinned by a case of its own."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsroom import extract_text
from newsroom.extract.dates import find_dates
from projects import run_cli


def values(text: str, published: dt.date | None) -> list[str | None]:
    return [d.value for d in find_dates(text, 0, len(text), published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Growth resumes early next year.", dt.date(2024, 3, 1), ["2025"]),
        ("Prices fell late last year.", dt.date(2024, 3, 1), ["2023"]),
        ("Yesterday, the board met.", dt.date(2024, 3, 5), ["2024-03-04"]),
        ("Last week the port shut.", dt.date(2024, 3, 5), ["2024-02-27"]),
        ("It was signed on the 30th.", dt.date(2023, 3, 5), ["2023-01-30"]),
        ("It opens on 31 February 2024.", None, []),
        ("It opens on 29 February.", None, ["--02-29"]),
        ("It happened last week.", dt.date(1, 1, 3), []),
    ],
    ids=["early-next", "late-last", "sentence-initial", "capital-last", "no-30th-in-february",
         "impossible-day", "leap-day-without-year", "before-the-calendar"],
)
def test_dates_at_the_edges(text: str, published: dt.date | None, expected: list[str | None]) -> None:
    assert values(text, published) == expected


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        ("---\npublished: 2024-02-30\n---\nThe port reopened.", "`published: 2024-02-30` is not a YYYY-MM-DD date"),
        ("---\npublished: 20240101\n---\nThe port reopened.", "`published: 20240101` is not a YYYY-MM-DD date"),
        ("---\ntitle: [a, b]\n---\nThe port reopened.", "`title` is not a single line of text"),
        ("Brussels, 31 February 2024 – The agency met.", "is not a calendar date"),
    ],
)
def test_bad_metadata_warns_instead_of_crashing(text: str, warning: str) -> None:
    article = extract_text(text)
    assert any(warning in message for message in article.warnings), article.warnings
    assert article.published is None


@pytest.mark.parametrize(
    ("text", "place"),
    [("SÃO PAULO, Brazil — Rain fell.", "São Paulo, Brazil"), ("UPDATE: The court ruled.", None)],
    ids=["accented-dateline", "kicker-is-no-place"],
)
def test_dateline_places(text: str, place: str | None) -> None:
    assert extract_text(text).place == place


def test_a_lone_quote_mark_is_neither_title_nor_quote() -> None:
    article = extract_text("“\n\n“ ”, said Ann Lee. The port reopened.", "lonely.txt")
    assert article.title == "lonely"
    assert article.quotes == []


def test_short_form_with_two_spaces_keeps_its_offsets() -> None:
    article = extract_text("The Northern Ports Authority met. The  authority agreed.")
    [authority] = article.organisations
    assert [m.text for m in authority.mentions] == ["Northern Ports Authority", "The  authority"]


def test_company_first_word_is_a_mention_only_as_a_subject() -> None:
    article = extract_text(
        "General Motors Ltd reported a loss. The UN Secretary-General spoke. General Motors said it would cut jobs."
    )
    [company] = article.organisations
    assert [m.text for m in company.mentions] == ["General Motors Ltd", "General Motors"]


def test_statement_skips_a_date_and_never_starts_with_a_colon() -> None:
    article = extract_text("Jane Doe said on 18 September 2021: “We won.” Jane Doe said on Monday the vote was fair.")
    assert [s.text for s in article.statements] == ["the vote was fair"]


def test_cli_names_the_seed_and_prints_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00 not text")
    result = run_cli(str(bad))
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: {tmp_path.name}/bad.txt: contains a NUL byte")  # folder/name, as the hook
    assert "Traceback" not in result.stderr


def test_cli_reads_latin_1_with_a_warning(tmp_path: Path) -> None:
    seed = tmp_path / "cafe.txt"
    seed.write_bytes("The café in São Paulo reopened.".encode("latin-1"))
    result = run_cli(str(seed))
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith(f"warning: {tmp_path.name}/cafe.txt: is not UTF-8 (byte 7 is 0xE9)")
    [article] = json.loads(result.stdout)["articles"]
    assert article["title"] == "The café in São Paulo reopened"


def test_cli_prints_the_export_shape(tmp_path: Path) -> None:
    seed = tmp_path / "port.txt"
    seed.write_text('"We are back at work," said Ana Lima, the union\'s president.', encoding="utf-8")
    result = run_cli(str(seed))
    assert result.returncode == 0, result.stderr
    [article] = json.loads(result.stdout)["articles"]
    assert [(q["speaker"], q["kind"]) for q in article["quotes"]] == [("Ana Lima", "direct")]
