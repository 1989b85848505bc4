"""Date expressions and their normalised values.

The shapes are the rules of `date_rules` (a table of absolute shapes, one of
relative ones); here each table becomes one alternation, matched in one pass per
span, and each match goes to the normaliser of the rule that matched. Values are
`YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `--MM-DD` / `--MM` when the year is not
written and no publication date anchors it: a year is never invented. Each
value says how it was found (`Basis`).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from contextlib import suppress
from dataclasses import dataclass

from ..model import Basis
from ..vocabulary import MONTHS, WEEKDAYS
from .date_rules import ABSOLUTE_CLOSING, ABSOLUTE_OPENING, ABSOLUTE_RULES, MONTH, RELATIVE_RULES, DateRule
from .date_values import Anchor, DateValue, Groups, names_a_day
from .text import holds_any


@dataclass(frozen=True)
class _Entry:
    rule: DateRule
    groups: tuple[tuple[str, str], ...]  # (name in the rule, name in the joined pattern), in pattern order
    years: tuple[str, ...]  # the rule's `year…` groups, in pattern order


# One table as one alternation, its rules' groups prefixed with their names (`month_day__year`); an
# empty group named after each rule closes it, so `lastgroup` names the rule that matched (a group
# around each rule would do the same but slows every scan by a quarter).
def _joined(
    rules: tuple[DateRule, ...], opening: str, closing: str, flags: int
) -> tuple[re.Pattern[str], dict[str, _Entry]]:
    alternatives = "|".join(f"(?:{r.pattern.replace('(?P<', f'(?P<{r.name}__')})(?P<{r.name}>)" for r in rules)
    pattern = re.compile(f"{opening}(?:{alternatives}){closing}", re.VERBOSE | flags)
    entries = {}
    for rule in rules:
        names = [name for name, _ in sorted(pattern.groupindex.items(), key=lambda item: item[1])
                 if name.startswith(f"{rule.name}__")]
        groups = tuple((name.split("__", 1)[1], name) for name in names)
        entries[rule.name] = _Entry(rule, groups, tuple(local for local, _ in groups if local.startswith("year")))
    return pattern, entries


_ABSOLUTE, _ABSOLUTE_ENTRIES = _joined(ABSOLUTE_RULES, ABSOLUTE_OPENING, ABSOLUTE_CLOSING, 0)
# Every absolute date shape holds a digit, a month or `quarter`: spans without one skip the long pattern.
# (The lookahead on their first characters lets `re` skip other positions fast.)
_ABSOLUTE_HINT = re.compile(rf"(?=[\d{''.join(sorted({m[0] for m in MONTHS}))}q])(?:\d|{MONTH}|quarter)")
_RELATIVE, _RELATIVE_ENTRIES = _joined(RELATIVE_RULES, r"\b", r"\b", re.IGNORECASE)
# A word every relative shape holds (its day, unit or weekday): a span with none skips the pattern.
_RELATIVE_KEYWORDS = ("day", "tomorrow", "night", "morning", "afternoon", "evening", "week", "month",
                      *(month.lower() for month in MONTHS),
                      "year", *(day.lower() for day in WEEKDAYS))
_FUTURE = re.compile(
    r"\b(?:will|would|shall|must|is due to|are due to|is scheduled|are scheduled|plans to|is set to|is expected|are expected"
    r"|is planned|are planned|planned for|next)\b"
)
_PAST = re.compile(r"\b(?:had|was|were|did|ago|last|previous|earlier)\b")
# How far before a relative date a rule's `not_after` (`Good Friday`) may start.
_NOT_AFTER_REACH = 80


@dataclass(frozen=True)
class DateMention:
    """A date expression, its normalised start and end, what kind it is and how it was found."""

    text: str
    start: int
    end: int
    value: str | None
    end_value: str | None = None
    deadline: bool = False
    basis: Basis = "cue"
    year: str | None = None  # a year written in the expression, which carries to later year-less dates
    edition: bool = False  # a year that names an edition (`the 2017 forum`), not a time


def find_dates(
    text: str, start: int, end: int, published: dt.date | None, previous: str | None = None
) -> list[DateMention]:
    """Find and normalise the absolute and relative dates between two offsets.

    Every date expression in `text[start:end]`, anchored on the publication date if any; `previous`
    is the day of the event before the span (`the following day`).
    """
    found: list[DateMention] = []
    year: str | None = None  # a year written earlier in the same span carries to year-less dates
    tense = _Tense(text, start, end)
    absolute = _ABSOLUTE.finditer(text, start, end) if _ABSOLUTE_HINT.search(text, start, end) else ()
    for match in absolute:
        entry, groups = _matched(match, _ABSOLUTE_ENTRIES)
        written = next((groups[name] for name in reversed(entry.years) if groups[name]), None)  # a range's end
        with suppress(OverflowError, ValueError):  # a publication date at the calendar's ends
            anchor = Anchor(published, year, tense.before(match.start()))
            found.append(_mention(match, entry.rule.normalise(groups, anchor), written))
        year = written or year
    taken_starts = [d.start for d in found]  # in text order, never overlapping
    relative = _RELATIVE.finditer(text, start, end) if holds_any(text, start, end, _RELATIVE_KEYWORDS) else ()
    for match in relative:
        entry, groups = _matched(match, _RELATIVE_ENTRIES)
        not_after = entry.rule.not_after
        if not_after and not_after.search(text, max(start, match.start() - _NOT_AFTER_REACH), match.start()):
            continue
        overlapping = bisect_left(taken_starts, match.end()) - 1
        if overlapping < 0 or found[overlapping].end <= match.start():
            before = found[overlapping].value if overlapping >= 0 else None  # the absolute date just before
            with suppress(OverflowError, ValueError):
                anchor = Anchor(published, tense=tense.before(match.start()),
                                previous=before if names_a_day(before) else previous)
                found.append(_mention(match, entry.rule.normalise(groups, anchor)))
    # `31 February` is no date; neither is arithmetic past the calendar's ends.
    return sorted((d for d in found if _on_calendar(d)), key=lambda d: d.start)


# The entry of the rule a match of a joined pattern came from, and that rule's groups by their own names.
def _matched(match: re.Match[str], entries: dict[str, _Entry]) -> tuple[_Entry, Groups]:
    entry = entries[match.lastgroup or ""]
    return entry, {local: match.group(name) for local, name in entry.groups}


# A matched expression with its normalised value and the year written in it; a range whose end comes
# before its start keeps its start alone.
def _mention(match: re.Match[str], date: DateValue, written: str | None = None) -> DateMention:
    end = date.end_value if _in_order(date.value, date.end_value) else None
    return DateMention(match.group(), match.start(), match.end(), date.value, end, date.deadline, date.basis, written,
                       date.edition)


# Whether a range's end is not before its start; year-less values are compared within one month only
# (`--12-30` to `--01-04` spans a new year).
def _in_order(start: str | None, end: str | None) -> bool:
    if not start or not end or start.startswith("--") != end.startswith("--"):
        return True
    if start.startswith("--") and start[:4] != end[:4]:
        return True
    width = min(len(start), len(end))
    return end[:width] >= start[:width]


# Whether every full date of a mention exists (`--02-29` is checked against a leap year).
def _on_calendar(date: DateMention) -> bool:
    for value in (date.value, date.end_value):
        if value and len(value) in (7, 10) and value.count("-") in (2, 3):
            year, month, day = (value.replace("--", "2000-") if value.startswith("--") else value).split("-")
            try:
                dt.date(int(year), int(month), int(day))
            except ValueError:
                return False
    return True


# The tense of the words before a date in one span: 1 future (`will be announced`), -1 past (`had
# used`), 0 unknown. The span is read once, so a sentence of a thousand dates stays linear.
class _Tense:

    # Where the first future and the first past marker of the span end.
    def __init__(self, text: str, start: int, end: int) -> None:
        future, past = _FUTURE.search(text, start, end), _PAST.search(text, start, end)
        self.future = future.end() if future else end + 1
        self.past = past.end() if past else end + 1

    def before(self, at: int) -> int:
        """The tense of the words between the span's start and `at`."""
        if self.future <= at:
            return 1
        return -1 if self.past <= at else 0
