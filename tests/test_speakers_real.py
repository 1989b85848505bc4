"""Speakers as real reporting writes them: the person behind a title, an organisation or a broadcaster."""

from __future__ import annotations

import pytest

from newsroom import extract_text


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in extract_text(text).quotes]


def people(text: str) -> list[str]:
    return [p.name for p in extract_text(text).people]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“The wells are full again,” said Prof. Ana Ruiz, Minister of Water in the Government of Lorania.",
            [("The wells are full again,", "Ana Ruiz")],
            id="said-honorific-name-then-title-of-government",
        ),
        pytest.param(
            "Lorania's water minister, Ana Ruiz, said: “The wells are full again.”",
            [("The wells are full again.", "Ana Ruiz")],
            id="possessive-title-then-name",
        ),
        pytest.param(
            "“Dams come next,” said Deputy Secretary of State for Rivers and Canals Mara Quill.",
            [("Dams come next,", "Mara Quill")],
            id="long-title-with-portfolio-before-name",
        ),
        pytest.param(
            "“Dams come next,” said Lorania Governor Mara Quill.",
            [("Dams come next,", "Mara Quill")],
            id="place-and-title-before-name",
        ),
        pytest.param(
            "“Dams come next,” said J. Peter Olander.",
            [("Dams come next,", "J. Peter Olander")],
            id="name-opening-with-an-initial",
        ),
        pytest.param(
            "“Dams come next,” said Colm Harte III on Monday.",
            [("Dams come next,", "Colm Harte III")],
            id="generational-suffix-stays-in-the-name",
        ),
        pytest.param(
            "Deputy Secretary Mara Quill toured the dam on Monday.\n\n“It will hold,” the Deputy Secretary said.",
            [("It will hold,", "Mara Quill")],
            id="title-after-the-name-was-given",
        ),
        pytest.param(
            "Interior Minister Tomas Berg visited the port.\n\n“We will not close it,” said the Interior Minister.",
            [("We will not close it,", "Tomas Berg")],
            id="said-the-title",
        ),
        pytest.param(
            "“The harbour stays open,” Tomas Berg told Radio Lorania on Friday.",
            [("The harbour stays open,", "Tomas Berg")],
            id="told-a-broadcaster",
        ),
        pytest.param(
            "The Ministry of Ports met on Friday.\n\n“The harbour stays open,” a spokeswoman for the ministry said.",
            [("The harbour stays open,", "Ministry of Ports")],
            id="a-spokeswoman-speaks-for-her-body",
        ),
        pytest.param(
            "The Harbour Party (HP) met on Friday. “We stay,” an HP spokesman said.",
            [("We stay,", "Harbour Party")],
            id="a-spokesman-of-an-acronym",
        ),
        pytest.param(
            "The Audit Office said uptake of the grants was “stalling” in the north.",
            [("stalling", "Audit Office")],
            id="partial-quote-of-an-organisation-in-reported-speech",
        ),
        pytest.param(
            "Senator Lina Park called the rules a “recipe for delay” on Tuesday.",
            [("recipe for delay", "Lina Park")],
            id="called-a-partial-quote",
        ),
        pytest.param(
            "The trawler “Northern Star” sank off the cape during “Operation Tidewater” last year.",
            [],
            id="quoted-names-of-boats-and-operations",
        ),
    ],
)
def test_the_speaker_is_the_person(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(text) == expected


def test_a_paragraph_opening_quote_keeps_the_thread_speaker() -> None:
    text = (
        "“I signed the band after one gig,” said Nils Arvid, who runs the label.\n\n"
        "“Then Copper Moth came along. They were louder than anything,” he said.\n\n"
        "“Nobody sells records now, but we press them anyway.”"
    )
    assert [speaker for _, speaker in quotes(text)] == ["Nils Arvid"] * 3


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param("The ferry left Port Ellis Harbour at noon and reached Tarn Island by dusk.", "Tarn Island",
                     id="island"),
        pytest.param("Families in the Lower Marsh District were moved on Sunday.", "Lower Marsh",
                     id="district"),
    ],
)
def test_places_are_not_people(text: str, absent: str) -> None:
    assert not [name for name in people(text) if absent in name]


def test_one_person_by_full_name_surname_and_first_name() -> None:
    text = (
        "Nils Arvid founded the label in 1990. Arvid still signs every band.\n\n"
        "“I love it,” said Nils. “It keeps me young,” Arvid added."
    )
    assert people(text) == ["Nils Arvid"]
    assert {speaker for _, speaker in quotes(text)} == {"Nils Arvid"}
