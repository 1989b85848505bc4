"""Short stretches of article text around a mention, for listing pages."""

from __future__ import annotations

import re

from ..model import Article

# A sentence ends at . ! ? (and any closing quote or bracket) followed by white space.
_SENTENCE_END = re.compile(r"[.!?…][”’\"')\]]*\s+")


# The sentence around `[start, end)`, kept inside its paragraph.
def sentence_around(article: Article, start: int, end: int) -> tuple[int, int]:
    """Return the offsets of the sentence (or sentences) that hold `[start, end)`."""
    paragraph = article.paragraph_at(start)
    text = article.text
    begin = paragraph.start
    for match in _SENTENCE_END.finditer(text, paragraph.start, start):
        begin = match.end()
    finish = paragraph.end
    following = _SENTENCE_END.search(text, max(end, begin), paragraph.end)
    if following:
        finish = following.start() + len(following.group().rstrip())
    return begin, max(finish, end)
