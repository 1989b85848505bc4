"""Known forms found with `str.find` give exactly what the equivalent regular expression gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsroom.extract.forms import Form, find_forms

# Few letters, so that forms overlap, repeat and touch each other and the brackets.
_TEXT = st.text(alphabet="ab (-)’s_é", max_size=60)
_FORMS = st.lists(st.text(alphabet="ab -é", min_size=1, max_size=4), min_size=1, max_size=4)
_THEN = re.compile(r"['’]s\b|\s+said\b")


# What `(?<![\w…])(?:A|B)(?![\w…])` finds, the regex the finder replaces.
def _by_regex(text: str, forms: list[str], not_after: str, not_before: str) -> list[tuple[int, int]]:
    pattern = re.compile(
        rf"(?<![\w{re.escape(not_after)}])(?:{'|'.join(map(re.escape, forms))})(?![\w{re.escape(not_before)}])"
    )
    return [match.span() for match in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, forms=_FORMS, brackets=st.booleans())
def test_same_spans_as_the_regex(text: str, forms: list[str], brackets: bool) -> None:
    not_after, not_before = ("(-", ")-") if brackets else ("", "")
    found = list(find_forms(text, [Form(f) for f in forms], 0, not_after, not_before))
    assert found == _by_regex(text, forms, not_after, not_before)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Skyline said it would bid.", [(0, 7)]),
        ("Skyline's offer stands.", [(0, 7)]),
        ("Skyline Towers rose.", []),
        ("the Skyline saidx", []),
    ],
)
def test_a_form_with_a_condition_after_it(text: str, expected: list[tuple[int, int]]) -> None:
    assert list(find_forms(text, [Form("Skyline", then=_THEN)], 0)) == expected


def test_search_starts_at_the_given_offset_and_earlier_form_wins_a_tie() -> None:
    text = "Acme Ltd and Acme Ltd (AL)"
    assert list(find_forms(text, [Form("Acme"), Form("Acme Ltd")], 1)) == [(13, 17)]
    assert list(find_forms(text, [Form("Acme Ltd"), Form("Acme"), Form("AL")], 0, "(", ")")) == [(0, 8), (13, 21)]
