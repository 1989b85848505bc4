"""Calendar arithmetic behind the date rules' normalisers.

Values are `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `--MM-DD` / `--MM` when the year
is not written and no publication date anchors it: a year is never invented.
Month and weekday names and the calendar arithmetic come from python-dateutil.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from dateutil import relativedelta as rd
from dateutil.parser import parserinfo

_NAMES = parserinfo()

# The groups one date rule matched, by the names its pattern gives them.
Groups = Mapping[str, str | None]


@dataclass(frozen=True)
class Anchor:
    """What a date expression is read against: the publication date, a year written
    earlier in the same span, and the tense of the words before it (1 future, -1 past, 0 unknown)."""

    published: dt.date | None
    year: str | None = None
    tense: int = 0


@dataclass(frozen=True)
class DateValue:
    """A normalised date: its start, its end if it is a range, and whether it is a deadline."""

    value: str | None
    end_value: str | None = None
    deadline: bool = False


def month_number(name: str) -> int:
    """Return a month's number from its name or short form (`Sept.`), by dateutil's table."""
    month = _NAMES.month(name.rstrip("."))
    assert month is not None  # the patterns only let month names through
    return int(month)


def weekday_date(name: str, published: dt.date, ahead: bool) -> str:
    """Return the date of the named weekday next after, or last before, the publication date."""
    weekday = _NAMES.weekday(name)
    assert weekday is not None  # the patterns only let weekday names through
    step = rd.weekday(weekday)(+1 if ahead else -1)
    return (published + rd.relativedelta(weekday=step)).isoformat()


def month_after(published: dt.date, shift: int) -> str:
    """Return `YYYY-MM` of the month `shift` months from the publication date."""
    month = published + rd.relativedelta(months=shift)
    return f"{month.year}-{month.month:02d}"


def day_value(written: str | None, month: int, day: str, anchor: Anchor) -> str:
    """Return `YYYY-MM-DD` from the year written, carried or anchored; `--MM-DD` without one."""
    number = int(re.sub(r"\D", "", day))
    year = written or anchor.year
    if year:
        return f"{year}-{month:02d}-{number:02d}"
    if anchor.published is None:
        return f"--{month:02d}-{number:02d}"
    return f"{_year_for(month, number, anchor.published, anchor.tense)}-{month:02d}-{number:02d}"


def month_value(written: str | None, month: int, anchor: Anchor) -> str:
    """Return `YYYY-MM` from the year written, carried or anchored; `--MM` without one."""
    year = written or anchor.year
    if not year and anchor.published:
        year = str(_year_for(month, 15, anchor.published, anchor.tense))
    return f"{year}-{month:02d}" if year else f"--{month:02d}"


def day_of_month(day: int, anchor: Anchor) -> str | None:
    """Return that day of the month nearest the publication date (`on the 12th`); None without one."""
    published = anchor.published
    if published is None:
        return None
    months = [published + rd.relativedelta(months=shift, day=day) for shift in (-2, -1, 0, 1, 2)]
    months = [m for m in months if m.day == day]  # a month without a 30th is no candidate
    if anchor.tense > 0:
        months = [m for m in months if m >= published]
    elif anchor.tense < 0:
        months = [m for m in months if m <= published]
    return min(months, key=lambda m: abs(m - published)).isoformat()


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
