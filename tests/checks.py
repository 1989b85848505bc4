"""Assertions several test modules share."""

from __future__ import annotations

from newsroom.model import Article


# Every extracted item's offsets slice out exactly its text.
def assert_offsets_hold(article: Article) -> None:
    """Fail unless quotes, statements, mentions and events all slice out of `article.text`."""
    for quote in article.quotes:
        assert article.text[quote.start : quote.end] == quote.text
    for statement in article.statements:
        assert article.text[statement.start : statement.end] == statement.text
    for organisation in article.organisations:
        for mention in organisation.mentions:
            assert article.text[mention.start : mention.end] == mention.text
    for event in article.events:
        assert article.text[event.start : event.end] == event.sentence
        if event.date_start is not None and event.date_end is not None:
            assert article.text[event.date_start : event.date_end] == event.date_text
