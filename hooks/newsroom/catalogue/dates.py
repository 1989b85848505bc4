"""Normalised event dates (`2021-09-18`, `--09`, …) as words and timeline groups."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..vocabulary import MONTHS

_DATE = re.compile(r"\A(?:(?P<year>\d{4})|-)(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?\Z")


@dataclass(frozen=True)
class DateParts:
    """A parsed normalised date; any part may be missing."""

    year: int | None
    month: int | None
    day: int | None


def parse_date(value: str | None) -> DateParts | None:
    """Split `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD` or `--MM` into its parts.

    None for a missing or malformed date.
    """
    match = _DATE.match(value or "")
    if not match or (not match["year"] and not match["month"]):
        return None
    year = int(match["year"]) if match["year"] else None
    month = int(match["month"]) if match["month"] else None
    day = int(match["day"]) if match["day"] else None
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
        return None
    return DateParts(year, month, day)


def human_date(value: str | None) -> str | None:
    """Return the date as British-style words (`18 September 2021`, `September`, `2021`).

    None when the date cannot be parsed.
    """
    parts = parse_date(value)
    if parts is None:
        return None
    words = [
        str(parts.day) if parts.day else "",
        MONTHS[parts.month - 1] if parts.month else "",
        str(parts.year) if parts.year else "",
    ]
    return " ".join(word for word in words if word)


def date_sort_key(value: str | None) -> tuple[int, int, int]:
    """Order dates chronologically: unparseable dates first, and unknown parts before known ones
    within the same year or month."""
    parts = parse_date(value)
    if parts is None:
        return (0, 0, 0)
    return (parts.year or 0, parts.month or 0, parts.day or 0)
