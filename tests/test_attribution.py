"""Who said it, and how we know: speakers, quote threads, partial and scare quotes, single
marks, people, and the basis of every attribution. Short articles written for these tests."""

from __future__ import annotations

import pytest

from newsroom import extract_text
from newsroom.catalogue import build_catalogue
from newsroom.data.extraction import article_json
from newsroom.model import Article, Quote
from newsroom.render.article_text import article_paragraphs


def _said(article: Article) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def _speakers(text: str) -> list[str | None]:
    return [speaker for _, speaker in _said(extract_text(text))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("“The dams are full,” said Prof. Tomas Varga, Minister of Water in the Government of Estrela.",
                     "Tomas Varga", id="said-name-then-title-and-government"),
        pytest.param("Estrela's water minister, Tomas Varga, said: “The dams are full.”", "Tomas Varga",
                     id="possessive-title-then-name"),
        pytest.param("“The dams are full,” Tomas Varga told Radio Estrela on Sunday.", "Tomas Varga",
                     id="the-broadcaster-is-where-it-was-said"),
        pytest.param("“We will appeal,” said Coalition spokesperson Ines Moreau.", "Ines Moreau",
                     id="organisation-and-lower-case-title-before-the-name"),
        pytest.param("Rivers Trust senior policy adviser Ola Berg welcomed the plan and said it had “cleared the "
                     "first hurdle”.", "Ola Berg", id="second-verb-shares-a-titled-subject"),
        pytest.param("“The past decade changed everything,” said C. Dean Ferrante.", "C. Dean Ferrante",
                     id="an-initial-and-a-title-word-in-a-name"),
    ],
)
def test_the_speaker_is_the_person(text: str, speaker: str) -> None:
    assert _speakers(text)[0] == speaker


def test_a_title_after_the_name_gives_the_person_not_the_title() -> None:
    article = extract_text(
        "Deputy Secretary Ruth Onami opened the session on Monday.\n\n"
        "The Deputy Secretary said: “Nobody will be left behind.”"
    )
    assert _said(article) == [("Nobody will be left behind.", "Ruth Onami")]


def test_a_spokesperson_for_someone_is_not_that_someone() -> None:
    article = extract_text("A spokeswoman for Transport Secretary Lena Vos said: “The line will reopen.”")
    assert article.quotes[0].speaker is not None
    assert article.quotes[0].speaker.name != "Lena Vos"


def test_a_document_seen_by_a_broadcaster_is_not_the_broadcaster_speaking() -> None:
    article = extract_text("A memo seen by Harbour FM says “staff will be moved to the new site”.")
    assert [q.speaker.name for q in article.quotes if q.speaker] != ["Harbour FM"]


def test_a_paragraph_opening_quote_follows_the_thread() -> None:
    article = extract_text(
        "Mayor Ilse Brandt said the bridge would reopen in May. “The repairs are on time,” she said.\n\n"
        "“We owe the crews our thanks. They worked through the winter.”"
    )
    assert _said(article) == [
        ("The repairs are on time,", "Ilse Brandt"),
        ("We owe the crews our thanks. They worked through the winter.", "Ilse Brandt"),
    ]
    assert [q.basis for q in article.quotes] == ["cue", "carried"]


def test_he_added_means_the_latest_speaker_not_the_latest_name() -> None:
    article = extract_text(
        "Coach Marek Duda said his side had been “robbed”. He pointed out that Lisbet Aro and Tove Lind "
        "had both been booked. “We will appeal,” he added."
    )
    assert _said(article)[-1] == ("We will appeal,", "Marek Duda")


def test_an_according_to_source_does_not_take_over_the_thread() -> None:
    article = extract_text(
        "“It was the best day of my life,” Jonas Vik said, according to the Coast Gazette.\n\n"
        "“I would do it all again.”"
    )
    assert _speakers(article.text) == ["Jonas Vik", "Jonas Vik"]


def test_a_participle_reports_the_quotation_in_its_clause() -> None:
    article = extract_text(
        "Coach Marek Duda refused to comment, saying only: “We move on.” Later Duda was heard saying he "
        "was tired of “defending these referees week after week”."
    )
    assert _said(article) == [
        ("We move on.", "Marek Duda"),
        ("defending these referees week after week", "Marek Duda"),
    ]


def test_a_partial_quote_before_by_belongs_to_the_organisation_after_it() -> None:
    article = extract_text(
        "Coach Marek Duda accused the referee of “bias” and was “severely reprimanded” by the Harbour "
        "Football Association on Monday."
    )
    assert _said(article)[-1] == ("severely reprimanded", "Harbour Football Association")


