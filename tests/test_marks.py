"""Quotation marks on real copy: mixed straight and curly marks, lost closing marks, British single marks."""

from __future__ import annotations

import pytest

from newsroom import extract_text


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in extract_text(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Nadia Osei, the auditor general, pointed out that "ferry fares rose twice as fast as wages.”',
            [("ferry fares rose twice as fast as wages.", "Nadia Osei")],
            id="straight-opening-curly-closing",
        ),
        pytest.param(
            'Coach Tomas Brenner said: "We lost the ball too often. "We will train on it all week. '
            '"Saturday is another game."',
            [
                ("We lost the ball too often.", "Tomas Brenner"),
                ("We will train on it all week.", "Tomas Brenner"),
                ("Saturday is another game.", "Tomas Brenner"),
            ],
            id="joined-paragraphs-lost-their-closing-marks",
        ),
        pytest.param(
            "Mayor Ilse Varga opened the ‘Green Quays’ scheme on Monday. “Every quay gets trees,” said Varga.",
            [("Every quay gets trees,", "Ilse Varga")],
            id="single-marked-name-before-double-quotes",
        ),
        pytest.param(
            "‘We are ready,’ said Owen Pryce. ‘The council’s view is that “soon” means May.’",
            [("We are ready,", "Owen Pryce"), ("The council’s view is that “soon” means May.", "Owen Pryce")],
            id="british-marks-apostrophe-and-nested-double",
        ),
        pytest.param(
            "'It's done,' said Owen Pryce, the harbour master.",
            [("It's done,", "Owen Pryce")],
            id="british-straight-marks-with-apostrophe",
        ),
    ],
)
def test_marks_pair_into_quotes(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(text) == expected
