"""Every place a set of known forms (a name, its acronym, a surname) is written in the text.

The forms are literal words, so the pattern starts with them and `re` jumps from
one possible first letter to the next instead of trying every position of the
text; the check on the character before a form, which would stop that jump as a
lookbehind at the head of the pattern, is made here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache


# One pattern per set of forms (already escaped, longest first where it matters); forms recur.
@lru_cache(maxsize=4096)
def forms_pattern(forms: tuple[str, ...], not_before: str) -> re.Pattern[str]:
    """Return a pattern for any of `forms` not followed by a word character or one of `not_before`."""
    return re.compile(f"(?:{'|'.join(forms)})(?![\\w{re.escape(not_before)}])")


# Matches of `pattern` from `start` on whose preceding character is no word character and not in `not_after`.
def find_forms(pattern: re.Pattern[str], text: str, start: int, not_after: str = "") -> Iterator[re.Match[str]]:
    """Yield the matches a `(?<![\\w…])` lookbehind at the head of `pattern` would have allowed."""
    position = start
    while (match := pattern.search(text, position)) is not None:
        at = match.start()
        before = text[at - 1] if at else ""
        if before and (before.isalnum() or before == "_" or before in not_after):
            position = at + 1  # as the lookbehind would: try the next position
            continue
        yield match
        position = max(match.end(), at + 1)
