"""Comparison keys for names: what two spellings must share to count as one entity.

Keys are lower case, without accents or punctuation (`slugify` with spaces), so
`Alicia Bárcena` and `alicia barcena` share a key. Organisation keys also drop
a leading `the` and turn a possessive owner into a trailing `of` phrase, so
`Peru's Ministry of Foreign Affairs` and `the Ministry of Foreign Affairs of
Peru` share one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from slugify import slugify

from ..extract.cues import HONORIFICS
from ..vocabulary import APOSTROPHES
from .words import OWNERLESS_HEADS

_TRAILING_POSSESSIVE = re.compile(rf"[{APOSTROPHES}]s?\Z")
_LEADING_THE = re.compile(r"\Athe\s+", re.IGNORECASE)
# `Peru's Ministry of …`: an owner of at most three words, then a capitalised name.
_OWNER = re.compile(rf"\A(?P<owner>[^{APOSTROPHES}]+?)[{APOSTROPHES}]s\s+(?P<body>[^\W\d_a-z].*)\Z")
_ACRONYM = re.compile(r"\A[A-Z][A-Z0-9&.\-]{1,11}\Z")


@lru_cache(maxsize=65536)
def plain(text: str) -> str:
    """Return `text` as a comparison key (transliterated, lower case, punctuation dropped).

    Lower case, no accents, words separated by one space (cached: the same names recur across pages).
    """
    return slugify(text.replace("&", " and "), separator=" ")


def clean_name(name: str) -> str:
    """Return the name trimmed, its whitespace collapsed and a trailing `'s` dropped.

    A display name without a possessive the extractor kept (`Council's` → `Council`).
    """
    return _TRAILING_POSSESSIVE.sub("", " ".join(name.split())).strip()


@lru_cache(maxsize=65536)
def organisation_key(name: str) -> str:
    """Return the key of an organisation's name (`X's Y` ≡ `Y of X`; `the` and case ignored).

    One key for every way of writing an organisation's full name (cached like `plain`).
    """
    text = _LEADING_THE.sub("", clean_name(name))
    owner = _OWNER.match(text)
    if owner and len(owner["owner"].split()) <= 3:
        text = f"{owner['body']} of {owner['owner']}"
    return plain(text)


def is_ownerless(key: str) -> bool:
    """True for a government body's bare name (`ministry of health`), which names no owner.

    `Ministry of Foreign Affairs` with nobody's name on it could be any country's.
    """
    words = key.split()
    return bool(words) and words[0] in OWNERLESS_HEADS and words.count("of") <= 1


def looks_like_acronym(name: str) -> bool:
    """True when `name` is a bare acronym such as `PAC` or `G.A.O.`.

    An acronym as written (`PAC`, `UN-Habitat` is not one): capitals, digits, `&`, dots.
    """
    return bool(_ACRONYM.match(name.strip()))


def acronym_key(acronym: str | None) -> str:
    """Return the key of an acronym (empty for none).

    Acronyms compare without dots and case (`U.N.` ≡ `UN`).
    """
    return plain((acronym or "").replace(".", "")).replace(" ", "")


def person_key(name: str) -> str:
    """Return the key of a person's name (honorifics, accents and case ignored)."""
    words = plain(name).split()
    while len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def title_key(title: str | None) -> str:
    """Return the key of a job title (`The Executive Director` → `executive director`).

    A job title compared without case or a leading article.
    """
    return plain(_LEADING_THE.sub("", title or ""))
