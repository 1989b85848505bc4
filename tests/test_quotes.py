"""Quote pairing, kinds and attribution, one rule per case, on short articles written for these tests."""

from __future__ import annotations

import pytest

from newsroom import extract_text


def quotes(text: str) -> list[tuple[str, str | None, str]]:
    article = extract_text(text)
    return [(q.text, q.speaker.name if q.speaker else None, q.kind) for q in article.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Maria Lindqvist chairs the board.\n\n“We will reopen the plant in spring,” said Lindqvist.",
            [("We will reopen the plant in spring,", "Maria Lindqvist", "direct")],
            id="said-after-surname",
        ),
        pytest.param(
            '"Prices have stopped rising," Tomas Okafor said on Monday.',
            [("Prices have stopped rising,", "Tomas Okafor", "direct")],
            id="straight-marks-name-then-verb",
        ),
        pytest.param(
            "Health Minister Ana Ruiz said: “Every clinic will have a nurse by December.”",
            [("Every clinic will have a nurse by December.", "Ana Ruiz", "direct")],
            id="colon-before-quote",
        ),
        pytest.param(
            "Dr. Leila Haddad opened the session.\n\n“The data are clear,” she said.",
            [("The data are clear,", "Leila Haddad", "direct")],
            id="pronoun-to-last-person",
        ),
        pytest.param(
            "Judge Paulo Mendes ruled on the case. Mendes said the fees were “plainly excessive” and void.",
            [("plainly excessive", "Paulo Mendes", "partial")],
            id="partial-inside-reported-sentence",
        ),
        pytest.param(
            "Omar Said, the minister of trade, told reporters that “the port will stay open”.",
            [("the port will stay open", "Omar Said", "partial")],
            id="told-reporters-that",
        ),
        pytest.param(
            "Ines Varga spoke first.\n\n“Funding must follow the patients.”",
            [],
            id="lone-quote-without-attribution-nearby-is-kept-only-with-a-speaker",
        ),
        pytest.param(
            "Ines Varga said the budget was late.\n\n“Funding must follow the patients.”",
            [("Funding must follow the patients.", "Ines Varga", "direct")],
            id="quote-paragraph-takes-previous-speaker",
        ),
        pytest.param(
            "The new bridge has been called a “white elephant” by critics online.",
            [],
            id="scare-quote-is-not-a-quote",
        ),
        pytest.param(
            "“We read the 'Blue Water Charter' twice,” said Kofi Mensah, who leads the People's Assembly.",
            [("We read the 'Blue Water Charter' twice,", "Kofi Mensah", "direct")],
            id="single-quotes-and-apostrophes-stay-inside",
        ),
        pytest.param(
            "'We will not back down,' said Priya Nair. Mr O'Brien's reply was 'late'.",
            [("We will not back down,", "Priya Nair", "direct")],
            id="british-single-marks-and-apostrophes",
        ),
        pytest.param(
            "« Nous restons prudents », said Claire Dubois.",
            [("Nous restons prudents", "Claire Dubois", "direct")],
            id="guillemets",
        ),
        pytest.param(
            "“The first phase is done,” said Rosa Alvarez. “The second starts in May.”",
            [("The first phase is done,", "Rosa Alvarez", "direct"), ("The second starts in May.", "Rosa Alvarez", "direct")],
            id="split-around-attribution",
        ),
        pytest.param(
            "Sven Holm spoke at length.\n\n“The harbour was ours for a century.\n\n“It will be ours again,” he said.",
            [("The harbour was ours for a century.", "Sven Holm", "direct"), ("It will be ours again,", "Sven Holm", "direct")],
            id="quote-over-two-paragraphs",
        ),
        pytest.param(
            "The regional health director, Nadia Farouk, warned of shortages. "
            "The director said clinics “cannot wait another winter”.",
            [("cannot wait another winter", "Nadia Farouk", "partial")],
            id="description-to-titled-person",
        ),
        pytest.param(
            "The talks were observed by the Tidewater Labour Council (TLC), which said in a statement that "
            "the deal “sets a standard”.",
            [("sets a standard", "Tidewater Labour Council", "partial")],
            id="which-said-after-an-organisation",
        ),
        pytest.param(
            "Ama Owusu, who said the rules were “overdue”, chairs the panel.",
            [("overdue", "Ama Owusu", "partial")],
            id="who-said-after-a-name",
        ),
        pytest.param(
            "Kelp Securities said sales were “better than hoped”, while Pine Bank kept its “buy” rating.",
            [("better than hoped", "Kelp Securities", "partial")],
            id="quoted-label-is-nobodys-words",
        ),
        pytest.param(
            "“Soil comes first,” Regional Commissioner for Agriculture Ines Vaal told the meeting.",
            [("Soil comes first,", "Ines Vaal", "direct")],
            id="title-with-for-between-quote-and-name",
        ),
        pytest.param(
            "Trade body FoilNet said it backed the plan. “Caps would move jobs abroad,” its director-general, "
            "Mira Kovac, said.",
            [("Caps would move jobs abroad,", "Mira Kovac", "direct")],
            id="possessive-title-and-name-after-the-quote",
        ),
        pytest.param(
            "Mayor Lena Holt and union chief Omar Diaz met on Monday. Holt said the offer was fair. "
            "She accused the union of “playing games”. “We are not,” he said. "
            "Asked again, she said: “Then sign it.”",
            [("playing games", "Lena Holt", "partial"), ("We are not,", "Omar Diaz", "direct"),
             ("Then sign it.", "Lena Holt", "direct")],
            id="pronoun-gender-learned-from-a-one-person-sentence",
        ),
        pytest.param(
            "Judges praised the group's “quiet persistence”.",
            [],
            id="the-object-of-praised-is-no-speaker",
        ),
        pytest.param(
            "Officials at the Lakeside Water Board said the pipes were “beyond repair”.",
            [],
            id="unnamed-officials-at-an-organisation",
        ),
        pytest.param(
            "Lawyers for the owners - Ada Voss, Piet Kral and Lena Moor - said the ruling was “unjust”.",
            [],
            id="several-named-people-are-no-one-speaker",
        ),
    ],
)
def test_quote_rules(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert quotes(text) == expected


def test_according_to_with_quote() -> None:
    text = "Exports will slow, according to Hana Sato, who called the outlook “fragile at best”."
    assert quotes(text) == [("fragile at best", "Hana Sato", "partial")]


def test_organisation_as_speaker() -> None:
    text = (
        "The World Grain Council (WGC) met in Rome.\n\n"
        "“Stocks are adequate for now,” the council said in a statement."
    )
    assert quotes(text) == [("Stocks are adequate for now,", "World Grain Council", "direct")]


@pytest.mark.parametrize(
    ("text", "speaker", "clause"),
    [
        ("Lena Fischer said that the vote would be held again.", "Lena Fischer", "the vote would be held again"),
        ("Lena Fischer spoke.\n\nShe said there is no money left for roads.", "Lena Fischer",
         "there is no money left for roads"),
        ("According to Rui Costa, the dam is safe and the village can stay.", "Rui Costa",
         "the dam is safe and the village can stay"),
        ("Fish stocks have fallen by half, the Baltic Fisheries Council (BFC) said on Monday.",
         "Baltic Fisheries Council", "Fish stocks have fallen by half"),
        ("The port will reopen in a week, BFC Director Ana Kask said.", "Ana Kask", "The port will reopen in a week"),
        ("The Coastal Rangers Alliance welcomed the plan but said the budget was too small.",
         "Coastal Rangers Alliance", "the budget was too small"),
        ("Ines Varga said the count was late, a claim the ministry denied.", "Ines Varga", "the count was late"),
        ("Ines Varga said the count was late but that the money had come.", "Ines Varga",
         "the count was late but that the money had come"),
    ],
)
def test_reported_statements(text: str, speaker: str, clause: str) -> None:
    article = extract_text(text)
    assert [(s.speaker.name, s.text) for s in article.statements] == [(speaker, clause)]


def test_offsets_slice_out_every_quote() -> None:
    text = "Ama Boateng said: “One.” Then “two, three,” she added.\n\n“Four,” said Boateng."
    article = extract_text(text)
    assert article.quotes
    for quote in article.quotes:
        assert article.text[quote.start : quote.end] == quote.text


def test_lead_title_starts_at_a_titled_speaker_even_after_a_comma() -> None:
    article = extract_text(
        "The chair of the Lake Board (LB), Dr. Ines Moyo, says the dam will open in May.\n\nIt will."
    )
    assert article.title == "Ines Moyo says the dam will open in May"