def test_a_quote_signed_after_a_dash() -> None:
    article = extract_text("Hana Ortiz runs the shelter.\n\n\"Every bed is taken tonight.\" - Hana Ortiz")
    assert _said(article) == [("Every bed is taken tonight.", "Hana Ortiz")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('The audit office said uptake was "stalling".', [("stalling", "audit office")],
                     id="partial-quote-of-the-sentence-speaker"),
        pytest.param('Senator Ada Quist called the rules a "recipe for delay".', [("recipe for delay", "Ada Quist")],
                     id="called-a-partial-quote"),
        pytest.param('Critics of the scheme see it as a "fix" for the budget.', [], id="scare-quote-with-no-speaker"),
        pytest.param('Rescuers reached the trawler "Northern Star" at dawn.', [], id="a-boat's-name"),
        pytest.param('Volunteer Ada Quist said the "clean rivers" campaign had grown.', [],
                     id="a-campaign's-name"),
        pytest.param('Mayor Ilse Brandt said the team, named "Bright Sparks of Lorn," had won.', [],
                     id="a-team's-name"),
    ],
)
def test_partial_quotes_and_quoted_names(text: str, expected: list[tuple[str, str]]) -> None:
    said = _said(extract_text(text))
    assert [(quote, (speaker or "").lower().removeprefix("the ")) for quote, speaker in said] == [
        (quote, speaker.lower()) for quote, speaker in expected
    ]


def test_british_single_marks_keep_apostrophes_and_nested_marks() -> None:
    article = extract_text(
        "Councillor Ben Hale spoke on Friday. 'It's done, and the council's view is clear,' he said.\n\n"
        "A council spokesperson said: 'This is not a 'quick fix' but a plan.'"
    )
    assert [q.text for q in article.quotes] == [
        "It's done, and the council's view is clear,",
        "This is not a 'quick fix' but a plan.",
    ]
    assert article.quotes[0].speaker is not None and article.quotes[0].speaker.name == "Ben Hale"


def test_a_quotation_left_open_runs_to_its_paragraph_end_and_continues_past_a_caption() -> None:
    article = extract_text(
        'Governor Rosa Lind said: "The museum worked hard for this. We are disappointed.\n\n'
        "The harbour at dusk. Image: Port Authority.\n\n"
        '"But the trainer will come here, and that is a win."'
    )
    assert _said(article) == [
        ("The museum worked hard for this. We are disappointed.", "Rosa Lind"),
        ("But the trainer will come here, and that is a win.", "Rosa Lind"),
    ]


def test_people_are_people() -> None:
    article = extract_text(
        "Ferry boss Colm Reddy said Tarn Island and Kells Harbour would keep their crossings, while "
        "Operation Seawall ended at Brae Airport.\n\n"
        "But Reddy added that Colm had never promised more. Reddy's deputy, Ana Souza, agreed."
    )
    assert [p.name for p in article.people] == ["Colm Reddy", "Ana Souza"]
    assert [m.text for m in article.people[0].mentions] == ["Colm Reddy", "Reddy", "Colm", "Reddy"]


def test_a_place_in_a_title_is_not_part_of_the_name() -> None:
    article = extract_text("In a statement, Governor of Westland Rosa Lind said, “We lost the bid.”")
    assert [p.name for p in article.people] == ["Rosa Lind"]
    assert _said(article) == [("We lost the bid.", "Rosa Lind")]


def test_a_headline_names_nobody_new() -> None:
    article = extract_text("Mogul Haldane backs rap act\n\nMusic mogul Ivor Haldane is to launch a new label.")
    assert [p.name for p in article.people] == ["Ivor Haldane"]


def test_a_misspelt_surname_is_the_person_it_is_close_to() -> None:
    article = extract_text(
        "Lydia Marchetti of the food agency said a review was due. “We will report in June,” Ms Marcheti said."
    )
    assert _said(article) == [("We will report in June,", "Lydia Marchetti")]


def test_a_quotation_after_a_colon_with_no_verb_is_a_guess_for_the_sentence_subject() -> None:
    article = extract_text(
        "At the hearing on Tuesday, Premier Aldo Rinn defended the budget: “We have cut waste in every "
        "department and we will keep doing so.” The theme was set: “Blue Skies Ahead.”"
    )
    assert [(q.text[:12], q.speaker.name if q.speaker else None, q.basis) for q in article.quotes] == [
        ("We have cut ", "Aldo Rinn", "guess")
    ]
    assert article_json(article)["quotes"][0]["basis"] == "guess"


def _guessed(article: Article) -> Article:
    article.quotes = [
        Quote(q.text, q.start, q.end, q.kind, q.paragraph, q.speaker, "guess") for q in article.quotes
    ]
    return article


def test_every_quote_and_statement_says_how_its_speaker_was_found() -> None:
    article = extract_text("Ilse Brandt said the bridge was safe. “It will reopen,” she said.")
    data = article_json(article)
    assert [q["basis"] for q in data["quotes"]] == ["cue"]
    assert [s["basis"] for s in data["statements"]] == ["cue"]


def test_pages_never_show_a_guessed_speaker() -> None:
    article = _guessed(extract_text("“It will reopen,” said Ilse Brandt."))
    catalogue = build_catalogue([article])
    assert [page.name for page in catalogue.speakers.values() if page.quotes] == []
    assert [quote.text for _, quote in catalogue.unattributed] == ["It will reopen,"]
    assert article.quotes[0].named_speaker is None
    html = "".join(part for _, part in article_paragraphs(catalogue.articles[0], catalogue))
    assert "nr-who" not in html and "Ilse Brandt</a>" not in html
    assert article_json(article)["quotes"][0]["speaker"] == "Ilse Brandt"
