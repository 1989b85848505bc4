"""Calendar arithmetic behind the date rules' normalisers.

Values are `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `--MM-DD` / `--MM` when the year
is not written and no publication date anchors it: a year is never invented.
Each value says how it was found (`Basis`): written whole in its sentence (`cue`),
completed from the publication date, the article's lead or the event before
(`carried`), or a year the wording leaves open, picked as the nearest (`guess`).
Month and weekday names and the calendar arithmetic come from python-dateutil.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from dateutil import relativedelta as rd
from dateutil.parser import parserinfo

from ..model import Basis

_NAMES = parserinfo()
# A year-less date whose tense says nothing is a guess when the nearest year puts it further
# than this from the publication date (the year before or after is then nearly as likely).
_SURE_DISTANCE = dt.timedelta(days=122)
_BASIS_ORDER: tuple[Basis, ...] = ("cue", "carried", "guess")

# The groups one date rule matched, by the names its pattern gives them.
Groups = Mapping[str, str | None]


@dataclass(frozen=True)
class Anchor:
    """What a date expression is read against: the publication date, a year written
    earlier in the same span, the tense of the words before it (1 future, -1 past,
    0 unknown), and the day of the event before it (`the following day`)."""

    published: dt.date | None
    year: str | None = None
    tense: int = 0
    previous: str | None = None


@dataclass(frozen=True)
class DateValue:
    """A normalised date: its start, its end if it is a range, whether it is a deadline, how
    it was found, and whether it is a year naming an edition (`the 2017 forum`)."""

    value: str | None
    end_value: str | None = None
    deadline: bool = False
    basis: Basis = "cue"
    edition: bool = False


def weakest(*bases: Basis) -> Basis:
    """Return the least sure of several bases (a range is as sure as its less sure end)."""
    return max(bases, key=_BASIS_ORDER.index)


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


def day_value(written: str | None, month: int, day: str, anchor: Anchor) -> DateValue:
    """Return `YYYY-MM-DD` from the year written, carried or anchored; `--MM-DD` without one."""
    number = int(re.sub(r"\D", "", day))
    if written or anchor.year:
        return DateValue(f"{written or anchor.year}-{month:02d}-{number:02d}")
    if anchor.published is None:
        return DateValue(f"--{month:02d}-{number:02d}")
    year, basis = _year_for(month, number, anchor.published, anchor.tense)
    return DateValue(f"{year}-{month:02d}-{number:02d}", basis=basis)


def month_value(written: str | None, month: int, anchor: Anchor) -> DateValue:
    """Return `YYYY-MM` from the year written, carried or anchored; `--MM` without one."""
    if written or anchor.year:
        return DateValue(f"{written or anchor.year}-{month:02d}")
    if anchor.published is None:
        return DateValue(f"--{month:02d}")
    year, basis = _year_for(month, 15, anchor.published, anchor.tense)
    return DateValue(f"{year}-{month:02d}", basis=basis)


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


def names_a_day(value: str | None) -> bool:
    """Tell whether a value is a day (`YYYY-MM-DD` or `--MM-DD`), not a month or a year."""
    return value is not None and len(value) == (7 if value.startswith("--") else 10)


def day_after(previous: str | None, days: int) -> str | None:
    """Return the day `days` after another (`--MM-DD` stays year-less); None without a day."""
    if previous is None or not names_a_day(previous):
        return None
    yearless = previous.startswith("--")
    date = dt.date.fromisoformat(previous.replace("--", "2000-") if yearless else previous)  # 2000: a leap year
    moved = (date + dt.timedelta(days=days)).isoformat()
    return f"--{moved[5:]}" if yearless else moved


# The year of a year-less date: the one nearest the publication date, unless the tense says
# the date lies ahead (`will`) or behind (`had`); a guess when neither the tense nor nearness settles it.
def _year_for(month: int, day: int, published: dt.date, tense: int) -> tuple[int, Basis]:
    candidates = [dt.date(year, month, min(day, 28)) for year in (published.year - 1, published.year, published.year + 1)]
    week = dt.timedelta(days=7)
    if tense > 0:
        candidates = [c for c in candidates if c >= published - week]
    elif tense < 0:
        candidates = [c for c in candidates if c <= published + week]
    nearest = min(candidates, key=lambda c: abs(c - published))
    return nearest.year, "guess" if tense == 0 and abs(nearest - published) > _SURE_DISTANCE else "carried"
