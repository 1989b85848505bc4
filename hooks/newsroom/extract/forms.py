"""Every place a set of known forms (a name, its acronym, a surname) is written in the text.

The forms are literal text, so they are looked for with `str.find`: no pattern is
compiled per name (a thousand new names would mean a thousand compilations). The
result is what a regular expression `(?<![\\w…])(?:A|B|C)(?![\\w…])` would find:
the leftmost place where some form stands on its own, the earlier form on a tie,
the search going on after each find.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Form:
    """A literal form, and optionally a pattern that must match right after it (`X said`)."""

    text: str
    then: re.Pattern[str] | None = None


# Whether a character is part of a word for `\w` (letters, digits, `_`), or one of `extra`.
def _joins(char: str, extra: str) -> bool:
    return bool(char) and (char.isalnum() or char == "_" or char in extra)


def find_forms(
    text: str, forms: Sequence[Form], start: int, not_after: str = "", not_before: str = ""
) -> Iterator[tuple[int, int]]:
    """Yield the spans of the forms in `text[start:]`, in text order, never overlapping.

    `(start, end)` of each place a form stands alone: no word character (or one of `not_after`) right
    before it, none (or one of `not_before`) right after it, and its `then` matching after it.
    """
    forms = [form for form in forms if form.text]
    upcoming = [text.find(form.text, start) for form in forms]
    while any(at >= 0 for at in upcoming):
        at = min(position for position in upcoming if position >= 0)
        here = [form for form, position in zip(forms, upcoming, strict=True) if position == at]
        end = next((at + len(f.text) for f in here if _stands_alone(text, at, f, not_after, not_before)), None)
        resume = end if end is not None else at + 1
        if end is not None:
            yield at, end
        upcoming = [
            text.find(form.text, resume) if 0 <= position < resume else position
            for form, position in zip(forms, upcoming, strict=True)
        ]


# Whether the form found at `at` stands on its own there.
def _stands_alone(text: str, at: int, form: Form, not_after: str, not_before: str) -> bool:
    end = at + len(form.text)
    return (
        not _joins(text[at - 1 : at], not_after)
        and not _joins(text[end : end + 1], not_before)
        and (form.then is None or form.then.match(text, end) is not None)
    )
