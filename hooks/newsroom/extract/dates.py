"""Date expressions and their normalised values.

Finding the expressions is ours (news text writes dates in a handful of shapes);
month and weekday names and the calendar arithmetic come from python-dateutil.
Values are `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `--MM-DD` / `--MM` when the year
is not written and no publication date anchors it: a year is never invented.
"""

from __future__ import annotations

import datetime as dt
import re
from contextlib import suppress
from dataclasses import dataclass

from dateutil import relativedelta as rd
from dateutil.parser import parserinfo

from ..vocabulary import MONTHS, WEEKDAYS
from .text import holds_any

_NAMES = parserinfo()
# Month names in full, then their short forms with or without a full stop (`Sept.`, `Oct`).
_MONTH = "(?:" + "|".join([*MONTHS, r"Sept\.?", *(rf"{m[:3]}\.?" for m in MONTHS if m != "May")]) + ")"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
_TO = r"\s*(?:-|–|—|to|and|until|through)\s*"
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"

# Shapes of absolute dates, most specific first; named groups say what each part is.
_ABSOLUTE = re.compile(
    rf"""(?x)
    (?<![\w-])(?:{_WEEKDAY},?\s+)?(?:
        (?P<d9>{_DAY})\s+(?P<m9>{_MONTH})(?:\s+(?P<y9a>{_YEAR}))?\s*(?:-|–|—|to|until|and)\s*
          (?P<d10>{_DAY})\s+(?P<m10>{_MONTH})(?:,?\s+(?P<y9>{_YEAR}))?
      | (?P<d1>{_DAY}){_TO}(?P<d2>{_DAY})\s+(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?
      | (?P<m2>{_MONTH})\s+(?P<d3>{_DAY}){_TO}(?:(?P<m2b>{_MONTH})\s+)?(?P<d4>{_DAY})(?:,?\s+(?P<y2>{_YEAR}))?
      | (?P<d5>{_DAY})\s+(?P<m3>{_MONTH})(?:,?\s+(?P<y3>{_YEAR}))?
      | (?P<m4>{_MONTH})\s+(?P<d6>{_DAY})(?!\d)(?:,?\s+(?P<y4>{_YEAR}))?
      | (?P<m5>{_MONTH})\s+(?:of\s+)?(?P<y5>{_YEAR})
      | Q(?P<q1>[1-4])\s+(?P<yq1>{_YEAR})
      | (?:the\s+)?(?P<q2>first|second|third|fourth)\s+quarter
          (?:\s+of\s+(?:(?P<yq2>{_YEAR})|(?P<qrel>this|next|last)\s+year))?
      | (?P<part>early|mid|late|end\s+of|beginning\s+of|start\s+of|spring|summer|autumn|fall|winter)[-\s]
          (?:of\s+)?(?P<y6>{_YEAR})
      | (?:the\s+)?(?P<decade>(?:1[89]|20)\d0)s
      | (?:[Bb]etween|[Ff]rom)\s+(?P<yb1>{_YEAR})\s+(?:and|to|until)\s+(?P<yb2>{_YEAR})
      | (?:[Bb]etween|[Ff]rom)\s+(?P<mb1>{_MONTH})\s+(?:and|to|until)\s+(?P<mb2>{_MONTH})(?:\s+(?P<yb3>{_YEAR}))?
      | on\s+the\s+(?P<dn>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)
      | (?P<prep>[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Dd]uring|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]hrough)\s+
          (?:fiscal\s+(?:year\s+)?)?(?P<y7>{_YEAR})
      | (?P<mprep>[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Dd]uring|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]hrough|end\s+of
          |early|late|mid-?|and|or|to)\s+(?P<m6>{_MONTH})(?!\s*,?\s*\d)
    )(?![\w-])(?!\s+[A-Z][a-z])(?![.,]\d)
    """
)
# Every absolute date shape holds a digit, a month or `quarter`: spans without one skip the long pattern.
# (The lookahead on their first characters lets `re` skip other positions fast.)
_ABSOLUTE_HINT = re.compile(rf"(?=[\d{''.join(sorted({m[0] for m in MONTHS}))}q])(?:\d|{_MONTH}|quarter)")
_RELATIVE = re.compile(
    rf"""(?x)
    \b(?:(?P<day>yesterday|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening))
      | (?P<dir>last|next|this|earlier\s+this|later\s+this|early\s+next|late\s+last)\s+(?P<unit>week|month|year)
      | (?:(?P<wdir>on|last|next|this)\s+)?(?-i:(?P<weekday>{_WEEKDAY}))(?!['’]s)
      | (?:by|before|until)\s+(?:the\s+)?end\s+of\s+(?P<edir>the|this|next)\s+year
      | (?:by|before)\s+(?P<yearend>year[-\s]end))\b
    """,
    re.IGNORECASE,
)
# A word every relative shape holds (its day, unit or weekday): a span with none skips the pattern.
_RELATIVE_KEYWORDS = ("yesterday", "today", "tomorrow", "tonight", "morning", "afternoon", "evening", "week", "month",
                      "year", *(day.lower() for day in WEEKDAYS))
