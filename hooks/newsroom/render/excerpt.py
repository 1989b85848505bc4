"""Short stretches of article text around a mention, for listing pages."""

from __future__ import annotations

from ..model import Article


def sentence_around(article: Article, start: int, end: int) -> tuple[int, int]:
    """Return the offsets of the sentence (or sentences) the extractor found around `[start, end)`,
    or of the paragraph when it found none."""
    holding = [(a, b) for a, b in article.sentences if a < end and start < b]
    if holding:
        return holding[0][0], max(holding[-1][1], end)
    paragraph = article.paragraph_at(start)
    return paragraph.start, max(paragraph.end, end)
