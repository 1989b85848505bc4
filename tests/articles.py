"""Small hand-built articles (invented text) for tests that must not depend on the extractors."""

from __future__ import annotations

import datetime as dt

from newsroom.extract.document import Document, build_document
from newsroom.extract.marks import find_quotations
from newsroom.extract.text import split_sentences
from newsroom.model import Article, Event, Mention, Organisation, Person, Quote, Speaker, Statement
from newsroom.read import normalise, parse_seed, split_paragraphs

RIVER_TEXT = """PORTO ALEGRE, Brazil — The River Towns Water Summit opened on 14 March 2024 with a pledge from the Southern Rivers Council (SRC) to publish flood maps for every town on the delta.

“Maps are cheaper than sandbags,” said Joana Ribeiro-Câmara, the council's chief hydrologist. “Every family should know where the water goes.”

Ribeiro-Câmara said that the first maps would appear before the rainy season, and that the Delta Farmers' Cooperative had offered its boats for surveys.

The summit was organised by the SRC with support from the Lagoa Institute. A spokesperson for the cooperative called the plan “long overdue” and said surveys would start on 2 April.

The first summit took place in 2019. Organisers say a follow-up meeting is planned for September, but no date has been set.
"""

FERRY_TEXT = """The SRC will run a ferry to the summit venue, a council notice said on Monday.

“Nobody should miss the summit because of a flooded road,” the notice said.
"""


def document(text: str) -> Document:
    """Return the extraction document of `text`, as the pipeline builds it.

    The document the extractors read for a text (`text` must already be normalised).
    """
    return build_document(parse_seed(normalise(text), "article.txt", "article"))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return `(start, end)` of every sentence of every paragraph.

    Sentence offsets of every paragraph as the extractor splits them (quotations are never cut; no
    dateline cut off).
    """
    paragraphs = split_paragraphs(text)
    protected = [q.span for q in find_quotations(text, paragraphs)]
    return [(s.start, s.end) for p in paragraphs for s in split_sentences(text, p, protected)]


def locate(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """Return `(start, end)` of an occurrence of `part`; fail loudly when absent."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def mention(text: str, part: str, nth: int = 0) -> Mention:
    """Return a `Mention` of `part` in `text`.

    A mention of `part` with the paragraph the article splitter gives it.
    """
    start, end = locate(text, part, nth)
    return Mention(part, start, end, _paragraph_of(text, start))


def _paragraph_of(text: str, offset: int) -> int:
    return next(p.index for p in split_paragraphs(text) if p.start <= offset <= p.end)


def quote(text: str, part: str, speaker: Speaker | None, kind: str = "direct") -> Quote:
    """Return a `Quote` of `part` in `text`."""
    start, end = locate(text, part)
    return Quote(
        part, start, end, "partial" if kind == "partial" else "direct", _paragraph_of(text, start), speaker
    )


def statement(text: str, part: str, speaker: Speaker) -> Statement:
    """Return a `Statement` of `part` in `text`."""
    start, end = locate(text, part)
    return Statement(part, start, end, _paragraph_of(text, start), speaker)


def event(text: str, sentence: str, what: str, date: str | None, date_text: str | None) -> Event:
    """Return an `Event` for `sentence` in `text`."""
    start, end = locate(text, sentence)
    return Event(date, date_text, what, start, end, _paragraph_of(text, start))


def river_article() -> Article:
    """An invented report on a water summit with everything extracted by hand.

    The main test article: every kind of quote, mention and date form.
    """
    text = RIVER_TEXT
    joana = Speaker("Joana Ribeiro-Câmara", "person")
    spokesperson = Speaker("A spokesperson for the cooperative", "unknown")
    return Article(
        seed="seeds/river-towns.txt",
        slug="river-towns",
        title="River towns promised flood maps",
        text=text,
        body_start=0,
        paragraphs=split_paragraphs(text),
        sentences=sentence_spans(text),
        published=dt.date(2024, 3, 15),
        source="https://news.example.org/river-towns",
        place="Porto Alegre, Brazil",
        quotes=[
            quote(text, "Maps are cheaper than sandbags,", joana),
            quote(text, "Every family should know where the water goes.", joana),
            quote(text, "long overdue", spokesperson, "partial"),
        ],
        statements=[
            statement(
                text,
                "the first maps would appear before the rainy season, and that the Delta Farmers' "
                "Cooperative had offered its boats for surveys",
                joana,
            ),
            statement(text, "surveys would start on 2 April", spokesperson),
        ],
        people=[
            Person(
                "Joana Ribeiro-Câmara",
                "chief hydrologist",
                "Southern Rivers Council",
                [mention(text, "Joana Ribeiro-Câmara")],
            )
        ],
        organisations=[
            Organisation(
                "Southern Rivers Council",
                "SRC",
                ["organiser"],
                [mention(text, "Southern Rivers Council"), mention(text, "SRC", 1)],
            ),
            Organisation("Lagoa Institute", None, ["supporter"], [mention(text, "Lagoa Institute")]),
            Organisation(
                "Delta Farmers' Cooperative",
                None,
                ["mentioned"],
                [mention(text, "Delta Farmers' Cooperative")],
            ),
        ],
        events=[
            event(
                text,
                "The River Towns Water Summit opened on 14 March 2024 with a pledge from the Southern "
                "Rivers Council (SRC) to publish flood maps for every town on the delta.",
                "The River Towns Water Summit opened",
                "2024-03-14",
                "14 March 2024",
            ),
            event(
                text,
                "A spokesperson for the cooperative called the plan “long overdue” and said surveys "
                "would start on 2 April.",
                "Surveys start",
                "--04-02",
                "2 April",
            ),
            event(text, "The first summit took place in 2019.", "The first summit", "2019", "2019"),
            event(
                text,
                "Organisers say a follow-up meeting is planned for September, but no date has been set.",
                "A follow-up meeting is planned",
                "--09",
                "September",
            ),
            event(
                text,
                "Organisers say a follow-up meeting is planned for September, but no date has been set.",
                "No date has been set for the follow-up meeting",
                None,
                None,
            ),
        ],
    )


def ferry_article() -> Article:
    """An invented notice that shares the first article's slug and one organisation.

    A second article whose slug collides with the first and that mentions the same council.
    """
    text = FERRY_TEXT
    notice = Speaker("Southern Rivers Council", "organisation")
    return Article(
        seed="seeds/river_towns.md",
        slug="river-towns",
        title="A ferry to the summit",
        text=text,
        body_start=0,
        paragraphs=split_paragraphs(text),
        sentences=sentence_spans(text),
        quotes=[quote(text, "Nobody should miss the summit because of a flooded road,", notice)],
        organisations=[
            Organisation("Southern Rivers Council", "SRC", ["participant"], [mention(text, "SRC")])
        ],
        events=[
            event(
                text,
                "The SRC will run a ferry to the summit venue, a council notice said on Monday.",
                "Ferry announced",
                None,
                "on Monday",
            )
        ],
    )
