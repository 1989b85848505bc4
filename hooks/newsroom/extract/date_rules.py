"""The shapes of date expressions, as tables of named rules with their examples.

Each rule has a name, a pattern fragment, a normaliser (its groups and the anchor
→ a `DateValue`) and a few example strings with the values they must give; the
tests run every example. `dates.py` joins each table, in order (most specific
first), into one alternation and dispatches a match by the rule that matched.
A group name is local to its rule (`dates.py` prefixes it with the rule's name);
groups named `year…` carry their year to later year-less dates in the same span.

A range is read forwards: a start in a later month than its end, with no year of
its own, lies in the year before the end's (`30 December – 4 January 2026`); a
range whose end still comes before its start (`12 to 3 March`, `March 30 - March 2`,
`between 2021 and 2019`) is no range, and `dates.py` keeps its start alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..vocabulary import MONTHS, WEEKDAYS
from .date_values import (
    Anchor,
    DateValue,
    Groups,
    day_after,
    day_of_month,
    day_value,
    month_after,
    month_number,
    month_value,
    weakest,
    weekday_date,
)

# Month names in full, then their short forms with or without a full stop (`Sept.`, `Oct`).
MONTH = "(?:" + "|".join([*MONTHS, r"Sept\.?", *(rf"{m[:3]}\.?" for m in MONTHS if m != "May")]) + ")"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
_TO = r"\s*(?:-|–|—|to|and|until|through)\s*"
_OF = r"\s+(?:of\s+)?"  # `3 March` or `the 3rd of March`
_PREPOSITION = r"[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Dd]uring|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]hrough"

# What may open an absolute date (`Tuesday, 14 May`) and what may not follow it
# (a word, a capitalised name: `May Fair`, or more digits: `2024.5`).
ABSOLUTE_OPENING = rf"(?<![\w-])(?:{WEEKDAY},?\s+)?"
ABSOLUTE_CLOSING = r"(?![\w-])(?!\s+[A-Z][a-z])(?![.,]\d)"

# What may stand before a year that names an edition or a year's occasion (`the 2017 Forum`, `a 2016
# study`), the words after it that make it a goal rather than an occasion (`the 2030 Agenda`), and the
# common nouns that name an occasion (`the 2024 planning committee` names none).
_DETERMINER = r"[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Tt]his|[Tt]hat"
_GOAL_WORDS = r"agenda|goals?|targets?|vision|strategy|deadline|ambition|horizon"
_OCCASION_NOUNS = (
    "summit", "forum", "conference", "congress", "convention", "meeting", "session", "symposium", "workshop",
    "festival", "fair", "expo", "exhibition", "games", "olympics", "championship", "tournament", "season", "edition",
    "election", "elections", "vote", "referendum", "census", "survey", "study", "report", "review", "audit", "budget",
    "agreement", "accord", "deal", "treaty", "law", "reform", "collaboration", "partnership", "launch", "campaign",
    "visit", "tour", "flood", "floods", "earthquake", "storm", "drought", "attack", "attacks", "crisis", "pandemic",
    "outbreak", "war", "strike", "protest", "protests", "competition", "award", "prize", "ceremony", "event",
    "interview", "speech", "debate", "hearing", "ruling", "verdict", "trial", "lawsuit", "settlement", "merger",
    "takeover", "crash", "fire", "hurricane", "coup", "uprising", "concert", "final", "marathon", "race",
)
# Capitalised words that make a weekday part of a day's name (`Good Friday`, `Super Tuesday`).
_NAMED_DAY_WORDS = ("Good", "Black", "Super", "Ash", "Holy", "Maundy", "Easter", "Palm", "Cyber", "Giving", "Shrove",
                    "Fat", "Bloody", "Blue", "Whit", "Low", "Passion", "Small Business", "Man", "Girl")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_STEPS = {"last": -1, "this": 0, "next": 1}
_DEADLINE_PREPOSITIONS = ("by", "until", "till", "before")

Normaliser = Callable[[Groups, Anchor], DateValue]


@dataclass(frozen=True)
class Example:
    """A string holding one date expression and the values it must give."""

    text: str
    value: str | None
    end_value: str | None = None
    published: dt.date | None = None
    deadline: bool = False
    previous: str | None = None  # the date of the event before (`the following day`)


@dataclass(frozen=True)
class DateRule:
    """One shape of date expression: its pattern, its normaliser and its examples."""

    name: str
    pattern: str
    normalise: Normaliser
    examples: tuple[Example, ...]
    # Strings in which the rule must find no date (`Good Friday`).
    not_dates: tuple[str, ...] = ()
    # Text before the match that makes it a name, not a date.
    not_after: re.Pattern[str] | None = None


# A group the rule's pattern always sets.
def _group(groups: Groups, name: str) -> str:
    value = groups[name]
    assert value is not None  # the pattern makes this group obligatory
    return value


# A range's start without a year of its own, moved to the year before its end's when it falls in a
# later month (`30 December – 4 January 2026`, `from November to February 2025`): the range spans a new year.
def _across_new_year(start: str, end: str) -> str:
    if start.startswith("--") or start <= end or start[5:7] <= end[5:7]:
        return start
    return f"{int(end[:4]) - 1:04d}{start[4:]}"


# A range from its two ends (the start moved across a new year if need be), as sure as its less sure end.
def _range(start: DateValue, end: DateValue, move: bool = True) -> DateValue:
    assert start.value is not None and end.value is not None  # day and month values always have one
    begin = _across_new_year(start.value, end.value) if move else start.value
    return DateValue(begin, end.value, basis=weakest(start.basis, end.basis))


# `12 May - 3 June 2024`: the first date takes the year written after it, else the last one.
def _day_month_range(g: Groups, anchor: Anchor) -> DateValue:
    start = day_value(g["year_start"] or g["year"], month_number(_group(g, "month")), _group(g, "day"), anchor)
    end = day_value(g["year"], month_number(_group(g, "end_month")), _group(g, "end_day"), anchor)
    return _range(start, end, move=not g["year_start"])


# `12-14 May 2024`.
def _day_range(g: Groups, anchor: Anchor) -> DateValue:
    month = month_number(_group(g, "month"))
    return _range(day_value(g["year"], month, _group(g, "day"), anchor),
                  day_value(g["year"], month, _group(g, "end_day"), anchor), move=False)


# `May 12-14, 2024`, `May 30 - June 2`.
def _month_day_range(g: Groups, anchor: Anchor) -> DateValue:
    month = month_number(_group(g, "month"))
    end_month = month_number(g["end_month"]) if g["end_month"] else month
    end = day_value(g["year"], end_month, _group(g, "end_day"), anchor)
    return _range(day_value(g["year"], month, _group(g, "day"), anchor), end)


# `12 May 2024`, `May 12, 2024` and their year-less forms.
def _day(g: Groups, anchor: Anchor) -> DateValue:
    return day_value(g["year"], month_number(_group(g, "month")), _group(g, "day"), anchor)


# `2024-03-01`.
def _iso_date(g: Groups, anchor: Anchor) -> DateValue:
    return DateValue(f"{_group(g, 'year')}-{_group(g, 'month')}-{_group(g, 'day')}")


# `May 2024`, `May of 2024`.
def _month_year(g: Groups, anchor: Anchor) -> DateValue:
    return DateValue(f"{_group(g, 'year')}-{month_number(_group(g, 'month')):02d}")


# `between July 2003 and December 2004`.
def _month_year_range(g: Groups, anchor: Anchor) -> DateValue:
    return DateValue(f"{_group(g, 'year_start')}-{month_number(_group(g, 'month')):02d}",
                     f"{_group(g, 'year')}-{month_number(_group(g, 'end_month')):02d}")


# The months a quarter spans, in the year written, or counted from the publication date.
def _quarter_months(number: int, g: Groups, anchor: Anchor) -> DateValue:
    first = 3 * number - 2
    step = g.get("step")
    if step and anchor.published is None:
        return DateValue(None)  # `next year` with nothing to count from
    written = str(anchor.published.year + _STEPS[step]) if step and anchor.published else g["year"]
    quarter = _range(month_value(written, first, anchor), month_value(written, first + 2, anchor), move=False)
    return replace(quarter, basis="carried") if step else quarter


# `Q3 2024`.
def _quarter_code(g: Groups, anchor: Anchor) -> DateValue:
    return _quarter_months(int(_group(g, "number")), g, anchor)


# `the third quarter of 2024`, `the first quarter of next year`.
def _quarter(g: Groups, anchor: Anchor) -> DateValue:
    return _quarter_months(_QUARTERS[_group(g, "ordinal")], g, anchor)


# `early 2024`: the year as written.
def _year(g: Groups, anchor: Anchor) -> DateValue:
    return DateValue(_group(g, "year"))


# `the 2017 forum`, `a 2016 study`: the year of an edition or occasion.
def _edition(g: Groups, anchor: Anchor) -> DateValue:
    return DateValue(_group(g, "year"), edition=True)


# `the 1990s`: its first year (a decade's year carries to no later date).
def _decade(g: Groups, anchor: Anchor) -> DateValue:
    return DateValue(_group(g, "decade"))


# `between 2019 and 2021`.
def _year_range(g: Groups, anchor: Anchor) -> DateValue:
    return DateValue(_group(g, "year"), _group(g, "end_year"))


# `from May to July 2024`.
def _month_range(g: Groups, anchor: Anchor) -> DateValue:
    end = month_value(g["year"], month_number(_group(g, "end_month")), anchor)
    return _range(month_value(g["year"], month_number(_group(g, "month")), anchor), end)


# `on the 12th`: that day of the month nearest the publication date.
def _day_of_month(g: Groups, anchor: Anchor) -> DateValue:
    return DateValue(day_of_month(int(_group(g, "day")), anchor), basis="carried")


# `in 2024`, `by fiscal year 2026` (a deadline).
def _year_after_preposition(g: Groups, anchor: Anchor) -> DateValue:
    return DateValue(_group(g, "year"), deadline=_group(g, "preposition").lower() in _DEADLINE_PREPOSITIONS)


# `in May`, `by June` (a deadline).
def _month_after_preposition(g: Groups, anchor: Anchor) -> DateValue:
    deadline = _group(g, "preposition").lower() in (*_DEADLINE_PREPOSITIONS, "end of")
    return replace(month_value(None, month_number(_group(g, "month")), anchor), deadline=deadline)


_MAY_8 = dt.date(2024, 5, 8)

# Shapes of absolute dates, most specific first.
ABSOLUTE_RULES = (
    DateRule(
        "iso_date",
        rf"(?P<year>{YEAR})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])",
        _iso_date,
        (Example("the report, dated 2024-03-01, leaked", "2024-03-01"),),
    ),
    DateRule(
        "day_month_range",
        rf"""(?P<day>{DAY}){_OF}(?P<month>{MONTH})(?:\s+(?P<year_start>{YEAR}))?\s*(?:-|–|—|to|until|and)\s*
             (?P<end_day>{DAY}){_OF}(?P<end_month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?""",
        _day_month_range,
        (Example("from 28 February to 2 March 2023", "2023-02-28", "2023-03-02"),
         Example("30 December 2025 – 4 January 2026", "2025-12-30", "2026-01-04"),
         Example("29 April until 3 May", "--04-29", "--05-03"),
         Example("29 April until 3 May", "2024-04-29", "2024-05-03", published=_MAY_8),
         Example("30 December – 4 January 2026", "2025-12-30", "2026-01-04"),
         Example("from 30 March to 2 March", "2024-03-30", None, published=_MAY_8)),
    ),
    DateRule(
        "day_range",
        rf"(?P<day>{DAY}){_TO}(?P<end_day>{DAY}){_OF}(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?",
        _day_range,
        (Example("the 9-11 October 2024 meeting", "2024-10-09", "2024-10-11"),
         Example("from 4th to 6th Sept", "--09-04", "--09-06"),
         Example("from 12 to 3 March", "--03-12", None)),
    ),
    DateRule(
        "month_day_range",
        rf"(?P<month>{MONTH})\s+(?P<day>{DAY}){_TO}(?:(?P<end_month>{MONTH})\s+)?(?P<end_day>{DAY})(?:,?\s+(?P<year>{YEAR}))?",
        _month_day_range,
        (Example("Nov. 3-5, 2025", "2025-11-03", "2025-11-05"),
         Example("July 30 through August 2", "--07-30", "--08-02"),
         Example("July 30 through August 2", "2024-07-30", "2024-08-02", published=_MAY_8),
         Example("Dec. 30 - Jan. 4, 2026", "2025-12-30", "2026-01-04"),
         Example("March 30 - March 2", "--03-30", None),
         Example("March 30 - March 2", "2024-03-30", None, published=_MAY_8)),
    ),
    DateRule(
        "day_month",
        rf"(?P<day>{DAY}){_OF}(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?",
        _day,
        (Example("signed on 21 March 2019", "2019-03-21"),
         Example("founded on the 3rd of March 1998", "1998-03-03"),
         Example("Friday, 3rd Jan", "--01-03"),
         Example("the fair will open on 3 January", "2025-01-03", published=_MAY_8),
         Example("it had closed on 3 January", "2024-01-03", published=_MAY_8)),
        not_dates=("flats at 12 May Street",),
    ),
    DateRule(
        "month_day",
        rf"(?P<month>{MONTH})\s+(?P<day>{DAY})(?!\d)(?:,?\s+(?P<year>{YEAR}))?",
        _day,
        (Example("Dec. 31, 1999", "1999-12-31"),
         Example("on February 2nd", "--02-02"),
         Example("on February 2nd", "2024-02-02", published=_MAY_8)),
    ),
    DateRule(
        "month_year_range",
        rf"""(?:[Bb]etween|[Ff]rom)\s+(?P<month>{MONTH})\s+(?P<year_start>{YEAR}){_TO}
             (?P<end_month>{MONTH})\s+(?P<year>{YEAR})""",
        _month_year_range,
        (Example("surveyed between July 2003 and December 2004", "2003-07", "2004-12"),
         Example("open from October 2020 through April 2021", "2020-10", "2021-04")),
    ),
    DateRule(
        "month_year",
        rf"(?P<month>{MONTH})\s+(?:of\s+)?(?P<year>{YEAR})",
        _month_year,
        (Example("the floods of August of 2021", "2021-08"), Example("Sept 2030", "2030-09")),
    ),
    DateRule(
        "quarter_code",
        rf"Q(?P<number>[1-4])\s+(?P<year>{YEAR})",
        _quarter_code,
        (Example("results for Q3 2025", "2025-07", "2025-09"),),
    ),
    DateRule(
        "quarter",
        rf"""(?:the\s+)?(?P<ordinal>first|second|third|fourth)\s+quarter
             (?:\s+of\s+(?:(?P<year>{YEAR})|(?P<step>this|next|last)\s+year))?""",
        _quarter,
        (Example("in the fourth quarter of 2023", "2023-10", "2023-12"),
         Example("the second quarter of next year", "2025-04", "2025-06", published=_MAY_8),
         Example("the second quarter of next year", None),
         Example("sales in the first quarter", "2024-01", "2024-03", published=_MAY_8)),
    ),
    DateRule(
        "part_of_year",
        rf"""(?:early|mid|late|end\s+of|beginning\s+of|start\s+of|spring|summer|autumn|fall|winter)[-\s]
             (?:of\s+)?(?P<year>{YEAR})""",
        _year,
        (Example("by mid-2027", "2027"), Example("in the spring of 2022", "2022"),
         Example("at the end of 2019", "2019")),
    ),
    DateRule(
        "decade",
        r"(?:the\s+)?(?P<decade>(?:1[89]|20)\d0)s",
        _decade,
        (Example("since the 1980s", "1980"),),
    ),
    DateRule(
        "year_before_name",
        rf"""(?:{_DETERMINER})\s+(?P<year>{YEAR})\s+(?!(?:[\w-]+\s+){{0,2}}(?i:{_GOAL_WORDS})\b)
             (?:[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*
             |(?:[a-z]+\s+)?(?:{'|'.join(_OCCASION_NOUNS)})(?:['’]s)?)""",
        _edition,
        (Example("bids for the 2017 Forum closed", "2017"), Example("it grew out of a 2016 collaboration", "2016"),
         Example("at the 2021 UN Conference on trade", "2021"), Example("the 2024 summit’s theme", "2024"),
         Example("since the 2015 general election", "2015")),
        not_dates=("it serves the 2030 Agenda for Sustainable Development", "towards its 2050 net-zero target",
                   "the 2000 delegates voted", "she chairs the 2024 planning committee"),
    ),
    DateRule(
        "year_range",
        rf"(?:[Bb]etween|[Ff]rom)\s+(?P<year>{YEAR})\s+(?:and|to|until)\s+(?P<end_year>{YEAR})",
        _year_range,
        (Example("Between 2015 and 2020", "2015", "2020"), Example("from 1998 until 2001", "1998", "2001"),
         Example("between 2021 and 2019", "2021", None)),
    ),
    DateRule(
        "month_range",
        rf"(?:[Bb]etween|[Ff]rom)\s+(?P<month>{MONTH})\s+(?:and|to|until)\s+(?P<end_month>{MONTH})(?:\s+(?P<year>{YEAR}))?",
        _month_range,
        (Example("from March to June 2026", "2026-03", "2026-06"),
         Example("between October and December", "--10", "--12"),
         Example("from November to February 2025", "2024-11", "2025-02"),
         Example("between November and February", "--11", "--02")),
    ),
    DateRule(
        "day_of_month",
        rf"on\s+the\s+(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?!\s+of\s+{MONTH})",
        _day_of_month,
        (Example("the vote is on the 21st", "2024-05-21", published=_MAY_8),
         Example("they had met on the 30th", "2024-04-30", published=_MAY_8),
         Example("the vote is on the 21st", None)),
    ),
    DateRule(
        "year_after_preposition",
        rf"(?P<preposition>{_PREPOSITION})\s+(?:fiscal\s+(?:year\s+)?)?(?P<year>{YEAR})",
        _year_after_preposition,
        (Example("built in 1962", "1962"), Example("finished by 2030", "2030", deadline=True),
         Example("savings until fiscal year 2027", "2027", deadline=True)),
    ),
    DateRule(
        "month_after_preposition",
        rf"""(?P<preposition>{_PREPOSITION}|end\s+of|early|late|mid-?|and|or|to)\s+(?:(?:mid|early|late)-\s*)?
             (?P<month>{MONTH})(?!\s*,?\s*\d)""",
        _month_after_preposition,
        (Example("the repairs end in August", "--08"),
         Example("the list will be out in mid-February", "2025-02", published=_MAY_8),
         Example("finished by mid-April", "--04", deadline=True),
         Example("repairs are due by August", "2024-08", published=_MAY_8, deadline=True),
         Example("prices had risen in December", "2023-12", published=_MAY_8)),
        not_dates=("a stall in May Market",),
    ),
)


# A relative normaliser's value, or no value without a publication date to count from.
def _counted(normalise: Callable[[Groups, dt.date, bool], DateValue]) -> Normaliser:
    # The normaliser against the publication date, told whether the words before speak of the future.
    def counted(g: Groups, anchor: Anchor) -> DateValue:
        if anchor.published is None:
            return DateValue(None)
        return replace(normalise(g, anchor.published, anchor.tense > 0), basis="carried")

    return counted


# `yesterday`, `today`, `this morning`, `last night`.
@_counted
def _named_day(g: Groups, published: dt.date, future: bool) -> DateValue:
    shift = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(" ".join(_group(g, "day").lower().split()), 0)
    return DateValue((published + dt.timedelta(days=shift)).isoformat())


# `last week`, `earlier this month`, `late last year`: the last word of the direction says which one.
@_counted
def _relative_unit(g: Groups, published: dt.date, future: bool) -> DateValue:
    shift = _STEPS[_group(g, "direction").lower().split()[-1]]
    unit = _group(g, "unit").lower()
    if unit == "year":
        return DateValue(str(published.year + shift))
    if unit == "month":
        return DateValue(month_after(published, shift))
    return DateValue((published + dt.timedelta(weeks=shift)).isoformat())


# `on Tuesday`, `next Friday`; a bare weekday reads as `on Tuesday` (`released Monday`).
@_counted
def _weekday(g: Groups, published: dt.date, future: bool) -> DateValue:
    direction = (g.get("direction") or "on").lower()
    ahead = direction == "next" or (direction in ("on", "this") and future)
    return DateValue(weekday_date(_group(g, "weekday"), published, ahead))


# `last October`, `next March`, `this June`: the named month before, after or in the publication's year.
@_counted
def _month_with_direction(g: Groups, published: dt.date, future: bool) -> DateValue:
    month = month_number(_group(g, "month"))
    step = _STEPS[_group(g, "direction").lower()]
    year = published.year
    if step < 0 and month >= published.month:
        year -= 1
    elif step > 0 and month <= published.month:
        year += 1
    return DateValue(f"{year}-{month:02d}")


# `in the new year`: the year after the publication's.
@_counted
def _new_year(g: Groups, published: dt.date, future: bool) -> DateValue:
    return DateValue(str(published.year + 1))


# `before the end of the year`, `by year-end`: a deadline this (or next) year.
@_counted
def _end_of_year(g: Groups, published: dt.date, future: bool) -> DateValue:
    ahead = 1 if (g.get("which") or "").lower() == "next" else 0
    return DateValue(str(published.year + ahead), deadline=True)


# `by the end of the month`: a deadline this (or next) month.
@_counted
def _end_of_month(g: Groups, published: dt.date, future: bool) -> DateValue:
    return DateValue(month_after(published, 1 if (g.get("which") or "").lower() == "next" else 0), deadline=True)


# `two years ago`, `three weeks ago`: as precise as its unit.
@_counted
def _ago(g: Groups, published: dt.date, future: bool) -> DateValue:
    count = _NUMBERS.get(_group(g, "count").lower()) or int(_group(g, "count"))
    unit = _group(g, "unit").lower()
    if unit == "year":
        return DateValue(str(published.year - count))
    if unit == "month":
        return DateValue(month_after(published, -count))
    return DateValue((published - dt.timedelta(days=count * (7 if unit == "week" else 1))).isoformat())


# `the following day`, `two days later`, `the day before`: counted from the event before.
def _day_from_previous(g: Groups, anchor: Anchor) -> DateValue:
    count = _NUMBERS.get((g.get("count") or "a").lower()) or int(_group(g, "count"))
    return DateValue(day_after(anchor.previous, -count if g.get("before") else count), basis="carried")


# `today` meaning these days (`Today, the river is clean`), `this year's theme` (an edition, not a
# time): no date.
def _no_date(g: Groups, anchor: Anchor) -> DateValue:
    return DateValue(None)


# Shapes of dates counted from the publication date (or the event before), matched ignoring case.
RELATIVE_RULES = (
    DateRule(
        "today_as_these_days",
        r"""(?-i:[Tt]oday)(?=,\s+[^.;:!?]{0,60}?\b(?:remains?|continues?|(?:is|are)\s+(?!to\b|being\b|\w+(?:ed|ing)\b
             |\w+\s+to\b)))""",
        _no_date,
        (Example("Today, thanks to the levy, the river is clean", None, published=_MAY_8),
         Example("Today, we remain committed to open data", None, published=_MAY_8)),
    ),
    DateRule(
        "named_day",
        r"""(?P<day>(?-i:yesterday|today|tomorrow|tonight|YESTERDAY|TODAY|TOMORROW|TONIGHT)|(?<!\w[ \t])(?-i:Yesterday|Today|Tomorrow|Tonight)
             |this\s+(?:morning|afternoon|evening)|last\s+night)""",
        _named_day,
        (Example("the port reopened yesterday", "2024-05-07", published=_MAY_8),
         Example("Tomorrow the board votes", "2024-05-09", published=_MAY_8),
         Example("talks resumed this afternoon", "2024-05-08", published=_MAY_8),
         Example("the port reopened yesterday", None),
         Example("Today, the board is to vote", "2024-05-08", published=_MAY_8),
         Example("Today, the firm is proud to open a plant", "2024-05-08", published=_MAY_8),
         Example("police made three arrests last night", "2024-05-07", published=_MAY_8)),
        not_dates=("a survey by USA Today found", "the ‘Schools for Tomorrow’ campaign"),
    ),
    DateRule(
        "day_from_previous",
        r"""(?:the\s+)?(?:following|next)\s+day|the\s+day\s+after(?!\s+tomorrow)
             |(?P<count>a|one|two|three|four|five|six|seven|\d)\s+days?\s+later
             |(?P<before>the\s+(?:day\s+before(?!\s+yesterday)|previous\s+day)|a\s+day\s+earlier)""",
        _day_from_previous,
        (Example("talks resumed the following day", "2024-05-04", previous="2024-05-03"),
         Example("divers reached it two days later", "2024-05-05", previous="2024-05-03"),
         Example("talks had failed the day before", "--05-02", previous="--05-03"),
         Example("talks resumed the following day", None)),
    ),
    DateRule(
        "this_years_edition",
        r"this\s+year['’]s",
        _no_date,
        (Example("this year's theme is water", None, published=_MAY_8),),
    ),
    DateRule(
        "relative_unit",
        r"(?P<direction>last|next|this|earlier\s+this|later\s+this|early\s+next|late\s+last)\s+(?P<unit>week|month|year)",
        _relative_unit,
        (Example("exports fell last month", "2024-04", published=_MAY_8),
         Example("a decision is due early next year", "2025", published=_MAY_8),
         Example("the station opens next week", "2024-05-15", published=_MAY_8)),
    ),
    DateRule(
        "month_with_direction",
        rf"(?P<direction>last|next|this)\s+(?-i:(?P<month>{'|'.join(MONTHS)}))",
        _month_with_direction,
        (Example("the plant closed last October", "2023-10", published=_MAY_8),
         Example("prices rose last May", "2023-05", published=_MAY_8),
         Example("talks resume next March", "2025-03", published=_MAY_8),
         Example("the fair returns next June", "2024-06", published=_MAY_8),
         Example("the count ends this July", "2024-07", published=_MAY_8),
         Example("the plant closed last October", None)),
    ),
    DateRule(
        "new_year",
        r"in\s+the\s+new\s+year",
        _new_year,
        (Example("tickets go on sale in the new year", "2025", published=_MAY_8),
         Example("tickets go on sale in the new year", None)),
    ),
    DateRule(
        "weekday_with_direction",
        rf"(?P<direction>on|last|next|this)\s+(?-i:(?P<weekday>{WEEKDAY}))(?!['’]s)",
        _weekday,
        (Example("the ferry sank last Sunday", "2024-05-05", published=_MAY_8),
         Example("the ferry sails next Sunday", "2024-05-12", published=_MAY_8),
         Example("the vote will be held on Monday", "2024-05-13", published=_MAY_8)),
    ),
    DateRule(
        "weekday",
        rf"(?-i:(?P<weekday>{WEEKDAY}))(?!['’]s)",
        _weekday,
        (Example("the mayor resigned Thursday", "2024-05-02", published=_MAY_8),
         Example("the mayor resigned Thursday", None),
         Example("she told Parliament Thursday", "2024-05-02", published=_MAY_8)),
        not_dates=("shops close on Good Friday", "the Super Tuesday results", "Friday's market"),
        not_after=re.compile(rf"\b(?:{'|'.join(_NAMED_DAY_WORDS)})\s+\Z"),
    ),
    DateRule(
        "end_of_year",
        r"(?:by|before|until)\s+(?:the\s+)?end\s+of\s+(?P<which>the|this|next)\s+year",
        _end_of_year,
        (Example("repaid by the end of the year", "2024", published=_MAY_8, deadline=True),
         Example("built before the end of next year", "2025", published=_MAY_8, deadline=True)),
    ),
    DateRule(
        "end_of_month",
        r"(?:by|before|until)\s+(?:the\s+)?end\s+of\s+(?P<which>the|this|next)\s+month",
        _end_of_month,
        (Example("a decision is due by the end of the month", "2024-05", published=_MAY_8, deadline=True),),
    ),
    DateRule(
        "ago",
        rf"(?P<count>{'|'.join(_NUMBERS)}|\d{{1,3}})\s+(?P<unit>day|week|month|year)s?\s+ago",
        _ago,
        (Example("he was jailed two years ago", "2022", published=_MAY_8),
         Example("she left three weeks ago", "2024-04-17", published=_MAY_8),
         Example("the shop shut 18 months ago", "2022-11", published=_MAY_8),
         Example("he was jailed two years ago", None)),
    ),
    DateRule(
        "year_end",
        r"(?:by|before)\s+year[-\s]end",
        _end_of_year,
        (Example("a report due by year-end", "2024", published=_MAY_8, deadline=True),),
    ),
)
