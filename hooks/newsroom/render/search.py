"""Accent folding for a Lunr search index, so `Nunez` finds `Núñez`.

Material's search does not fold accents. Each index document with non-ASCII
words gets a `fold` field holding only the ASCII forms that differ from the
original words, which keeps the index small.
"""

from __future__ import annotations

import html
import re
import unicodedata
from typing import Any

# Letters that Unicode does not decompose into a base letter and a mark.
SPECIAL_LETTERS = {
    "ß": "ss",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "ø": "o",
    "Ø": "O",
    "đ": "d",
    "Đ": "D",
    "ł": "l",
    "Ł": "L",
    "ı": "i",
    "þ": "th",
    "Þ": "Th",
    "ð": "d",
    "Ð": "D",
}

_SPECIAL = {ord(letter): plain for letter, plain in SPECIAL_LETTERS.items()}
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_TAG = re.compile(r"<[^>]*>")


def fold(word: str) -> str:
    """Return `word` without diacritics (`Núñez` → `Nunez`, `Łódź` → `Lodz`); special letters are
    mapped, other non-Latin letters are left as they are."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_SPECIAL))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def folded_terms(text: str) -> list[str]:
    """Return the distinct folded words of `text` that differ from the original, in first-seen order."""
    plain = html.unescape(_TAG.sub(" ", text))
    terms: dict[str, None] = {}
    for word in _WORD.findall(plain):
        if word.isascii():
            continue
        folded = fold(word)
        if folded != word and folded.isascii():
            terms.setdefault(folded.lower())
    return list(terms)


def fold_search_index(index: dict[str, Any]) -> int:
    """Add a `fold` field to each document of a Lunr index that has accented words.

    Updates `index["docs"]` in place; returns how many documents got a `fold` field.
    """
    changed = 0
    for document in index.get("docs", []):
        text = f"{document.get('title', '')} {document.get('text', '')}"
        if text.isascii():
            continue  # nothing to fold; most documents of an English site, and checked in C
        terms = folded_terms(text)
        if terms:
            document["fold"] = " ".join(terms)
            changed += 1
    return changed