_NAMED_DAY = re.compile(r"[A-Z][\w'’-]*\s+\Z")
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_STEPS = {"last": -1, "this": 0, "next": 1}
_FUTURE = re.compile(
    r"\b(?:will|would|shall|is due to|are due to|is scheduled|are scheduled|plans to|is set to|is expected|are expected"
    r"|is planned|are planned|planned for|next)\b"
)
_PAST = re.compile(r"\b(?:had|was|were|did|ago|last|previous|earlier)\b")


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
    absolute = _ABSOLUTE.finditer(text, start, end) if _ABSOLUTE_HINT.search(text, start, end) else ()
    for match in absolute:
        with suppress(OverflowError, ValueError):  # a publication date at the calendar's ends
            found.append(_absolute(match, published, year, _tense(text, start, match.start())))
        year = next((v for k, v in match.groupdict().items() if k.startswith("y") and v), year)
    taken = [(d.start, d.end) for d in found]
    relative = _RELATIVE.finditer(text, start, end) if holds_any(text, start, end, _RELATIVE_KEYWORDS) else ()
    for match in relative:
        if match.group("weekday") and not match.group("wdir") and _NAMED_DAY.search(text, start, match.start()):
            continue  # `Good Friday`, `Super Tuesday`: a name, not a date
        if not any(a < match.end() and match.start() < b for a, b in taken):
            with suppress(OverflowError, ValueError):
                found.append(_relative(match, published, _tense(text, start, match.start()) > 0))
    # `31 February` is no date; neither is arithmetic past the calendar's ends.
    return sorted((d for d in found if _on_calendar(d)), key=lambda d: d.start)


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


# The tense of the words before a date: 1 future (`will be announced`), -1 past (`had used`), 0 unknown.
def _tense(text: str, start: int, at: int) -> int:
    if _FUTURE.search(text, start, at):
        return 1
    return -1 if _PAST.search(text, start, at) else 0


# The value of one absolute date expression, by the named groups it matched.
def _absolute(match: re.Match[str], published: dt.date | None, year: str | None, tense: int) -> DateMention:
    g = match.groupdict()
    span = (match.group(), match.start(), match.end())

    # A day-precise value, taking the year written, carried or anchored.
    def day(written: str | None, month: int, number: str) -> str:
        return _day(written or year, month, number, published, tense)

    # A month-precise value, anchored like `day`.
    def month_only(written: str | None, month: int) -> str:
        anchored = written or year or (_year_for(month, 15, published, tense) if published else None)
        return f"{anchored}-{month:02d}" if anchored else f"--{month:02d}"

    if g["d9"]:
        return DateMention(*span, day(g["y9a"] or g["y9"], _month(g["m9"]), g["d9"]),
                           day(g["y9"], _month(g["m10"]), g["d10"]))
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
    if g["q1"] or g["q2"]:
        first = 3 * (int(g["q1"]) if g["q1"] else _QUARTERS[g["q2"]]) - 2
        if g["qrel"] and not published:
            return DateMention(*span, None)  # `next year` with nothing to count from
        written = str(published.year + _STEPS[g["qrel"]]) if g["qrel"] and published else g["yq1"] or g["yq2"]
        return DateMention(*span, month_only(written, first), month_only(written, first + 2))
    if g["y6"]:
        return DateMention(*span, g["y6"])
    if g["decade"]:
        return DateMention(*span, g["decade"])
    if g["yb1"]:
        return DateMention(*span, g["yb1"], g["yb2"])
    if g["mb1"]:
        return DateMention(*span, month_only(g["yb3"], _month(g["mb1"])), month_only(g["yb3"], _month(g["mb2"])))
    if g["dn"]:
        return DateMention(*span, _day_of_month(int(g["dn"]), published, tense))
    if g["m6"]:
        deadline = g["mprep"].lower() in ("by", "until", "till", "before", "end of")
        return DateMention(*span, month_only(None, _month(g["m6"])), deadline=deadline)
    return DateMention(*span, g["y7"], deadline=g["prep"].lower() in ("by", "until", "till", "before"))


