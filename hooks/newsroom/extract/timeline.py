"""Timeline events: sentences that report something happening, and when.

A sentence with date expressions gives one event per date it can work out
(`on Tuesday` with no publication date to count from gives none), each date once;
an edition's year gives none beside a fuller date of that year (`on 3 May, at the
2024 forum`), and inside a quotation only a past date written with its year does
(a quoted `today` or `by 2030` is rhetoric, a quoted `since 1989` a fact). Without
a publication date, a year-less date takes the year of a date in the lead that
holds it (`held March 20-22, 2024` … `on March 20`; `the 2024 fair` … `on 12
March`), unless its sentence counts from that unknown date (`this year's fair … in
August`); `the following day` counts from the event just before, when that one is
dated to the day. Each event's date says how it was found (`Event.basis`). A sentence that
reports a past occurrence (`was held`, `signed`, `has dismissed`) with no date
gives an undated event when the article gives no date at all, or when it is
about the article's meeting and the lead gave that meeting no date. `what` names the event: an event name in the
sentence (`… Summit`), else the clause around the date.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import replace
from itertools import takewhile

from ..model import Event
from .date_values import names_a_day
from .dates import DateMention, find_dates
from .document import Document
from .organisations import classify
from .text import Sentence

_DURATION = re.compile(
    r"\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})-(?:day|week|month|year|hour))\b"
)
_OCCURRED = re.compile(
    r"\b(?:was|were)\s+(?:(?:also|jointly|formally|officially|unanimously)\s+)?"
    r"(?:held|signed|approved|adopted|launched|opened|inaugurated|organi[sz]ed|co-organi[sz]ed|convened|hosted|"
    r"ratified|announced|elected|appointed|founded|established|closed)\b"
    r"|\b(?:has|have|had)\s+(?:(?:also|now|formally|unanimously)\s+)?(?:dismissed|ruled|signed|approved|adopted|"
    r"launched|ratified|rejected|upheld|overturned|elected|appointed)\b"
    r"|\b(?:took place|was held|signed|ratified|inaugurated|ruled|launched|adopted)\b"
)
# Words that make a deadline after them a forecast, not an event (`expects it to pay off by 2027`, `is
# expected to reach 2 million by 2031`; `a ruling is expected before July` is a plan, an event).
_FORECAST = re.compile(
    r"\b(?:expects?|forecasts?|projects|predicts?|estimates?)\b|\b(?:expected|projected|forecast|predicted)\s+to\b"
)
_CLAUSE = re.compile(r"[,;:—–]\s|\s[—–]\s")
_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:which|who|where|whose)\b.*?,(?=\s+(?:was|were|is|are|has|have|had|will|would|can|could)\b)"
)
_WHAT_WORDS = 12
_LEAD_PARAGRAPHS = 1  # paragraph indexes 0 and 1 are lead too, whatever the headline and byline
_MEETING_SUBJECT = re.compile(
    r"The\s+(?:[\w-]+\s+)?(?:meeting|forum|summit|conference|talks|session|workshop|assembly|congress|ceremony"
    r"|dialogue|symposium|seminar|event)\b"
)


def find_events(doc: Document) -> list[Event]:
    """Return an event per date expression, plus undated events that clearly occurred.

    Events of one article, in text order.
    """
    text = doc.text
    events: list[Event] = []
    undated: list[Event] = []
    frames = [] if doc.published else _lead_frames(doc)
    previous: str | None = None  # the day of the last event, if it was dated to the day
    for sentence in doc.sentences:
        doc.check_time()
        found = find_dates(text, sentence.start, sentence.end, doc.published, previous)
        # A sentence counted from the unknown publication date (`this year's fair`) is not in the lead's time.
        lent = frames and all(d.value for d in found)
        dates = _event_dates(doc, sentence, [_carried(d, frames) for d in found] if lent else found)
        if dates:
            previous = dates[-1].value if names_a_day(dates[-1].value) else None
        occurred = not dates and _reports_occurrence(doc, sentence)
        if not dates and not occurred:
            continue  # most sentences: no event, so nothing more to work out
        duration = _DURATION.search(text, sentence.start, sentence.end)
        what = _What(doc, sentence)
        base = Event(
            date=None,
            date_text=None,
            what=what.undated(),
            start=sentence.start,
            end=sentence.end,
            paragraph=sentence.paragraph,
            duration=duration.group() if duration else None,
        )
        for date in dates:
            events.append(replace(base, date=date.value, date_text=date.text, what=what.dated(date),
                                  end_date=date.end_value, date_start=date.start, date_end=date.end,
                                  deadline=date.deadline, basis=date.basis))
        if occurred:
            undated.append(base)
    lead_dated = any(e.paragraph <= max(doc.lead_paragraph, _LEAD_PARAGRAPHS) for e in events)
    return events + [e for e in undated if _keeps_undated(text, e, bool(events), lead_dated)]


# The dates written with their year in the lead (outside quotations, no deadlines, within one year; a
# bare year only as an edition's, `the 2024 fair`, not as background, `in 2019`), as (year, first, last)
# with `MM-DD`, `MM` or nothing (the whole year) for first and last: an article without a publication
# date is about their time, so a year-less date they hold is in their year.
def _lead_frames(doc: Document) -> list[tuple[str, str, str]]:
    last = max(doc.lead_paragraph, _LEAD_PARAGRAPHS)
    frames = []
    for sentence in takewhile(lambda s: s.paragraph <= last, doc.sentences):
        for date in find_dates(doc.text, sentence.start, sentence.end, None):
            end = date.end_value or date.value
            if date.year and date.value and end and end[:4] == date.value[:4] and not date.deadline \
                    and (len(date.value) > 4 or date.edition) and not doc.quoted(date.start):
                frames.append((date.value[:4], date.value[5:], end[5:]))
    return frames


# A year-less date with the year of the latest lead date that holds it (`--03-20` in `March 20-22, 2024`).
def _carried(date: DateMention, frames: list[tuple[str, str, str]]) -> DateMention:
    if not date.value or not date.value.startswith("--"):
        return date
    day = date.value[2:]
    years = [year for year, first, last in frames if _holds(first, last, day)]
    if not years:
        return date
    year = max(years)
    end = date.end_value
    if end and end.startswith("--"):
        end = f"{year if end[2:] >= day else int(year) + 1}-{end[2:]}"  # a range into the new year
    return replace(date, value=f"{year}-{day}", end_value=end, basis="carried")


# Whether a stretch from `first` to `last` (`MM-DD`, `MM` or nothing) holds a `MM-DD` or `MM`.
def _holds(first: str, last: str, day: str) -> bool:
    width = min(len(first), len(day))
    return first[:width] <= day[:width] <= last[:width]


# The dates of one sentence that make events: each value once; an edition's year (`the 2024 forum`) not
# beside a fuller date of that year; inside a quotation only a past date written with its year; no
# deadline after a forecast word.
def _event_dates(doc: Document, sentence: Sentence, found: list[DateMention]) -> list[DateMention]:
    fuller = {d.value[:4] for d in found if d.value and len(d.value) > 4 and not d.value.startswith("--")}
    forecast = _FORECAST.search(doc.text, sentence.start, sentence.end)
    kept: list[DateMention] = []
    seen: set[tuple[str | None, str | None, bool]] = set()
    for date in found:
        key = (date.value, date.end_value, date.deadline)
        if date.value is None or key in seen or (doc.quoted(date.start) and not _past_fact(date, doc.published)):
            continue
        if (date.edition and date.value in fuller) or (date.deadline and forecast and forecast.end() <= date.start):
            continue
        seen.add(key)
        kept.append(date)
    return kept


# Whether a date is written with its year, is no deadline and lies before the publication date.
def _past_fact(date: DateMention, published: dt.date | None) -> bool:
    return bool(date.year and date.value and not date.deadline and published and date.value < published.isoformat())


# An undated event counts in an article with no date at all, or when it is the article's
# meeting (`The forum was co-organised by …`) and the lead gave that meeting no date.
def _keeps_undated(text: str, event: Event, dated: bool, lead_dated: bool) -> bool:
    if not dated:
        return True
    return not lead_dated and _MEETING_SUBJECT.match(text, event.start, event.end) is not None


# Whether a sentence, outside its quotations, says something was done.
def _reports_occurrence(doc: Document, sentence: Sentence) -> bool:
    return any(not doc.quoted(m.start()) for m in _OCCURRED.finditer(doc.text, sentence.start, sentence.end))


# What one sentence's events are called: the event's name if the sentence has one, else the clause
# that holds the date. The sentence is read once, however many dates it holds.
class _What:
    # The sentence's event name, its clause breaks, and the clauses already shortened.
    def __init__(self, doc: Document, sentence: Sentence) -> None:
        self.text = doc.text
        self.sentence = sentence
        self.name = next(
            (p.text for p in doc.phrases(sentence.start, sentence.end) if len(p.words) > 1 and classify(p) == "event"),
            None,
        )
        self.breaks = [(m.start(), m.end()) for m in _CLAUSE.finditer(self.text, sentence.start, sentence.end)]
        self.ends = [end for _, end in self.breaks]
        self.clauses: dict[tuple[int, int], str] = {}

    def undated(self) -> str:
        """What an undated event of the sentence is called."""
        if self.name is not None:
            return self.name
        return _shortened(_RELATIVE_CLAUSE.sub("", self.text[self.sentence.start : self.sentence.end]))

    def dated(self, date: DateMention) -> str:
        """What the event of one date is called."""
        if self.name is not None:
            return self.name
        before = bisect_right(self.ends, date.start)  # breaks that end before the date
        begin = self.breaks[before - 1][1] if before else self.sentence.start
        after = before
        while after < len(self.breaks) and self.breaks[after][0] < date.end:
            after += 1  # a break inside the date itself (`3 – 5 May`) ends nothing
        end = self.breaks[after][0] if after < len(self.breaks) else self.sentence.end
        key = (begin, end)
        if key not in self.clauses:
            self.clauses[key] = _shortened(self.text[begin:end])
        return self.clauses[key]


# A clause on one line, without its full stop, at most `_WHAT_WORDS` words.
def _shortened(clause: str) -> str:
    clause = " ".join(clause.split()).rstrip(".")
    words = clause.split()
    return clause if len(words) <= _WHAT_WORDS else " ".join(words[:_WHAT_WORDS]) + "…"
