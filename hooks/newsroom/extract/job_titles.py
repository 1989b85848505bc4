"""Job titles: `the minister of finance`, `the bank's chief economist`, `Deputy Minister`."""

from __future__ import annotations

import re

from .cues import TITLE_MODIFIERS, TITLE_NOUNS
from .text import Word


def title_of(phrase: str) -> tuple[str | None, str | None]:
    """Split a title phrase into the title and the organisation it names, if it is one.

    `the minister of finance`, `the bank's chief economist`: the title and its organisation.
    """
    phrase = " ".join(phrase.split()).strip(" ,")
    phrase = re.sub(r"^(?:the|a|an|its|his|her|their)\s+", "", phrase, flags=re.IGNORECASE)
    owner = re.match(r"^(.+?)['’]s\s+(.+)$", phrase)
    if owner and is_title(owner.group(2)):
        return owner.group(2), owner.group(1)
    title, organisation = _split_title(phrase)
    if not is_title(title):
        return None, None
    return title, organisation or None


# `minister of finance` as title and organisation, when the head is a title.
def _split_title(phrase: str) -> tuple[str, str]:
    match = re.match(r"^(.*?)\s+(?:of|at|for)\s+(?:the\s+)?(.+)$", phrase)
    if match and is_title(match.group(1)):
        return match.group(1), match.group(2)
    return phrase, ""


# Whether a phrase is a job title: title words only, at least one title noun.
def is_title(phrase: str) -> bool:
    tokens = re.split(r"\s+(?:of|for|at|in)\s+", phrase.lower(), maxsplit=1)[0].split()
    return bool(tokens) and len(tokens) <= 5 and all(
        t in TITLE_NOUNS or t in TITLE_MODIFIERS or t == "and" for t in tokens
    ) and any(t in TITLE_NOUNS for t in tokens)


# Whether a word may stand in a title before a name.
def is_title_word(word: Word) -> bool:
    return word.lower in TITLE_NOUNS or word.lower in TITLE_MODIFIERS or word.lower in ("of", "the")
