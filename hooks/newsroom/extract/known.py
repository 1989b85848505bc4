"""Where the well-known organisations of `known_organisations` are named in a text.

Each form is filed under its first word, so the text is read once, word by word,
with one dictionary look-up per word: no pattern per name, no scan per name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .cues import NON_ORGANISATION_HEADS, REPORTING_VERB_PATTERN, TITLE_NOUNS
from .known_organisations import AMBIGUOUS, COMPANY, GROUPS, KNOWN_ORGANISATIONS, OUTLET, Known

_WORD = re.compile(r"\w+")
# A form at a sentence's opening: after a line break, the text's start or a sentence's end.
_OPENING = re.compile(r"(?:^|[.!?:\"“”‘’])\s*\Z", re.MULTILINE)
# An outlet named as where someone spoke or wrote (`told the BBC`, `in an interview with CNN`, `according to the Post`).
_INTERVIEW = re.compile(
    r"\b(?:told|tell|tells|telling|interview\s+(?:with|on|to)|interviewed\s+by|(?:speaking|spoke|speak)\s+(?:to|on|with)"
    r"|said\s+on|appeared\s+on|appearing\s+on|(?:writing|wrote|write|writes)\s+(?:in|for)|according\s+to)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
# What makes an ambiguous form opening a sentence a name all the same (`Labour said`, `Labour's`).
# Words after a known name that make it part of a title or a plan's name (`UN Secretary-General`, `… Agenda`).
_NOT_AFTER_A_NAME = TITLE_NOUNS | NON_ORGANISATION_HEADS
_AS_SUBJECT = re.compile(rf"['’]s\b|\s+(?:{REPORTING_VERB_PATTERN})\b")
# A group of states that only qualifies people or states (`G20 finance officials`, `G7 countries`).
_QUALIFIES_PEOPLE = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:officials|ministers|leaders|members|delegates|negotiators|countries|nations|states"
    r"|economies|governments)\b"
)
# A capitalised word right after a name: the name opens a longer one (`Boeing Field`).
_NEXT_CAPITALISED = re.compile(r"[^\S\n]+(?P<year>\d{4}[^\S\n]+)?(?P<word>[A-Z][\w-]*)")
_CAPS_WORD = re.compile(r"[A-Z]{2,}\b")
_CAPS_BEFORE = re.compile(r"\b[A-Z]{2,}\s+\Z")


# Every form of every known organisation, filed under its first word, longest first.
def _index() -> dict[str, list[tuple[str, Known]]]:
    index: dict[str, list[tuple[str, Known]]] = {}
    for known in KNOWN_ORGANISATIONS:
        for form in dict.fromkeys((known.name, *([known.acronym] if known.acronym else []), *known.aliases)):
            first = _WORD.match(form)
            assert first is not None, form
            index.setdefault(first.group(), []).append((form, known))
    for forms in index.values():
        forms.sort(key=lambda pair: -len(pair[0]))
    return index


_BY_FIRST_WORD = _index()
_BY_FORM = {form: known for forms in _BY_FIRST_WORD.values() for form, known in forms}


def known_name(name: str) -> str | None:
    """Return the name of the well-known organisation `name` is a form of (`Labour` → `Labour Party`), or None."""
    known = _BY_FORM.get(name)
    return known.name if known else None


def find_known(text: str, start: int) -> Iterator[tuple[Known, int, int]]:
    """Yield each well-known organisation named in `text[start:]` with its span, in text order.

    A form counts where it stands alone (no letter or digit right after it), not as an
    `(ACR)` in brackets, not as an ambiguous word opening a sentence unless its subject, not as an acronym
    inside a line in capitals, not in a person's title or a plan's name (`UN Secretary-General`, `UN Agenda`), a group of
    states not where it only qualifies people, a company not where it opens a longer name,
    and an outlet not where an interview appeared.
    """
    resume = start
    for word in _WORD.finditer(text, start):
        at = word.start()
        if at < resume:
            continue
        for form, known in _BY_FIRST_WORD.get(word.group(), ()):
            end = at + len(form)
            if text.startswith(form, at) and not text[end : end + 1].isalnum() and _counts(text, at, end, form, known):
                yield known, at, end
                resume = end
                break


# Whether a form found at `at` names the organisation there.
def _counts(text: str, at: int, end: int, form: str, known: Known) -> bool:
    lo = max(0, at - 40)
    if form == known.acronym and text[at - 1 : at] == "(":
        return False  # the `(ACR)` of a definition
    if form in AMBIGUOUS and _OPENING.search(text, lo, at) and not _AS_SUBJECT.match(text, end):
        return False
    if form.isupper() and _CAPS_BEFORE.search(text, lo, at) and _CAPS_WORD.match(text, end + 1):
        return False  # `WHO` in `ASK WHO PAYS`
    if known.category == GROUPS and _QUALIFIES_PEOPLE.match(text, end):
        return False
    following = _NEXT_CAPITALISED.match(text, end)
    if following and (
        known.category == COMPANY
        or following.group("year")
        or following.group("word").lower() in _NOT_AFTER_A_NAME
    ):
        return False  # `Boeing Field`; `UN Secretary-General` is a title, `United Nations 2030 Agenda` a plan
    return not (known.category == OUTLET and interviewed_by(text, at))


def interviewed_by(text: str, at: int) -> bool:
    """Tell whether the name at `at` is where an interview appeared (`told the X`, `in an interview with X`)."""
    return _INTERVIEW.search(text, max(0, at - 40), at) is not None
