"""Assertions several test modules share."""

from __future__ import annotations

from newsroom.model import Article

_MARKS = "“”\"«»‘’'„"


def assert_offsets_hold(article: Article) -> None:
    """Fail unless every item's offsets slice out its text at word edges inside its own paragraph.

    Every extracted item sits where it says: its text, its paragraph, whole words, quotes between marks.
    """
    text = article.text

    def in_paragraph(start: int, end: int, paragraph: int) -> None:
        holder = article.paragraphs[paragraph]
        assert holder.start <= start <= end <= holder.end, (start, end, paragraph)

    def whole_words(start: int, end: int) -> None:
        assert start == 0 or not (text[start - 1].isalnum() and text[start].isalnum()), text[start - 5 : end]
        assert end == len(text) or not (text[end - 1].isalnum() and text[end].isalnum()), text[start : end + 5]

    for quote in article.quotes:
        assert text[quote.start : quote.end] == quote.text and quote.text.strip()
        in_paragraph(quote.start, quote.end, quote.paragraph)
        before = text[article.paragraphs[quote.paragraph].start : quote.start].rstrip()
        assert before == "" or before[-1] in _MARKS, text[quote.start - 10 : quote.end]
    for statement in article.statements:
        assert text[statement.start : statement.end] == statement.text
        in_paragraph(statement.start, statement.end, statement.paragraph)
    mentions = [m for o in article.organisations for m in o.mentions] + [m for p in article.people for m in p.mentions]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        in_paragraph(mention.start, mention.end, mention.paragraph)
        whole_words(mention.start, mention.end)
    for event in article.events:
        assert any(event.start == start and event.end == end for start, end in article.sentences)
        in_paragraph(event.start, event.end, event.paragraph)
        if event.date_start is not None and event.date_end is not None:
            assert text[event.date_start : event.date_end] == event.date_text
            whole_words(event.date_start, event.date_end)
