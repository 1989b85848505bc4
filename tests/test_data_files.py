"""Data files from hostile seed text: CSV cells never become formulas, TimelineJS text never markup."""

from __future__ import annotations

import csv
import io
import json

import pytest

from newsroom import extract_text
from newsroom.data.spreadsheets import safe_cell
from newsroom.site import site_files

HOSTILE = """---
title: "=HYPERLINK(\\"http://bad.example\\") <script>x()</script>"
published: 2024-06-03
---
The Harbour Board (HB) said on 4 June 2024 that the <b>pier</b> would reopen.

“=SUM(A1:A9) is not a sum,” said Ana Pires, the board's chair.

“+1 for the pier, @everyone,” Pires said.
"""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("plain", "plain"),
        (3, 3),
        (None, ""),
        (False, False),
    ],
)
def test_formula_starts_get_an_apostrophe(value: object, expected: object) -> None:
    assert safe_cell(value) == expected


def test_csv_cells_from_seeds_never_start_a_formula() -> None:
    files = site_files([extract_text(HOSTILE, "seeds/harbour.txt")])
    for name in ("data/quotes.csv", "data/organisations.csv", "data/events.csv"):
        rows = list(csv.reader(io.StringIO(files[name], newline="")))
        assert len(rows) > 1, name
        for row in rows:
            assert all(not cell.startswith(("=", "+", "-", "@")) for cell in row), (name, row)
    quotes = list(csv.DictReader(io.StringIO(files["data/quotes.csv"], newline="")))
    assert "'=SUM(A1:A9) is not a sum," in [q["text"] for q in quotes]
    assert quotes[0]["article"].startswith("'=HYPERLINK")


def test_timeline_json_escapes_seed_text() -> None:
    files = site_files([extract_text(HOSTILE, "seeds/harbour.txt")], site_name="<i>Desk</i>")
    data = json.loads(files["data/timeline.json"])
    assert data["title"]["text"]["headline"] == "&lt;i&gt;Desk&lt;/i&gt;"
    (event,) = data["events"]
    assert event["start_date"] == {"year": "2024", "month": "6", "day": "4", "display_date": "4 June 2024"}
    text = json.dumps(event)
    assert "<b>" not in text and "<script>" not in text
    assert "&lt;b&gt;pier&lt;/b&gt;" in event["text"]["text"]
    assert event["group"].startswith("=HYPERLINK") and "&lt;script&gt;" in event["group"]
    assert 'href="articles/harbour/#p' in event["text"]["text"]
