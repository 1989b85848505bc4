"""Date expressions and their normalised values.

Finding the expressions is ours (news text writes dates in a handful of shapes);
month and weekday names and the calendar arithmetic come from python-dateutil.
Values are `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `--MM-DD` / `--MM` when the year
is not written and no publication date anchors it: a year is never invented.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil import relativedelta as rd
from dateutil.parser import parserinfo

_NAMES = parserinfo()
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Sept|Jan|Feb|Aug|Oct|Nov|Dec)"
)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
_TO = r"\s*(?:-|–|—|to|and|until|through)\s*"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# Shapes of absolute dates, most specific first; named groups say what each part is.
_ABSOLUTE = re.compile(
    rf"""(?x)
    (?<![\w-])(?:
        (?P<d1>{_DAY}){_TO}(?P<d2>{_DAY})\s+(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?
      | (?P<m2>{_MONTH})\s+(?P<d3>{_DAY}){_TO}(?:(?P<m2b>{_MONTH})\s+)?(?P<d4>{_DAY})(?:,?\s+(?P<y2>{_YEAR}))?
      | (?P<d5>{_DAY})\s+(?P<m3>{_MONTH})(?:,?\s+(?P<y3>{_YEAR}))?
      | (?P<m4>{_MONTH})\s+(?P<d6>{_DAY})(?!\d)(?:,?\s+(?P<y4>{_YEAR}))?
      | (?P<m5>{_MONTH})\s+(?:of\s+)?(?P<y5>{_YEAR})
      | (?P<part>early|mid|late|end\s+of|beginning\s+of|start\s+of)[-\s](?P<y6>{_YEAR})
      | (?:the\s+)?(?P<decade>(?:1[89]|20)\d0)s
      | (?P<prep>[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Dd]uring|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]hrough)\s+(?P<y7>{_YEAR})
      | (?P<mprep>[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Dd]uring|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]hrough|end\s+of
          |early|late|mid-?|and|or|to)\s+(?P<m6>{_MONTH})(?!\s*,?\s*\d)
    )(?![\w-])(?!\s+[A-Z][a-z])(?![.,]\d)
    """
)
_RELATIVE = re.compile(
    rf"""(?x)
    \b(?:(?P<day>yesterday|today|tomorrow)
      | (?P<dir>last|next|this|earlier\s+this|later\s+this|early\s+next|late\s+last)\s+(?P<unit>week|month|year)
      | (?P<wdir>on|last|next|this)\s+(?P<weekday>{_WEEKDAY}))\b
    """
)


_FUTURE = re.compile(
    r"\b(?:will|would|shall|is due to|are due to|is scheduled|are scheduled|plans? to|is set to|is expected|are expected"
    r"|is planned|are planned|planned for|next)\b"
)


@dataclass(frozen=True)
class DateMention:
    """A date expression, its normalised start and end, and what kind it is."""

    text: str
    start: int
    end: int
    value: str | None
    end_value: str | None = None
    deadline: bool = False


# Every date expression in `text[start:end]`, anchored on the publication date if any.
def find_dates(text: str, start: int, end: int, published: dt.date | None) -> list[DateMention]:
    """Find and normalise the absolute and relative dates between two offsets."""
    found: list[DateMention] = []
    year: str | None = None  # a year written earlier in the same span carries to year-less dates
    for match in _ABSOLUTE.finditer(text, start, end):
        date = _absolute(match, published, year, _future(text, start, match.start()))
        year = next((y for y in (match.group(f"y{i}") for i in range(1, 8)) if y), year)
        found.append(date)
    taken = [(d.start, d.end) for d in found]
    for match in _RELATIVE.finditer(text, start, end):
        if not any(a < match.end() and match.start() < b for a, b in taken):
            found.append(_relative(match, published, _future(text, start, match.start())))
    return sorted(found, key=lambda d: d.start)


# Whether the clause before a date speaks of the future (`will be announced in January`).
def _future(text: str, start: int, at: int) -> bool:
    return _FUTURE.search(text, start, at) is not None


def _absolute(match: re.Match[str], published: dt.date | None, year: str | None, future: bool) -> DateMention:
    g = match.groupdict()
    span = (match.group(), match.start(), match.end())

    def day(written: str | None, month: int, number: str) -> str:
        return _day(written or year, month, number, published, future)

    if g["d1"]:
        month = _month(g["m1"])
        return DateMention(*span, day(g["y1"], month, g["d1"]), day(g["y1"], month, g["d2"]))
    if g["m2"]:
        month = _month(g["m2"])
        other = _month(g["m2b"]) if g["m2b"] else month
        return DateMention(*span, day(g["y2"], month, g["d3"]), day(g["y2"], other, g["d4"]))
    if g["d5"]:
        return DateMention(*span, day(g["y3"], _month(g["m3"]), g["d5"]))
    if g["m4"]:
        return DateMention(*span, day(g["y4"], _month(g["m4"]), g["d6"]))
    if g["m5"]:
        return DateMention(*span, f"{g['y5']}-{_month(g['m5']):02d}")
    if g["y6"]:
        return DateMention(*span, g["y6"])
    if g["decade"]:
        return DateMention(*span, g["decade"])
    if g["m6"]:
        month = _month(g["m6"])
        deadline = g["mprep"].lower() in ("by", "until", "till", "before", "end of")
        anchored = year or (_year_for(month, 1, published, future) if published else None)
        value = f"{anchored}-{month:02d}" if anchored else f"--{month:02d}"
        return DateMention(*span, value, deadline=deadline)
    return DateMention(*span, g["y7"], deadline=g["prep"].lower() in ("by", "until", "till", "before"))


def _month(name: str) -> int:
    month = _NAMES.month(name.rstrip("."))
    assert month is not None  # the pattern only lets month names through
    return int(month)


def _day(year: str | None, month: int, day: str, published: dt.date | None, future: bool) -> str:
    number = int(re.sub(r"\D", "", day))
    if year:
        return f"{year}-{month:02d}-{number:02d}"
    if published is None:
        return f"--{month:02d}-{number:02d}"
    return f"{_year_for(month, number, published, future)}-{month:02d}-{number:02d}"


# The year of a year-less date: the publication year, moved by one when the tense points across it.
def _year_for(month: int, day: int, published: dt.date, future: bool) -> int:
    if future and (month, day) < (published.month, published.day if day > 1 else 1):
        return published.year + 1
    if not future and (month, day) > (published.month, published.day):
        return published.year - 1
    return published.year


def _relative(match: re.Match[str], published: dt.date | None, future: bool) -> DateMention:
    """Normalise `last week`, `on Tuesday`, `next month` against the publication date."""
    span = (match.group(), match.start(), match.end())
    if published is None:
        return DateMention(*span, None)
    g = match.groupdict()
    if g["day"]:
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[g["day"].lower()]
        return DateMention(*span, (published + dt.timedelta(days=shift)).isoformat())
    if g["weekday"]:
        weekday = _NAMES.weekday(g["weekday"])
        assert weekday is not None
        ahead = g["wdir"] == "next" or (g["wdir"] in ("on", "this") and future)
        step = rd.weekday(weekday)(+1 if ahead else -1)
        return DateMention(*span, (published + rd.relativedelta(weekday=step)).isoformat())
    direction = g["dir"].split()[-1] if g["dir"].split()[0] in ("earlier", "later") else g["dir"].split()[0]
    shift = {"last": -1, "next": 1, "this": 0}[direction]
    unit = g["unit"]
    if unit == "year":
        return DateMention(*span, str(published.year + shift))
    if unit == "month":
        month = published + rd.relativedelta(months=shift)
        return DateMention(*span, f"{month.year}-{month.month:02d}")
    return DateMention(*span, (published + dt.timedelta(weeks=shift)).isoformat())