# `on the 12th`: that day of the month nearest the publication date; unknown without one.
def _day_of_month(day: int, published: dt.date | None, tense: int) -> str | None:
    if published is None:
        return None
    months = [published + rd.relativedelta(months=shift, day=day) for shift in (-2, -1, 0, 1, 2)]
    months = [m for m in months if m.day == day]  # a month without a 30th is no candidate
    if tense > 0:
        months = [m for m in months if m >= published]
    elif tense < 0:
        months = [m for m in months if m <= published]
    return min(months, key=lambda m: abs(m - published)).isoformat()


# A month's number from its name or short form (dateutil's table).
def _month(name: str) -> int:
    month = _NAMES.month(name.rstrip("."))
    assert month is not None  # the pattern only lets month names through
    return int(month)


# `YYYY-MM-DD`, or `--MM-DD` when no year is written, carried or anchored.
def _day(year: str | None, month: int, day: str, published: dt.date | None, tense: int) -> str:
    number = int(re.sub(r"\D", "", day))
    if year:
        return f"{year}-{month:02d}-{number:02d}"
    if published is None:
        return f"--{month:02d}-{number:02d}"
    return f"{_year_for(month, number, published, tense)}-{month:02d}-{number:02d}"


# The year of a year-less date: the one nearest the publication date, unless the tense
# says the date lies ahead (`will`) or behind (`had`).
def _year_for(month: int, day: int, published: dt.date, tense: int) -> int:
    candidates = [dt.date(year, month, min(day, 28)) for year in (published.year - 1, published.year, published.year + 1)]
    week = dt.timedelta(days=7)
    if tense > 0:
        candidates = [c for c in candidates if c >= published - week]
    elif tense < 0:
        candidates = [c for c in candidates if c <= published + week]
    return min(candidates, key=lambda c: abs(c - published)).year


# The value of `yesterday`, `last week`, `on Tuesday` … against the publication date.
def _relative(match: re.Match[str], published: dt.date | None, future: bool) -> DateMention:
    """Normalise `last week`, `on Tuesday`, `next month` against the publication date."""
    span = (match.group(), match.start(), match.end())
    if published is None:
        return DateMention(*span, None)
    g = match.groupdict()
    if g["day"]:
        shift = {"yesterday": -1, "tomorrow": 1}.get(g["day"].lower(), 0)
        return DateMention(*span, (published + dt.timedelta(days=shift)).isoformat())
    if g["weekday"]:
        weekday = _NAMES.weekday(g["weekday"])
        assert weekday is not None
        direction = (g["wdir"] or "on").lower()  # `released Monday`: a bare weekday reads as `on Monday`
        ahead = direction == "next" or (direction in ("on", "this") and future)
        step = rd.weekday(weekday)(+1 if ahead else -1)
        return DateMention(*span, (published + rd.relativedelta(weekday=step)).isoformat())
    if g["edir"] or g["yearend"]:  # `before the end of the year`: a deadline this (or next) year
        ahead = 1 if (g["edir"] or "").lower() == "next" else 0
        return DateMention(*span, str(published.year + ahead), deadline=True)
    # `earlier this year`, `early next year`, `late last year`: the last word says which one.
    shift = _STEPS[g["dir"].lower().split()[-1]]
    unit = g["unit"].lower()
    if unit == "year":
        return DateMention(*span, str(published.year + shift))
    if unit == "month":
        month = published + rd.relativedelta(months=shift)
        return DateMention(*span, f"{month.year}-{month.month:02d}")
    return DateMention(*span, (published + dt.timedelta(weeks=shift)).isoformat())
